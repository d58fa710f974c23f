import type { Assessment } from '../../../shared/domain/assessments';
import type { Db } from '../db/connection';
import { createTranslatedTexts } from '../library/translated-texts';

/**
 * A checklist's convention words (article titles, provision texts and elements) in a report
 * language, item by item from the installed translation of the checklist's pack; an item with
 * none keeps its pack's words. What the assessors wrote is theirs and never touched.
 */
export function createChecklistTranslator(db: Db) {
  const texts = createTranslatedTexts(db);
  const packOf = db
    .prepare<[string], string>('SELECT pack_id FROM assessments WHERE id = ?')
    .pluck();
  return (assessment: Assessment, language: string): Assessment => {
    const pack = packOf.get(assessment.id);
    if (pack === undefined) return assessment;
    const article = texts.of(pack, language, 'article');
    const provision = texts.of(pack, language, 'provision');
    return {
      ...assessment,
      items: assessment.items.map((item) => {
        const p = provision(item.provisionId);
        const elements = p.field('elements');
        const translated = elements ? (JSON.parse(elements) as string[]) : null;
        return {
          ...item,
          articleTitle: article(item.articleNumber).field('title') ?? item.articleTitle,
          provisionText: p.field('text') ?? item.provisionText,
          // Element results are stored by position: a list of another length would misalign them.
          provisionElements:
            translated?.length === item.provisionElements.length
              ? translated
              : item.provisionElements,
        };
      }),
    };
  };
}
