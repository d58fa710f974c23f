import { ITEM_FIELD_NAMES } from '@shared/domain/assessment-values';
import type { AssessmentItem, ItemFields } from '@shared/domain/assessments';

export type FieldName = keyof ItemFields;

export function fieldsOf(item: AssessmentItem): ItemFields {
  return {
    result: item.result,
    status: item.status,
    inLaw: item.inLaw,
    inPractice: item.inPractice,
    citations: item.citations,
    evidence: item.evidence,
    actionType: item.actionType,
    action: item.action,
    priority: item.priority,
    agency: item.agency,
    targetDate: item.targetDate,
    elements: item.elements,
  };
}

/**
 * What the server is sent: a citation row still without an act is a row being filled in,
 * not a citation, and an emptied date is no date.
 */
export function normalise(fields: ItemFields): ItemFields {
  return {
    ...fields,
    citations: fields.citations
      .filter((c) => c.act.trim() !== '')
      .map((c) => ({ act: c.act.trim(), section: c.section, year: c.year, link: c.link })),
    targetDate: fields.targetDate || null,
    agency: fields.agency,
  };
}

export function pick(fields: ItemFields, names: readonly FieldName[]): Partial<ItemFields> {
  const picked: Partial<Record<FieldName, unknown>> = {};
  for (const name of names) picked[name] = fields[name];
  return picked as Partial<ItemFields>;
}

export const sameValue = (a: unknown, b: unknown): boolean =>
  JSON.stringify(a) === JSON.stringify(b);

export const isFieldName = (name: string): name is FieldName =>
  (ITEM_FIELD_NAMES as string[]).includes(name);
