import { z } from 'zod';
import { contentOrigin } from './library';
import { packStatus, questionSource, quizKind } from '../content/pack';

export const packSummary = z.object({
  id: z.string(),
  version: z.string(),
  language: z.string(),
  instrument: z.string(),
  title: z.string(),
  license: z.string(),
  source: z.enum(['bundled', 'imported']),
  /** Signed by a publisher this app trusts (or shipped with the app); false: "unverified source". */
  verified: z.boolean(),
  /** The trusted publisher's name, or null for an unverified source. */
  publisher: z.string().nullable(),
  isPrimary: z.boolean(),
  /** Dated facts such as signatures and entry into force; null when the pack has none. */
  status: packStatus.nullable(),
  installedAt: z.string(),
  updatedAt: z.string(),
  counts: z.object({
    articles: z.number().int(),
    provisions: z.number().int(),
    terms: z.number().int(),
    questions: z.number().int(),
    quizzes: z.number().int(),
  }),
});
export type PackSummary = z.infer<typeof packSummary>;

export const packImportResult = z.object({
  packId: z.string(),
  title: z.string(),
  version: z.string(),
  previousVersion: z.string().nullable(),
  unchanged: z.boolean(),
  retired: z.object({
    provisions: z.number().int(),
    questions: z.number().int(),
    quizzes: z.number().int(),
  }),
  /** What the item-writing check found in the pack's questions; empty when nothing. */
  warnings: z.array(z.string()),
  /** Set when the file was a translation pack: what it translates, into what, how many texts. */
  translation: z
    .object({ of: z.string(), language: z.string(), texts: z.number().int() })
    .optional(),
});
export type PackImportResult = z.infer<typeof packImportResult>;

export const fileWritten = z.object({ path: z.string(), bytes: z.number().int() });
export type FileWritten = z.infer<typeof fileWritten>;

/** One problem in one row of a question spreadsheet: people fix rows, not stack traces. */
export const rowProblem = z.object({
  row: z.number().int(),
  column: z.string(),
  message: z.string(),
});
export type RowProblem = z.infer<typeof rowProblem>;

export const questionSheetResult = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), pack: packImportResult, questions: z.number().int() }),
  z.object({ ok: z.literal(false), problems: z.array(rowProblem), rows: z.number().int() }),
]);
export type QuestionSheetResult = z.infer<typeof questionSheetResult>;

/** `content` is set when read for a content language (see domain/library contentOrigin). */
export const question = questionSource.extend({
  packId: z.string(),
  content: contentOrigin.optional(),
});
export type Question = z.infer<typeof question>;

export const quizSummary = z.object({
  id: z.string(),
  title: z.string(),
  kind: quizKind,
  description: z.string().nullable(),
  packId: z.string(),
  questionCount: z.number().int(),
  content: contentOrigin.optional(),
});
export type QuizSummary = z.infer<typeof quizSummary>;
