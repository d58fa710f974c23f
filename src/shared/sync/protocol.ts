import { z } from 'zod';
import { changeDraft, syncChange } from './change';

/** The hub's wire protocol: every body in and out is one of these, checked on both sides. */

export const PUSH_BATCH_MAX = 2000;
export const PULL_BATCH_MAX = 5000;

export const pushRequest = z
  .object({ changes: z.array(changeDraft).min(1).max(PUSH_BATCH_MAX) })
  .strict();
export type PushRequest = z.infer<typeof pushRequest>;

export const pushStatus = z.enum(['applied', 'conflict', 'duplicate']);
export const pushResult = z.object({
  results: z.array(
    z.object({
      changeId: z.string(),
      /** Null only for a duplicate of a change this organisation cannot read. */
      hubSeq: z.number().int().positive().nullable(),
      /** What the change resolved to when it was recorded; later changes may alter it. */
      status: pushStatus,
    }),
  ),
});
export type PushResult = z.infer<typeof pushResult>;

const sequence = z.coerce.number().int().min(0);
export const pullRequest = z
  .object({
    since: sequence,
    limit: z.coerce.number().int().min(1).max(PULL_BATCH_MAX).default(1000),
  })
  .strict();
export type PullRequest = z.infer<typeof pullRequest>;

export const pullResponse = z.object({
  changes: z.array(syncChange),
  /** Ask for `since=next` to continue; equal to `since` when nothing came. */
  next: sequence,
  more: z.boolean(),
});
export type PullResponse = z.infer<typeof pullResponse>;

export const fieldConflict = z.object({
  checklistId: z.string(),
  provisionId: z.string().nullable(),
  field: z.string(),
  /** The change the field holds while contested (null: its initial value). */
  current: syncChange.nullable(),
  competing: z.array(syncChange).min(1),
});
export type FieldConflictView = z.infer<typeof fieldConflict>;
export const conflictList = z.object({ conflicts: z.array(fieldConflict) });
export type ConflictList = z.infer<typeof conflictList>;

/** A decision: the chosen value, made on top of the held value, naming what competed. */
export const decideRequest = changeDraft.refine((c) => c.resolves.length > 0, {
  message: 'a decision names the competing changes it settles (resolves)',
  path: ['resolves'],
});
export type DecideRequest = z.infer<typeof decideRequest>;

export const decideResult = z.object({
  hubSeq: z.number().int().positive(),
  /** The field after the decision: its change, value and what still competes (normally none). */
  field: z.object({
    changeId: z.string().nullable(),
    value: z.string().nullable(),
    conflictIds: z.array(z.string()),
  }),
});
export type DecideResult = z.infer<typeof decideResult>;

export const errorBody = z.object({ error: z.object({ code: z.string(), message: z.string() }) });
export type ErrorBody = z.infer<typeof errorBody>;
