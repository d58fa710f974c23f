import { join } from 'node:path';
import { mkdirSync } from 'node:fs';
import type { PushEvent } from '../../shared/api/events';
import type { Db } from './db/connection';
import { createLibraryRepository } from './library/library-repository';
import { createPacksService } from './content/packs-service';
import { createAssessmentStore } from './assessments/assessment-store';
import { createChecklistExchange } from './assessments/checklist-exchange';
import { createChecklistFiles } from './assessments/checklist-files';
import { createSettingsStore } from './settings-store';
import { createSessionStore } from './sessions/session-store';
import { createQuizStore } from './sessions/quiz-store';
import { createAttemptStore } from './sessions/attempt-store';
import { createSessionResults } from './sessions/session-results';
import { createCertificateService } from './certificates/certificate-service';
import { createPaperService } from './reports/paper-service';
import type { PdfPrinter } from './reports/chromium-printer';
import type { Publisher } from './content/pack-signature';
import { createLiveRooms, type LiveListen } from './live/rooms';
import { createSyncService } from './sync/sync-service';
import { createChangeLog } from './sync/change-log';
import type { FetchLike } from '../../shared/sync/hub-client';
import { createJobRunner } from './jobs/job-runner';
import { createTrashStore } from './trash/trash-store';

export interface ServiceEnv {
  dataDir: string;
  printer: PdfPrinter;
  emit: (event: PushEvent) => void;
  /** Publishers whose signed packs install as verified (the bundled pack's first). */
  trusted: readonly Publisher[];
  /** Starts a live room's listener; the shells pass src/main/server/live-server.ts. */
  listen?: LiveListen | undefined;
  /** The HTTP sync with the hub uses (tests); Node's fetch with gzip by default. */
  syncFetch?: FetchLike | undefined;
  /** The Electron-ABI better-sqlite3 binding, for the job workers' own connections. */
  nativeBinding?: string | undefined;
}

/** Every domain's services over one open database: what the handlers call. */
export function createServices(db: Db, env: ServiceEnv) {
  const library = createLibraryRepository(db);
  const packs = createPacksService(db, env.trusted);
  const assessments = createAssessmentStore(db);
  const settings = createSettingsStore(db);
  const sessions = createSessionStore(db);
  const quizzes = createQuizStore(db);
  const attempts = createAttemptStore(db, quizzes);
  const results = createSessionResults(db, sessions, quizzes);
  const checklistFiles = createChecklistFiles(assessments, settings, packs, db);
  const trash = createTrashStore(db, () => settings.actor());
  // Entries past their 30 days go when the database opens (docs/ARCHITECTURE.md, Trash).
  trash.purgeExpired();
  /** Where intermediate report files go: inside the data folder, removed after each export. */
  const tempDir = () => {
    const folder = join(env.dataDir, 'tmp');
    mkdirSync(folder, { recursive: true });
    return folder;
  };
  const rendering = { printer: env.printer, tempDir };
  const live = createLiveRooms({
    db,
    sessions,
    quizzes,
    attempts,
    assessments,
    actor: () => settings.actor(),
    emit: env.emit,
    listen: env.listen,
  });
  return {
    db,
    library,
    packs,
    assessments,
    settings,
    exchange: createChecklistExchange(db, assessments, createChangeLog(db, assessments)),
    checklistFiles,
    sessions,
    quizzes,
    attempts,
    results,
    trash,
    sync: createSyncService({ db, assessments, settings, emit: env.emit, fetch: env.syncFetch }),
    /** Imports and rendering (packs, register, reports, certificates): jobs/job-kinds.ts. */
    jobs: createJobRunner({
      databaseFile: db.name,
      nativeBinding: env.nativeBinding,
      dataDir: env.dataDir,
      trusted: env.trusted,
      printer: env.printer,
      emit: env.emit,
    }),
    certificates: createCertificateService({ sessions, settings, results }, rendering),
    paper: createPaperService({ sessions, quizzes }, rendering),
    live,
  };
}

export type Services = ReturnType<typeof createServices>;

/** What every domain's handlers get: the services, or NEEDS_RECOVERY while there are none. */
export interface CoreContext {
  ready(): Services;
}
