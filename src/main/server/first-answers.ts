import type { FirstAnswer } from '../../shared/api/first-answers';
import { matchLanguage } from '../../shared/i18n/languages';
import type { Dispatch } from '../core/api/dispatch';

/** "vi-VN,vi;q=0.9,en;q=0.8" → the interface language the page will start in without a choice. */
export function languageFromHeader(acceptLanguage: string | undefined): string {
  const tags = (acceptLanguage ?? '')
    .split(',')
    .map((part) => part.split(';')[0]?.trim() ?? '')
    .filter(Boolean);
  return matchLanguage(tags);
}

/**
 * The calls the library screen makes before it can paint (status, settings, which language the
 * convention reads in, chapters, articles, counts), answered here so the page carries them and
 * paints without a round trip per call (docs/ARCHITECTURE.md, "Fast start"). The interface
 * language is not known here for certain (the page may have one remembered), so both candidates
 * are answered: the one saved in the database and the one the browser asks for. A call the page
 * makes with any other input simply goes to the server. `language` is the one the server renders
 * the screen in (first-screen.ts): the saved one, which the page ends up in, else the browser's.
 */
export async function firstAnswers(
  dispatch: Dispatch,
  acceptLanguage: string | undefined,
): Promise<{ answers: FirstAnswer[]; language: string }> {
  const answers: FirstAnswer[] = [];
  const ask = async (method: string, input: Record<string, unknown>) => {
    const answer = await dispatch(method, input);
    if (answer.ok) answers.push({ method, input, answer });
    return answer;
  };
  const fromHeader = languageFromHeader(acceptLanguage);
  const status = await ask('system.status', {});
  if (!status.ok || (status.data as { state?: string }).state !== 'ready')
    return { answers, language: fromHeader };

  const [settings] = await Promise.all([ask('settings.get', {}), ask('library.stats', {})]);
  const saved = settings.ok
    ? (settings.data as { interfaceLanguage?: string }).interfaceLanguage
    : '';
  const interfaceLanguages = new Set([fromHeader]);
  if (saved) interfaceLanguages.add(saved);

  const contentLanguages = await Promise.all(
    [...interfaceLanguages].map((interfaceLanguage) =>
      ask('library.contentLanguages', { interfaceLanguage }),
    ),
  );
  const readIn = new Set(
    contentLanguages.flatMap((answer) =>
      answer.ok ? [(answer.data as { current: string }).current] : [],
    ),
  );
  await Promise.all(
    [...readIn].flatMap((language) => [
      ask('library.listChapters', { language }),
      ask('library.listArticles', { language }),
    ]),
  );
  return { answers, language: saved || fromHeader };
}

/**
 * The answers as a JSON data block for the page. `<` is escaped so nothing in them (a title in
 * an imported pack, say) can close the element; a data block is never run, so the CSP's
 * script-src 'self' still holds.
 */
export function firstAnswersElement(answers: FirstAnswer[]): string {
  const json = JSON.stringify(answers)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
  return `<script type="application/json" id="first-answers">${json}</script>`;
}
