import { renderToString } from 'react-dom/server';
import {
  carriedAnswers,
  carriedData,
  type FirstAnswer,
  type FirstScreen,
} from '@shared/api/first-answers';
import { App } from '@renderer/App';
import i18n, { isUiLanguage, showLanguage } from '@renderer/i18n';
import { seedFirstScreen } from './seed';

// The stores and the interface language are this module's own, shared by every page it
// renders, so pages are rendered one at a time; the same answers in the same language draw the
// same screen, so the last one is kept (a reload, a second browser, while nothing changed).
let previous: Promise<unknown> = Promise.resolve();
let last: { key: string; screen: FirstScreen | null } | undefined;

/**
 * Renders the library screen from the answers the page carries, with the app's own components,
 * so the browser paints the list before any script has run (the server's side of "Fast start",
 * docs/ARCHITECTURE.md). Null when the answers do not make the whole list (a database in
 * recovery, say): the page then starts empty, as it always did.
 */
export function renderFirstScreen(
  answers: FirstAnswer[],
  language: string,
): Promise<FirstScreen | null> {
  const turn = previous.then(async () => {
    const key = `${language} ${JSON.stringify(answers)}`;
    if (last?.key === key) return last.screen;
    if (!isUiLanguage(language)) return null;
    await showLanguage(language);
    const carried = carriedAnswers(answers);
    const screen = seedFirstScreen((method, input) => carriedData(carried, method, input), language)
      ? { html: renderToString(<App />), language, dir: i18n.dir(language) }
      : null;
    last = { key, screen };
    return screen;
  });
  previous = turn.catch(() => undefined);
  return turn;
}
