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
  type ChecklistFile,
  type ExchangedItem,
  type ImportPreview,
  type Provenance,
} from '../../../shared/domain/exchange';
import type { HistoryEntry } from '../../../shared/domain/assessments';
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
): ChecklistFile {
  const { items, countryName: _name, ...header } = assessment;
  return {
    format: CHECKLIST_FILE_FORMAT,
    formatVersion: 1,
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
  return parsed.data;
}

/**
 * Merging checklists received from other machines. Nothing is written until a person has
 * seen the preview and decided every conflict; then everything lands in one transaction, with
 * the sender recorded in the history of every item it changed.
 */
export function createChecklistExchange(db: Db, store: AssessmentStore) {
  const exists = db.prepare<[string], { id: string }>('SELECT id FROM assessments WHERE id = ?');
  const knownProvisions = () =>
    new Set(db.prepare<[], string>('SELECT id FROM provisions').pluck().all());

  function plan(file: ChecklistFile) {
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

  return {
    preview(file: ChecklistFile): ImportPreview {
      const { local, take, conflicts, unknownProvisions } = plan(file);
      return {
        kind: local ? 'merge' : 'new',
        assessmentId: file.assessment.id,
        country: file.assessment.country,
        countryName: countryName(file.assessment.country),
        title: file.assessment.title,
        exportedAt: file.exportedAt,
        exportedBy: file.exportedBy,
        items: file.items.length,
        incoming: take.length,
        conflicts,
        unknownProvisions,
      };
    },

    apply(
      file: ChecklistFile,
      decisions: Record<string, 'local' | 'incoming'>,
      actor: string,
    ): { assessmentId: string; applied: number } {
      const { local, take, conflicts } = plan(file);
      const undecided = conflicts.filter((c) => decisions[c.provisionId] === undefined);
      if (undecided.length) {
        throw new AppError(
          'VALIDATION',
          `Decide the ${undecided.length} conflicting item(s) first (keep this machine's version or take the file's), e.g. article ${undecided[0]!.articleNumber}(${undecided[0]!.paragraph}).`,
        );
      }
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
        if (!local) {
          const a = file.assessment;
          db.prepare(
            `INSERT INTO assessments (id, country, title, date, assessors, organisation, pack_id, cloned_from, created_at, updated_at)
             VALUES (?, ?, ?, ?, ?, ?, (SELECT id FROM packs WHERE is_primary = 1), NULL, ?, ?)`,
          ).run(
            id,
            a.country,
            a.title,
            a.date,
            JSON.stringify(a.assessors),
            a.organisation,
            a.createdAt,
            now,
          );
          const insert = db.prepare(
            'INSERT INTO assessment_items (id, assessment_id, provision_id, updated_at, updated_by) VALUES (?, ?, ?, ?, ?)',
          );
          const known = knownProvisions();
          for (const item of file.items)
            if (known.has(item.provisionId))
              insert.run(randomUUID(), id, item.provisionId, item.updatedAt, item.updatedBy);
        }
        db.prepare(
          'INSERT INTO assessment_history (assessment_id, item_id, batch, at, actor, field, old_value, new_value) VALUES (?, NULL, ?, ?, ?, ?, NULL, ?)',
        ).run(
          id,
          randomUUID(),
          now,
          actor,
          'imported',
          JSON.stringify({ ...file.exportedBy, exportedAt: file.exportedAt, items: chosen.length }),
        );
        const itemIds = new Map(store.get(id).items.map((i) => [i.provisionId, i.id]));
        for (const item of chosen) {
          const itemId = itemIds.get(item.provisionId);
          if (itemId) store.update(id, [itemId], fieldsOf(item), `${item.updatedBy} via ${from}`);
        }
      });
      return { assessmentId: id, applied: chosen.length };
    },
  };
}
