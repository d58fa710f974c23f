// Sorting and matching of names and titles by language. Intl.Collator knows each language's
// alphabet (Vietnamese Đ after D, French accents as a tie-break, Arabic alef forms together), where
// a code-point sort puts "Đỗ Thu Hà" after "Wanjiru".

const collators = new Map<string, Intl.Collator>();

/** The collator of a language (BCP 47), cached; English when the tag is unknown or malformed. */
export function collatorFor(language = 'en'): Intl.Collator {
  let collator = collators.get(language);
  if (!collator) {
    try {
      collator = new Intl.Collator(language, { numeric: true });
    } catch {
      collator = new Intl.Collator('en', { numeric: true });
    }
    collators.set(language, collator);
  }
  return collator;
}

/** A comparison for Array.prototype.sort in the given language. */
export function compareText(language = 'en'): (a: string, b: string) => number {
  return collatorFor(language).compare;
}

/** A sorted copy of items, by the text each one is known by, in the given language. */
export function sortByText<T>(
  items: readonly T[],
  text: (item: T) => string,
  language = 'en',
): T[] {
  const compare = compareText(language);
  return [...items].sort((a, b) => compare(text(a), text(b)));
}

// Letters NFD leaves whole although people write them without the stroke or ligature: Đ above
// all, in Vietnamese names written on keyboards without it.
const UNDECOMPOSED: Record<string, string> = {
  đ: 'd',
  ð: 'd',
  ł: 'l',
  ø: 'o',
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ı: 'i',
  ħ: 'h',
  ŧ: 't',
  // Arabic: the forms of alif maqsura and ta marbuta people type interchangeably.
  ى: 'ي',
  ة: 'ه',
};
const UNDECOMPOSED_RE = new RegExp(`[${Object.keys(UNDECOMPOSED).join('')}]`, 'g');

/**
 * A name or title folded for matching: lower case, accents and other marks gone (Đ → d too),
 * punctuation as spaces, spaces collapsed. "Đỗ Thu Hà", "do thu ha" and "DO THU HA" fold alike.
 */
export function foldText(text: string): string {
  return text
    .normalize('NFKD')
    .toLowerCase()
    .replace(/\p{M}/gu, '')
    .replace(UNDECOMPOSED_RE, (c) => UNDECOMPOSED[c]!)
    .replace(/\u0640/g, '') // Arabic tatweel, a stretch of the line, not a letter
    .replace(/[\p{P}\p{S}]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** True when every word of the query starts a word of the name, ignoring case and accents. */
export function nameMatches(query: string, name: string): boolean {
  const wanted = foldText(query).split(' ').filter(Boolean);
  const words = foldText(name).split(' ');
  return wanted.every((w) => words.some((word) => word.startsWith(w)));
}
