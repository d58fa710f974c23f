import type { TFunction } from 'i18next';
import type { AssessmentItem } from '@shared/domain/assessments';
import { paragraphRef } from '@shared/library/article-reference';

/** "Art. 7(1)(a)": how an item is named everywhere in the UI. */
export const itemRef = (
  t: TFunction,
  item: Pick<AssessmentItem, 'articleNumber' | 'paragraph'>,
): string =>
  t('assessment.itemRef', {
    number: item.articleNumber,
    paragraph: paragraphRef(item.paragraph),
  });

/** "7(1)(a)", for labels that already say "article". */
export const shortRef = (item: Pick<AssessmentItem, 'articleNumber' | 'paragraph'>): string =>
  `${item.articleNumber}${paragraphRef(item.paragraph)}`;
