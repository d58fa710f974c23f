import { z } from 'zod';
import { countryCode, itemFields, ITEM_FIELD_NAMES } from '../domain/assessments';

/**
 * The checklist header fields that travel through the hub. `provisions` is the JSON list of the
 * checklist's provision ids, so the hub knows items nobody has assessed yet.
 */
export const HEADER_SYNC_FIELDS = [
  'country',
  'title',
  'date',
  'assessors',
  'organisation',
  'provisions',
] as const;
export type HeaderSyncField = (typeof HEADER_SYNC_FIELDS)[number];

const headerValues: Record<HeaderSyncField, z.ZodType> = {
  country: countryCode,
  title: z.string().trim().min(1).max(200),
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  assessors: z.array(z.string().max(200)).max(50),
  organisation: z.string().max(200),
  provisions: z.array(z.string().min(1).max(120)).max(5000),
};
const JSON_HEADER_FIELDS = new Set<string>(['assessors', 'provisions']);
const JSON_ITEM_FIELDS = new Set<string>(['citations', 'elements']);

const id = z.uuid();

/**
 * One field change as a desktop sends it. Values are the strings the desktop stores (lists as
 * JSON, nulls as null). An item is named by (checklist id, provision id) — the same on every
 * machine — never by a local row id; a null provision id is a checklist header field.
 */
/** The fields of a change before validation of its value (a file's change extends them). */
export const draftFields = z
  .object({
    changeId: id,
    /** The change this one was made on top of; null when made on the field's initial value. */
    baseChangeId: id.nullable(),
    checklistId: z.string().min(1).max(80),
    provisionId: z.string().min(1).max(120).nullable(),
    field: z.string().min(1).max(40),
    oldValue: z.string().max(100_000).nullable(),
    newValue: z.string().max(100_000).nullable(),
    /** A decision names the competing changes it settles; empty for an ordinary edit. */
    resolves: z.array(id).max(200).default([]),
    actor: z.string().max(200),
    clientTime: z.string().max(40),
  })
  .strict();

export function checkValue(change: z.infer<typeof draftFields>, ctx: z.RefinementCtx): void {
  const problem = fieldValueProblem(change.provisionId, change.field, change.newValue);
  if (problem) ctx.addIssue({ code: 'custom', path: ['newValue'], message: problem });
}

export const changeDraft = draftFields.superRefine(checkValue);
export type ChangeDraft = z.infer<typeof changeDraft>;

/** A change as the hub recorded it: who sent it and where it sits in the hub's order. */
export const syncChange = draftFields
  .extend({
    organisation: z.string().max(200),
    device: z.string().max(200),
    hubTime: z.string().max(40),
    hubSeq: z.number().int().positive(),
  })
  .superRefine(checkValue);
export type SyncChange = z.infer<typeof syncChange>;

/** A change known on one machine: hub fields are absent until the hub acknowledged it. */
export type KnownChange = ChangeDraft & Partial<Omit<SyncChange, keyof ChangeDraft>>;

export interface FieldAddress {
  checklistId: string;
  provisionId: string | null;
  field: string;
}

/** One string per field, for maps: the separator cannot occur in ids or field names. */
export function fieldKey(address: FieldAddress): string {
  return `${address.checklistId}\u001f${address.provisionId ?? ''}\u001f${address.field}`;
}

export function fieldAddress(key: string): FieldAddress {
  const [checklistId = '', provisionId = '', field = ''] = key.split('\u001f');
  return { checklistId, provisionId: provisionId || null, field };
}

/**
 * Why a value cannot be stored in a field, or null when it can. The hub checks every pushed
 * value so a desktop never receives one its checklist could not hold.
 */
export function fieldValueProblem(
  provisionId: string | null,
  field: string,
  value: string | null,
): string | null {
  const shape: Record<string, z.ZodType> = provisionId === null ? headerValues : itemFields.shape;
  const where = provisionId === null ? 'checklist header' : `item ${provisionId}`;
  const schema = Object.hasOwn(shape, field) ? shape[field] : undefined;
  if (!schema) {
    const known = provisionId === null ? HEADER_SYNC_FIELDS : ITEM_FIELD_NAMES;
    return `${where}: "${field}" is not a field (expected one of ${known.join(', ')}).`;
  }
  const json = (provisionId === null ? JSON_HEADER_FIELDS : JSON_ITEM_FIELDS).has(field);
  let parsed: unknown = value;
  if (json && value !== null) {
    try {
      parsed = JSON.parse(value);
    } catch {
      return `${where}: ${field} must be JSON.`;
    }
  }
  const result = schema.safeParse(parsed);
  if (result.success) return null;
  return `${where}: ${field} ${value === null ? 'cannot be empty' : 'has a value it cannot hold'} (${result.error.issues[0]?.message ?? 'invalid'}).`;
}
