/**
 * The content language a workshop's quizzes are read in: its language's primary subtag
 * ("vi-VN" → "vi"), as translation packs are installed per language, not per region.
 * Undefined for a code that is no language tag, so the quiz still loads (in its own words).
 */
export function workshopContentLanguage(code: string): string | undefined {
  const primary = code.split('-')[0]!.toLowerCase();
  return /^[a-z]{2,3}$/.test(primary) ? primary : undefined;
}
