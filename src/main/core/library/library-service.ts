import type { SearchHit } from '../../../shared/domain/library';
import { parseArticleReference } from '../../../shared/library/article-reference';
import { toFtsQuery } from '../../../shared/library/search-query';
import type { LibraryRepository } from './library-repository';

/** Search as a trainer expects it: "art 41" opens article 41, anything else is full text. */
export function searchLibrary(
  repo: LibraryRepository,
  query: string,
  limit: number,
  language?: string,
): SearchHit[] {
  const hits: SearchHit[] = [];
  // Typed Vietnamese may arrive decomposed (a letter then its marks); the indexes hold NFC.
  const text = query.normalize('NFC').trim();
  const reference = parseArticleReference(text);
  const direct = reference === null ? null : repo.articleHit(reference, language);
  if (direct) hits.push(direct);
  const fts = toFtsQuery(text);
  if (fts) {
    for (const hit of repo.search(fts, limit, language, text)) {
      if (hits.length >= limit) break;
      if (!hits.some((h) => h.ref === hit.ref)) hits.push(hit);
    }
  }
  return hits;
}

/**
 * The content language in effect: the one chosen here when it is installed; otherwise the
 * interface language when a translation into it is installed; otherwise the base pack's own.
 */
export function effectiveContentLanguage(
  chosen: string,
  interfaceLanguage: string | undefined,
  available: readonly string[],
): string {
  if (chosen && available.includes(chosen)) return chosen;
  const wanted = interfaceLanguage?.split('-')[0]?.toLowerCase();
  if (wanted && available.includes(wanted)) return wanted;
  return available[0] ?? 'en';
}
