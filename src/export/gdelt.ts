/**
 * GDELT 2.0 event table export: 61 tab-separated columns in GDELT's order (the 1.0 codebook's
 * 58 plus the ADM2 code of each of the three geographies; DATEADDED as YYYYMMDDHHMMSS UTC).
 * Fields sitrep does not produce are empty strings: actor geographies, AvgTone, FeatureIDs.
 * GlobalEventID is a stable 52-bit integer derived from the event id.
 */
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import countries from 'i18n-iso-countries';
import type { StoredEvent } from '../store/types.js';
import { actorFields, type ActorFields } from './actor-code.js';
import { ISO3_TO_FIPS } from './fips.js';

const require = createRequire(import.meta.url);
countries.registerLocale(require('i18n-iso-countries/langs/en.json') as Parameters<typeof countries.registerLocale>[0]);

const ACTOR_COLUMNS = ['Code', 'Name', 'CountryCode', 'KnownGroupCode', 'EthnicCode', 'Religion1Code', 'Religion2Code', 'Type1Code', 'Type2Code', 'Type3Code'];
const GEO_COLUMNS = ['Type', 'FullName', 'CountryCode', 'ADM1Code', 'ADM2Code', 'Lat', 'Long', 'FeatureID'];

/** The 61 column names, in order. */
export const GDELT_COLUMNS: readonly string[] = [
  'GLOBALEVENTID', 'SQLDATE', 'MonthYear', 'Year', 'FractionDate',
  ...ACTOR_COLUMNS.map((c) => `Actor1${c}`),
  ...ACTOR_COLUMNS.map((c) => `Actor2${c}`),
  'IsRootEvent', 'EventCode', 'EventBaseCode', 'EventRootCode', 'QuadClass', 'GoldsteinScale',
  'NumMentions', 'NumSources', 'NumArticles', 'AvgTone',
  ...GEO_COLUMNS.map((c) => `Actor1Geo_${c}`),
  ...GEO_COLUMNS.map((c) => `Actor2Geo_${c}`),
  ...GEO_COLUMNS.map((c) => `ActionGeo_${c}`),
  'DATEADDED', 'SOURCEURL',
];

/** A stable positive integer below 2^52 from a string id. */
export function globalEventId(id: string): string {
  return BigInt(`0x${createHash('sha256').update(id).digest('hex').slice(0, 13)}`).toString();
}

/**
 * YYYY.FFFF with FFFF = (month * 30 + day) / 365, as the codebook defines it, kept within the
 * 0–0.9999 range the codebook gives (the formula itself passes 1 late in December).
 */
export function fractionDate(date: string): string {
  const [y = '', m = '', d = ''] = date.split('-');
  const f = Math.min(9999, Math.round(((Number(m) * 30 + Number(d)) / 365) * 10_000));
  return `${y}.${String(f).padStart(4, '0')}`;
}

const num = (n: number | null | undefined): string => (n === null || n === undefined || !Number.isFinite(n) ? '' : String(n));

function actorColumns(a: StoredEvent['source']): string[] {
  const f: ActorFields = actorFields(a?.code);
  const name = (a?.name ?? a?.text ?? '').toUpperCase();
  return [f.code, a === null ? '' : name, f.country, f.knownGroup, f.ethnic, f.religion1, f.religion2, f.type1, f.type2, f.type3];
}

function countryName(iso3: string | null): string {
  if (iso3 === null) return '';
  const a2 = countries.alpha3ToAlpha2(iso3);
  return a2 === undefined ? '' : (countries.getName(a2, 'en') ?? '');
}

/**
 * Geo type: 1 when the location is the country itself, 3 for a place in the United States
 * (sitrep does not tell US states from cities), 4 for a city or landmark elsewhere.
 */
function geoColumns(loc: StoredEvent['location']): string[] {
  if (loc === null) return GEO_COLUMNS.map(() => '');
  const cname = countryName(loc.country);
  const isCountry = cname !== '' && cname.toLowerCase() === loc.name.toLowerCase();
  const type = isCountry ? '1' : loc.country === 'USA' ? '3' : '4';
  const fips = loc.country === null ? '' : (ISO3_TO_FIPS[loc.country] ?? '');
  // "City/Landmark, Country" (sitrep has no ADM1 names), or the country name alone.
  const fullName = isCountry ? cname : cname === '' ? loc.name : `${loc.name}, ${cname}`;
  return [type, fullName, fips, isCountry ? fips : '', '', num(loc.lat), num(loc.lon), ''];
}

/** YYYYMMDDHHMMSS in UTC. */
function stamp(iso: string): string {
  const t = new Date(iso);
  return Number.isNaN(t.getTime()) ? '' : t.toISOString().replace(/[-:T]/g, '').slice(0, 14);
}

/** One event as GDELT 2.0's 61 columns. */
export function toGdeltRow(e: StoredEvent): string[] {
  const date = e.date ?? '';
  const isRoot = e.mentions.some((m) => m.sentence === 0) ? '1' : '0';
  const row = [
    globalEventId(e.id), date.replaceAll('-', ''), date.replaceAll('-', '').slice(0, 6), date.slice(0, 4), date === '' ? '' : fractionDate(date),
    ...actorColumns(e.source),
    ...actorColumns(e.target),
    isRoot, e.code, e.code.length > 3 ? e.code.slice(0, 3) : e.code, e.root, String(e.quad), num(e.goldstein),
    String(e.num_mentions), String(e.num_sources), String(e.num_articles), '',
    ...geoColumns(null),
    ...geoColumns(null),
    ...geoColumns(e.location),
    stamp(e.first_seen), e.sources.find((s) => s.url !== null)?.url ?? '',
  ];
  // Tabs and newlines inside a field would break the format: GDELT files have no quoting.
  return row.map((v) => v.replace(/[\t\r\n]+/g, ' '));
}

/** Tab-separated rows, one per line, no header (like GDELT's files) unless `header`. */
export function toGdeltTsv(events: readonly StoredEvent[], opts: { header?: boolean } = {}): string {
  const lines = events.map((e) => toGdeltRow(e).join('\t'));
  if (opts.header === true) lines.unshift(GDELT_COLUMNS.join('\t'));
  return lines.map((l) => `${l}\n`).join('');
}
