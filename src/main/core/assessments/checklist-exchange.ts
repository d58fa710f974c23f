import { randomUUID } from 'node:crypto';
import { AppError } from '../../../shared/api/envelope';
import {
  ITEM_FIELD_NAMES,
  type Assessment,
  type ItemFields,
} from '../../../shared/domain/assessments';
import { countryName, isCountryCode } from '../../../shared/domain/countries';
import {
  CHECKLIST_FILE_FORMAT,
  checklistFile,
  HEADER_CONFLICT_KEY,
  type ChecklistFile,
  type ChecklistFileV2,
  type ExchangedItem,
  type FileChange,
  type ImportPreview,
  type Provenance,
} from '../../../shared/domain/exchange';
import type { HistoryEntry } from '../../../shared/domain/assessments';
import { initialValue, type ChangeLog } from '../sync/change-log';
import { fileDecision, planFileMerge, type FileConflict } from '../sync/file-merge';
import { changeDraft, type StoredChange } from './field-changes';
import { withTransaction, type Db } from '../db/connection';
import { describeLocation } from '../content/pack-files';
import { parseJsonText } from '../../../shared/text/json-text';
import type { AssessmentStore } from './assessment-store';

const BLANK: ItemFields = {
  result: 'not-assessed',
  status: 'to-do',
  inLaw: null,
  inPractice: null,
  citations: [],
  evidence: '',
  actionType: null,
  action: '',
  priority: null,
  agency: '',
  targetDate: null,
  elements: [],
};

const text = (value: unknown): string | null =>
  value === null || value === undefined
    ? null
    : typeof value === 'string'
      ? value
      : JSON.stringify(value);

function fieldsOf(item: ItemFields): ItemFields {
  return Object.fromEntries(ITEM_FIELD_NAMES.map((f) => [f, item[f]])) as ItemFields;
}

/** Fields whose values differ; elements count as unedited while no state or text is filled in. */
function differences(a: ItemFields, b: ItemFields): (keyof ItemFields)[] {
  return ITEM_FIELD_NAMES.filter((f) => text(normalise(f, a[f])) !== text(normalise(f, b[f])));
}

function normalise(field: keyof ItemFields, value: unknown): unknown {
  if (field !== 'elements') return value;
  const elements = value as ItemFields['elements'];
  return elements.some((e) => e.state !== null || e.nationalText !== '') ? elements : [];
}

const edited = (item: ItemFields) => differences(item, BLANK).length > 0;

export function toChecklistFile(
  assessment: Assessment,
  history: HistoryEntry[],
  by: Provenance,
  pack: { id: string; version: string },
  changes: readonly StoredChange[],
): ChecklistFileV2 {
  const { items, countryName: _name, ...header } = assessment;
  return {
    format: CHECKLIST_FILE_FORMAT,
    formatVersion: 2,
    exportedAt: new Date().toISOString(),
    exportedBy: by,
    pack,
    assessment: header,
    items: items.map((i) => ({
      ...fieldsOf(i),
      provisionId: i.provisionId,
      articleNumber: i.articleNumber,
      paragraph: i.paragraph,
      updatedAt: i.updatedAt,
      updatedBy: i.updatedBy,
    })),
    history,
    changes: changes.map(toFileChange),
  };
}

function toFileChange(c: StoredChange): FileChange {
  return {
    ...changeDraft(c),
    origin: c.origin,
    hubSeq: c.hubSeq,
    organisation: c.organisation,
    device: c.device,
    hubTime: c.hubTime,
  };
}

export function parseChecklistText(content: string, name: string): ChecklistFile {
  const value = parseJsonText(content, name);
  if ((value as { format?: unknown } | null)?.format !== CHECKLIST_FILE_FORMAT) {
    throw new AppError(
      'VALIDATION',
      `${name} is not a Convention Workbench checklist file (its "format" is not "${CHECKLIST_FILE_FORMAT}").`,
    );
  }
  const parsed = checklistFile.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new AppError(
      'VALIDATION',
      `${name}: ${describeLocation(value, issue?.path ?? [])}: ${issue?.message ?? 'invalid'}.`,
    );
  }
  if (!isCountryCode(parsed.data.assessment.country))
    throw new AppError(
      'VALIDATION',
      `${name}: country ${parsed.data.assessment.country} is not an ISO 3166-1 code.`,
    );
  const file = parsed.data;
  if (file.formatVersion === 2) {
    const stray = file.changes.findIndex((c) => c.checklistId !== file.assessment.id);
    if (stray >= 0)
      throw new AppError(
        'VALIDATION',
        `${name}: changes[${stray}] belongs to checklist ${file.changes[stray]!.checklistId}, not to this file's checklist ${file.assessment.id}.`,
      );
  }
  return file;
}

/** One row of the preview's conflict table: an item (or the header) and its contested fields. */
function previewConflicts(
  conflicts: readonly FileConflict[],
  articles: Map<string, { articleNumber: number; paragraph: string }>,
): ImportPreview['conflicts'] {
  const rows = new Map<string, ImportPreview['conflicts'][number]>();
  for (const c of conflicts) {
    const key = c.address.provisionId ?? HEADER_CONFLICT_KEY;
    const row = rows.get(key) ?? {
      provisionId: key,
      articleNumber: articles.get(key)?.articleNumber ?? 0,
      paragraph: articles.get(key)?.paragraph ?? '',
      fields: [],
      localUpdatedBy: c.local.actor,
      localUpdatedAt: c.local.at,
      incomingUpdatedBy: c.incoming.actor,
      incomingUpdatedAt: c.incoming.at,
    };
    row.fields.push({ field: c.address.field, local: c.local.value, incoming: c.incoming.value });
    rows.set(key, row);
  }
  return [...rows.values()];
}

/**
 * Merging checklists received from other machines. Nothing is written until a person has
 * seen the preview and decided every conflict; then everything lands in one transaction, with
 * the sender recorded in the history. A version 2 file carries its changes with their ids and
 * bases, so it merges by the hub's rule, field by field (sync/file-merge.ts); a version 1 file
 * carries values only and merges item by item, its edits becoming this machine's changes.
 */
export function createChecklistExchange(db: Db, store: AssessmentStore, log: ChangeLog) {
  const exists = db.prepare<[string], { id: string }>('SELECT id FROM assessments WHERE id = ?');
  const knownProvisions = () =>
    new Set(db.prepare<[], string>('SELECT id FROM provisions').pluck().all());

  function planV1(file: ChecklistFile) {
    const known = knownProvisions();
    const unknownProvisions = file.items
      .filter((i) => !known.has(i.provisionId))
      .map((i) => i.provisionId);
    const local = exists.get(file.assessment.id) ? store.get(file.assessment.id) : null;
    const localByProvision = new Map(local?.items.map((i) => [i.provisionId, i]) ?? []);
    const take: ExchangedItem[] = [];
    const conflicts: ImportPreview['conflicts'] = [];
    for (const incoming of file.items) {
      if (!known.has(incoming.provisionId)) continue;
      const mine = localByProvision.get(incoming.provisionId);
      if (!mine) {
        take.push(incoming);
        continue;
      }
      const differing = differences(fieldsOf(mine), fieldsOf(incoming));
      if (differing.length === 0 || !edited(fieldsOf(incoming))) continue;
      if (!edited(fieldsOf(mine))) {
        take.push(incoming);
        continue;
      }
      conflicts.push({
        provisionId: incoming.provisionId,
        articleNumber: incoming.articleNumber,
        paragraph: incoming.paragraph,
        fields: differing.map((f) => ({
          field: f,
          local: text(mine[f]),
          incoming: text(incoming[f]),
        })),
        localUpdatedBy: mine.updatedBy,
        localUpdatedAt: mine.updatedAt,
        incomingUpdatedBy: incoming.updatedBy,
        incomingUpdatedAt: incoming.updatedAt,
      });
    }
    return { local, take, conflicts, unknownProvisions };
  }

  function planV2(file: ChecklistFileV2) {
    const known = knownProvisions();
    const local = exists.get(file.assessment.id) !== undefined;
    const merge = planFileMerge(log, file.changes);
    const articles = new Map(file.items.map((i) => [i.provisionId, i]));
    const contested = new Set(merge.conflicts.map((c) => c.address.provisionId));
    // Items the file changes by itself (the header is not an item).
    const incoming = new Set(
      merge.applying
        .map((a) => a.provisionId)
        .filter((p): p is string => p !== null && !contested.has(p)),
    );
    return {
      local,
      merge,
      incoming: incoming.size,
      conflicts: previewConflicts(merge.conflicts, articles),
      unknownProvisions: file.items
        .filter((i) => !known.has(i.provisionId))
        .map((i) => i.provisionId),
    };
  }

  function requireDecided(conflicts: ImportPreview['conflicts'], decisions: Decisions): void {
    const undecided = conflicts.filter((c) => decisions[c.provisionId] === undefined);
    if (undecided.length) {
      const first = undecided[0]!;
      const where =
        first.provisionId === HEADER_CONFLICT_KEY
          ? "the checklist's header"
          : `article ${first.articleNumber}(${first.paragraph})`;
      throw new AppError(
        'VALIDATION',
        `Decide the ${undecided.length} conflicting item(s) first (keep this machine's version or take the file's), e.g. ${where}.`,
      );
    }
  }

  /** A checklist this machine has never held, created from the file's header and item list. */
  function createFromFile(file: ChecklistFile, now: string): void {
    const a = file.assessment;
    db.prepare(
      `INSERT INTO assessments (id, country, title, date, assessors, organisation, pack_id, cloned_from, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, (SELECT id FROM packs WHERE is_primary = 1), NULL, ?, ?)`,
    ).run(
      a.id,
      a.country,
      a.title,
      a.date,
      JSON.stringify(a.assessors),
      a.organisation,
      a.createdAt,
      now,
    );
    // Each item starts blank, its elements as the pack lists them (what the sync takes as the
    // initial value, so the first sync records no change nobody made).
    const insert = db.prepare(
      'INSERT INTO assessment_items (id, assessment_id, provision_id, elements, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?)',
    );
    const elements = db
      .prepare<[string], string>('SELECT elements FROM provisions WHERE id = ?')
      .pluck();
    const known = knownProvisions();
    for (const item of file.items)
      if (known.has(item.provisionId))
        insert.run(
          randomUUID(),
          a.id,
          item.provisionId,
          initialValue('elements', elements.get(item.provisionId) ?? '[]'),
          item.updatedAt,
          item.updatedBy,
        );
  }

  /** The history's note of who sent the file; the changes themselves follow it. */
  function noteImport(file: ChecklistFile, actor: string, now: string, count: number): void {
    db.prepare(
      'INSERT INTO assessment_history (assessment_id, item_id, batch, at, actor, field, old_value, new_value) VALUES (?, NULL, ?, ?, ?, ?, NULL, ?)',
    ).run(
      file.assessment.id,
      randomUUID(),
      now,
      actor,
      'imported',
      JSON.stringify({ ...file.exportedBy, exportedAt: file.exportedAt, items: count }),
    );
  }

  function applyV1(file: ChecklistFile, decisions: Decisions, actor: string) {
    const { local, take, conflicts } = planV1(file);
    requireDecided(conflicts, decisions);
    const chosen = [
      ...take,
      ...file.items.filter(
        (i) =>
          decisions[i.provisionId] === 'incoming' &&
          conflicts.some((c) => c.provisionId === i.provisionId),
      ),
    ];
    const from = `${file.exportedBy.name || 'unknown'} on ${file.exportedBy.machineName} (${file.exportedAt.slice(0, 10)})`;
    const now = new Date().toISOString();
    const id = file.assessment.id;
    withTransaction(db, () => {
      if (!local) createFromFile(file, now);
      noteImport(file, actor, now, chosen.length);
      const itemIds = new Map(store.get(id).items.map((i) => [i.provisionId, i.id]));
      for (const item of chosen) {
        const itemId = itemIds.get(item.provisionId);
        if (itemId) store.update(id, [itemId], fieldsOf(item), `${item.updatedBy} via ${from}`);
      }
    });
    return { assessmentId: id, applied: chosen.length };
  }

  function applyV2(file: ChecklistFileV2, decisions: Decisions, actor: string) {
    const { local, merge, incoming, conflicts } = planV2(file);
    requireDecided(conflicts, decisions);
    const now = new Date().toISOString();
    const chosen = merge.conflicts.map((c) =>
      fileDecision(c, decisions[c.address.provisionId ?? HEADER_CONFLICT_KEY]!, actor),
    );
    const taken = conflicts.filter(
      (c) => c.provisionId !== HEADER_CONFLICT_KEY && decisions[c.provisionId] === 'incoming',
    ).length;
    // A file whose changes this machine holds already changes nothing, not even the history.
    if (local && merge.fresh.length === 0) return { assessmentId: file.assessment.id, applied: 0 };
    withTransaction(db, () => {
      if (!local) createFromFile(file, now);
      noteImport(file, actor, now, incoming + taken);
      log.receiveFile(
        merge.fresh.map(({ origin: _o, ...c }) => ({
          ...c,
          hubSeq: c.hubSeq ?? undefined,
          organisation: c.organisation ?? undefined,
          device: c.device ?? undefined,
          hubTime: c.hubTime ?? undefined,
        })),
        chosen,
      );
    });
    return { assessmentId: file.assessment.id, applied: incoming + taken };
  }

  return {
    preview(file: ChecklistFile): ImportPreview {
      const { local, incoming, conflicts, unknownProvisions } =
        file.formatVersion === 2
          ? planV2(file)
          : (({ local, take, conflicts, unknownProvisions }) => ({
              local: local !== null,
              incoming: take.length,
              conflicts,
              unknownProvisions,
            }))(planV1(file));
      return {
        kind: local ? 'merge' : 'new',
        assessmentId: file.assessment.id,
        country: file.assessment.country,
        countryName: countryName(file.assessment.country),
        title: file.assessment.title,
        exportedAt: file.exportedAt,
        exportedBy: file.exportedBy,
        items: file.items.length,
        incoming,
        conflicts,
        unknownProvisions,
      };
    },

    apply(
      file: ChecklistFile,
      decisions: Decisions,
      actor: string,
    ): { assessmentId: string; applied: number } {
      return file.formatVersion === 2
        ? applyV2(file, decisions, actor)
        : applyV1(file, decisions, actor);
    },

    /**
     * Before a file is written: every value gets a change (as the first sync does), so the
     * file carries the checklist whole and the receiver holds the same change ids.
     */
    prepareExport(id: string, actor: string): void {
      log.baseline(actor, id);
    },
  };
}

type Decisions = Record<string, 'local' | 'incoming'>;
