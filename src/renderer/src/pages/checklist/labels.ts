import type { TFunction } from 'i18next';
import type { AssessmentItem } from '@shared/domain/assessments';

/** "Art. 7(1)": how an item is named everywhere in the UI. */
export const itemRef = (
  t: TFunction,
  item: Pick<AssessmentItem, 'articleNumber' | 'paragraph'>,
): string => t('assessment.itemRef', { number: item.articleNumber, paragraph: item.paragraph });

/** "7(1)", for labels that already say "article". */
export const shortRef = (item: Pick<AssessmentItem, 'articleNumber' | 'paragraph'>): string =>
  `${item.articleNumber}(${item.paragraph})`;

export const todayIso = (): string => new Date().toISOString().slice(0, 10);
