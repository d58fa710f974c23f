import { z } from 'zod';
import {
  article,
  articleListItem,
  articleNumber,
  chapterSummary,
  libraryStats,
  searchHit,
} from '../domain/library';
import { backupInfo, systemInfo, systemStatus } from '../domain/system';
import {
  fileWritten,
  packImportResult,
  packSummary,
  question,
  questionSheetResult,
  quizSummary,
} from '../domain/packs';
import { audience, difficulty, questionType } from '../content/pack';
import {
  assessment,
  assessmentItem,
  assessmentSummary,
  createAssessmentInput,
  historyEntry,
  itemFields,
} from '../domain/assessments';
import { settings, settingsUpdate } from '../domain/settings';
import { importPreview, mergeDecisions } from '../domain/exchange';
import { reportOptions } from '../reports/assessment-report';
import {
  agendaItem,
  attemptView,
  attendanceState,
  customQuizInput,
  participant,
  participantInput,
  response,
  session,
  sessionFields,
  sessionSummary,
  sessionUpdate,
} from '../domain/sessions';
import { answer } from '../training/scoring';
import { sessionResults } from '../training/results';
import { registerRow } from '../training/register';
import { questionSource } from '../content/pack';
import { certificateCriteria } from '../reports/session-report';

const reportLanguage = z.enum(['en', 'fr', 'es', 'ar', 'ru', 'zh', 'vi']);
const sessionFormat = z.enum(['pdf', 'docx', 'xlsx', 'csv']);
const ineligible = z.object({
  participantId: z.string(),
  name: z.string(),
  reasons: z.array(z.string()),
});
const certificateRequest = {
  sessionId: z.string().min(1).max(80),
  criteria: certificateCriteria.optional(),
  participantIds: z.array(z.string().max(80)).max(2000).optional(),
  language: reportLanguage.default('en'),
};

const reportFormat = z.enum(['pdf', 'docx', 'xlsx', 'csv', 'json']);
import { comparison, heatmap } from '../assessments/views';
import type { MethodName } from './methods';

const noInput = z.object({}).strict();

/** A file given by absolute path (API, desktop dialog) or sent as bytes by the UI's file picker. */
const fileSource = z.union([
  z.object({ path: z.string().min(1).max(4096) }).strict(),
  z
    .object({ fileName: z.string().min(1).max(260), contentBase64: z.string().max(90_000_000) })
    .strict(),
]);
const fileContent = z.object({ fileName: z.string(), contentBase64: z.string() });
const packId = z.string().min(1).max(80);
const id = z.string().min(1).max(80);

interface MethodSpec {
  input: z.ZodType;
  output: z.ZodType;
}

/**
 * The one API contract: method → input schema → output schema. The Electron IPC handler,
 * the preload allowlist, the HTTP router and the renderer client are all derived from it.
 */
export const contract = {
  'library.listChapters': { input: noInput, output: z.array(chapterSummary) },
  'library.listArticles': {
    input: z.object({ chapter: z.string().max(8).optional() }).strict(),
    output: z.array(articleListItem),
  },
  'library.getArticle': { input: z.object({ number: articleNumber }).strict(), output: article },
  'library.search': {
    input: z
      .object({
        query: z.string().max(200),
        limit: z.number().int().min(1).max(100).default(20),
      })
      .strict(),
    output: z.array(searchHit),
  },
  'library.stats': { input: noInput, output: libraryStats },
  'packs.list': { input: noInput, output: z.array(packSummary) },
  'packs.import': { input: fileSource, output: packImportResult },
  'packs.export': {
    input: z.object({ id: packId, path: z.string().min(1).max(4096) }).strict(),
    output: fileWritten,
  },
  'packs.download': { input: z.object({ id: packId }).strict(), output: fileContent },
  'packs.importQuestions': { input: fileSource, output: questionSheetResult },
  'packs.questionTemplate': {
    input: z.object({ format: z.enum(['xlsx', 'csv']).default('xlsx') }).strict(),
    output: fileContent,
  },
  'questions.list': {
    input: z
      .object({
        articles: z.array(articleNumber).max(68).optional(),
        chapter: z.string().max(8).optional(),
        type: questionType.optional(),
        difficulty: difficulty.optional(),
        audience: audience.optional(),
        limit: z.number().int().min(1).max(2000).default(500),
      })
      .strict(),
    output: z.array(question),
  },
  'quizzes.list': { input: noInput, output: z.array(quizSummary) },
  'quizzes.get': {
    input: z.object({ id }).strict(),
    output: z.object({
      id: z.string(),
      title: z.string(),
      kind: z.string(),
      description: z.string().nullable(),
      shuffleQuestions: z.boolean(),
      shuffleOptions: z.boolean(),
      timeLimitMinutes: z.number().int().nullable(),
      custom: z.boolean(),
      questions: z.array(questionSource),
    }),
  },
  'quizzes.create': { input: customQuizInput, output: z.object({ id: z.string() }) },
  'sessions.create': { input: sessionFields, output: z.object({ id: z.string() }) },
  'sessions.list': { input: noInput, output: z.array(sessionSummary) },
  'sessions.get': { input: z.object({ id }).strict(), output: session },
  'sessions.update': {
    input: z.object({ id, fields: sessionUpdate }).strict(),
    output: session,
  },
  'sessions.addParticipants': {
    input: z
      .object({ sessionId: id, participants: z.array(participantInput).min(1).max(2000) })
      .strict(),
    output: z.object({
      added: z.number().int(),
      matched: z.number().int(),
      participants: z.array(participant),
    }),
  },
  'sessions.removeParticipant': {
    input: z.object({ sessionId: id, participantId: id }).strict(),
    output: z.object({ removed: z.boolean() }),
  },
  'sessions.previewRegister': {
    input: z.object({ sessionId: id, file: fileSource }).strict(),
    output: z.object({ rows: z.array(registerRow), fileProblem: z.string().nullable() }),
  },
  'sessions.importRegister': {
    input: z.object({ sessionId: id, file: fileSource }).strict(),
    output: z.object({
      added: z.number().int(),
      matched: z.number().int(),
      skipped: z.array(z.number().int()),
    }),
  },
  'sessions.setAttendance': {
    input: z
      .object({
        sessionId: id,
        marks: z
          .array(
            z
              .object({
                personId: id,
                day: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
                state: attendanceState,
              })
              .strict(),
          )
          .min(1)
          .max(5000),
      })
      .strict(),
    output: z.object({ saved: z.number().int() }),
  },
  'sessions.setAgenda': {
    input: z.object({ sessionId: id, items: z.array(agendaItem).max(300) }).strict(),
    output: z.object({ saved: z.number().int() }),
  },
  'sessions.results': { input: z.object({ sessionId: id }).strict(), output: sessionResults },
  'people.duplicates': { input: noInput, output: z.array(z.array(participant)) },
  'people.merge': {
    input: z.object({ keepId: id, mergeId: id }).strict(),
    output: z.object({ merged: z.boolean() }),
  },
  'attempts.start': {
    input: z
      .object({ sessionId: id, participantId: id, quizId: z.string().min(1).max(120) })
      .strict(),
    output: attemptView,
  },
  'attempts.answer': {
    input: z.object({ attemptId: id, questionId: z.string().min(1).max(120), answer }).strict(),
    output: attemptView,
  },
  'attempts.finish': {
    input: z.object({ attemptId: id }).strict(),
    output: z.object({ score: z.number() }),
  },
  'attempts.submit': {
    input: z
      .object({
        sessionId: id,
        participantId: id,
        quizId: z.string().min(1).max(120),
        responses: z.array(response).max(500),
      })
      .strict(),
    output: z.object({ score: z.number(), attemptId: z.string() }),
  },
  'attempts.get': { input: z.object({ attemptId: id }).strict(), output: attemptView },
  'assessments.create': { input: createAssessmentInput, output: z.object({ id: z.string() }) },
  'assessments.list': { input: noInput, output: z.array(assessmentSummary) },
  'assessments.get': { input: z.object({ id }).strict(), output: assessment },
  'assessments.updateItem': {
    input: itemFields.partial().extend({ assessmentId: id, itemId: id }).strict(),
    output: assessmentItem,
  },
  'assessments.bulkUpdate': {
    input: z
      .object({
        assessmentId: id,
        itemIds: z.array(id).min(1).max(5000),
        fields: itemFields.partial(),
      })
      .strict(),
    output: z.object({ changed: z.number().int() }),
  },
  'assessments.history': {
    input: z.object({ assessmentId: id, itemId: id.optional() }).strict(),
    output: z.array(historyEntry),
  },
  'assessments.undo': {
    input: z.object({ assessmentId: id }).strict(),
    output: z.object({ undone: z.number().int() }),
  },
  'assessments.searchNotes': {
    input: z.object({ assessmentId: id, query: z.string().max(200) }).strict(),
    output: z.object({ itemIds: z.array(z.string()) }),
  },
  'assessments.clone': {
    input: z
      .object({
        id,
        title: z.string().trim().min(1).max(200),
        date: z
          .string()
          .regex(/^\d{4}-\d{2}-\d{2}$/)
          .optional(),
      })
      .strict(),
    output: z.object({ id: z.string() }),
  },
  'assessments.compare': {
    input: z.object({ baseId: id, otherId: id }).strict(),
    output: comparison,
  },
  'assessments.heatmap': {
    input: z.object({ ids: z.array(id).max(500).optional() }).strict(),
    output: heatmap,
  },
  'assessments.exportFile': {
    input: z.object({ id, path: z.string().min(1).max(4096) }).strict(),
    output: fileWritten,
  },
  'assessments.downloadFile': { input: z.object({ id }).strict(), output: fileContent },
  'assessments.previewImport': { input: fileSource, output: importPreview },
  'assessments.applyImport': {
    input: z.object({ file: fileSource, decisions: mergeDecisions.default({}) }).strict(),
    output: z.object({ assessmentId: z.string(), applied: z.number().int() }),
  },
  'reports.exportAssessment': {
    input: z
      .object({
        assessmentId: id,
        format: reportFormat,
        path: z.string().min(1).max(4096),
        options: reportOptions.optional(),
      })
      .strict(),
    output: fileWritten,
  },
  'reports.renderAssessment': {
    input: z
      .object({ assessmentId: id, format: reportFormat, options: reportOptions.optional() })
      .strict(),
    output: fileContent,
  },
  'reports.exportSession': {
    input: z
      .object({
        sessionId: id,
        format: sessionFormat,
        path: z.string().min(1).max(4096),
        language: reportLanguage.default('en'),
      })
      .strict(),
    output: fileWritten,
  },
  'reports.renderSession': {
    input: z
      .object({ sessionId: id, format: sessionFormat, language: reportLanguage.default('en') })
      .strict(),
    output: fileContent,
  },
  'certificates.eligibility': {
    input: z.object({ sessionId: id, criteria: certificateCriteria.default({}) }).strict(),
    output: z.object({
      eligible: z.array(
        z.object({
          participantId: z.string(),
          name: z.string(),
          daysAttended: z.number(),
          post: z.number().nullable(),
        }),
      ),
      ineligible: z.array(ineligible),
    }),
  },
  'certificates.export': {
    input: z.object({ ...certificateRequest, path: z.string().min(1).max(4096) }).strict(),
    output: fileWritten.extend({ certificates: z.number().int(), skipped: z.array(ineligible) }),
  },
  'certificates.render': {
    input: z.object(certificateRequest).strict(),
    output: fileContent.extend({ certificates: z.number().int(), skipped: z.array(ineligible) }),
  },
  'certificates.verify': {
    input: z.object({ code: z.string().min(1).max(400) }).strict(),
    output: z
      .object({
        sessionId: z.string(),
        sessionTitle: z.string(),
        startDate: z.string(),
        endDate: z.string(),
        participantId: z.string(),
        name: z.string(),
        organisation: z.string(),
      })
      .nullable(),
  },
  'settings.get': { input: noInput, output: settings },
  'settings.update': { input: settingsUpdate, output: settings },
  'system.status': { input: noInput, output: systemStatus },
  'system.info': { input: noInput, output: systemInfo },
  'system.backup': { input: noInput, output: backupInfo },
  'system.restoreBackup': {
    input: z.object({ file: z.string().max(260).optional() }).strict(),
    output: systemStatus,
  },
  'system.quit': { input: noInput, output: z.object({ quitting: z.boolean() }) },
} as const satisfies Record<MethodName, MethodSpec>;

export type Contract = typeof contract;
/** What a caller may send (defaults not yet applied). */
export type Input<M extends MethodName> = z.input<Contract[M]['input']>;
/** What a handler receives, after validation and defaults. */
export type ParsedInput<M extends MethodName> = z.output<Contract[M]['input']>;
export type Output<M extends MethodName> = z.output<Contract[M]['output']>;
