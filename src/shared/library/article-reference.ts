// "41", "art 41", "art. 41", "Article 41" all mean "open article 41": trainers type numbers
// they read on a slide, and the search box should take them straight there.
const ARTICLE_REFERENCE = /^\s*(?:art(?:icle|\.)?\s*\.?\s*)?(\d{1,3})\s*$/i;

export function parseArticleReference(query: string): number | null {
  const match = ARTICLE_REFERENCE.exec(query);
  if (!match?.[1]) return null;
  const n = Number(match[1]);
  return n >= 1 ? n : null;
}
