/**
 * The interface's languages: the UN's six and Vietnamese. Each name is written in its own
 * language, so a reader finds theirs whatever the interface is showing now.
 */
export const INTERFACE_LANGUAGES = ['en', 'fr', 'es', 'ar', 'ru', 'zh', 'vi'] as const;
export type InterfaceLanguage = (typeof INTERFACE_LANGUAGES)[number];

/** Accented, longer English made from the English catalogs: finds strings that skip them. */
export const PSEUDO_LANGUAGE = 'en-XA';

export const LANGUAGE_NAMES: Record<InterfaceLanguage, string> = {
  en: 'English',
  fr: 'Français',
  es: 'Español',
  ar: 'العربية',
  ru: 'Русский',
  zh: '中文',
  vi: 'Tiếng Việt',
};

export const isInterfaceLanguage = (value: string): value is InterfaceLanguage =>
  (INTERFACE_LANGUAGES as readonly string[]).includes(value);

/**
 * The first of the reader's preferred languages (navigator.languages, the OS's order) that
 * the interface has: "ar-EG" → ar, "vi-VN" → vi, "zh-Hans-CN" → zh. English when none fits.
 */
export function matchLanguage(preferred: readonly string[]): InterfaceLanguage {
  for (const tag of preferred) {
    const base = tag.toLowerCase().split(/[-_]/)[0] ?? '';
    if (isInterfaceLanguage(base)) return base;
  }
  return 'en';
}
