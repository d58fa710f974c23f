export interface SnippetPart {
  text: string;
  marked: boolean;
}

const MARK = /<mark>(.*?)<\/mark>/gs;

/**
 * The server wraps matches in <mark>…</mark>. We split on those tags only and render the
 * parts as text, so nothing else in a snippet can ever be interpreted as HTML.
 */
export function splitSnippet(snippet: string): SnippetPart[] {
  const parts: SnippetPart[] = [];
  let last = 0;
  for (const match of snippet.matchAll(MARK)) {
    if (match.index > last) parts.push({ text: snippet.slice(last, match.index), marked: false });
    parts.push({ text: match[1] ?? '', marked: true });
    last = match.index + match[0].length;
  }
  if (last < snippet.length) parts.push({ text: snippet.slice(last), marked: false });
  return parts;
}
