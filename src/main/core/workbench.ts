import { copyFileSync, existsSync, mkdirSync, renameSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { randomUUID } from 'node:crypto';
import { AppError } from '../../shared/api/envelope';
import type { PushEvent } from '../../shared/api/events';
import { RECOVERY_METHODS } from '../../shared/api/methods';
import type { SystemStatus } from '../../shared/domain/system';
import { createDispatch, type Dispatch, type Handlers } from './api/dispatch';
import { readPackDirectory } from './content/pack-files';
import { installPack } from './content/install-pack';
import { createBackup, listBackups } from './db/backup';
import { openConnection, type Db } from './db/connection';
import { DatabaseNeedsRecoveryError } from './db/errors';
import { migrate, schemaVersion } from './db/migrate';
import { createLibraryRepository, type LibraryRepository } from './library/library-repository';
import { searchLibrary } from './library/library-service';
import { createPacksService } from './content/packs-service';
import { TRUSTED_PUBLISHERS, type Publisher } from './content/pack-signature';
import { createAssessmentStore, type AssessmentStore } from './assessments/assessment-store';
import { createSettingsStore, type SettingsStore } from './settings-store';
import { buildHeatmap, compareAssessments } from '../../shared/assessments/views';
import { toFtsQuery } from '../../shared/library/search-query';
import {
  createChecklistExchange,
  parseChecklistText,
  toChecklistFile,
} from './assessments/checklist-exchange';
import { loadInputFile } from './files/input-file';
import { readSheetRows } from './files/sheets';
import { createSessionStore, type SessionStore } from './sessions/session-store';
import { createQuizStore, type QuizStore } from './sessions/quiz-store';
import { createAttemptStore, type AttemptStore } from './sessions/attempt-store';
import { computeSessionResults } from './sessions/session-results';
import { checkRegisterRows } from '../../shared/training/register';
import {
  buildSessionReport,
  eligibleParticipants,
  sessionReportOptions,
  type CertificateCriteria,
} from '../../shared/reports/session-report';
import type { ReportLanguage } from '../../shared/reports/report-text';
import { renderSessionReport } from './reports/render-session';
import { renderCertificates } from './reports/certificates';
import { findCertificate } from './reports/certificate-code';
import type { FileSource } from './files/input-file';
import { checkOutputPath, writeFileAtomic } from './files/output-file';
import { createChromiumPrinter, type PdfPrinter } from './reports/chromium-printer';
import { renderAssessmentReport } from './reports/render-report';
import {
  buildAssessmentReport,
  reportOptions,
  type ReportOptions,
} from '../../shared/reports/assessment-report';

type PacksService = ReturnType<typeof createPacksService>;

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
  /**
   * Publishers whose signed packs install as verified; the first is the publisher of the bundled
   * pack, whose updates it alone may sign. Defaults to the keys the app ships.
   */
  trustedPublishers?: readonly Publisher[];
  /** Called when the user chooses to quit (from the recovery screen, for instance). */
  onQuit?: () => void;
}

export interface Workbench {
  dispatch: Dispatch;
  subscribe(listener: (event: PushEvent) => void): () => void;
  status(): SystemStatus;
  close(): void;
}

type State =
  | {
      kind: 'ready';
      db: Db;
      library: LibraryRepository;
      packs: PacksService;
      assessments: AssessmentStore;
      settings: SettingsStore;
      exchange: ReturnType<typeof createChecklistExchange>;
      sessions: SessionStore;
      quizzes: QuizStore;
      attempts: AttemptStore;
    }
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

  const trusted = options.trustedPublishers ?? TRUSTED_PUBLISHERS;

  async function open(): Promise<State> {
    let db: Db | null = null;
    try {
      db = openConnection(databaseFile, { nativeBinding: options.nativeBinding });
      await migrate(db, backupDir);
      const installed = db.prepare('SELECT 1 FROM packs WHERE is_primary = 1').get();
      if (!installed) {
        installPack(db, readPackDirectory(join(options.resourcesDir, 'packs', BUNDLED_PACK_ID)), {
          primary: true,
          source: 'bundled',
          publisher: trusted[0]!.keyId,
        });
      }
      const assessments = createAssessmentStore(db);
      const quizzes = createQuizStore(db);
      return {
        kind: 'ready',
        db,
        library: createLibraryRepository(db),
        packs: createPacksService(db, emit, trusted),
        assessments,
        settings: createSettingsStore(db),
        exchange: createChecklistExchange(db, assessments),
        sessions: createSessionStore(db),
        quizzes,
        attempts: createAttemptStore(db, quizzes),
      };
    } catch (error) {
      db?.close();
      if (error instanceof DatabaseNeedsRecoveryError) return { kind: 'recovery', error };
      throw error;
    }
  }

  let state: State = await open();

  const ready = () => {
    if (state.kind !== 'ready')
      throw new AppError('NEEDS_RECOVERY', 'The database needs recovery first.');
    return state;
  };

  function status(): SystemStatus {
    if (state.kind === 'recovery') {
      return {
        state: 'recovery',
        reason: state.error.reason,
        message: state.error.message,
        databaseFile,
        backups: listBackups(backupDir),
      };
    }
    return { state: 'ready' };
  }

  /** Puts a backup in place of the database. The file it replaces is kept beside it, never deleted. */
  async function restoreBackup(requested?: string): Promise<SystemStatus> {
    const backups = listBackups(backupDir);
    const chosen =
      requested === undefined ? backups[0] : backups.find((b) => b.file === resolve(requested));
    if (!chosen) {
      throw new AppError(
        'NOT_FOUND',
        requested === undefined
          ? `There is no backup in ${backupDir}.`
          : `${requested} is not one of the backups in ${backupDir}.`,
      );
    }
    if (state.kind === 'ready') state.db.close();
    state = { kind: 'closed' };
    const keptAs = `${databaseFile}.replaced-${new Date().toISOString().replace(/[-:.]/g, '')}`;
    for (const suffix of ['', '-wal', '-shm']) {
      if (existsSync(databaseFile + suffix)) renameSync(databaseFile + suffix, keptAs + suffix);
    }
    copyFileSync(chosen.file, databaseFile);
    state = await open();
    return status();
  }

  /** "VN-Việt-Nam-2026": a file name any file system accepts, in any script. */
  const fileBase = (...parts: string[]) =>
    parts
      .join('-')
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/-+$/, '')
      .slice(0, 80);

  /** The session report's bytes: the workshop, its results, both quizzes and every finished attempt. */
  async function sessionReportBytes(
    sessionId: string,
    format: 'pdf' | 'docx' | 'xlsx' | 'csv',
    language: ReportLanguage,
  ): Promise<{ name: string; bytes: Buffer }> {
    const { db, sessions, quizzes, attempts, settings } = ready();
    const session = sessions.get(sessionId);
    const results = computeSessionResults(db, sessions, quizzes, sessionId);
    const quiz = (quizId: string | null) => {
      if (!quizId) return null;
      const q = quizzes.get(quizId);
      return { id: q.id, title: q.title, questions: quizzes.questions(q) };
    };
    const finished = db
      .prepare<[string], string>(
        'SELECT id FROM attempts WHERE session_id = ? AND finished_at IS NOT NULL',
      )
      .pluck()
      .all(sessionId)
      .map((a) => attempts.get(a));
    const options = sessionReportOptions.parse({
      language,
      organisation: settings.get().organisation,
    });
    const report = buildSessionReport(
      session,
      results,
      { pre: quiz(session.preQuizId), post: quiz(session.postQuizId) },
      finished,
      options,
      new Date(),
    );
    const bytes = await renderSessionReport(report, format, {
      printer,
      tempDir: tempFolder(),
      onProgress: progressOf('session-report'),
    });
    return {
      name: `${fileBase(session.startDate, session.title)}.${format}`,
      bytes,
    };
  }

  /** Certificates for who qualifies (or the people asked for), and why the others do not. */
  async function certificateBytes(input: {
    sessionId: string;
    criteria?: CertificateCriteria | undefined;
    participantIds?: string[] | undefined;
    language: ReportLanguage;
  }) {
    const { db, sessions, quizzes, settings } = ready();
    const session = sessions.get(input.sessionId);
    const eligibility = eligibleParticipants(
      session,
      computeSessionResults(db, sessions, quizzes, input.sessionId),
      input.criteria ?? {},
      input.language,
    );
    const wanted = input.participantIds ? new Set(input.participantIds) : null;
    const ids = eligibility.eligible
      .map((e) => e.participantId)
      .filter((pid) => !wanted || wanted.has(pid));
    const bytes = await renderCertificates(
      {
        session,
        participantIds: ids,
        secret: settings.certificateSecret(),
        language: input.language,
        issuedOn: new Date().toISOString().slice(0, 10),
        organisation: settings.get().organisation || session.organiser,
      },
      { printer, tempDir: tempFolder() },
    );
    const skipped = eligibility.ineligible
      .filter((i) => !wanted || wanted.has(i.participantId))
      .map((i) => ({
        participantId: i.participantId,
        name: i.name,
        reasons: i.reasons.map((r) => r.message),
      }));
    return {
      name: `${fileBase('certificates', session.title)}.pdf`,
      bytes,
      certificates: ids.length,
      skipped,
    };
  }

  /** A register sheet checked row by row, with people already known matched; nothing written. */
  async function previewRegister(sessionId: string, file: FileSource) {
    const { sessions } = ready();
    sessions.require(sessionId);
    const { name, bytes } = loadInputFile(file, 'register');
    const checked = checkRegisterRows(await readSheetRows(name, bytes));
    return {
      ...checked,
      rows: checked.rows.map((r) => ({
        ...r,
        matchesPersonId: r.entry ? sessions.match(r.entry) : null,
      })),
    };
  }

  /** The checklist as the exchange file: also the JSON format of reports. */
  function checklistJson(id: string): string {
    const { assessments, settings, packs } = ready();
    const s = settings.get();
    const pack = packs.list().find((p) => p.isPrimary);
    const file = toChecklistFile(
      assessments.get(id),
      assessments.history(id),
      {
        name: s.userName,
        organisation: s.organisation,
        machineId: s.machineId,
        machineName: s.machineName,
      },
      { id: pack?.id ?? '', version: pack?.version ?? '' },
    );
    return JSON.stringify(file, null, 2);
  }

  /** Where intermediate report files go: inside the data folder, removed after each export. */
  const tempFolder = () => {
    const folder = join(dataDir, 'tmp');
    mkdirSync(folder, { recursive: true });
    return folder;
  };

  /** A progress callback for one export job, sent to the UI as job.progress events. */
  const progressOf = (kind: string) => {
    const jobId = randomUUID();
    return (step: string, current: number, total: number) =>
      emit({
        name: 'job.progress',
        payload: { jobId, kind, step, current, total, done: current === total },
      });
  };

  const EXTENSIONS = {
    pdf: '.pdf',
    docx: '.docx',
    xlsx: '.xlsx',
    csv: '.csv',
    json: '.json',
  } as const;

  /** A report's bytes in one format; JSON is the checklist exchange file. */
  async function reportBytes(
    id: string,
    format: keyof typeof EXTENSIONS,
    requested: ReportOptions | undefined,
  ): Promise<{ name: string; bytes: Buffer }> {
    const { assessments, library, settings } = ready();
    const assessment = assessments.get(id);
    const name = fileBase(assessment.country, assessment.title) + EXTENSIONS[format];
    if (format === 'json') return { name, bytes: Buffer.from(checklistJson(id)) };
    const chosen = requested ?? reportOptions.parse({ organisation: settings.get().organisation });
    const report = buildAssessmentReport(
      assessment,
      assessments.history(id),
      library.listChapters(),
      chosen,
      new Date(),
    );
    const bytes = await renderAssessmentReport(report, format, {
      printer,
      tempDir: tempFolder(),
      onProgress: progressOf('report-export'),
    });
    return { name, bytes };
  }

  const handlers: Handlers = {
    'library.listChapters': () => ready().library.listChapters(),
    'library.listArticles': ({ chapter }) => ready().library.listArticles(chapter),
    'library.getArticle': ({ number }) => ready().library.getArticle(number),
    'library.search': ({ query, limit }) => searchLibrary(ready().library, query, limit),
    'library.stats': () => ready().library.stats(),
    'packs.list': () => ready().packs.list(),
    'packs.import': (input) => ready().packs.import(input),
    'packs.export': ({ id, path }) => ready().packs.export(id, path),
    'packs.download': ({ id }) => ready().packs.download(id),
    'packs.importQuestions': (input) => ready().packs.importQuestions(input),
    'packs.questionTemplate': ({ format }) => ready().packs.questionTemplate(format),
    'questions.list': (filter) => ready().packs.questions(filter),
    'quizzes.list': () => [...ready().packs.quizzes(), ...ready().quizzes.customSummaries()],
    'quizzes.get': ({ id }) => {
      const { quizzes } = ready();
      const quiz = quizzes.get(id);
      return { ...quiz, questions: quizzes.questions(quiz) };
    },
    'quizzes.create': (input) => ({ id: ready().quizzes.create(input) }),
    'sessions.create': (fields) => ({ id: ready().sessions.create(fields) }),
    'sessions.list': () => ready().sessions.list(),
    'sessions.get': ({ id }) => ready().sessions.get(id),
    'sessions.update': ({ id, fields }) => {
      ready().sessions.update(id, fields);
      return ready().sessions.get(id);
    },
    'sessions.addParticipants': ({ sessionId, participants }) =>
      ready().sessions.addParticipants(sessionId, participants),
    'sessions.removeParticipant': ({ sessionId, participantId }) => {
      ready().sessions.removeParticipant(sessionId, participantId);
      return { removed: true };
    },
    'sessions.previewRegister': async ({ sessionId, file }) => previewRegister(sessionId, file),
    'sessions.importRegister': async ({ sessionId, file }) => {
      const { rows, fileProblem } = await previewRegister(sessionId, file);
      if (fileProblem) throw new AppError('VALIDATION', fileProblem);
      const good = rows.filter((r) => r.entry !== null);
      const result = good.length
        ? ready().sessions.addParticipants(
            sessionId,
            good.map((r) => r.entry!),
          )
        : { added: 0, matched: 0 };
      return {
        added: result.added,
        matched: result.matched,
        skipped: rows.filter((r) => r.entry === null).map((r) => r.row),
      };
    },
    'sessions.setAttendance': ({ sessionId, marks }) => {
      ready().sessions.setAttendance(sessionId, marks);
      return { saved: marks.length };
    },
    'sessions.setAgenda': ({ sessionId, items }) => {
      ready().sessions.setAgenda(sessionId, items);
      return { saved: items.length };
    },
    'sessions.results': ({ sessionId }) => {
      const { db, sessions, quizzes } = ready();
      return computeSessionResults(db, sessions, quizzes, sessionId);
    },
    'people.duplicates': () => ready().sessions.duplicates(),
    'people.merge': ({ keepId, mergeId }) => {
      ready().sessions.merge(keepId, mergeId);
      return { merged: true };
    },
    'attempts.start': ({ sessionId, participantId, quizId }) =>
      ready().attempts.start(sessionId, participantId, quizId),
    'attempts.answer': ({ attemptId, questionId, answer }) =>
      ready().attempts.answer(attemptId, { questionId, answer }),
    'attempts.finish': ({ attemptId }) => ready().attempts.finish(attemptId),
    'attempts.submit': ({ sessionId, participantId, quizId, responses }) =>
      ready().attempts.submit(sessionId, participantId, quizId, responses),
    'attempts.get': ({ attemptId }) => ready().attempts.get(attemptId),
    'assessments.create': (input) => {
      const { assessments, settings } = ready();
      return { id: assessments.create(input, settings.actor()) };
    },
    'assessments.list': () => ready().assessments.list(),
    'assessments.get': ({ id }) => ready().assessments.get(id),
    'assessments.updateItem': ({ assessmentId, itemId, ...fields }) => {
      const { assessments, settings } = ready();
      assessments.update(assessmentId, [itemId], fields, settings.actor());
      return assessments.item(assessmentId, itemId);
    },
    'assessments.bulkUpdate': ({ assessmentId, itemIds, fields }) => {
      const { assessments, settings } = ready();
      return {
        changed: assessments.update(assessmentId, itemIds, fields, settings.actor()).changed,
      };
    },
    'assessments.history': ({ assessmentId, itemId }) =>
      ready().assessments.history(assessmentId, itemId),
    'assessments.undo': ({ assessmentId }) => {
      const { assessments, settings } = ready();
      return { undone: assessments.undo(assessmentId, settings.actor()).undone };
    },
    'assessments.searchNotes': ({ assessmentId, query }) => {
      const fts = toFtsQuery(query);
      return { itemIds: fts ? ready().assessments.searchNotes(assessmentId, fts) : [] };
    },
    'assessments.clone': ({ id, title, date }) => {
      const { assessments, settings } = ready();
      return { id: assessments.clone(id, title, date, settings.actor()) };
    },
    'assessments.compare': ({ baseId, otherId }) => {
      const { assessments } = ready();
      const base = assessments.get(baseId);
      const other = assessments.get(otherId);
      if (base.country !== other.country) {
        throw new AppError(
          'VALIDATION',
          `Compare two checklists of one country: ${base.countryName} and ${other.countryName} differ. Use the heat map to compare countries.`,
        );
      }
      return compareAssessments(base, other);
    },
    'assessments.heatmap': ({ ids }) => {
      const { assessments, library } = ready();
      const chosen = ids ?? assessments.list().map((a) => a.id);
      return buildHeatmap(
        chosen.map((i) => assessments.get(i)),
        library.listChapters(),
      );
    },
    'assessments.exportFile': ({ id, path }) => {
      const file = checkOutputPath(path, ['.json']);
      return { path: file, bytes: writeFileAtomic(file, checklistJson(id)) };
    },
    'assessments.downloadFile': ({ id }) => {
      const { country, title } = ready().assessments.get(id);
      return {
        fileName: `${fileBase(country, title)}.cwchecklist.json`,
        contentBase64: Buffer.from(checklistJson(id)).toString('base64'),
      };
    },
    'assessments.previewImport': (source) => {
      const { name, bytes } = loadInputFile(source, 'checklist');
      return ready().exchange.preview(parseChecklistText(bytes.toString('utf8'), name));
    },
    'assessments.applyImport': ({ file, decisions }) => {
      const { exchange, settings } = ready();
      const { name, bytes } = loadInputFile(file, 'checklist');
      return exchange.apply(
        parseChecklistText(bytes.toString('utf8'), name),
        decisions,
        settings.actor(),
      );
    },
    'reports.exportAssessment': async ({ assessmentId, format, path, options }) => {
      const file = checkOutputPath(path, [EXTENSIONS[format]]);
      const { bytes } = await reportBytes(assessmentId, format, options);
      return { path: file, bytes: writeFileAtomic(file, bytes) };
    },
    'reports.renderAssessment': async ({ assessmentId, format, options }) => {
      const { name, bytes } = await reportBytes(assessmentId, format, options);
      return { fileName: name, contentBase64: bytes.toString('base64') };
    },
    'reports.exportSession': async ({ sessionId, format, path, language }) => {
      const file = checkOutputPath(path, [EXTENSIONS[format]]);
      const { bytes } = await sessionReportBytes(sessionId, format, language);
      return { path: file, bytes: writeFileAtomic(file, bytes) };
    },
    'reports.renderSession': async ({ sessionId, format, language }) => {
      const { name, bytes } = await sessionReportBytes(sessionId, format, language);
      return { fileName: name, contentBase64: bytes.toString('base64') };
    },
    'certificates.eligibility': ({ sessionId, criteria }) => {
      const { db, sessions, quizzes } = ready();
      const e = eligibleParticipants(
        sessions.get(sessionId),
        computeSessionResults(db, sessions, quizzes, sessionId),
        criteria,
      );
      return {
        eligible: e.eligible,
        ineligible: e.ineligible.map((i) => ({
          participantId: i.participantId,
          name: i.name,
          reasons: i.reasons.map((r) => r.message),
        })),
      };
    },
    'certificates.export': async ({ path, ...request }) => {
      const file = checkOutputPath(path, ['.pdf']);
      const { bytes, certificates, skipped } = await certificateBytes(request);
      return { path: file, bytes: writeFileAtomic(file, bytes), certificates, skipped };
    },
    'certificates.render': async (request) => {
      const { name, bytes, certificates, skipped } = await certificateBytes(request);
      return { fileName: name, contentBase64: bytes.toString('base64'), certificates, skipped };
    },
    'certificates.verify': ({ code }) => {
      const { sessions, settings } = ready();
      const candidates = sessions.list().flatMap((s) =>
        sessions.get(s.id).participants.map((p) => ({
          sessionId: s.id,
          participantId: p.id,
          session: s,
          person: p,
        })),
      );
      const found = findCertificate(settings.certificateSecret(), code, candidates);
      return found
        ? {
            sessionId: found.sessionId,
            sessionTitle: found.session.title,
            startDate: found.session.startDate,
            endDate: found.session.endDate,
            participantId: found.participantId,
            name: found.person.name,
            organisation: found.person.organisation,
          }
        : null;
    },
    'settings.get': () => ready().settings.get(),
    'settings.update': (changes) => ready().settings.update(changes),
    'system.status': () => status(),
    'system.info': () => {
      const current = state.kind === 'ready' ? state : null;
      return {
        appVersion: options.appVersion,
        shell: options.shell,
        dataDir,
        databaseFile,
        schemaVersion: current ? schemaVersion(current.db) : 0,
        packs: current
          ? current.db
              .prepare<[], { id: string; version: string; title: string }>(
                'SELECT id, version, title FROM packs ORDER BY is_primary DESC, id',
              )
              .all()
          : [],
      };
    },
    'system.backup': async () => {
      const jobId = randomUUID();
      const progress = (current: number, total: number, done: boolean) =>
        emit({
          name: 'job.progress',
          payload: { jobId, kind: 'backup', step: 'Copying the database', current, total, done },
        });
      const info = await createBackup(ready().db, backupDir, 'manual', (p) =>
        progress(p.current, p.total, false),
      );
      progress(1, 1, true);
      return info;
    },
    'system.restoreBackup': ({ file }) => restoreBackup(file),
    'system.quit': () => {
      const quitting = options.onQuit !== undefined;
      if (options.onQuit) setTimeout(options.onQuit, 50);
      return { quitting };
    },
  };

  const dispatch = createDispatch(handlers, (method) =>
    state.kind !== 'ready' && !RECOVERY_METHODS.includes(method)
      ? new AppError(
          'NEEDS_RECOVERY',
          'The database could not be opened; restore a backup or quit first.',
        )
      : null,
  );

  return {
    dispatch,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    status,
    close() {
      void printer.close?.();
      if (state.kind === 'ready') state.db.close();
      state = { kind: 'closed' };
    },
  };
}
