import type { SearchHit } from '../../../shared/domain/library';
import { parseArticleReference } from '../../../shared/library/article-reference';
import { toFtsQuery } from '../../../shared/library/search-query';
import type { LibraryRepository } from './library-repository';

/** Search as a trainer expects it: "art 41" opens article 41, anything else is full text. */
export function searchLibrary(repo: LibraryRepository, query: string, limit: number): SearchHit[] {
  const hits: SearchHit[] = [];
  const reference = parseArticleReference(query);
  const direct = reference === null ? null : repo.articleHit(reference);
  if (direct) hits.push(direct);
  const fts = toFtsQuery(query);
  if (fts) {
    for (const hit of repo.search(fts, limit)) {
      if (hits.length >= limit) break;
      if (!hits.some((h) => h.ref === hit.ref)) hits.push(hit);
    }
  }
  return hits;
}
