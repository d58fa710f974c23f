import { describe, expect, it } from 'vitest';
import { COUNTRY_CODES, countryName, isCountryCode, matchCountry } from './countries';
import { foldText } from './collation';
import { STATE_CODES, UN_NAMES, UN_NAME_LANGUAGES } from './un-country-names';

describe('UN country names', () => {
  it('names every UN Member State and observer State in all seven languages', () => {
    expect(STATE_CODES).toHaveLength(195); // 193 Member States, the Holy See and Palestine
    for (const code of STATE_CODES) {
      expect(isCountryCode(code), code).toBe(true);
      const names = UN_NAMES.get(code)!;
      expect(names, code).toHaveLength(UN_NAME_LANGUAGES.length);
      for (const name of names) expect(name.trim(), code).toBe(name);
    }
  });

  it('gives every code the app accepted before a name, and no name to two countries', () => {
    expect(COUNTRY_CODES).toHaveLength(249);
    const owner = new Map<string, string>();
    for (const [code, names] of UN_NAMES) {
      expect(COUNTRY_CODES, code).toContain(code);
      for (const name of names) {
        const key = foldText(name);
        expect(owner.get(key) ?? code, `${name} names ${owner.get(key)} and ${code}`).toBe(code);
        owner.set(key, code);
      }
    }
    for (const code of COUNTRY_CODES) expect(countryName(code), code).not.toBe(code);
  });

  it('shows the UN short name in the interface language, English by default', () => {
    expect(countryName('VN')).toBe('Viet Nam');
    expect(countryName('KR')).toBe('Republic of Korea');
    expect(countryName('KP')).toBe("Democratic People's Republic of Korea");
    expect(countryName('RU', 'en-GB')).toBe('Russian Federation');
    expect(countryName('NL')).toBe('Netherlands (Kingdom of the)');
    expect(countryName('TZ', 'fr')).toBe('République-Unie de Tanzanie');
    expect(countryName('IR', 'es')).toBe('Irán (República Islámica del)');
    expect(countryName('SY', 'ar')).toBe('الجمهورية العربية السورية');
    expect(countryName('IR', 'ar')).toBe('جمهورية إيران الإسلامية');
    expect(countryName('LA', 'ru')).toBe('Лаосская Народно-Демократическая Республика');
    expect(countryName('BO', 'zh-Hans')).toBe('多民族玻利维亚国');
    expect(countryName('MD', 'vi-VN')).toBe('Cộng hòa Moldova');
    expect(countryName('TR', 'fr')).toBe('Türkiye');
  });

  it('shows areas whose status the UN does not settle as the UN shows them', () => {
    expect(countryName('HK')).toBe('China, Hong Kong Special Administrative Region');
    expect(countryName('MO', 'zh')).toBe('中国澳门特别行政区');
    expect(countryName('TW')).toBe('Taiwan Province of China');
    expect(countryName('FK', 'es')).toBe('Islas Malvinas (Falkland)');
    expect(countryName('PS', 'ar')).toBe('دولة فلسطين');
    expect(countryName('EH')).toBe('Western Sahara');
  });

  it('names other territories in other languages from the platform, and any code in other languages', () => {
    expect(countryName('RE', 'fr')).toMatch(/R[ée]union/);
    expect(countryName('VN', 'de')).toBe('Vietnam');
  });
});

describe('reading a country from an import', () => {
  // The UN name of each country in each of the seven languages, as written and folded.
  const UN = {
    VN: ['Viet Nam', 'Viet Nam', 'Viet Nam', 'فييت نام', 'Вьетнам', '越南', 'Việt Nam'],
    KR: [
      'Republic of Korea',
      'République de Corée',
      'República de Corea',
      'جمهورية كوريا',
      'Республика Корея',
      '大韩民国',
      'Đại Hàn Dân Quốc',
    ],
    RU: [
      'Russian Federation',
      'Fédération de Russie',
      'Federación de Rusia',
      'الاتحاد الروسي',
      'Российская Федерация',
      '俄罗斯联邦',
      'Liên bang Nga',
    ],
    CI: [
      "Côte d'Ivoire",
      "Côte d'Ivoire",
      "Côte d'Ivoire",
      'كوت ديفوار',
      "Кот-д'Ивуар",
      '科特迪瓦',
      "Côte d'Ivoire",
    ],
    TZ: [
      'United Republic of Tanzania',
      'République-Unie de Tanzanie',
      'República Unida de Tanzanía',
      'جمهورية تنزانيا المتحدة',
      'Объединенная Республика Танзания',
      '坦桑尼亚联合共和国',
      'Cộng hòa Thống nhất Tanzania',
    ],
  };

  it('accepts the UN name in each of the seven languages', () => {
    for (const [code, names] of Object.entries(UN)) {
      names.forEach((name, i) => {
        expect(matchCountry(name), `${UN_NAME_LANGUAGES[i]} ${name}`).toBe(code);
        expect(matchCountry(name.toUpperCase()), name).toBe(code);
        expect(matchCountry(foldText(name)), `${name} without accents`).toBe(code);
      });
    }
    for (const [code, names] of UN_NAMES)
      for (const name of names) expect(matchCountry(`  ${name} `), name).toBe(code);
  });

  it('accepts the common alternatives in the seven languages', () => {
    const alternatives: [string, string][] = [
      ['Vietnam', 'VN'],
      ['VIETNAM', 'VN'],
      ['فيتنام', 'VN'],
      ['South Korea', 'KR'],
      ['Corée du Sud', 'KR'],
      ['Corea del Sur', 'KR'],
      ['كوريا الجنوبية', 'KR'],
      ['Южная Корея', 'KR'],
      ['韩国', 'KR'],
      ['Hàn Quốc', 'KR'],
      ['North Korea', 'KP'],
      ['Triều Tiên', 'KP'],
      ['Russia', 'RU'],
      ['Russie', 'RU'],
      ['Rusia', 'RU'],
      ['روسيا', 'RU'],
      ['Россия', 'RU'],
      ['俄罗斯', 'RU'],
      ['Nga', 'RU'],
      ['Ivory Coast', 'CI'],
      ['Cote d Ivoire', 'CI'],
      ['Costa de Marfil', 'CI'],
      ['Bờ Biển Ngà', 'CI'],
      ['Turkey', 'TR'],
      ['Turquía', 'TR'],
      ['Tanzania', 'TZ'],
      ['Iran', 'IR'],
      ['Irán', 'IR'],
      ['Иран', 'IR'],
      ['Syria', 'SY'],
      ['Siria', 'SY'],
      ['叙利亚', 'SY'],
      ['Laos', 'LA'],
      ['Lào', 'LA'],
      ['Czech Republic', 'CZ'],
      ['République tchèque', 'CZ'],
      ['Holland', 'NL'],
      ['The Netherlands', 'NL'],
      ['Pays-Bas', 'NL'],
      ['Holanda', 'NL'],
      ['UK', 'GB'],
      ['United Kingdom', 'GB'],
      ['Великобритания', 'GB'],
      ['USA', 'US'],
      ['United States', 'US'],
      ['Estados Unidos', 'US'],
      ['США', 'US'],
      ['美国', 'US'],
      ['Hoa Kỳ', 'US'],
      ['Bolivia', 'BO'],
      ['Moldova', 'MD'],
      ['Hong Kong', 'HK'],
      ['Taiwan', 'TW'],
      ['Palestine', 'PS'],
      ['إيران (جمهورية - الإسلامية)', 'IR'],
      ['ايران', 'IR'],
    ];
    for (const [name, code] of alternatives) expect(matchCountry(name), name).toBe(code);
  });

  it('accepts every code the app accepted before, in any case, and refuses what is no country', () => {
    for (const code of COUNTRY_CODES) {
      expect(matchCountry(code)).toBe(code);
      expect(matchCountry(code.toLowerCase())).toBe(code);
    }
    expect(matchCountry('Atlantis')).toBeNull();
    expect(matchCountry('XX')).toBeNull();
    expect(matchCountry('')).toBeNull();
    expect(matchCountry('Korea')).toBeNull(); // two countries: the sheet has to say which
  });

  it('keeps the two Congos, the two Guineas and Niger/Nigeria apart', () => {
    expect(matchCountry('Congo')).toBe('CG');
    expect(matchCountry('Democratic Republic of the Congo')).toBe('CD');
    expect(matchCountry('République démocratique du Congo')).toBe('CD');
    expect(matchCountry('Guinea')).toBe('GN');
    expect(matchCountry('Guinea-Bissau')).toBe('GW');
    expect(matchCountry('Equatorial Guinea')).toBe('GQ');
    expect(matchCountry('Niger')).toBe('NE');
    expect(matchCountry('Nigéria')).toBe('NG');
    expect(matchCountry('Dominica')).toBe('DM');
    expect(matchCountry('Dominican Republic')).toBe('DO');
  });
});
