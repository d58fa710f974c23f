/**
 * The pseudo-locale: English made longer (about 35 %), accented and bracketed. A string that
 * reaches the screen without passing through the catalogs stays plain ASCII and stands out;
 * a layout that cannot take longer text clips or overflows. Placeholders stay untouched.
 */
const ACCENTED: Record<string, string> = {
  a: 'á',
  b: 'ƀ',
  c: 'ç',
  d: 'ð',
  e: 'é',
  f: 'ƒ',
  g: 'ĝ',
  h: 'ĥ',
  i: 'î',
  j: 'ĵ',
  k: 'ķ',
  l: 'ļ',
  m: 'ɱ',
  n: 'ñ',
  o: 'ö',
  p: 'þ',
  q: 'ǫ',
  r: 'ŕ',
  s: 'š',
  t: 'ţ',
  u: 'û',
  v: 'ṽ',
  w: 'ŵ',
  x: 'ẋ',
  y: 'ý',
  z: 'ž',
  A: 'Å',
  B: 'Ɓ',
  C: 'Ç',
  D: 'Ð',
  E: 'É',
  F: 'Ƒ',
  G: 'Ĝ',
  H: 'Ĥ',
  I: 'Î',
  J: 'Ĵ',
  K: 'Ķ',
  L: 'Ļ',
  M: 'Ṁ',
  N: 'Ñ',
  O: 'Ö',
  P: 'Þ',
  Q: 'Ǫ',
  R: 'Ŕ',
  S: 'Š',
  T: 'Ţ',
  U: 'Û',
  V: 'Ṽ',
  W: 'Ŵ',
  X: 'Ẋ',
  Y: 'Ý',
  Z: 'Ž',
};

const PLACEHOLDER = /(\{\{[^}]+\}\})/;
/** Filler shaped like words, so the longer text wraps as a longer sentence would. */
const FILLER = 'ŀöñĝéŕ ţéẋţ ƒîļļš ţĥé šþàçé ';

export function pseudoString(english: string): string {
  if (english.trim() === '') return english;
  const parts = english.split(PLACEHOLDER);
  const accented = parts
    .map((part) =>
      PLACEHOLDER.test(part) ? part : part.replace(/[A-Za-z]/g, (c) => ACCENTED[c] ?? c),
    )
    .join('');
  const visible = parts.filter((part) => !PLACEHOLDER.test(part)).join('').length;
  const extra = Math.max(1, Math.round(visible * 0.35));
  const padding = FILLER.repeat(Math.ceil(extra / FILLER.length))
    .slice(0, extra)
    .trimEnd();
  return `⟦${accented} ${padding}⟧`;
}

type Catalog = { [key: string]: string | Catalog };

export function pseudoCatalog(catalog: Catalog): Catalog {
  return Object.fromEntries(
    Object.entries(catalog).map(([key, value]) => [
      key,
      typeof value === 'string' ? pseudoString(value) : pseudoCatalog(value),
    ]),
  );
}
