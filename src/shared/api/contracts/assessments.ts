import { z } from 'zod';
import {
  assessment,
  assessmentItem,
  assessmentSummary,
  createAssessmentInput,
  historyEntry,
  itemFields,
  revertedChange,
} from '../../domain/assessments';
import { importPreview, mergeDecisions } from '../../domain/exchange';
import { fileWritten } from '../../domain/packs';
import { comparison, heatmap } from '../../assessments/views';
import { fileContent, fileSource, id, noInput, outputPath, type ContractPart } from './common';

/** National implementation checklists, their history, and the exchange file between machines. */
export const assessmentsContract = {
  'assessments.create': {
    input: createAssessmentInput,
    output: z.object({ id: z.string() }),
    errors: ['NOT_FOUND'],
  },
  'assessments.list': { input: noInput, output: z.array(assessmentSummary) },
  'assessments.get': {
    input: z.object({ id }).strict(),
    output: assessment,
    errors: ['NOT_FOUND'],
  },
  /** Moves the checklist, its items, history and votes to the trash (trash.restore). */
  'assessments.delete': {
    input: z.object({ id }).strict(),
    output: z.object({ trashId: z.string() }),
    errors: ['NOT_FOUND', 'CONFLICT'],
  },
  'assessments.updateItem': {
    input: itemFields.partial().extend({ assessmentId: id, itemId: id }).strict(),
    output: assessmentItem,
    errors: ['NOT_FOUND'],
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
    errors: ['NOT_FOUND'],
  },
  'assessments.history': {
    input: z.object({ assessmentId: id, itemId: id.optional() }).strict(),
    output: z.array(historyEntry),
    errors: ['NOT_FOUND'],
  },
  'assessments.undo': {
    /** batch: the edit to take back (a screen's own newest); without it, the newest edit. */
    input: z.object({ assessmentId: id, batch: id.optional() }).strict(),
    output: z.object({
      undone: z.number().int(),
      batch: z.string().nullable(),
      changes: z.array(revertedChange),
    }),
    errors: ['NOT_FOUND'],
  },
  'assessments.redo': {
    /** batch: the undone edit to apply again; without it, the one undone most recently. */
    input: z.object({ assessmentId: id, batch: id.optional() }).strict(),
    output: z.object({
      redone: z.number().int(),
      batch: z.string().nullable(),
      changes: z.array(revertedChange),
    }),
    errors: ['NOT_FOUND'],
  },
  'assessments.searchNotes': {
    input: z.object({ assessmentId: id, query: z.string().max(200) }).strict(),
    output: z.object({ itemIds: z.array(z.string()) }),
    errors: ['NOT_FOUND'],
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
    errors: ['NOT_FOUND'],
  },
  'assessments.compare': {
    input: z.object({ baseId: id, otherId: id }).strict(),
    output: comparison,
    errors: ['NOT_FOUND'],
  },
  'assessments.heatmap': {
    input: z.object({ ids: z.array(id).max(500).optional() }).strict(),
    output: heatmap,
    errors: ['NOT_FOUND'],
  },
  'assessments.exportFile': {
    input: z.object({ id, path: outputPath }).strict(),
    output: fileWritten,
    errors: ['NOT_FOUND'],
  },
  'assessments.downloadFile': {
    input: z.object({ id }).strict(),
    output: fileContent,
    errors: ['NOT_FOUND'],
  },
  'assessments.previewImport': { input: fileSource, output: importPreview, errors: ['NOT_FOUND'] },
  'assessments.applyImport': {
    input: z.object({ file: fileSource, decisions: mergeDecisions.default({}) }).strict(),
    output: z.object({ assessmentId: z.string(), applied: z.number().int() }),
    errors: ['NOT_FOUND'],
  },
} as const satisfies ContractPart;
