// "41", "art 41", "art. 41", "Article 41" all mean "open article 41": trainers type numbers
// they read on a slide, and the search box should take them straight there.
const ARTICLE_REFERENCE = /^\s*(?:art(?:icle|\.)?\s*\.?\s*)?(\d{1,3})\s*$/i;

export function parseArticleReference(query: string): number | null {
  const match = ARTICLE_REFERENCE.exec(query);
  if (!match?.[1]) return null;
  const n = Number(match[1]);
  return n >= 1 ? n : null;
}

/**
 * A provision's paragraph as it follows an article number: "1(a)" → "(1)(a)", "10–12" →
 * "(10)–(12)", "2" → "(2)"; "single paragraph" gives '' and a paragraph that is not numbered
 * follows after a space.
 */
export function paragraphRef(paragraph: string): string {
  const p = paragraph.trim();
  if (!p || /^single/i.test(p)) return '';
  const cut = p.indexOf('(');
  const lead = cut === -1 ? p : p.slice(0, cut);
  const rest = cut === -1 ? '' : p.slice(cut);
  if (!/\d/.test(lead)) return ` ${p}`;
  return `${lead.replace(/\s+/g, '').replace(/\d+/g, '($&)')}${rest.replace(/\s+/g, '')}`;
}
