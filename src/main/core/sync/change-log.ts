import { randomUUID } from 'node:crypto';
import {
  fieldAddress,
  fieldKey,
  fieldValueProblem,
  HEADER_SYNC_FIELDS,
  type ChangeDraft,
  type FieldAddress,
  type SyncChange,
} from '../../../shared/sync/change';
import type { PushResult } from '../../../shared/sync/protocol';
import { resolveField } from '../../../shared/sync/resolve';
import { ITEM_FIELD_NAMES, type ItemFields } from '../../../shared/domain/assessments';
import { withTransaction, type Db } from '../db/connection';
import { COLUMNS, type AssessmentStore } from '../assessments/assessment-store';
import {
  CHANGE_COLUMNS,
  changeDraft,
  createFieldChanges,
  syncField,
  toChange,
  travels,
  type ChangeRow,
  type StoredChange,
} from '../assessments/field-changes';

/** Header fields that are columns of `assessments` (provisions is the list of items instead). */
const HEADER_COLUMNS = new Set(['country', 'title', 'date', 'assessors', 'organisation']);
const TRAVELS_SQL = `(provision_id IS NOT NULL OR field IN (${HEADER_SYNC_FIELDS.map((f) => `'${f}'`).join(', ')}))`;

/** What an item field holds before anyone changed it: the same on every machine with the pack. */
export function initialValue(field: keyof ItemFields, provisionElements: string): string | null {
  switch (field) {
    case 'result':
      return 'not-assessed';
    case 'status':
      return 'to-do';
    case 'citations':
      return '[]';
    case 'evidence':
    case 'action':
    case 'agency':
      return '';
    case 'elements':
      return JSON.stringify(
        (JSON.parse(provisionElements) as string[]).map((_e, index) => ({
          index,
          state: null,
          nationalText: '',
        })),
      );
    default:
      return null;
  }
}

interface HeaderRow {
  id: string;
  country: string;
  title: string;
  date: string;
  assessors: string;
  organisation: string;
}

/**
 * This desktop's side of the change log, in SQLite: the history rows as changes, which of them
 * the hub has not acknowledged, and how pulled changes become checklist values — by the same
 * rule as the hub (resolveField), so both hold the same values and conflicts.
 */
export function createChangeLog(db: Db, assessments: AssessmentStore) {
  const fieldChanges = createFieldChanges(db);
  const byChangeId = db.prepare<[string], { id: number }>(
    'SELECT id FROM assessment_history WHERE change_id = ?',
  );
  const headerOf = db.prepare<[string], HeaderRow & { pack_id: string }>(
    'SELECT * FROM assessments WHERE id = ?',
  );
  const itemOf = db.prepare<[string, string], { id: string; elements: string }>(
    `SELECT i.id, p.elements FROM assessment_items i JOIN provisions p ON p.id = i.provision_id
     WHERE i.assessment_id = ? AND i.provision_id = ?`,
  );
  const insert = db.prepare(
    `INSERT INTO assessment_history (assessment_id, item_id, batch, at, actor, field, old_value, new_value,
       change_id, base_change_id, provision_id, resolves, origin, hub_seq, organisation, device, hub_time, note)
     VALUES (@checklistId, @itemId, @batch, @clientTime, @actor, @field, @oldValue, @newValue,
       @changeId, @baseChangeId, @provisionId, @resolves, @origin, @hubSeq, @organisation, @device, @hubTime, @note)`,
  );

  function insertChange(
    change: ChangeDraft & Partial<SyncChange>,
    origin: StoredChange['origin'],
    batch: string,
  ): void {
    const item = change.provisionId ? itemOf.get(change.checklistId, change.provisionId) : null;
    insert.run({
      ...change,
      itemId: item?.id ?? null,
      batch,
      resolves: JSON.stringify(change.resolves),
      origin,
      hubSeq: change.hubSeq ?? null,
      organisation: change.organisation ?? null,
      device: change.device ?? null,
      hubTime: change.hubTime ?? null,
      note:
        change.resolves.length > 0
          ? `Decided between ${change.resolves.length + 1} competing values`
          : null,
    });
  }

  /** Writes what the rule resolves a field to into the checklist (the log is the truth). */
  function materialize(address: FieldAddress, queue: Set<string>): void {
    const { head } = fieldChanges.resolve(address);
    const now = new Date().toISOString();
    if (address.provisionId === null) {
      if (!head) return; // a header field keeps its value while contested
      if (HEADER_COLUMNS.has(address.field))
        db.prepare(`UPDATE assessments SET ${address.field} = ?, updated_at = ? WHERE id = ?`).run(
          head.newValue ?? '',
          now,
          address.checklistId,
        );
      else if (address.field === 'provisions')
        for (const provisionId of JSON.parse(head.newValue ?? '[]') as string[])
          addItem(address.checklistId, provisionId, queue);
      return;
    }
    const field = address.field as keyof ItemFields;
    const item = itemOf.get(address.checklistId, address.provisionId);
    if (!item || !(field in COLUMNS)) return; // kept in the log until the pack has the provision
    const value = head ? head.newValue : initialValue(field, item.elements);
    const column = COLUMNS[field].column;
    const current = db
      .prepare<[string], string | null>(`SELECT ${column} FROM assessment_items WHERE id = ?`)
      .pluck()
      .get(item.id);
    if (current === value) return;
    db.prepare(
      `UPDATE assessment_items SET ${column} = ?, updated_at = ?, updated_by = ? WHERE id = ?`,
    ).run(value, head?.clientTime ?? now, head?.actor ?? '', item.id);
    db.prepare('UPDATE assessments SET updated_at = ? WHERE id = ?').run(now, address.checklistId);
    assessments.reindex(address.checklistId, item.id);
  }

  /** An item the checklist's provision list names, if this machine's pack has the provision. */
  function addItem(checklistId: string, provisionId: string, queue: Set<string>): void {
    if (itemOf.get(checklistId, provisionId)) return;
    const provision = db
      .prepare<[string, string], { elements: string }>(
        'SELECT elements FROM provisions WHERE id = ? AND pack_id = ?',
      )
      .get(provisionId, headerOf.get(checklistId)!.pack_id);
    if (!provision) return;
    const id = randomUUID();
    db.prepare(
      'INSERT INTO assessment_items (id, assessment_id, provision_id, elements, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?)',
    ).run(
      id,
      checklistId,
      provisionId,
      initialValue('elements', provision.elements),
      new Date().toISOString(),
      '',
    );
    // Changes that arrived before the item existed were kept without it: they are its history.
    db.prepare(
      'UPDATE assessment_history SET item_id = ? WHERE assessment_id = ? AND provision_id = ? AND item_id IS NULL',
    ).run(id, checklistId, provisionId);
    for (const field of ITEM_FIELD_NAMES) queue.add(fieldKey({ checklistId, provisionId, field }));
  }

  /**
   * A checklist first seen in a pull: created once its country, title and date are known. Until
   * then its changes wait in sync_held.
   */
  function adoptHeld(queue: Set<string>): void {
    const checklists = db
      .prepare<[], string>('SELECT DISTINCT checklist_id FROM sync_held')
      .pluck()
      .all();
    for (const checklistId of checklists) {
      const held = db
        .prepare<[string], string>(
          'SELECT body FROM sync_held WHERE checklist_id = ? ORDER BY hub_seq',
        )
        .pluck()
        .all(checklistId)
        .map((body) => JSON.parse(body) as SyncChange);
      if (!headerOf.get(checklistId)) {
        const value = (field: string) => {
          const changes = held.filter((c) => c.provisionId === null && c.field === field);
          const { head, conflicts } = resolveField(changes);
          return head?.newValue ?? conflicts[0]?.newValue ?? null;
        };
        const country = value('country');
        const title = value('title');
        const date = value('date');
        const pack = db
          .prepare<[], string>('SELECT id FROM packs WHERE is_primary = 1')
          .pluck()
          .get();
        if (!country || !title || !date || !pack) continue;
        const now = new Date().toISOString();
        db.prepare(
          `INSERT INTO assessments (id, country, title, date, assessors, organisation, pack_id, created_at, updated_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        ).run(
          checklistId,
          country,
          title,
          date,
          value('assessors') ?? '[]',
          value('organisation') ?? '',
          pack,
          now,
          now,
        );
      }
      const batch = randomUUID();
      for (const change of held) {
        // A file may have brought the same change meanwhile.
        if (byChangeId.get(change.changeId)) continue;
        insertChange(change, 'hub', batch);
        queue.add(fieldKey(change));
      }
      db.prepare('DELETE FROM sync_held WHERE checklist_id = ?').run(checklistId);
    }
  }

  /** Resolves and writes every queued field; header fields first, as they may add items. */
  function drain(queue: Set<string>): void {
    while (queue.size > 0) {
      const keys = [...queue];
      const headers = keys.filter((key) => fieldAddress(key).provisionId === null);
      for (const key of headers.length > 0 ? headers : keys) {
        queue.delete(key);
        materialize(fieldAddress(key), queue);
      }
    }
  }

  const allChanges = db.prepare<[], ChangeRow>(
    `SELECT ${CHANGE_COLUMNS} FROM assessment_history
     WHERE ${TRAVELS_SQL} AND assessment_id IN
       (SELECT DISTINCT assessment_id FROM assessment_history WHERE origin <> 'local')`,
  );

  return {
    /**
     * Makes sure every value the hub must know has a change: header fields never recorded yet,
     * and item values that differ from the initial value without any change (a cloned or
     * imported checklist), each recorded as made on the initial value.
     */
    baseline(actor: string, checklistId?: string): number {
      return withTransaction(db, () => {
        const recorded = new Set(
          db
            .prepare<[], { assessment_id: string; provision_id: string | null; field: string }>(
              'SELECT DISTINCT assessment_id, provision_id, field FROM assessment_history',
            )
            .all()
            .map((r) =>
              fieldKey({
                checklistId: r.assessment_id,
                provisionId: r.provision_id,
                field: syncField(r.field),
              }),
            ),
        );
        const batch = randomUUID();
        const at = new Date().toISOString();
        let added = 0;
        const record = (address: FieldAddress, value: string | null) => {
          if (recorded.has(fieldKey(address))) return;
          insertChange(
            {
              ...address,
              changeId: randomUUID(),
              baseChangeId: null,
              oldValue: null,
              newValue: value,
              resolves: [],
              actor,
              clientTime: at,
            },
            'local',
            batch,
          );
          added++;
        };
        const only = checklistId ?? null;
        for (const h of db
          .prepare<[string | null, string | null], HeaderRow>(
            'SELECT * FROM assessments WHERE ? IS NULL OR id = ?',
          )
          .all(only, only)) {
          for (const field of HEADER_COLUMNS)
            record({ checklistId: h.id, provisionId: null, field }, h[field as keyof HeaderRow]);
          const provisions = db
            .prepare<[string], string>(
              `SELECT i.provision_id FROM assessment_items i JOIN provisions p ON p.id = i.provision_id
               WHERE i.assessment_id = ? ORDER BY p.article_number, p.ordinal`,
            )
            .pluck()
            .all(h.id);
          record(
            { checklistId: h.id, provisionId: null, field: 'provisions' },
            JSON.stringify(provisions),
          );
        }
        const items = db
          .prepare<[string | null, string | null], Record<string, string | null>>(
            `SELECT i.*, p.elements AS provision_elements FROM assessment_items i
             JOIN provisions p ON p.id = i.provision_id WHERE ? IS NULL OR i.assessment_id = ?`,
          )
          .all(only, only);
        for (const item of items)
          for (const field of ITEM_FIELD_NAMES) {
            const value = item[COLUMNS[field].column] ?? null;
            if (value === initialValue(field, item.provision_elements!)) continue;
            record(
              { checklistId: item.assessment_id!, provisionId: item.provision_id!, field },
              value,
            );
          }
        return added;
      });
    },

    /**
     * Changes the hub has not acknowledged — made here or received in a file (whoever reaches the
     * hub first delivers them; the hub ignores one it has): headers first, then oldest first.
     * `skip` names checklists the hub refused in this sync.
     */
    pending(limit: number, skip: ReadonlySet<string> = new Set()): ChangeDraft[] {
      return db
        .prepare<[string, number], ChangeRow>(
          `SELECT ${CHANGE_COLUMNS} FROM assessment_history
           WHERE hub_seq IS NULL AND origin <> 'hub' AND ${TRAVELS_SQL}
             AND assessment_id NOT IN (SELECT value FROM json_each(?))
           ORDER BY provision_id IS NOT NULL, id LIMIT ?`,
        )
        .all(JSON.stringify([...skip]), limit)
        .map((row) => {
          const draft = changeDraft(toChange(row));
          const problem = fieldValueProblem(draft.provisionId, draft.field, draft.newValue);
          if (problem)
            throw new Error(`Checklist ${draft.checklistId} cannot be sent to the hub: ${problem}`);
          return draft;
        });
    },

    unsentCount(): number {
      return db
        .prepare<[], number>(
          `SELECT count(*) FROM assessment_history WHERE hub_seq IS NULL AND origin <> 'hub' AND ${TRAVELS_SQL}`,
        )
        .pluck()
        .get()!;
    },

    /** The hub's answer to a push: each change now has its sequence (0: held but unreadable). */
    acknowledge(result: PushResult): void {
      const stamp = db.prepare('UPDATE assessment_history SET hub_seq = ? WHERE change_id = ?');
      withTransaction(db, () => {
        for (const r of result.results) stamp.run(r.hubSeq ?? 0, r.changeId);
      });
    },

    /**
     * One pulled page, in one transaction with the cursor: new changes join the history (or wait
     * in sync_held for their checklist), the touched fields are resolved again and written.
     */
    receive(changes: readonly SyncChange[], setCursor: (seq: number) => void): number {
      return withTransaction(db, () => {
        const queue = new Set<string>();
        const batch = randomUUID();
        let added = 0;
        const stamp = db.prepare(
          'UPDATE assessment_history SET hub_seq = ?, hub_time = ?, organisation = ?, device = ? WHERE id = ?',
        );
        const hold = db.prepare(
          'INSERT OR IGNORE INTO sync_held (change_id, checklist_id, hub_seq, body) VALUES (?, ?, ?, ?)',
        );
        for (const change of changes) {
          const known = byChangeId.get(change.changeId);
          if (known) {
            // Our own change (or decision) coming back: now with who the hub says sent it.
            stamp.run(change.hubSeq, change.hubTime, change.organisation, change.device, known.id);
            continue;
          }
          added++;
          if (!headerOf.get(change.checklistId)) {
            hold.run(change.changeId, change.checklistId, change.hubSeq, JSON.stringify(change));
            continue;
          }
          insertChange(change, 'hub', batch);
          queue.add(fieldKey(change));
        }
        adoptHeld(queue);
        drain(queue);
        const last = changes.at(-1)?.hubSeq;
        if (last !== undefined) setCursor(last);
        return added;
      });
    },

    /** A decision the hub accepted: recorded here as this machine's change, then applied. */
    recordDecision(decision: ChangeDraft & Partial<SyncChange>): void {
      withTransaction(db, () => {
        insertChange(decision, 'local', randomUUID());
        const queue = new Set([fieldKey(decision)]);
        drain(queue);
      });
    },

    resolve: fieldChanges.resolve,
    changesOf: fieldChanges.changes,

    /** What a field holds before any change: an item's blank value, nothing for a header. */
    initialOf(address: FieldAddress): string | null {
      if (address.provisionId === null || !(address.field in COLUMNS)) return null;
      const elements = db
        .prepare<[string], string>('SELECT elements FROM provisions WHERE id = ?')
        .pluck()
        .get(address.provisionId);
      return initialValue(address.field as keyof ItemFields, elements ?? '[]');
    },

    known: (changeId: string) => byChangeId.get(changeId) !== undefined,

    /**
     * Changes received in a file, and the decisions a person made on importing it, joined to the
     * log and applied by the rule; the caller holds the transaction.
     */
    receiveFile(
      changes: readonly (ChangeDraft & Partial<SyncChange>)[],
      decisions: readonly ChangeDraft[],
    ): number {
      const queue = new Set<string>();
      const batch = randomUUID();
      let added = 0;
      for (const change of changes) {
        if (byChangeId.get(change.changeId)) continue;
        insertChange(change, 'file', batch);
        queue.add(fieldKey(change));
        added++;
      }
      for (const decision of decisions) {
        insertChange(decision, 'local', batch);
        queue.add(fieldKey(decision));
      }
      adoptHeld(queue);
      drain(queue);
      return added;
    },

    /** Every field that waits for a decision, with what holds it now and what competes. */
    conflicts(): {
      address: FieldAddress;
      current: StoredChange | null;
      competing: StoredChange[];
    }[] {
      const byField = new Map<string, StoredChange[]>();
      for (const row of allChanges.all()) {
        if (!travels(row.provision_id, row.field)) continue;
        const change = toChange(row);
        const key = fieldKey(change);
        const list = byField.get(key);
        if (list) list.push(change);
        else byField.set(key, [change]);
      }
      const out = [];
      for (const [key, changes] of byField) {
        const { head, conflicts } = resolveField(changes);
        if (conflicts.length > 0)
          out.push({ address: fieldAddress(key), current: head, competing: conflicts });
      }
      return out;
    },

    heldCount(): number {
      return db.prepare<[], number>('SELECT count(*) FROM sync_held').pluck().get()!;
    },
  };
}

export type ChangeLog = ReturnType<typeof createChangeLog>;
