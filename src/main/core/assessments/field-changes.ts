import {
  HEADER_SYNC_FIELDS,
  type ChangeDraft,
  type FieldAddress,
} from '../../../shared/sync/change';
import { resolveField, type FieldResolution } from '../../../shared/sync/resolve';
import { ITEM_FIELD_NAMES } from '../../../shared/domain/assessments';
import type { Db } from '../db/connection';

/** One history row as a change of its field (docs/HUB.md, "A change"). */
export interface StoredChange {
  id: number;
  changeId: string;
  baseChangeId: string | null;
  resolves: string[];
  checklistId: string;
  provisionId: string | null;
  field: string;
  oldValue: string | null;
  newValue: string | null;
  actor: string;
  clientTime: string;
  origin: 'local' | 'hub' | 'file';
  hubSeq: number | null;
  organisation: string | null;
  device: string | null;
  hubTime: string | null;
}

export interface ChangeRow {
  id: number;
  change_id: string;
  base_change_id: string | null;
  resolves: string;
  assessment_id: string;
  provision_id: string | null;
  field: string;
  old_value: string | null;
  new_value: string | null;
  actor: string;
  at: string;
  origin: StoredChange['origin'];
  hub_seq: number | null;
  organisation: string | null;
  device: string | null;
  hub_time: string | null;
}

const ITEM_FIELDS = new Set<string>(ITEM_FIELD_NAMES);
const HEADER_FIELDS = new Set<string>(HEADER_SYNC_FIELDS);

/** The field a history row changes as it travels: undo and redo rows are plain edits. */
export function syncField(field: string): string {
  return field.startsWith('undo:') || field.startsWith('redo:') ? field.slice(5) : field;
}

/** Whether a history row is a field change that travels (not a "created" or "imported" note). */
export function travels(provisionId: string | null, field: string): boolean {
  return provisionId === null ? HEADER_FIELDS.has(field) : ITEM_FIELDS.has(syncField(field));
}

export function toChange(row: ChangeRow): StoredChange {
  return {
    id: row.id,
    changeId: row.change_id,
    baseChangeId: row.base_change_id,
    resolves: JSON.parse(row.resolves) as string[],
    checklistId: row.assessment_id,
    provisionId: row.provision_id,
    field: syncField(row.field),
    oldValue: row.old_value,
    newValue: row.new_value,
    actor: row.actor,
    clientTime: row.at,
    origin: row.origin,
    hubSeq: row.hub_seq,
    organisation: row.organisation,
    device: row.device,
    hubTime: row.hub_time,
  };
}

/** A stored change as it travels (to the hub or in a file), cut to the sizes the hub accepts. */
export function changeDraft(c: StoredChange): ChangeDraft {
  return {
    changeId: c.changeId,
    baseChangeId: c.baseChangeId,
    checklistId: c.checklistId,
    provisionId: c.provisionId,
    field: c.field,
    oldValue: c.oldValue,
    newValue: c.newValue,
    resolves: c.resolves,
    actor: c.actor.slice(0, 200),
    clientTime: c.clientTime.slice(0, 40),
  };
}

export const CHANGE_COLUMNS = `id, change_id, base_change_id, resolves, assessment_id, provision_id,
  field, old_value, new_value, actor, at, origin, hub_seq, organisation, device, hub_time`;

/**
 * The changes of one field as this machine holds them, and what the conflict rule makes of them:
 * the same rule (src/shared/sync/resolve.ts) the hub and every other desktop apply.
 */
export function createFieldChanges(db: Db) {
  const select = db.prepare<[string, string | null, string, string, string], ChangeRow>(
    `SELECT ${CHANGE_COLUMNS} FROM assessment_history
     WHERE assessment_id = ? AND provision_id IS ? AND field IN (?, ?, ?)`,
  );
  const changes = (address: FieldAddress): StoredChange[] =>
    select
      .all(
        address.checklistId,
        address.provisionId,
        address.field,
        `undo:${address.field}`,
        `redo:${address.field}`,
      )
      .filter((r) => travels(r.provision_id, r.field))
      .map(toChange);
  return {
    changes,
    resolve: (address: FieldAddress): FieldResolution<StoredChange> =>
      resolveField(changes(address)),
  };
}

export type FieldChanges = ReturnType<typeof createFieldChanges>;

/** Every travelling change of one checklist, oldest first (what a version 2 exchange file carries). */
export function checklistChanges(db: Db, checklistId: string): StoredChange[] {
  return db
    .prepare<[string], ChangeRow>(
      `SELECT ${CHANGE_COLUMNS} FROM assessment_history WHERE assessment_id = ? ORDER BY id`,
    )
    .all(checklistId)
    .filter((row) => travels(row.provision_id, row.field))
    .map(toChange);
}
