import {
  buildAssessmentReport,
  reportOptions,
  type ReportOptions,
} from '../../../shared/reports/assessment-report';
import { buildSessionReport, sessionReportOptions } from '../../../shared/reports/session-report';
import type { ReportLanguage } from '../../../shared/i18n/report-catalogs';
import type { AssessmentStore } from '../assessments/assessment-store';
import type { ChecklistFiles } from '../assessments/checklist-files';
import { exportName } from '../export-name';
import type { Progress } from '../jobs/progress';
import type { LibraryRepository } from '../library/library-repository';
import type { SettingsStore } from '../settings-store';
import type { AttemptStore } from '../sessions/attempt-store';
import type { QuizStore } from '../sessions/quiz-store';
import type { SessionResultsService } from '../sessions/session-results';
import type { SessionStore } from '../sessions/session-store';
import type { PdfPrinter } from './chromium-printer';
import { renderAssessmentReport } from './render-report';
import { renderSessionReport } from './render-session';
import type { PollResult } from '../../../shared/live/facilitator';
import type { Assessment } from '../../../shared/domain/assessments';

/** What rendering a document needs: a PDF printer and a scratch folder. */
export interface Rendering {
  printer: PdfPrinter;
  tempDir: () => string;
}

export const REPORT_EXTENSIONS = {
  pdf: '.pdf',
  docx: '.docx',
  xlsx: '.xlsx',
  csv: '.csv',
  json: '.json',
} as const;
export type ReportFormat = keyof typeof REPORT_EXTENSIONS;

interface ReportSources {
  assessments: AssessmentStore;
  library: LibraryRepository;
  settings: SettingsStore;
  sessions: SessionStore;
  quizzes: QuizStore;
  attempts: AttemptStore;
  results: SessionResultsService;
  checklistFiles: ChecklistFiles;
  /** The workshop's quick polls with their results (the live room's polls.list). */
  polls: (sessionId: string) => PollResult[];
  /** A checklist's convention words in a report language (checklist-in-language.ts). */
  checklistIn: (assessment: Assessment, language: string) => Assessment;
}

/**
 * Assembles checklist and workshop reports from the stores and renders them in one format. Run
 * in a job worker (jobs/job-kinds.ts) over the worker's own connection.
 */
export function createReportService(from: ReportSources, rendering: Rendering) {
  /** A checklist report's bytes; JSON is the checklist exchange file. */
  async function assessment(
    id: string,
    format: ReportFormat,
    requested: ReportOptions | undefined,
    progress: Progress,
  ): Promise<{ name: string; bytes: Buffer }> {
    const checklist = from.assessments.get(id);
    const name = exportName(checklist.country, checklist.title) + REPORT_EXTENSIONS[format];
    if (format === 'json') return { name, bytes: Buffer.from(from.checklistFiles.json(id)) };
    const options =
      requested ?? reportOptions.parse({ organisation: from.settings.get().organisation });
    // Article, provision and chapter titles in the report's language where translated.
    const report = buildAssessmentReport(
      from.checklistIn(checklist, options.language),
      from.assessments.history(id),
      from.library.listChapters(options.language),
      options,
      new Date(),
    );
    const bytes = await renderAssessmentReport(report, format, {
      printer: rendering.printer,
      tempDir: rendering.tempDir(),
      onProgress: progress,
    });
    return { name, bytes };
  }

  /** The workshop report's bytes: the workshop, its results, both quizzes and every finished attempt. */
  async function session(
    sessionId: string,
    format: Exclude<ReportFormat, 'json'>,
    language: ReportLanguage,
    progress: Progress,
  ): Promise<{ name: string; bytes: Buffer }> {
    const workshop = from.sessions.get(sessionId);
    const quiz = (quizId: string | null) => {
      if (!quizId) return null;
      const q = from.quizzes.get(quizId);
      // Question words in the report language where translated, as the titles are.
      const title = from.quizzes.inLanguage(q, language).title;
      return { id: q.id, title, questions: from.quizzes.questions(q, language) };
    };
    const report = buildSessionReport(
      workshop,
      from.results.of(sessionId, language),
      { pre: quiz(workshop.preQuizId), post: quiz(workshop.postQuizId) },
      from.attempts.finishedIn(sessionId),
      sessionReportOptions.parse({ language, organisation: from.settings.get().organisation }),
      new Date(),
      from.polls(sessionId),
    );
    const bytes = await renderSessionReport(report, format, {
      printer: rendering.printer,
      tempDir: rendering.tempDir(),
      onProgress: progress,
    });
    return { name: `${exportName(workshop.startDate, workshop.title)}.${format}`, bytes };
  }

  return { assessment, session };
}
