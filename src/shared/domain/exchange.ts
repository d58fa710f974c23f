import { z } from 'zod';
import { checkValue, draftFields } from '../sync/change';
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

/** What every version of the file holds. */
const fileBody = {
  format: z.literal(CHECKLIST_FILE_FORMAT),
  exportedAt: z.string().max(40),
  exportedBy: provenance,
  pack: z.object({ id: z.string().max(80), version: z.string().max(20) }),
  assessment: assessmentHeader.omit({ countryName: true }),
  items: z.array(exchangedItem).max(5000),
  history: z.array(historyEntry).max(200_000),
};

/**
 * One field change as a version 2 file carries it: the same change a hub sync moves (docs/HUB.md),
 * with where it was made and, once a hub acknowledged it, the hub's stamps.
 */
export const fileChange = draftFields
  .extend({
    origin: z.enum(['local', 'hub', 'file']),
    hubSeq: z.number().int().nonnegative().nullable(),
    organisation: z.string().max(200).nullable(),
    device: z.string().max(200).nullable(),
    hubTime: z.string().max(40).nullable(),
  })
  .superRefine(checkValue);
export type FileChange = z.infer<typeof fileChange>;

/**
 * A checklist as one file: what a national team sends its regional coordinator. Version 1
 * carries values only (merged item by item); version 2 also carries every field change with
 * its id and base, so importing it applies the same changes a hub sync would.
 */
export const checklistFileV1 = z.object({ ...fileBody, formatVersion: z.literal(1) }).strict();
export const checklistFileV2 = z
  .object({
    ...fileBody,
    formatVersion: z.literal(2),
    changes: z.array(fileChange).max(400_000),
  })
  .strict();
export const checklistFile = z.discriminatedUnion('formatVersion', [
  checklistFileV1,
  checklistFileV2,
]);
export type ChecklistFile = z.infer<typeof checklistFile>;
export type ChecklistFileV2 = z.infer<typeof checklistFileV2>;

export { HEADER_CONFLICT_KEY } from './exchange-keys';

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
