import { describe, expect, it } from 'vitest';
import { compareText, foldText, nameMatches, sortByText } from './collation';

const codePointOrder = (names: string[]) => [...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));

describe('sorting names by language', () => {
  it('puts "Đỗ Thu Hà" before "Wanjiru" in English and Vietnamese', () => {
    const names = ['Wanjiru', 'Đỗ Thu Hà', 'Anh'];
    // The order a plain sort gives, which is the bug: Đ (U+0110) comes after every ASCII letter.
    expect(codePointOrder(names)).toEqual(['Anh', 'Wanjiru', 'Đỗ Thu Hà']);
    for (const language of ['en', 'vi'])
      expect([...names].sort(compareText(language))).toEqual(['Anh', 'Đỗ Thu Hà', 'Wanjiru']);
  });

  it('orders Đ after D in Vietnamese, as its own letter', () => {
    expect(['Em', 'Đỗ Thu Hà', 'Dương Văn Nam'].sort(compareText('vi'))).toEqual([
      'Dương Văn Nam',
      'Đỗ Thu Hà',
      'Em',
    ]);
  });

  it('orders French names with accents among their unaccented letters', () => {
    const names = ['Zoé', 'Éloïse', 'Adèle', 'Eric', 'Émile'];
    expect(codePointOrder(names).at(-1)).toBe('Émile');
    expect(sortByText(names, (n) => n, 'fr')).toEqual(['Adèle', 'Éloïse', 'Émile', 'Eric', 'Zoé']);
  });

  it('orders Arabic names by the letters after the alif, whatever its hamza', () => {
    const names = ['أحمد', 'ابتسام', 'إبراهيم', 'آمنة', 'يوسف', 'بشير'];
    expect(codePointOrder(names).slice(0, 4)).toEqual(['آمنة', 'أحمد', 'إبراهيم', 'ابتسام']);
    expect(sortByText(names, (n) => n, 'ar')).toEqual([
      'آمنة',
      'ابتسام',
      'إبراهيم',
      'أحمد',
      'بشير',
      'يوسف',
    ]);
  });

  it('sorts items by a field and falls back to English for a malformed language tag', () => {
    const people = [{ name: 'Zhou' }, { name: 'Álvaro' }, { name: 'Ba' }];
    expect(sortByText(people, (p) => p.name, 'not a tag!').map((p) => p.name)).toEqual([
      'Álvaro',
      'Ba',
      'Zhou',
    ]);
  });

  it('sorts numbers inside titles by value', () => {
    expect(['Cycle 10', 'Cycle 9'].sort(compareText('en'))).toEqual(['Cycle 9', 'Cycle 10']);
  });
});

describe('matching names without accents', () => {
  it('finds Vietnamese names typed without diacritics or Đ', () => {
    expect(foldText('Đỗ Thu Hà')).toBe('do thu ha');
    expect(nameMatches('Do Thu Ha', 'Đỗ Thu Hà')).toBe(true);
    expect(nameMatches('do ha', 'Đỗ Thu Hà')).toBe(true);
    expect(nameMatches('NGUYEN VAN', 'Nguyễn Văn An')).toBe(true);
    expect(nameMatches('Dao', 'Đỗ Thu Hà')).toBe(false);
  });

  it('finds French and Spanish names typed without accents', () => {
    expect(nameMatches('Helene Lefevre', 'Hélène Lefèvre')).toBe(true);
    expect(nameMatches('francois', 'François Côté')).toBe(true);
    expect(nameMatches('Jose Nunez', 'José Núñez')).toBe(true);
    expect(nameMatches('Maria Pena', 'María Peña')).toBe(true);
    expect(nameMatches('Jose Perez', 'José Núñez')).toBe(false);
  });

  it('treats punctuation as spaces and ignores case', () => {
    expect(foldText("  Côte  d'Ivoire ")).toBe('cote d ivoire');
    expect(foldText('CÔTE D’IVOIRE')).toBe('cote d ivoire');
  });
});
