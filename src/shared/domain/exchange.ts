import { z } from 'zod';
import { assessmentHeader, historyEntry, itemFields } from './assessments';

export const CHECKLIST_FILE_FORMAT = 'convention-workbench-checklist';

export const provenance = z.object({
  name: z.string().max(200),
  organisation: z.string().max(200),
  machineId: z.string().max(80),
  machineName: z.string().max(200),
});
export type Provenance = z.infer<typeof provenance>;

export const exchangedItem = itemFields.extend({
  provisionId: z.string().min(1).max(120),
  articleNumber: z.number().int(),
  paragraph: z.string().max(40),
  updatedAt: z.string().max(40),
  updatedBy: z.string().max(200),
});
export type ExchangedItem = z.infer<typeof exchangedItem>;

/** A checklist as one file: what a national team sends its regional coordinator. */
export const checklistFile = z
  .object({
    format: z.literal(CHECKLIST_FILE_FORMAT),
    formatVersion: z.literal(1),
    exportedAt: z.string().max(40),
    exportedBy: provenance,
    pack: z.object({ id: z.string().max(80), version: z.string().max(20) }),
    assessment: assessmentHeader.omit({ countryName: true }),
    items: z.array(exchangedItem).max(5000),
    history: z.array(historyEntry).max(200_000),
  })
  .strict();
export type ChecklistFile = z.infer<typeof checklistFile>;

export const importPreview = z.object({
  kind: z.enum(['new', 'merge']),
  assessmentId: z.string(),
  country: z.string(),
  countryName: z.string(),
  title: z.string(),
  exportedAt: z.string(),
  exportedBy: provenance,
  items: z.number().int(),
  /** Items the file changes where this machine has nothing of its own: taken as they are. */
  incoming: z.number().int(),
  /** Items both sides changed differently: a person decides each one. */
  conflicts: z.array(
    z.object({
      provisionId: z.string(),
      articleNumber: z.number().int(),
      paragraph: z.string(),
      fields: z.array(
        z.object({
          field: z.string(),
          local: z.string().nullable(),
          incoming: z.string().nullable(),
        }),
      ),
      localUpdatedBy: z.string(),
      localUpdatedAt: z.string(),
      incomingUpdatedBy: z.string(),
      incomingUpdatedAt: z.string(),
    }),
  ),
  unknownProvisions: z.array(z.string()),
});
export type ImportPreview = z.infer<typeof importPreview>;

export const mergeDecisions = z.record(z.string(), z.enum(['local', 'incoming']));
