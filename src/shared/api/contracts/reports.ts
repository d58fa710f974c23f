import { z } from 'zod';
import { fileWritten } from '../../domain/packs';
import { reportOptions } from '../../reports/assessment-report';
import { fileContent, id, outputPath, reportLanguage, type ContractPart } from './common';

const reportFormat = z.enum(['pdf', 'docx', 'xlsx', 'csv', 'json']);
const sessionFormat = z.enum(['pdf', 'docx', 'xlsx', 'csv']);

/** Checklist and workshop reports in every format. */
export const reportsContract = {
  'reports.exportAssessment': {
    input: z
      .object({
        assessmentId: id,
        format: reportFormat,
        path: outputPath,
        options: reportOptions.optional(),
      })
      .strict(),
    output: fileWritten,
    errors: ['NOT_FOUND', 'CANCELLED'],
  },
  'reports.renderAssessment': {
    input: z
      .object({ assessmentId: id, format: reportFormat, options: reportOptions.optional() })
      .strict(),
    output: fileContent,
    errors: ['NOT_FOUND', 'CANCELLED'],
  },
  'reports.exportSession': {
    input: z
      .object({
        sessionId: id,
        format: sessionFormat,
        path: outputPath,
        language: reportLanguage.default('en'),
      })
      .strict(),
    output: fileWritten,
    errors: ['NOT_FOUND', 'CANCELLED'],
  },
  'reports.renderSession': {
    input: z
      .object({ sessionId: id, format: sessionFormat, language: reportLanguage.default('en') })
      .strict(),
    output: fileContent,
    errors: ['NOT_FOUND', 'CANCELLED'],
  },
  'reports.renderQuizSheet': {
    input: z
      .object({
        quizId: z.string().min(1).max(120),
        sessionId: id.optional(),
        key: z.boolean().default(false),
      })
      .strict(),
    output: fileContent,
    errors: ['NOT_FOUND'],
  },
  'reports.renderSignInSheet': {
    input: z.object({ sessionId: id }).strict(),
    output: fileContent,
    errors: ['NOT_FOUND'],
  },
} as const satisfies ContractPart;
