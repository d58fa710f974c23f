import type { Input, Output } from '@shared/api/contract';
import type { MethodName } from '@shared/api/methods';
import { useContentLanguageStore } from '@renderer/stores/content-language/store';
import { readOverview } from '@renderer/stores/library/overview-slice';
import { useLibraryStore } from '@renderer/stores/library/store';
import { useSettingsStore } from '@renderer/stores/settings/store';
import { useSystemStore } from '@renderer/stores/system/store';

/** A carried answer's data: the page's own (api/client.ts takeCarried), or the server's. */
export type TakeAnswer = <M extends MethodName>(
  method: M,
  input: Input<M>,
) => Output<M> | undefined;

/**
 * Puts the library screen's answers, as the browser-mode page carries them, into the stores
 * that screen reads, so its first render already shows the list. The server renders the page
 * from the same stores seeded the same way (render.tsx), so the page the browser builds over it
 * draws the same screen. Returns false, and seeds nothing, unless every answer the list needs is
 * there: the screen then loads as it always has.
 */
export function seedFirstScreen(take: TakeAnswer, interfaceLanguage: string): boolean {
  const status = take('system.status', {});
  const settings = take('settings.get', {});
  const languages = take('library.contentLanguages', { interfaceLanguage });
  if (status?.state !== 'ready' || !settings || !languages) return false;
  const read = { language: languages.current };
  const chapters = take('library.listChapters', read);
  const articles = take('library.listArticles', read);
  const stats = take('library.stats', {});
  if (!chapters || !articles) return false;

  useSystemStore.setState({ status, phase: 'ready' });
  useSettingsStore.setState({ settings, loadStatus: 'ready' });
  useContentLanguageStore.setState(languages);
  useLibraryStore.setState({
    ...readOverview(chapters, articles),
    stats: stats ?? null,
  });
  return true;
}
