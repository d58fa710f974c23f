import { foldText, sortByText } from './collation';
import { UN_NAMES, UN_NAME_LANGUAGES, type UnNameLanguage } from './un-country-names';

// ISO 3166-1 alpha-2 codes of the 249 countries and territories. Names are the UN's short names
// (un-country-names.ts) in its six languages and Vietnamese; other languages, and the areas the
// UN table names in English only, use Intl.DisplayNames (CLDR) in the reader's language.
const CODES = `
AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE
BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ CA CC CD
CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM
DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF
GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU
ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN
KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME
MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA
NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM
PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI
SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK
TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI
VN VU WF WS YE YT ZA ZM ZW
`;

export const COUNTRY_CODES: readonly string[] = CODES.trim().split(/\s+/);

const known = new Set(COUNTRY_CODES);

export function isCountryCode(code: string): boolean {
  return known.has(code);
}

// One DisplayNames per locale: creating one costs far more than asking it for a name, and lists
// name a country per row.
const displayNames = new Map<string, Intl.DisplayNames>();

function platformName(code: string, locale: string): string | null {
  try {
    let names = displayNames.get(locale);
    if (!names) {
      names = new Intl.DisplayNames([locale], { type: 'region', fallback: 'none' });
      displayNames.set(locale, names);
    }
    return names.of(code) ?? null;
  } catch {
    return null;
  }
}

/** "zh-Hans-CN" → zh when zh is one of the table's languages. */
function tableLanguage(locale: string): UnNameLanguage | null {
  const base = locale.split(/[-_]/)[0]!.toLowerCase();
  return (UN_NAME_LANGUAGES as readonly string[]).includes(base) ? (base as UnNameLanguage) : null;
}

/** The country's UN short name in the reader's language (English by default); the code if none. */
export function countryName(code: string, locale = 'en'): string {
  const names = UN_NAMES.get(code);
  const language = tableLanguage(locale);
  const own = names && language ? names[UN_NAME_LANGUAGES.indexOf(language)] : undefined;
  return own ?? platformName(code, locale) ?? names?.[0] ?? code;
}

// Names people write instead of the UN's, in the seven languages. The platform's own names in
// each language (Vietnam, Russia, South Korea…) are accepted as well, without listing them here.
const ALTERNATIVES: Record<string, readonly string[]> = {
  VN: ['Vietnam', 'Viet-Nam', 'فيتنام', 'Вьетнам'],
  KR: [
    'South Korea',
    'Korea, Republic of',
    'Corée du Sud',
    'Corea del Sur',
    'كوريا الجنوبية',
    'Южная Корея',
    '韩国',
    '南韩',
    'Hàn Quốc',
    'Nam Hàn',
  ],
  KP: [
    'North Korea',
    "Korea, Democratic People's Republic of",
    'Corée du Nord',
    'Corea del Norte',
    'كوريا الشمالية',
    'Северная Корея',
    'КНДР',
    '朝鲜',
    '北韩',
    'Triều Tiên',
    'Bắc Triều Tiên',
  ],
  RU: ['Russia', 'Russie', 'Rusia', 'روسيا', 'Россия', 'РФ', '俄罗斯', 'Nga'],
  CI: [
    'Ivory Coast',
    "Côte-d'Ivoire",
    'Costa de Marfil',
    'ساحل العاج',
    'Берег Слоновой Кости',
    '象牙海岸',
    'Bờ Biển Ngà',
  ],
  TR: [
    'Turkey',
    'Turkiye',
    'Turquie',
    'Turquía',
    'تركيا',
    'Турция',
    'Туркийе',
    '土耳其',
    'Thổ Nhĩ Kỳ',
  ],
  TZ: ['Tanzania', 'Tanzanie', 'Tanzanía', 'تنزانيا', 'Танзания', '坦桑尼亚'],
  IR: ['Iran', 'Iran, Islamic Republic of', 'Irán', 'إيران', 'Иран', '伊朗'],
  SY: ['Syria', 'Syrie', 'Siria', 'سوريا', 'سورية', 'Сирия', '叙利亚'],
  LA: ['Laos', 'Lao PDR', 'Lao', 'لاوس', 'Лаос', '老挝', 'Lào'],
  CZ: [
    'Czech Republic',
    'République tchèque',
    'República Checa',
    'الجمهورية التشيكية',
    'Чешская Республика',
    '捷克共和国',
    'Cộng hòa Séc',
  ],
  NL: [
    'Netherlands',
    'The Netherlands',
    'Holland',
    'Pays-Bas',
    'Hollande',
    'Países Bajos',
    'Holanda',
    'هولندا',
    'Нидерланды',
    'Голландия',
    '荷兰',
    'Hà Lan',
  ],
  GB: [
    'UK',
    'U.K.',
    'United Kingdom',
    'Great Britain',
    'Britain',
    'Royaume-Uni',
    'Reino Unido',
    'المملكة المتحدة',
    'Великобритания',
    'Соединенное Королевство',
    '英国',
    'Anh',
    'Vương quốc Anh',
  ],
  US: [
    'USA',
    'U.S.A.',
    'U.S.',
    'United States',
    'États-Unis',
    'Estados Unidos',
    'EE. UU.',
    'EEUU',
    'الولايات المتحدة',
    'США',
    'Соединенные Штаты',
    '美国',
    'Mỹ',
    'Hoa Kỳ',
  ],
  BO: ['Bolivia', 'Bolivie', 'بوليفيا', 'Боливия', '玻利维亚'],
  VE: ['Venezuela', 'فنزويلا', 'Венесуэла', '委内瑞拉'],
  MD: ['Moldova', 'Moldavie', 'Moldavia', 'مولدوفا', 'Молдова', 'Молдавия', '摩尔多瓦'],
  FM: ['Micronesia', 'Micronésie', 'ميكرونيزيا', 'Микронезия', '密克罗尼西亚'],
  BN: ['Brunei', 'Brunéi', 'بروناي', 'Бруней', '文莱'],
  CV: ['Cape Verde', 'Cap-Vert', 'الرأس الأخضر', 'Острова Зеленого Мыса'],
  SZ: ['Swaziland', 'Свазиленд', 'سوازيلند'],
  TL: ['East Timor', 'Timor oriental', 'Timor Oriental', 'Восточный Тимор', 'Đông Timor'],
  MK: ['Macedonia', 'Former Yugoslav Republic of Macedonia', 'Macédoine', 'Македония'],
  MM: ['Burma', 'Birmanie', 'Birmania', 'بورما', 'Бирма', 'Miến Điện'],
  VA: ['Vatican', 'Vatican City', 'Holy See (Vatican City State)', 'Ватикан', '梵蒂冈'],
  PS: ['Palestine', 'Palestina', 'فلسطين', 'Палестина', '巴勒斯坦'],
  CD: [
    'DR Congo',
    'DRC',
    'D.R. Congo',
    'Congo-Kinshasa',
    'RD Congo',
    'RDC',
    'ДР Конго',
    '刚果(金)',
    'CHDC Congo',
  ],
  CG: ['Republic of the Congo', 'Congo-Brazzaville', 'Congo (Brazzaville)', '刚果(布)'],
  CN: ["China, People's Republic of", "People's Republic of China", '中华人民共和国'],
  HK: ['Hong Kong', 'Hong Kong SAR', 'Hongkong', '香港', 'Гонконг', 'Hồng Kông'],
  MO: ['Macao', 'Macau', 'Macao SAR', '澳门', 'Макао', 'Ma Cao'],
  TW: ['Taiwan', 'Taïwan', 'Taiwán', 'تايوان', 'Тайвань', '台湾', 'Đài Loan'],
  FK: ['Falkland Islands', 'Malvinas', 'Islas Malvinas', 'Îles Malouines'],
  AE: ['UAE', 'Emirates', 'الإمارات', 'ОАЭ', '阿联酋'],
};

// The index forms of the UN's Arabic names, as its terminology database sorts them.
const ARABIC_INDEX_FORMS: Record<string, string> = {
  BO: 'بوليفيا (دولة - المتعددة القوميات)',
  IR: 'إيران (جمهورية - الإسلامية)',
  FM: 'ميكرونيزيا (ولايات - الموحدة)',
  NL: 'هولندا (مملكة)',
  VE: 'فنزويلا (جمهورية - البوليفارية)',
};

/** A code by every name it is known under; built on first use, not when the module loads. */
let byName: Map<string, string> | null = null;

function nameIndex(): Map<string, string> {
  if (byName) return byName;
  const index = new Map<string, string>();
  // First entry wins: the UN names come before alternatives and the platform's names, so a name
  // one of them gives another country can never take a UN name away.
  const add = (name: string, code: string) => {
    const key = foldText(name);
    if (key && !index.has(key)) index.set(key, code);
  };
  for (const [code, names] of UN_NAMES) for (const name of names) add(name, code);
  for (const [code, names] of UN_NAMES)
    for (const name of names) if (name.includes(' (')) add(name.slice(0, name.indexOf(' (')), code);
  for (const [code, names] of Object.entries(ALTERNATIVES))
    for (const name of names) add(name, code);
  for (const [code, name] of Object.entries(ARABIC_INDEX_FORMS)) add(name, code);
  for (const language of UN_NAME_LANGUAGES)
    for (const code of COUNTRY_CODES) {
      const name = platformName(code, language);
      if (name) add(name, code);
    }
  byName = index;
  return index;
}

/**
 * The ISO code a cell names: the code itself ("VN", "vn"), the UN name in any of its six languages
 * or Vietnamese ("Viet Nam", "Việt Nam", "越南"), or a common alternative ("Vietnam"), in any case
 * and with or without accents. Null when it names no country this app knows.
 */
export function matchCountry(cell: string): string | null {
  const value = cell.trim();
  if (/^[A-Za-z]{2}$/.test(value) && known.has(value.toUpperCase())) return value.toUpperCase();
  return nameIndex().get(foldText(value)) ?? null;
}

/** Every country as a list offers it: the UN name in the reader's language, in its alphabet. */
export function countryOptions(locale = 'en'): { code: string; name: string }[] {
  return sortByText(
    COUNTRY_CODES.map((code) => ({ code, name: countryName(code, locale) })),
    (c) => c.name,
    locale,
  );
}
