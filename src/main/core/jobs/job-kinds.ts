import { join } from 'node:path';
import { mkdirSync } from 'node:fs';
import type { ReportOptions } from '../../../shared/reports/assessment-report';
import type { ReportLanguage } from '../../../shared/i18n/report-catalogs';
import type { CertificateRequest, CertificateSkip } from '../certificates/certificate-service';
import type { Publisher } from '../content/publishers';
import type { Db } from '../db/connection';
import type { FileSource } from '../files/input-file';
import type { PdfPrinter } from '../reports/page-templates';
import type { ReportFormat } from '../reports/report-service';
import type { Progress } from './progress';

// Each job loads its own code when it runs: a worker starts with only what its job needs.

/** What a job gets inside its worker: its own connection, progress (which throws once cancelled). */
export interface JobContext {
  db: Db;
  dataDir: string;
  trusted: readonly Publisher[];
  progress: Progress;
  /** Prints through the core's printer (one warm browser per process), over the worker's port. */
  printer: PdfPrinter;
}

/** A report's file name and bytes, as they come back from a report job. */
export interface RenderedFile {
  name: string;
  bytes: Uint8Array;
}

const packs = async ({ db, trusted }: JobContext) =>
  (await import('../content/packs-service')).createPacksService(db, trusted);

/** The printer and a scratch folder inside the data folder, as the core's services have them. */
function rendering({ dataDir, printer }: JobContext) {
  const tempDir = () => {
    const folder = join(dataDir, 'tmp');
    mkdirSync(folder, { recursive: true });
    return folder;
  };
  return { printer, tempDir };
}

const register = async ({ db }: JobContext) => {
  const [{ createRegisterService }, { createSessionStore }] = await Promise.all([
    import('../sessions/register-service'),
    import('../sessions/session-store'),
  ]);
  return createRegisterService(createSessionStore(db));
};

async function certificates(ctx: JobContext) {
  const [
    { createCertificateService },
    { createSettingsStore },
    { createQuizStore },
    { createSessionResults },
    { createSessionStore },
  ] = await Promise.all([
    import('../certificates/certificate-service'),
    import('../settings-store'),
    import('../sessions/quiz-store'),
    import('../sessions/session-results'),
    import('../sessions/session-store'),
  ]);
  const sessions = createSessionStore(ctx.db);
  const results = createSessionResults(ctx.db, sessions, createQuizStore(ctx.db));
  return createCertificateService(
    { sessions, settings: createSettingsStore(ctx.db), results },
    rendering(ctx),
  );
}

/** The report service over the job's own connection: the same stores the core builds. */
async function reportService(ctx: JobContext) {
  const { db } = ctx;
  const [
    { createAssessmentStore },
    { createChecklistFiles },
    { createPacksService },
    { createLibraryRepository },
    { createReportService },
    { createSettingsStore },
    { createAttemptStore },
    { createQuizStore },
    { createSessionResults },
    { createSessionStore },
    { createRoomStore },
    { pollResults },
    { createChecklistTranslator },
  ] = await Promise.all([
    import('../assessments/assessment-store'),
    import('../assessments/checklist-files'),
    import('../content/packs-service'),
    import('../library/library-repository'),
    import('../reports/report-service'),
    import('../settings-store'),
    import('../sessions/attempt-store'),
    import('../sessions/quiz-store'),
    import('../sessions/session-results'),
    import('../sessions/session-store'),
    import('../live/room-store'),
    import('../live/poll-results'),
    import('../reports/checklist-in-language'),
  ]);
  const assessments = createAssessmentStore(db);
  const settings = createSettingsStore(db);
  const sessions = createSessionStore(db);
  const quizzes = createQuizStore(db);
  const packs = createPacksService(db);
  const rooms = createRoomStore(db);
  return createReportService(
    {
      assessments,
      library: createLibraryRepository(db),
      settings,
      sessions,
      quizzes,
      attempts: createAttemptStore(db, quizzes),
      results: createSessionResults(db, sessions, quizzes),
      checklistFiles: createChecklistFiles(assessments, settings, packs, db),
      polls: (sessionId) => pollResults(rooms, sessionId),
      checklistIn: createChecklistTranslator(db),
    },
    rendering(ctx),
  );
}

/**
 * Every job a worker can run, by the kind its job.progress events carry. Each runs on the
 * worker's own connection; a writing job does all its writing in one transaction and calls
 * `progress` inside it, so a cancel (a throw from progress) rolls all of it back.
 */
export const JOB_KINDS = {
  'pack-import': async (ctx: JobContext, source: FileSource) =>
    (await packs(ctx)).import(source, ctx.progress),
  'question-sheet': async (ctx: JobContext, source: FileSource) =>
    (await packs(ctx)).importQuestions(source, ctx.progress),
  'report-export': async (
    ctx: JobContext,
    input: { assessmentId: string; format: ReportFormat; options?: ReportOptions | undefined },
  ): Promise<RenderedFile> =>
    (await reportService(ctx)).assessment(
      input.assessmentId,
      input.format,
      input.options,
      ctx.progress,
    ),
  'session-report': async (
    ctx: JobContext,
    input: { sessionId: string; format: Exclude<ReportFormat, 'json'>; language: ReportLanguage },
  ): Promise<RenderedFile> =>
    (await reportService(ctx)).session(input.sessionId, input.format, input.language, ctx.progress),
  'register-preview': async (ctx: JobContext, input: { sessionId: string; file: FileSource }) =>
    (await register(ctx)).preview(input.sessionId, input.file, ctx.progress),
  'register-import': async (ctx: JobContext, input: { sessionId: string; file: FileSource }) =>
    (await register(ctx)).import(input.sessionId, input.file, ctx.progress),
  certificates: async (
    ctx: JobContext,
    request: CertificateRequest,
  ): Promise<RenderedFile & { certificates: number; skipped: CertificateSkip[] }> =>
    (await certificates(ctx)).render(request, ctx.progress),
} as const;

export type JobKind = keyof typeof JOB_KINDS;
export type JobInput<K extends JobKind> = Parameters<(typeof JOB_KINDS)[K]>[1];
export type JobResult<K extends JobKind> = Awaited<ReturnType<(typeof JOB_KINDS)[K]>>;
