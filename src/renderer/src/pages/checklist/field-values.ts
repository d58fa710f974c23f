import type { TFunction } from 'i18next';
import { ACTION_TYPES, PRIORITIES, RESULTS, STATUSES } from '@shared/domain/assessment-values';
import type { Citation, ElementAssessment } from '@shared/domain/assessments';
import { isFieldName } from '@renderer/stores/checklist/item-fields';

const LAW_PRACTICE = ['yes', 'partly', 'no', 'unknown'] as const;

const oneOf = <T extends string>(values: readonly T[], value: string): value is T =>
  (values as readonly string[]).includes(value);

function parseList<T>(value: string): T[] | null {
  try {
    const parsed = JSON.parse(value) as unknown;
    return Array.isArray(parsed) ? (parsed as T[]) : null;
  } catch {
    return null;
  }
}

/** A field's name as people read it; "undo:result" reads "Undo of Result". */
export function fieldLabel(t: TFunction, field: string): string {
  if (field.startsWith('undo:'))
    return t('checklist.history.fields.undo', { field: fieldLabel(t, field.slice(5)) });
  if (field.startsWith('redo:'))
    return t('checklist.history.fields.redo', { field: fieldLabel(t, field.slice(5)) });
  if (isFieldName(field) || ['created', 'cloned', 'imported', 'import'].includes(field))
    return t(`checklist.history.fields.${field as 'result'}`);
  return field;
}

/**
 * A stored value (history, merge conflicts: text, or JSON for lists) in words. Unknown
 * shapes are shown as they are rather than hidden.
 */
export function fieldValue(t: TFunction, field: string, value: string | null): string {
  if (value === null || value === '') return t('checklists.exchange.empty');
  const name = /^(undo|redo):/.test(field) ? field.slice(5) : field;
  switch (name) {
    case 'result':
      return oneOf(RESULTS, value) ? t(`assessment.result.${value}`) : value;
    case 'status':
      return oneOf(STATUSES, value) ? t(`assessment.status.${value}`) : value;
    case 'priority':
      return oneOf(PRIORITIES, value) ? t(`assessment.priority.${value}`) : value;
    case 'actionType':
      return oneOf(ACTION_TYPES, value) ? t(`assessment.actionType.${value}`) : value;
    case 'inLaw':
    case 'inPractice':
      return oneOf(LAW_PRACTICE, value) ? t(`assessment.lawPractice.${value}`) : value;
    case 'citations': {
      const list = parseList<Citation>(value);
      if (!list) return value;
      if (list.length === 0) return t('checklists.exchange.empty');
      return t('checklist.history.citationsValue', {
        count: list.length,
        list: list.map((c) => [c.act, c.section, c.year].filter(Boolean).join(', ')).join('; '),
      });
    }
    case 'elements': {
      const list = parseList<ElementAssessment>(value);
      if (!list) return value;
      const count = (state: ElementAssessment['state']) =>
        list.filter((e) => e.state === state).length;
      return t('checklist.history.elementsValue', {
        met: count('met'),
        notMet: count('not-met'),
        unclear: count('unclear'),
      });
    }
    default:
      return value;
  }
}
