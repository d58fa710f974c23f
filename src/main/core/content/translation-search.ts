// Which full-text table holds a language's translated texts. A module of its own so that the
// library repository, which reads those tables on every translated search, does not load the
// translation installer (and the pack installer behind it) to learn a table's name.

/** Scripts written without spaces between words: searched by substring (trigram index). */
const CJK_LANGUAGES: ReadonlySet<string> = new Set(['zh', 'ja', 'ko']);
const baseLanguage = (language: string) => language.split('-')[0]!.toLowerCase();
export const searchTableFor = (language: string) =>
  CJK_LANGUAGES.has(baseLanguage(language)) ? 'translation_search_cjk' : 'translation_search';
