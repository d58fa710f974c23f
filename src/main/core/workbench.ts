import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { AppError } from '../../shared/api/envelope';
import type { PushEvent } from '../../shared/api/events';
import { RECOVERY_METHODS } from '../../shared/api/methods';
import type { SystemStatus } from '../../shared/domain/system';
import { checkOutputFromEnv, createDispatch, type Dispatch } from './api/dispatch';
import { ensureBundledPack } from './content/bundled-pack';
import { listBackups } from './db/backup';
import { openConnection, type Db } from './db/connection';
import { DatabaseNeedsRecoveryError } from './db/errors';
import { migrate } from './db/migrate';
import { restoreFromBackup } from './db/restore';
import { createChromiumPrinter, type PdfPrinter } from './reports/chromium-printer';
import { createHandlers } from './api/handlers';
import { createServices, type Services } from './services';

export const DATABASE_FILE_NAME = 'workbench.sqlite';
export const BUNDLED_PACK_ID = 'uncc';

export interface WorkbenchOptions {
  dataDir: string;
  /** The folder holding packs/<id>/ as shipped with the app. */
  resourcesDir: string;
  shell: 'desktop' | 'browser';
  appVersion: string;
  nativeBinding?: string | undefined;
  /**
   * Prints report HTML to PDF. The desktop passes Electron's own Chromium; by default the system
   * Chromium is started through playwright-core on the first PDF export.
   */
  printer?: PdfPrinter & { close?: () => Promise<void> };
  /** Called when the user chooses to quit (from the recovery screen, for instance). */
  onQuit?: () => void;
  /** Check every answer against the contract; default: WORKBENCH_CHECK_OUTPUT=1 (see dispatch.ts). */
  checkOutput?: boolean;
}

export interface Workbench {
  dispatch: Dispatch;
  subscribe(listener: (event: PushEvent) => void): () => void;
  status(): SystemStatus;
  close(): void;
}

type State =
  | { kind: 'ready'; services: Services }
  | { kind: 'recovery'; error: DatabaseNeedsRecoveryError }
  | { kind: 'closed' };

/** Opens (creating and seeding if needed) the database and serves the API over it. */
export async function createWorkbench(options: WorkbenchOptions): Promise<Workbench> {
  const dataDir = resolve(options.dataDir);
  const printer = options.printer ?? createChromiumPrinter();
  const databaseFile = join(dataDir, DATABASE_FILE_NAME);
  const backupDir = join(dataDir, 'backups');
  mkdirSync(dataDir, { recursive: true });
  const listeners = new Set<(event: PushEvent) => void>();
  const emit = (event: PushEvent) => listeners.forEach((listener) => listener(event));

  async function open(): Promise<State> {
    let db: Db | null = null;
    try {
      db = openConnection(databaseFile, { nativeBinding: options.nativeBinding });
      await migrate(db, backupDir);
      ensureBundledPack(db, options.resourcesDir, BUNDLED_PACK_ID);
      return { kind: 'ready', services: createServices(db, { dataDir, printer, emit }) };
    } catch (error) {
      db?.close();
      if (error instanceof DatabaseNeedsRecoveryError) return { kind: 'recovery', error };
      throw error;
    }
  }

  let state: State = await open();
  const closeDatabase = () => {
    if (state.kind === 'ready') state.services.db.close();
    state = { kind: 'closed' };
  };

  function status(): SystemStatus {
    if (state.kind !== 'recovery') return { state: 'ready' };
    const { reason, message } = state.error;
    return { state: 'recovery', reason, message, databaseFile, backups: listBackups(backupDir) };
  }

  const handlers = createHandlers({
    ready(): Services {
      if (state.kind !== 'ready')
        throw new AppError('NEEDS_RECOVERY', 'The database needs recovery first.');
      return state.services;
    },
    current: () => (state.kind === 'ready' ? state.services : null),
    status,
    async restore(file) {
      restoreFromBackup(databaseFile, backupDir, file, closeDatabase);
      state = await open();
      return status();
    },
    about: { appVersion: options.appVersion, shell: options.shell, dataDir, databaseFile },
    backupDir,
    emit,
    onQuit: options.onQuit,
  });

  const dispatch = createDispatch(handlers, {
    checkOutput: options.checkOutput ?? checkOutputFromEnv(),
    guard: (method) =>
      state.kind !== 'ready' && !RECOVERY_METHODS.includes(method)
        ? new AppError(
            'NEEDS_RECOVERY',
            'The database could not be opened; restore a backup or quit first.',
          )
        : null,
  });

  return {
    dispatch,
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
