import { z } from 'zod';
import { articleNumber, contentOrigin } from '../../domain/library';
import {
  fileWritten,
  packImportResult,
  packSummary,
  question,
  questionSheetResult,
  quizSummary,
} from '../../domain/packs';
import { audience, difficulty, questionSource, questionType } from '../../content/pack';
import { customQuizInput } from '../../domain/sessions';
import { fileContent, fileSource, id, noInput, outputPath, type ContractPart } from './common';

const packId = z.string().min(1).max(80);

/** Content packs, the question bank drawn from them, and the quizzes built on both. */
export const packsContract = {
  'packs.list': { input: noInput, output: z.array(packSummary) },
  'packs.import': {
    input: fileSource,
    output: packImportResult,
    errors: ['NOT_FOUND', 'CONFLICT', 'CANCELLED'],
  },
  'packs.export': {
    input: z.object({ id: packId, path: outputPath }).strict(),
    output: fileWritten,
    errors: ['NOT_FOUND'],
  },
  'packs.download': {
    input: z.object({ id: packId }).strict(),
    output: fileContent,
    errors: ['NOT_FOUND'],
  },
  'packs.importQuestions': {
    input: fileSource,
    output: questionSheetResult,
    errors: ['NOT_FOUND', 'CONFLICT', 'CANCELLED'],
  },
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
        /** Words in this content language where translated, each question saying which. */
        language: z
          .string()
          .regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$/)
          .optional(),
      })
      .strict(),
    output: z.array(question),
  },
  'quizzes.list': {
    /** Titles and descriptions in this content language where translated, each quiz saying which. */
    input: z
      .object({
        language: z
          .string()
          .regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$/)
          .optional(),
      })
      .strict(),
    output: z.array(quizSummary),
  },
  'quizzes.get': {
    /**
     * With `language` (a workshop's), the title, questions, options and explanations come in
     * that content language where translated, each item saying which; ids and answers never change.
     */
    input: z
      .object({
        id,
        language: z
          .string()
          .regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$/)
          .optional(),
      })
      .strict(),
    output: z.object({
      id: z.string(),
      title: z.string(),
      kind: z.string(),
      description: z.string().nullable(),
      shuffleQuestions: z.boolean(),
      shuffleOptions: z.boolean(),
      timeLimitMinutes: z.number().int().nullable(),
      custom: z.boolean(),
      content: contentOrigin.optional(),
      questions: z.array(questionSource.extend({ content: contentOrigin.optional() })),
    }),
    errors: ['NOT_FOUND'],
  },
  'quizzes.create': {
    input: customQuizInput,
    output: z.object({ id: z.string() }),
    errors: ['NOT_FOUND'],
  },
} as const satisfies ContractPart;
