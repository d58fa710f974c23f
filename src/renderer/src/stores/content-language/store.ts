import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { create } from 'zustand';
import type { ContentLanguage } from '@shared/domain/library';
import { call } from '@renderer/api/client';
import { useLibraryStore } from '../library/store';

export interface ContentLanguageStore {
  languages: ContentLanguage[];
  /** What was chosen here; '' follows the interface language. */
  chosen: string;
  /** The language the library reads in; null until the server has answered. */
  current: string | null;
  /** Asks again which language is in effect (after the interface language changed). */
  load(interfaceLanguage: string): Promise<void>;
  choose(language: string, interfaceLanguage: string): Promise<void>;
}

/** The content language every library read passes; the base pack's own words until known. */
export const contentLanguage = (): string | undefined =>
  useContentLanguageStore.getState().current ?? undefined;

export const useContentLanguageStore = create<ContentLanguageStore>()((set, get) => {
  async function refresh(interfaceLanguage: string) {
    const answer = await call('library.contentLanguages', { interfaceLanguage });
    const before = get().current;
    set(answer);
    // Whatever was read before the language was known, or in another one, is read again.
    if (before !== answer.current) useLibraryStore.getState().reset();
  }
  // Every component showing the language asks on mount; the ones mounting together share one call.
  let inFlight: { interfaceLanguage: string; done: Promise<void> } | null = null;
  return {
    languages: [],
    chosen: '',
    current: null,
    load(interfaceLanguage) {
      if (inFlight?.interfaceLanguage === interfaceLanguage) return inFlight.done;
      const done = refresh(interfaceLanguage).finally(() => {
        if (inFlight?.done === done) inFlight = null;
      });
      inFlight = { interfaceLanguage, done };
      return done;
    },
    async choose(language, interfaceLanguage) {
      await call('library.setContentLanguage', { language });
      await refresh(interfaceLanguage);
    },
  };
});

/**
 * The content language in effect, asked for on mount and whenever the interface language
 * changes (it follows that one unless another was chosen); null until known.
 */
export function useContentLanguage(): string | null {
  const { i18n } = useTranslation();
  const ui = i18n.resolvedLanguage ?? 'en';
  const load = useContentLanguageStore((s) => s.load);
  useEffect(() => {
    void load(ui);
  }, [ui, load]);
  return useContentLanguageStore((s) => s.current);
}
