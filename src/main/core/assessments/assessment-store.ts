import { randomUUID } from 'node:crypto';
import { AppError } from '../../../shared/api/envelope';
import { localDate } from '../../../shared/dates';
import {
  ITEM_FIELD_NAMES,
  RESULTS,
  type Assessment,
  type AssessmentHeader,
  type AssessmentItem,
  type AssessmentSummary,
  type HistoryEntry,
  type ItemFields,
  type ItemResult,
  type RevertedChange,
} from '../../../shared/domain/assessments';
import { countryName, isCountryCode } from '../../../shared/domain/countries';
import type { HeatmapSource } from '../../../shared/assessments/views';
import { withTransaction, type Db } from '../db/connection';
import { createFieldChanges } from './field-changes';

interface HeaderRow {
  id: string;
  country: string;
  title: string;
  date: string;
  assessors: string;
  organisation: string;
  cloned_from: string | null;
  created_at: string;
  updated_at: string;
}

interface ItemRow {
  id: string;
  provision_id: string;
  article_number: number;
  article_title: string;
  chapter: string;
  paragraph: string;
  provision_text: string;
  provision_level: 'mandatory' | 'optional';
  provision_elements: string;
  retired: number;
  result: ItemResult;
  status: AssessmentItem['status'];
  in_law: AssessmentItem['inLaw'];
  in_practice: AssessmentItem['inPractice'];
  citations: string;
  evidence: string;
  action_type: AssessmentItem['actionType'];
  action: string;
  priority: AssessmentItem['priority'];
  agency: string;
  target_date: string | null;
  elements: string;
  updated_at: string;
  updated_by: string;
}

/** Column for each editable field, and how its value is stored (JSON for lists). */
export const COLUMNS: Record<keyof ItemFields, { column: string; json: boolean }> = {
  result: { column: 'result', json: false },
  status: { column: 'status', json: false },
  inLaw: { column: 'in_law', json: false },
  inPractice: { column: 'in_practice', json: false },
  citations: { column: 'citations', json: true },
  evidence: { column: 'evidence', json: false },
  actionType: { column: 'action_type', json: false },
  action: { column: 'action', json: false },
  priority: { column: 'priority', json: false },
  agency: { column: 'agency', json: false },
  targetDate: { column: 'target_date', json: false },
  elements: { column: 'elements', json: true },
};

function stored(field: keyof ItemFields, value: unknown): string | null {
  if (value === null || value === undefined) return null;
  return COLUMNS[field].json ? JSON.stringify(value) : String(value);
}

function toHeader(row: HeaderRow): AssessmentHeader {
  return {
    id: row.id,
    country: row.country,
    countryName: countryName(row.country),
    title: row.title,
    date: row.date,
    assessors: JSON.parse(row.assessors) as string[],
    organisation: row.organisation,
    clonedFrom: row.cloned_from,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function toItem(row: ItemRow): AssessmentItem {
  return {
    id: row.id,
    provisionId: row.provision_id,
    articleNumber: row.article_number,
    articleTitle: row.article_title,
    chapter: row.chapter,
    paragraph: row.paragraph,
    provisionText: row.provision_text,
    provisionLevel: row.provision_level,
    provisionElements: JSON.parse(row.provision_elements) as string[],
    retired: row.retired === 1,
    result: row.result,
    status: row.status,
    inLaw: row.in_law,
    inPractice: row.in_practice,
    citations: JSON.parse(row.citations) as ItemFields['citations'],
    evidence: row.evidence,
    actionType: row.action_type,
    action: row.action,
    priority: row.priority,
    agency: row.agency,
    targetDate: row.target_date,
    elements: JSON.parse(row.elements) as ItemFields['elements'],
    updatedAt: row.updated_at,
    updatedBy: row.updated_by,
  };
}

const ITEM_SELECT = `
  SELECT i.*, p.article_number, a.title AS article_title, a.chapter, p.paragraph, p.text AS provision_text,
         p.level AS provision_level, p.elements AS provision_elements, p.retired
  FROM assessment_items i
  JOIN provisions p ON p.id = i.provision_id
  JOIN articles a ON a.pack_id = p.pack_id AND a.number = p.article_number
  JOIN chapters c ON c.pack_id = a.pack_id AND c.number = a.chapter`;
const ITEM_ORDER = 'ORDER BY p.article_number, p.ordinal';

export interface CreateAssessment {
  country: string;
  title: string;
  date?: string | undefined;
  assessors: string[];
  organisation: string;
  chapters?: string[] | undefined;
  obligations?: ('mandatory' | 'optional')[] | undefined;
}

/** Checklists on SQLite: every write in a transaction, every field change in the history. */
/** History rows that are people's edits, not the record of an undo or redo. */
const EDITS = "field NOT LIKE 'undo:%' AND field NOT LIKE 'redo:%' AND origin = 'local'";

export interface Reverted {
  /** The edit's batch, or null when there was nothing to undo or redo. */
  batch: string | null;
  changes: RevertedChange[];
}

export function createAssessmentStore(db: Db) {
  const header = db.prepare<[string], HeaderRow>('SELECT * FROM assessments WHERE id = ?');
  const items = db.prepare<[string], ItemRow>(
    `${ITEM_SELECT} WHERE i.assessment_id = ? ${ITEM_ORDER}`,
  );
  const item = db.prepare<[string, string], ItemRow>(
    `${ITEM_SELECT} WHERE i.assessment_id = ? AND i.id = ?`,
  );
  const history = db.prepare(
    'INSERT INTO assessment_history (assessment_id, item_id, batch, at, actor, field, old_value, new_value) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
  );
  const fieldChanges = createFieldChanges(db);
  const change = db.prepare(
    `INSERT INTO assessment_history (assessment_id, item_id, batch, at, actor, field, old_value, new_value,
       change_id, base_change_id, provision_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );

  /**
   * Records an edit of an item field as a change made on top of the value the field holds
   * (docs/HUB.md); a field contested through sync is refused until a person decides it.
   */
  function recordChange(
    assessmentId: string,
    itemId: string,
    provisionId: string,
    batch: string,
    at: string,
    actor: string,
    field: string,
    oldValue: string | null,
    newValue: string | null,
  ): void {
    const plain = field.replace(/^(undo|redo):/, '');
    const { head, conflicts } = fieldChanges.resolve({
      checklistId: assessmentId,
      provisionId,
      field: plain,
    });
    if (conflicts.length > 0)
      throw new AppError(
        'CONFLICT',
        `${provisionId} ${plain} has competing changes from other machines: decide between them (Settings → Sync) before editing it.`,
      );
    change.run(
      assessmentId,
      itemId,
      batch,
      at,
      actor,
      field,
      oldValue,
      newValue,
      randomUUID(),
      head?.changeId ?? null,
      provisionId,
    );
  }
  const touch = db.prepare('UPDATE assessments SET updated_at = ? WHERE id = ?');
  const setField = new Map(
    ITEM_FIELD_NAMES.map((field) => [
      field,
      db.prepare(`UPDATE assessment_items SET ${COLUMNS[field].column} = ? WHERE id = ?`),
    ]),
  );
  const stamp = db.prepare(
    'UPDATE assessment_items SET updated_at = ?, updated_by = ? WHERE id = ?',
  );
  const headers = db.prepare<[], HeaderRow>(
    'SELECT * FROM assessments ORDER BY country, date DESC, title',
  );
  const allCounts = db.prepare<[], { assessment_id: string; result: ItemResult; n: number }>(
    'SELECT assessment_id, result, count(*) AS n FROM assessment_items GROUP BY assessment_id, result',
  );
  const chapterResults = db.prepare<
    [],
    { assessment_id: string; chapter: string; result: ItemResult }
  >(
    `SELECT i.assessment_id, a.chapter, i.result FROM assessment_items i
     JOIN provisions p ON p.id = i.provision_id
     JOIN articles a ON a.pack_id = p.pack_id AND a.number = p.article_number`,
  );
  const notesDelete = db.prepare('DELETE FROM assessment_notes WHERE item_id = ?');
  const notesInsert = db.prepare(
    'INSERT INTO assessment_notes (text, item_id, assessment_id) VALUES (?, ?, ?)',
  );

  function requireHeader(id: string): HeaderRow {
    const row = header.get(id);
    if (!row) throw new AppError('NOT_FOUND', `There is no checklist ${id}.`);
    return row;
  }

  function indexNotes(assessmentId: string, row: ItemRow): void {
    notesDelete.run(row.id);
    const citations = (JSON.parse(row.citations) as ItemFields['citations']).map(
      (c) => `${c.act} ${c.section} ${c.year}`,
    );
    const elements = (JSON.parse(row.elements) as ItemFields['elements']).map(
      (e) => e.nationalText,
    );
    const text = [row.evidence, row.action, row.agency, ...citations, ...elements]
      .filter(Boolean)
      .join('\n');
    if (text) notesInsert.run(text, row.id, assessmentId);
  }

  /** Writes changed fields of one item and records each change; returns the fields that changed. */
  function applyFields(
    assessmentId: string,
    itemId: string,
    fields: Partial<ItemFields>,
    actor: string,
    batch: string,
    at: string,
  ): number {
    const before = item.get(assessmentId, itemId);
    if (!before)
      throw new AppError('NOT_FOUND', `Checklist ${assessmentId} has no item ${itemId}.`);
    let changed = 0;
    for (const field of ITEM_FIELD_NAMES) {
      if (!(field in fields)) continue;
      const { column } = COLUMNS[field];
      const oldValue = (before as unknown as Record<string, string | null>)[column] ?? null;
      const newValue = stored(field, fields[field]);
      if (oldValue === newValue) continue;
      setField.get(field)!.run(newValue, itemId);
      recordChange(
        assessmentId,
        itemId,
        before.provision_id,
        batch,
        at,
        actor,
        field,
        oldValue,
        newValue,
      );
      changed++;
    }
    if (changed > 0) {
      stamp.run(at, actor, itemId);
      indexNotes(assessmentId, item.get(assessmentId, itemId)!);
    }
    return changed;
  }

  /** Takes an edit back (undo) or applies it again (redo), recording that in the history. */
  function replay(
    assessmentId: string,
    actor: string,
    batch: string,
    direction: 'undo' | 'redo',
  ): Reverted {
    const entries = db
      .prepare<
        [string, string, number],
        {
          item_id: string;
          provision_id: string;
          field: keyof ItemFields;
          old_value: string | null;
          new_value: string | null;
          article_number: number;
          paragraph: string;
        }
      >(
        `SELECT h.item_id, i.provision_id, h.field, h.old_value, h.new_value, p.article_number, p.paragraph
         FROM assessment_history h
         JOIN assessment_items i ON i.id = h.item_id
         JOIN provisions p ON p.id = i.provision_id
         WHERE h.batch = ? AND h.assessment_id = ? AND h.undone = ? AND ${EDITS}
         ORDER BY h.id ${direction === 'undo' ? 'DESC' : 'ASC'}`,
      )
      .all(batch, assessmentId, direction === 'undo' ? 0 : 1);
    if (entries.length === 0) return { batch: null, changes: [] };
    const at = new Date().toISOString();
    const record = randomUUID();
    withTransaction(db, () => {
      for (const e of entries) {
        const [from, to] =
          direction === 'undo' ? [e.new_value, e.old_value] : [e.old_value, e.new_value];
        db.prepare(
          `UPDATE assessment_items SET ${COLUMNS[e.field].column} = ?, updated_at = ?, updated_by = ? WHERE id = ?`,
        ).run(to, at, actor, e.item_id);
        recordChange(
          assessmentId,
          e.item_id,
          e.provision_id,
          record,
          at,
          actor,
          `${direction}:${e.field}`,
          from,
          to,
        );
        indexNotes(assessmentId, item.get(assessmentId, e.item_id)!);
      }
      db.prepare(
        `UPDATE assessment_history SET undone = ? WHERE batch = ? AND assessment_id = ? AND ${EDITS}`,
      ).run(direction === 'undo' ? 1 : 0, batch, assessmentId);
      touch.run(at, assessmentId);
    });
    return {
      batch,
      changes: entries.map((e) => ({
        itemId: e.item_id,
        articleNumber: e.article_number,
        paragraph: e.paragraph,
        field: e.field,
        from: e.old_value,
        to: e.new_value,
      })),
    };
  }

  return {
    create(input: CreateAssessment, actor: string): string {
      if (!isCountryCode(input.country))
        throw new AppError(
          'VALIDATION',
          `country: ${input.country} is not an ISO 3166-1 country code.`,
        );
      const pack = db
        .prepare<[], { id: string }>('SELECT id FROM packs WHERE is_primary = 1')
        .get();
      if (!pack) throw new AppError('NOT_FOUND', 'No convention content is installed.');
      const provisions = db
        .prepare<[string], { id: string; level: string; chapter: string; elements: string }>(
          `SELECT p.id, p.level, a.chapter, p.elements FROM provisions p
           JOIN articles a ON a.pack_id = p.pack_id AND a.number = p.article_number
           WHERE p.pack_id = ? AND p.retired = 0 ORDER BY p.article_number, p.ordinal`,
        )
        .all(pack.id)
        .filter(
          (p) =>
            (!input.chapters?.length || input.chapters.includes(p.chapter)) &&
            (!input.obligations?.length || (input.obligations as string[]).includes(p.level)),
        );
      if (provisions.length === 0)
        throw new AppError(
          'VALIDATION',
          'No provision matches the chosen chapters and obligation levels.',
        );
      const id = randomUUID();
      const now = new Date().toISOString();
      const insertItem = db.prepare(
        'INSERT INTO assessment_items (id, assessment_id, provision_id, elements, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?)',
      );
      withTransaction(db, () => {
        db.prepare(
          'INSERT INTO assessments (id, country, title, date, assessors, organisation, pack_id, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
        ).run(
          id,
          input.country,
          input.title,
          input.date ?? localDate(),
          JSON.stringify(input.assessors),
          input.organisation,
          pack.id,
          now,
          now,
        );
        for (const p of provisions) {
          const elements = (JSON.parse(p.elements) as string[]).map((_e, index) => ({
            index,
            state: null,
            nationalText: '',
          }));
          insertItem.run(randomUUID(), id, p.id, JSON.stringify(elements), now, actor);
        }
        history.run(
          id,
          null,
          randomUUID(),
          now,
          actor,
          'created',
          null,
          `${provisions.length} items`,
        );
      });
      return id;
    },

    list(): AssessmentSummary[] {
      const counts = new Map<string, { result: ItemResult; n: number }[]>();
      for (const c of allCounts.all())
        counts.set(c.assessment_id, [...(counts.get(c.assessment_id) ?? []), c]);
      return headers.all().map((row) => {
        const full = Object.fromEntries(RESULTS.map((r) => [r, 0])) as Record<ItemResult, number>;
        for (const c of counts.get(row.id) ?? []) full[c.result] = c.n;
        const itemCount = Object.values(full).reduce((a, b) => a + b, 0);
        return {
          ...toHeader(row),
          itemCount,
          assessed: itemCount - full['not-assessed'],
          counts: full,
        };
      });
    },

    get(id: string): Assessment {
      return { ...toHeader(requireHeader(id)), items: items.all(id).map(toItem) };
    },

    /**
     * What the heat map needs of each checklist: its header and each item's chapter and result,
     * read in one query instead of every checklist in full. Throws NOT_FOUND for an unknown id.
     */
    heatmapSources(ids: readonly string[] | undefined): HeatmapSource[] {
      const chosen = ids ? ids.map(requireHeader) : headers.all();
      const items = new Map(chosen.map((h) => [h.id, [] as HeatmapSource['items']]));
      for (const r of chapterResults.all())
        items.get(r.assessment_id)?.push({ chapter: r.chapter, result: r.result });
      return chosen.map((h) => ({ ...toHeader(h), items: items.get(h.id)! }));
    },

    item(assessmentId: string, itemId: string): AssessmentItem {
      const row = item.get(assessmentId, itemId);
      if (!row) throw new AppError('NOT_FOUND', `Checklist ${assessmentId} has no item ${itemId}.`);
      return toItem(row);
    },

    update(
      assessmentId: string,
      itemIds: string[],
      fields: Partial<ItemFields>,
      actor: string,
    ): { changed: number; batch: string } {
      requireHeader(assessmentId);
      const batch = randomUUID();
      const at = new Date().toISOString();
      const changed = withTransaction(db, () => {
        let n = 0;
        for (const itemId of itemIds)
          n += applyFields(assessmentId, itemId, fields, actor, batch, at);
        if (n > 0) touch.run(at, assessmentId);
        return n;
      });
      return { changed, batch };
    },

    history(assessmentId: string, itemId?: string): HistoryEntry[] {
      requireHeader(assessmentId);
      return db
        .prepare<
          [string, string | null, string | null],
          {
            id: number;
            item_id: string | null;
            provision_id: string | null;
            article_number: number | null;
            at: string;
            actor: string;
            field: string;
            old_value: string | null;
            new_value: string | null;
            batch: string;
            undone: number;
            note: string | null;
            change_id: string;
            origin: 'local' | 'hub' | 'file';
            organisation: string | null;
            resolves: string;
          }
        >(
          `SELECT h.*, coalesce(i.provision_id, h.provision_id) AS provision_id, p.article_number
           FROM assessment_history h
           LEFT JOIN assessment_items i ON i.id = h.item_id
           LEFT JOIN provisions p ON p.id = i.provision_id
           WHERE h.assessment_id = ? AND (? IS NULL OR h.item_id = ?) ORDER BY h.id DESC`,
        )
        .all(assessmentId, itemId ?? null, itemId ?? null)
        .map((r) => ({
          id: r.id,
          itemId: r.item_id,
          provisionId: r.provision_id,
          articleNumber: r.article_number,
          at: r.at,
          actor: r.actor,
          field: r.field,
          oldValue: r.old_value,
          newValue: r.new_value,
          batch: r.batch,
          undone: r.undone === 1,
          note: r.note,
          changeId: r.change_id,
          origin: r.origin,
          organisation: r.organisation,
          decided: (JSON.parse(r.resolves) as string[]).length,
        }));
    },

    /**
     * Reverts one edit (one updateItem or one bulk edit), recording the revert: the given batch,
     * or the newest not yet undone. Says which item fields it took back.
     */
    undo(assessmentId: string, actor: string, batch?: string): Reverted {
      requireHeader(assessmentId);
      const target =
        batch ??
        db
          .prepare<[string], string>(
            `SELECT batch FROM assessment_history WHERE assessment_id = ? AND undone = 0 AND item_id IS NOT NULL AND ${EDITS}
             ORDER BY id DESC LIMIT 1`,
          )
          .pluck()
          .get(assessmentId);
      return target ? replay(assessmentId, actor, target, 'undo') : { batch: null, changes: [] };
    },

    /**
     * Applies again the edit undone most recently (or the given undone batch), recorded in the
     * history like any change. Nothing is redone once a newer edit was made.
     */
    redo(assessmentId: string, actor: string, batch?: string): Reverted {
      requireHeader(assessmentId);
      const newestLive =
        db
          .prepare<[string], number>(
            `SELECT MAX(id) FROM assessment_history WHERE assessment_id = ? AND undone = 0 AND item_id IS NOT NULL AND ${EDITS}`,
          )
          .pluck()
          .get(assessmentId) ?? 0;
      // The undone edits after the newest live one; the latest undo took back the oldest of them.
      const target =
        batch ??
        db
          .prepare<[string, number], string>(
            `SELECT batch FROM assessment_history WHERE assessment_id = ? AND undone = 1 AND item_id IS NOT NULL AND ${EDITS} AND id > ?
             ORDER BY id ASC LIMIT 1`,
          )
          .pluck()
          .get(assessmentId, newestLive);
      return target ? replay(assessmentId, actor, target, 'redo') : { batch: null, changes: [] };
    },

    /** Re-indexes one item's notes after its fields were written by sync. */
    reindex(assessmentId: string, itemId: string): void {
      const row = item.get(assessmentId, itemId);
      if (row) indexNotes(assessmentId, row);
    },

    searchNotes(assessmentId: string, ftsQuery: string): string[] {
      return db
        .prepare<[string, string], string>(
          'SELECT item_id FROM assessment_notes WHERE assessment_notes MATCH ? AND assessment_id = ? ORDER BY rank',
        )
        .pluck()
        .all(ftsQuery, assessmentId);
    },

    /** A new cycle: the same items with their results and notes, a new history from here. */
    clone(sourceId: string, title: string, date: string | undefined, actor: string): string {
      const source = requireHeader(sourceId);
      const id = randomUUID();
      const now = new Date().toISOString();
      withTransaction(db, () => {
        db.prepare(
          `INSERT INTO assessments (id, country, title, date, assessors, organisation, pack_id, cloned_from, created_at, updated_at)
           SELECT ?, country, ?, ?, assessors, organisation, pack_id, id, ?, ? FROM assessments WHERE id = ?`,
        ).run(id, title, date ?? localDate(), now, now, sourceId);
        const rows = db
          .prepare<[string], { id: string }>(
            'SELECT id FROM assessment_items WHERE assessment_id = ?',
          )
          .all(sourceId);
        const copy = db.prepare(
          `INSERT INTO assessment_items (id, assessment_id, provision_id, result, status, in_law, in_practice, citations, evidence,
             action_type, action, priority, agency, target_date, elements, updated_at, updated_by)
           SELECT ?, ?, provision_id, result, status, in_law, in_practice, citations, evidence, action_type, action, priority,
             agency, target_date, elements, ?, ? FROM assessment_items WHERE id = ?`,
        );
        for (const row of rows) {
          const newId = randomUUID();
          copy.run(newId, id, now, actor, row.id);
          indexNotes(id, item.get(id, newId)!);
        }
        history.run(
          id,
          null,
          randomUUID(),
          now,
          actor,
          'cloned',
          source.title,
          `${rows.length} items`,
        );
      });
      return id;
    },
  };
}

export type AssessmentStore = ReturnType<typeof createAssessmentStore>;
