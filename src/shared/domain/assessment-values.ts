import type { ItemFields } from './assessments';

// The fixed value lists of a checklist item, without the schemas built from them: the renderer
// needs these lists, and importing them from here keeps zod out of its bundle.

export const RESULTS = ['implemented', 'partial', 'gap', 'not-applicable', 'not-assessed'] as const;
export type ItemResult = (typeof RESULTS)[number];

export const STATUSES = ['to-do', 'in-progress', 'in-review', 'done'] as const;
export type WorkStatus = (typeof STATUSES)[number];

export const PRIORITIES = ['high', 'medium', 'low'] as const;
export type Priority = (typeof PRIORITIES)[number];

export const ACTION_TYPES = [
  'amend',
  'new-law',
  'regulation',
  'institutional',
  'training',
] as const;
export type ActionType = (typeof ACTION_TYPES)[number];

// A record, not an array: the compiler then insists on exactly the fields of the schema.
const ITEM_FIELDS: Record<keyof ItemFields, true> = {
  result: true,
  status: true,
  inLaw: true,
  inPractice: true,
  citations: true,
  evidence: true,
  actionType: true,
  action: true,
  priority: true,
  agency: true,
  targetDate: true,
  elements: true,
};
export const ITEM_FIELD_NAMES = Object.keys(ITEM_FIELDS) as (keyof ItemFields)[];
