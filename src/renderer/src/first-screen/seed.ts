import { carriedData, type CarriedAnswers } from '@shared/api/first-answers';
import { useContentLanguageStore } from '@renderer/stores/content-language/store';
import { readOverview } from '@renderer/stores/library/overview-slice';
import { useLibraryStore } from '@renderer/stores/library/store';
import { useSettingsStore } from '@renderer/stores/settings/store';
import { useSystemStore } from '@renderer/stores/system/store';

/**
 * Puts the library screen's answers, as the browser-mode page carries them, into the stores
 * that screen reads, so its first render already shows the list. The server renders the page
 * from the same stores seeded the same way (render.tsx), so the page the browser builds over it
 * draws the same screen. Returns false, and seeds nothing, unless every answer the list needs is
 * there: the screen then loads as it always has.
 */
export function seedFirstScreen(carried: CarriedAnswers, interfaceLanguage: string): boolean {
  const status = carriedData(carried, 'system.status', {});
  const settings = carriedData(carried, 'settings.get', {});
  const languages = carriedData(carried, 'library.contentLanguages', { interfaceLanguage });
  if (status?.state !== 'ready' || !settings || !languages) return false;
  const read = { language: languages.current };
  const chapters = carriedData(carried, 'library.listChapters', read);
  const articles = carriedData(carried, 'library.listArticles', read);
  if (!chapters || !articles) return false;

  useSystemStore.setState({ status, phase: 'ready' });
  useSettingsStore.setState({ settings, loadStatus: 'ready' });
  useContentLanguageStore.setState(languages);
  useLibraryStore.setState({
    ...readOverview(chapters, articles),
    stats: carriedData(carried, 'library.stats', {}) ?? null,
  });
  return true;
}
