/** A language's name in another language ("vi" in English: "Vietnamese"), or its code. */
export function languageName(language: string, inLanguage: string): string {
  try {
    return new Intl.DisplayNames([inLanguage, 'en'], { type: 'language' }).of(language) ?? language;
  } catch {
    return language;
  }
}
