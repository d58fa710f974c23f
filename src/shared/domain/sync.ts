import { z } from 'zod';

/** Sync with a regional hub (docs/HUB.md): what the settings page shows and sends. */

export const syncStatus = z.object({
  /** The hub's address; empty when sync is off. */
  hubUrl: z.string(),
  /** Whether a device token is stored (the token itself never leaves the core). */
  tokenSet: z.boolean(),
  configured: z.boolean(),
  running: z.boolean(),
  lastSyncAt: z.string().nullable(),
  /** The last sync's failure in plain words, or null when it succeeded. */
  lastError: z.string().nullable(),
  /** Changes made here that the hub has not acknowledged yet. */
  unsent: z.number().int(),
  /** Pulled changes waiting for their checklist's header before they can be applied. */
  held: z.number().int(),
  /** Fields waiting for a person's decision. */
  conflicts: z.number().int(),
  /** The hub sequence pulled up to. */
  lastSeq: z.number().int(),
  /** Checklists the hub would not take in the last sync: their changes stay unsent. */
  refused: z.array(z.object({ checklistId: z.string(), title: z.string(), message: z.string() })),
});
export type SyncStatus = z.infer<typeof syncStatus>;

export const syncConfigure = z
  .object({
    /** http(s) address of the hub; empty turns sync off. */
    hubUrl: z.string().max(2000),
    /** The device token the hub's administrator issued; omitted keeps the stored one. */
    token: z.string().min(1).max(400).optional(),
  })
  .strict();

export const syncSummary = z.object({
  pushed: z.number().int(),
  pulled: z.number().int(),
  conflicts: z.number().int(),
  /** Checklists the hub refused (no write access); the rest were sent. */
  refused: z.array(z.object({ checklistId: z.string(), message: z.string() })),
});
export type SyncSummary = z.infer<typeof syncSummary>;

/** One competing value of a contested field, with who made it where. */
export const syncOption = z.object({
  changeId: z.string(),
  value: z.string().nullable(),
  actor: z.string(),
  organisation: z.string().nullable(),
  at: z.string(),
  origin: z.enum(['local', 'hub', 'file']),
});
export type SyncOption = z.infer<typeof syncOption>;

export const syncConflict = z.object({
  checklistId: z.string(),
  checklistTitle: z.string(),
  /** Null for a checklist header field. */
  provisionId: z.string().nullable(),
  articleNumber: z.number().int().nullable(),
  paragraph: z.string().nullable(),
  field: z.string(),
  /** What the field holds while contested (null: its initial value). */
  current: syncOption.nullable(),
  options: z.array(syncOption).min(1),
});
export type SyncConflict = z.infer<typeof syncConflict>;

export const syncDecide = z
  .object({
    checklistId: z.string().min(1).max(80),
    provisionId: z.string().min(1).max(120).nullable(),
    field: z.string().min(1).max(40),
    /** The change whose value wins: the current one or one of the options. */
    changeId: z.string().min(1).max(80),
  })
  .strict();
