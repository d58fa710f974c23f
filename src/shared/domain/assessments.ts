import { z } from 'zod';
import { ACTION_TYPES, PRIORITIES, RESULTS, STATUSES } from './assessment-values';

export {
  ACTION_TYPES,
  ITEM_FIELD_NAMES,
  PRIORITIES,
  RESULTS,
  STATUSES,
  type ActionType,
  type ItemResult,
  type Priority,
  type WorkStatus,
} from './assessment-values';

export const itemResult = z.enum(RESULTS);
export const workStatus = z.enum(STATUSES);
export const priority = z.enum(PRIORITIES);
export const actionType = z.enum(ACTION_TYPES);

/** Law on paper vs practice: optional, for teams that assess both. */
export const lawPracticeState = z.enum(['yes', 'partly', 'no', 'unknown']);

export const elementState = z.enum(['met', 'not-met', 'unclear']);
export const elementAssessment = z
  .object({
    index: z.number().int().min(0),
    state: elementState.nullable(),
    nationalText: z.string().max(4000).default(''),
  })
  .strict();
export type ElementAssessment = z.infer<typeof elementAssessment>;

export const citation = z
  .object({
    act: z.string().trim().min(1).max(300),
    section: z.string().max(120).default(''),
    year: z.string().max(10).default(''),
    link: z.string().max(2000).default(''),
  })
  .strict();
export type Citation = z.infer<typeof citation>;

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD');
export const countryCode = z.string().regex(/^[A-Z]{2}$/, 'an ISO 3166-1 alpha-2 code such as VN');

/** The fields a person edits on an item; every one optional in an update. */
export const itemFields = z
  .object({
    result: itemResult,
    status: workStatus,
    inLaw: lawPracticeState.nullable(),
    inPractice: lawPracticeState.nullable(),
    citations: z.array(citation).max(20),
    evidence: z.string().max(20_000),
    actionType: actionType.nullable(),
    action: z.string().max(4000),
    priority: priority.nullable(),
    agency: z.string().max(300),
    targetDate: isoDate.nullable(),
    elements: z.array(elementAssessment).max(50),
  })
  .strict();
export type ItemFields = z.infer<typeof itemFields>;

export const assessmentItem = itemFields.extend({
  id: z.string(),
  provisionId: z.string(),
  articleNumber: z.number().int(),
  articleTitle: z.string(),
  chapter: z.string(),
  paragraph: z.string(),
  provisionText: z.string(),
  provisionLevel: z.enum(['mandatory', 'optional']),
  provisionElements: z.array(z.string()),
  retired: z.boolean(),
  updatedAt: z.string(),
  updatedBy: z.string(),
});
export type AssessmentItem = z.infer<typeof assessmentItem>;

export const assessmentHeader = z.object({
  id: z.string(),
  country: countryCode,
  countryName: z.string(),
  title: z.string(),
  date: isoDate,
  assessors: z.array(z.string()),
  organisation: z.string(),
  clonedFrom: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type AssessmentHeader = z.infer<typeof assessmentHeader>;

export const assessmentSummary = assessmentHeader.extend({
  itemCount: z.number().int(),
  assessed: z.number().int(),
  counts: z.record(itemResult, z.number().int()),
});
export type AssessmentSummary = z.infer<typeof assessmentSummary>;

export const assessment = assessmentHeader.extend({ items: z.array(assessmentItem) });
export type Assessment = z.infer<typeof assessment>;

export const historyEntry = z.object({
  id: z.number().int(),
  itemId: z.string().nullable(),
  provisionId: z.string().nullable(),
  articleNumber: z.number().int().nullable(),
  at: z.string(),
  actor: z.string(),
  field: z.string(),
  oldValue: z.string().nullable(),
  newValue: z.string().nullable(),
  batch: z.string(),
  undone: z.boolean(),
  /** Why, beyond who and when: e.g. the vote counts behind a result adopted in a live room. */
  note: z.string().nullable().optional(),
  /** The change's id on every machine (docs/HUB.md); where it was made: here, the hub, a file. */
  changeId: z.string().optional(),
  origin: z.enum(['local', 'hub', 'file']).optional(),
  /** The organisation the hub recorded for a change that came through it. */
  organisation: z.string().nullable().optional(),
  /** For a person's decision between competing changes: how many it settled (0 otherwise). */
  decided: z.number().int().optional(),
});
export type HistoryEntry = z.infer<typeof historyEntry>;

/** One field an undo or redo changed, described as the edit it took back or applied again. */
export const revertedChange = z.object({
  itemId: z.string(),
  articleNumber: z.number().int(),
  paragraph: z.string(),
  field: z.string(),
  /** The value before the edit. */
  from: z.string().nullable(),
  /** The value the edit set. */
  to: z.string().nullable(),
});
export type RevertedChange = z.infer<typeof revertedChange>;

export const createAssessmentInput = z
  .object({
    country: countryCode,
    title: z.string().trim().min(1).max(200),
    date: isoDate.optional(),
    assessors: z.array(z.string().trim().min(1).max(200)).max(50).default([]),
    organisation: z.string().max(200).default(''),
    chapters: z.array(z.string().max(8)).max(20).optional(),
    obligations: z
      .array(z.enum(['mandatory', 'optional']))
      .max(2)
      .optional(),
  })
  .strict();
