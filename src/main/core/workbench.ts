import { join, resolve } from 'node:path';
import { AppError, type Envelope } from '../../shared/api/envelope';
import type { PushEvent } from '../../shared/api/events';
import type { SystemStatus } from '../../shared/domain/system';
import type { Dispatch } from './api/dispatch';
import { dispatchJsonFile } from './api/json-input';
import type { Serving } from './api/serve';
import { TRUSTED_PUBLISHERS } from './content/publishers';
import { listBackups } from './db/backup';
import { DATABASE_FILE_NAME } from './db/file-name';
import { storageRecoveryError, type Db } from './db/connection';
import type { DatabaseNeedsRecoveryError } from './db/errors';
import { restoreAndReopen } from './db/restore';
import { openDatabase } from './open-database';
import { ownWorkStart } from './own-work-start';
import { createChromiumPrinter } from './reports/chromium-printer';
import type { SystemContext } from './system/handlers';
import type { ServiceSet } from './services';
import type { WorkbenchOptions } from './workbench-options';

export { DATABASE_FILE_NAME };
export const BUNDLED_PACK_ID = 'uncc';

export interface Workbench {
  dispatch: Dispatch;
  /** A call whose JSON input is in a file: a large request body, kept on disk as it arrived. */
  dispatchFile(method: string, file: string): Promise<Envelope<unknown>>;
  subscribe(listener: (event: PushEvent) => void): () => void;
  status(): SystemStatus;
  close(): void;
}

type State =
  | { kind: 'ready'; services: ServiceSet }
  | { kind: 'recovery'; error: DatabaseNeedsRecoveryError }
  | { kind: 'closed' };

/** Opens (creating and seeding if needed) the database and serves the API over it. */
export async function createWorkbench(options: WorkbenchOptions): Promise<Workbench> {
  const dataDir = resolve(options.dataDir);
  const printer = options.printer ?? createChromiumPrinter();
  const databaseFile = join(dataDir, DATABASE_FILE_NAME);
  const backupDir = join(dataDir, 'backups');
  // open() creates the data folder: one that cannot be made is the recovery screen, not a crash.
  const listeners = new Set<(event: PushEvent) => void>();
  const emit = (event: PushEvent) => listeners.forEach((listener) => listener(event));
  const trusted = options.trustedPublishers ?? TRUSTED_PUBLISHERS;

  async function open(first?: WorkbenchOptions): Promise<State> {
    let db: Db | null = null;
    try {
      db = await openDatabase(
        { databaseFile, backupDir },
        {
          ...options,
          bundledPackId: BUNDLED_PACK_ID,
          bundledKeyId: trusted[0]!.keyId,
          soundElsewhere: first?.soundElsewhere,
        },
      );
      first?.onDatabaseOpen?.();
      // The stores load only now, each when a domain first needs it (services.ts).
      const { createServices } = await import('./services');
      const services = createServices(db, { ...options, dataDir, printer, emit, trusted });
      void ownWork.started.then(() => services.startOwnWork());
      return { kind: 'ready', services };
    } catch (error) {
      db?.close();
      const recovery = storageRecoveryError(error, dataDir);
      if (recovery) return { kind: 'recovery', error: recovery };
      throw error;
    }
  }

  const ownWork = ownWorkStart();
  const serveModule = import('./api/serve');
  void serveModule.then((m) => m.preload('library'));

  let state: State = await open(options); // options only the first time, not on a restore
  const closeDatabase = () => {
    if (state.kind === 'ready') state.services.close();
    state = { kind: 'closed' };
  };

  function status(): SystemStatus {
    if (state.kind !== 'recovery') return { state: 'ready' };
    const { reason, message } = state.error;
    return { state: 'recovery', reason, message, databaseFile, backups: listBackups(backupDir) };
  }

  const context: SystemContext = {
    ready() {
      if (state.kind !== 'ready')
        throw new AppError('NEEDS_RECOVERY', 'The database needs recovery first.');
      return state.services.services;
    },
    current: () => (state.kind === 'ready' ? state.services.services : null),
    need: async (names) => void (state.kind === 'ready' && (await state.services.need(names))),
    status,
    /**
     * Puts a backup in place of the database (db/restore.ts). If the restored file then fails to
     * open, the replaced database is put back and the error says so.
     */
    async restore(requested) {
      closeDatabase();
      const notice = await restoreAndReopen(
        { databaseFile, backupDir, requested },
        {
          async reopen() {
            try {
              state = await open();
              return state.kind === 'recovery' ? state.error.message : null;
            } catch (error) {
              return (error as Error).message;
            }
          },
          close: closeDatabase,
        },
      );
      return { ...status(), ...(notice ? { notice } : {}) };
    },
    about: { appVersion: options.appVersion, shell: options.shell, dataDir, databaseFile },
    backupDir,
    emit,
    onQuit: options.onQuit,
  };

  // Each domain loads on its first call (api/serve.ts); the first screen's (library, system)
  // load here once the database is open, and jobs (a Cancel must not wait on a module load)
  // with the own work, after the first answers (serve.ts and the library's modules were read,
  // not yet used, while the database was checked).
  const serving: Promise<Serving> = serveModule.then(({ serve }) =>
    serve(context, {
      dataFolder: dataDir,
      checkOutput: options.checkOutput,
      isOpen: () => state.kind === 'ready',
    }),
  );
  void serving.then(async (s) => {
    for (const domain of ['library', 'system'] as const) await s.load(domain);
    await ownWork.started.then(() => s.load('jobs'));
  });
  const dispatch: Dispatch = (method, input) =>
    ownWork.answering(() => serving.then((s) => s.dispatch(method, input)));

  return {
    dispatch,
    dispatchFile: (method, file) => dispatchJsonFile(dispatch, method, file),
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    status,
    close() {
      void printer.close?.();
      closeDatabase();
    },
  };
}
