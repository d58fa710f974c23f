/**
 * Turns what a trainer types into an FTS5 query: every word is a prefix ("extrad" finds
 * "extradition"), words joined by punctuation stay a phrase ("24/7" → "24 7"), and nothing
 * the user types can reach FTS5's own syntax. Returns null when there is nothing to search.
 */
export function toFtsQuery(input: string): string | null {
  const parts: string[] = [];
  for (const chunk of input.split(/\s+/)) {
    const words = chunk.match(/[\p{L}\p{N}]+/gu);
    if (!words) continue;
    parts.push(`"${words.join(' ')}"*`);
  }
  return parts.length > 0 ? parts.join(' ') : null;
}
