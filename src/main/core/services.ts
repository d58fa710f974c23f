import { join } from 'node:path';
import { mkdirSync } from 'node:fs';
import { AppError } from '../../shared/api/envelope';
import type { PushEvent } from '../../shared/api/events';
import type { Db } from './db/connection';
import type { createLibraryRepository } from './library/library-repository';
import type { createPacksService } from './content/packs-service';
import type { createPackRepository } from './content/pack-repository';
import type { createAssessmentStore } from './assessments/assessment-store';
import type { createChecklistExchange } from './assessments/checklist-exchange';
import type { createChecklistFiles } from './assessments/checklist-files';
import type { createSettingsStore } from './settings-store';
import type { createSessionStore } from './sessions/session-store';
import type { createQuizStore } from './sessions/quiz-store';
import type { createAttemptStore } from './sessions/attempt-store';
import type { createSessionResults } from './sessions/session-results';
import type { createCertificateService } from './certificates/certificate-service';
import type { createPaperService } from './reports/paper-service';
import type { PdfPrinter } from './reports/chromium-printer';
import type { Publisher } from './content/publishers';
import type { createLiveRooms, LiveListen } from './live/rooms';
import type { createSyncService } from './sync/sync-service';
import type { FetchLike } from '../../shared/sync/hub-client';
import type { createJobRunner } from './jobs/job-runner';
import type { createTrashStore } from './trash/trash-store';

export interface ServiceEnv {
  dataDir: string;
  printer: PdfPrinter;
  emit: (event: PushEvent) => void;
  /** Publishers whose signed packs install as verified (the bundled pack's first). */
  trusted: readonly Publisher[];
  /** Starts a live room's listener; the shells pass src/main/server/live-server.ts. */
  liveListen?: LiveListen | undefined;
  /** The HTTP sync with the hub uses (tests); Node's fetch with gzip by default. */
  syncFetch?: FetchLike | undefined;
  /** The Electron-ABI better-sqlite3 binding, for the job workers' own connections. */
  nativeBinding?: string | undefined;
}

/** Every domain's services over one open database: what the handlers call. */
export interface Services {
  db: Db;
  library: ReturnType<typeof createLibraryRepository>;
  packs: ReturnType<typeof createPacksService>;
  /** The installed packs as stored, without the installer and readers packs brings. */
  packRepository: ReturnType<typeof createPackRepository>;
  assessments: ReturnType<typeof createAssessmentStore>;
  settings: ReturnType<typeof createSettingsStore>;
  exchange: ReturnType<typeof createChecklistExchange>;
  checklistFiles: ReturnType<typeof createChecklistFiles>;
  sessions: ReturnType<typeof createSessionStore>;
  quizzes: ReturnType<typeof createQuizStore>;
  attempts: ReturnType<typeof createAttemptStore>;
  results: ReturnType<typeof createSessionResults>;
  trash: ReturnType<typeof createTrashStore>;
  sync: ReturnType<typeof createSyncService>;
  /** Imports and rendering (packs, register, reports, certificates): jobs/job-kinds.ts. */
  jobs: ReturnType<typeof createJobRunner>;
  certificates: ReturnType<typeof createCertificateService>;
  paper: ReturnType<typeof createPaperService>;
  live: ReturnType<typeof createLiveRooms>;
}

export type ServiceName = Exclude<keyof Services, 'db'>;

/** What a domain's handlers may use: the services it names (handlers.ts), or NEEDS_RECOVERY. */
export interface CoreContext<Needs extends ServiceName = ServiceName> {
  ready(): Pick<Services, 'db' | Needs>;
}

/**
 * How one service is made: the services it is built on, and its module, loaded by a dynamic
 * import the first time a domain needs it (so a library call never loads the pack installer,
 * the spreadsheet reader or the exporters). `make` sees only what `needs` names.
 */
function service<const Needs extends readonly ServiceName[], T>(
  needs: Needs,
  load: () => Promise<(from: Pick<Services, 'db' | Needs[number]>, env: ServiceEnv) => T>,
) {
  return { needs, load };
}

/** Where intermediate report files go: inside the data folder, removed after each export. */
const rendering = (env: ServiceEnv) => ({
  printer: env.printer,
  tempDir: () => {
    const folder = join(env.dataDir, 'tmp');
    mkdirSync(folder, { recursive: true });
    return folder;
  },
});

const publisherName =
  (env: ServiceEnv) =>
  (keyId: string): string =>
    env.trusted.find((p) => p.keyId === keyId)?.name ?? `key ${keyId}`;

const SERVICES = {
  library: service([], async () => {
    const { createLibraryRepository } = await import('./library/library-repository');
    return ({ db }) => createLibraryRepository(db);
  }),
  settings: service([], async () => {
    const { createSettingsStore } = await import('./settings-store');
    return ({ db }) => createSettingsStore(db);
  }),
  packs: service([], async () => {
    const { createPacksService } = await import('./content/packs-service');
    return ({ db }, env) => createPacksService(db, env.trusted);
  }),
  packRepository: service([], async () => {
    const { createPackRepository } = await import('./content/pack-repository');
    return ({ db }, env) => createPackRepository(db, publisherName(env));
  }),
  assessments: service([], async () => {
    const { createAssessmentStore } = await import('./assessments/assessment-store');
    return ({ db }) => createAssessmentStore(db);
  }),
  sessions: service([], async () => {
    const { createSessionStore } = await import('./sessions/session-store');
    return ({ db }) => createSessionStore(db);
  }),
  quizzes: service([], async () => {
    const { createQuizStore } = await import('./sessions/quiz-store');
    return ({ db }) => createQuizStore(db);
  }),
  attempts: service(['quizzes'], async () => {
    const { createAttemptStore } = await import('./sessions/attempt-store');
    return ({ db, quizzes }) => createAttemptStore(db, quizzes);
  }),
  results: service(['sessions', 'quizzes'], async () => {
    const { createSessionResults } = await import('./sessions/session-results');
    return ({ db, sessions, quizzes }) => createSessionResults(db, sessions, quizzes);
  }),
  checklistFiles: service(['assessments', 'settings', 'packs'], async () => {
    const { createChecklistFiles } = await import('./assessments/checklist-files');
    return ({ db, assessments, settings, packs }) =>
      createChecklistFiles(assessments, settings, packs, db);
  }),
  trash: service(['settings'], async () => {
    const { createTrashStore } = await import('./trash/trash-store');
    return ({ db, settings }) => {
      const trash = createTrashStore(db, () => settings.actor());
      // Entries past their 30 days go when the database opens (docs/ARCHITECTURE.md, Trash):
      // here, so that no call sees the trash before they have gone.
      trash.purgeExpired();
      return trash;
    };
  }),
  exchange: service(['assessments'], async () => {
    const [{ createChecklistExchange }, { createChangeLog }] = await Promise.all([
      import('./assessments/checklist-exchange'),
      import('./sync/change-log'),
    ]);
    return ({ db, assessments }) =>
      createChecklistExchange(db, assessments, createChangeLog(db, assessments));
  }),
  sync: service(['assessments', 'settings', 'jobs'], async () => {
    const { createSyncService } = await import('./sync/sync-service');
    return ({ db, assessments, settings, jobs }, env) =>
      createSyncService({ db, assessments, settings, jobs, emit: env.emit, fetch: env.syncFetch });
  }),
  jobs: service([], async () => {
    const { createJobRunner } = await import('./jobs/job-runner');
    return ({ db }, env) =>
      createJobRunner({
        databaseFile: db.name,
        nativeBinding: env.nativeBinding,
        dataDir: env.dataDir,
        trusted: env.trusted,
        printer: env.printer,
        emit: env.emit,
      });
  }),
  certificates: service(['sessions', 'settings', 'results'], async () => {
    const { createCertificateService } = await import('./certificates/certificate-service');
    return ({ sessions, settings, results }, env) =>
      createCertificateService({ sessions, settings, results }, rendering(env));
  }),
  paper: service(['sessions', 'quizzes'], async () => {
    const { createPaperService } = await import('./reports/paper-service');
    return ({ sessions, quizzes }, env) =>
      createPaperService({ sessions, quizzes }, rendering(env));
  }),
  live: service(['sessions', 'quizzes', 'attempts', 'assessments', 'settings'], async () => {
    const { createLiveRooms } = await import('./live/rooms');
    return ({ db, sessions, quizzes, attempts, assessments, settings }, env) =>
      createLiveRooms({
        db,
        sessions,
        quizzes,
        attempts,
        assessments,
        actor: () => settings.actor(),
        emit: env.emit,
        listen: env.liveListen,
      });
  }),
} satisfies {
  [K in ServiceName]: {
    needs: readonly ServiceName[];
    load: () => Promise<(from: never, env: ServiceEnv) => Services[K]>;
  };
};

/**
 * Loads the modules the named services (and those they are built on) are made from, making
 * nothing: no database is needed, so this can run while the database is still being checked.
 */
export async function loadServiceModules(names: readonly ServiceName[]): Promise<void> {
  await Promise.all(
    names.map((name) => {
      const spec: { needs: readonly ServiceName[]; load: () => Promise<unknown> } = SERVICES[name];
      return Promise.all([loadServiceModules(spec.needs), spec.load()]);
    }),
  );
}

export interface ServiceSet {
  /** The services made so far; a domain's handlers reach only those it named (CoreContext). */
  readonly services: Services;
  /** Makes the named services (and what they are built on) that are not made yet. */
  need(names: readonly ServiceName[]): Promise<void>;
  /**
   * Starts what runs on its own once the database is open: the periodic sync with the hub, and
   * trash entries past their 30 days going (docs/ARCHITECTURE.md, Trash).
   */
  startOwnWork(): Promise<void>;
  /** Stops what runs on its own (live rooms, the sync timer, job workers), then the database. */
  close(): void;
}

/**
 * The services of one open database, each made on first need: opening the database and
 * answering the first library call load only the library repository and the settings store.
 */
export function createServices(db: Db, env: ServiceEnv): ServiceSet {
  // Filled one by one as domains ask; `need` resolves only when every named one is in.
  const made: Partial<Services> & { db: Db } = { db };
  const making = new Map<ServiceName, Promise<void>>();
  let closed = false;

  function make(name: ServiceName): Promise<void> {
    let pending = making.get(name);
    if (!pending) {
      const spec: { needs: readonly ServiceName[]; load: () => Promise<unknown> } = SERVICES[name];
      pending = Promise.all([need(spec.needs), spec.load()]).then(([, create]) => {
        // A database closed while the module loaded (restore, quit) gets no new service.
        if (closed) throw new AppError('NEEDS_RECOVERY', 'The database was closed meanwhile.');
        const from = made as Services;
        (made as Record<ServiceName, unknown>)[name] = (
          create as (from: Services, env: ServiceEnv) => unknown
        )(from, env);
      });
      // A service that failed to be made (a disk refusing the trash's expiry, say) is tried
      // again by the next call that needs it, rather than failing every call from then on.
      pending.catch(() => making.delete(name));
      making.set(name, pending);
    }
    return pending;
  }

  async function need(names: readonly ServiceName[]): Promise<void> {
    if (names.every((name) => made[name] !== undefined)) return;
    await Promise.all(names.map(make));
  }

  return {
    services: made as Services,
    need,
    async startOwnWork() {
      try {
        // The trash expiry writes as its store is made: not while a job holds the write
        // transaction, which would hold this thread (and a Cancel) till the job ends.
        await Promise.all([loadServiceModules(['sync', 'trash']), need(['jobs'])]);
        await made.jobs!.writersDone();
        await need(['sync', 'trash']);
      } catch (error) {
        // Closed meanwhile (a restore, the app quitting): nothing is left to start.
        if (!closed) console.error('[services] starting the sync and the trash expiry:', error);
      }
    },
    close() {
      closed = true;
      // Rooms record their closing synchronously, before the database goes (docs/LIVE.md).
      void made.live?.closeAll();
      made.sync?.stop();
      made.jobs?.close();
      db.close();
    },
  };
}
