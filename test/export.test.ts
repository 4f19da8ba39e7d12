/**
 * Exporters: a whole-row golden test for GDELT 2.0 TSV against a fixture written by hand from the
 * codebook; CSV and PLOVER JSON are read back and compared field by field. Events are fixtures.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { actorFields } from '../src/export/actor-code.js';
import { CSV_COLUMNS, toCsv } from '../src/export/csv.js';
import { GDELT_COLUMNS, fractionDate, globalEventId, toGdeltRow, toGdeltTsv } from '../src/export/gdelt.js';
import { toPloverJson, type PloverRecord } from '../src/export/plover.js';
import type { StoredEvent } from '../src/store/types.js';

const FIXTURES = new URL('../../test/fixtures/export/', import.meta.url);

function stored(over: Partial<StoredEvent>): StoredEvent {
  return {
    id: 'x', doc: 'doc-a', code: '040', root: '04', quad: 1, goldstein: 1, plover: null, source: null, target: null,
    date: null, date_basis: 'none', location: null, modality: 'asserted', speaker: null, mentions: [],
    explain: { verb_rule: 'v', source_rule: null, target_rule: null },
    sources: [], num_mentions: 0, num_sources: 0, num_articles: 0, first_seen: '2020-01-06T00:00:00.000Z', ...over,
  };
}

const STRIKE = stored({
  id: 'a-strike', code: '195', root: '19', quad: 4, goldstein: -10, plover: { type: 'ASSAULT', mode: 'aerial' },
  source: { code: 'USAMIL', text: 'An American strike', name: 'United States' },
  target: { code: 'IRNMIL', text: 'the general', name: 'Qassem Soleimani' },
  date: '2020-01-02', date_basis: 'text',
  location: { name: 'Baghdad International Airport', country: 'IRQ', lat: 33.26, lon: 44.23 },
  mentions: [
    { doc: 'doc-a', sentence: 4, start: 100, end: 160, text: 'An American strike hit the general at the airport, "officials" said, on Jan. 2.' },
    { doc: 'doc-a', sentence: 9, start: 400, end: 430, text: 'The strike, a second line\nsaid.' },
    { doc: 'doc-b', sentence: 2, start: 50, end: 90, text: `Robert'); DROP TABLE events;--` },
  ],
  sources: [
    { doc: 'doc-a', source: 'Wire One', url: 'https://wire-one.example/a', title: 'Strike, at night', date: '2020-01-03', added_at: '2020-01-06T10:15:00.000Z' },
    { doc: 'doc-b', source: 'Paper "Two"', url: null, title: null, date: '2020-01-04', added_at: '2020-01-07T08:00:00.000Z' },
  ],
  num_mentions: 3, num_sources: 2, num_articles: 2, first_seen: '2020-01-06T10:15:00.000Z',
});

const NATO = stored({
  id: 'nato-suspend', code: '1622', root: '16', quad: 4, goldstein: -5.6, plover: { type: 'REDUCE', mode: 'military' },
  source: { code: 'IGOWSTNAT', text: 'the alliance', name: 'NATO' }, target: { code: 'IRQ', text: 'the country', name: 'Iraq' },
  date: '2020-01-06', date_basis: 'publication', location: { name: 'Iraq', country: 'IRQ', lat: 33, lon: 44 },
  mentions: [{ doc: 'doc-n', sentence: 0, start: 0, end: 40, text: 'The alliance has suspended training in the country.' }],
  sources: [{ doc: 'doc-n', source: null, url: null, title: null, date: '2020-01-06', added_at: '2020-01-06T12:00:00.000Z' }],
  num_mentions: 2, num_sources: 1, num_articles: 1, first_seen: '2020-01-06T12:00:00.000Z',
});

void test('GDELT: 61 columns in the codebook order', () => {
  assert.equal(GDELT_COLUMNS.length, 61);
  assert.deepEqual(GDELT_COLUMNS.slice(0, 6), ['GLOBALEVENTID', 'SQLDATE', 'MonthYear', 'Year', 'FractionDate', 'Actor1Code']);
  assert.equal(GDELT_COLUMNS[25], 'IsRootEvent');
  assert.equal(GDELT_COLUMNS[34], 'AvgTone');
  assert.deepEqual(GDELT_COLUMNS.slice(51, 61), [
    'ActionGeo_Type', 'ActionGeo_FullName', 'ActionGeo_CountryCode', 'ActionGeo_ADM1Code', 'ActionGeo_ADM2Code',
    'ActionGeo_Lat', 'ActionGeo_Long', 'ActionGeo_FeatureID', 'DATEADDED', 'SOURCEURL',
  ]);
});

void test('GDELT: whole rows equal the hand-written golden file', () => {
  const golden = readFileSync(new URL('gdelt-events.tsv', FIXTURES), 'utf8');
  assert.equal(toGdeltTsv([STRIKE, NATO]), golden);
  for (const [i, line] of golden.split('\n').slice(0, -1).entries()) {
    assert.deepEqual(toGdeltRow([STRIKE, NATO][i] as StoredEvent), line.split('\t'));
  }
  assert.equal(toGdeltTsv([STRIKE], { header: true }).split('\n')[0], GDELT_COLUMNS.join('\t'));
  assert.equal(toGdeltTsv([]), '');
});

void test('GDELT: stable ids, fraction dates and a sparse event', () => {
  assert.equal(globalEventId('a-strike'), globalEventId('a-strike'));
  assert.notEqual(globalEventId('a-strike'), globalEventId('b-strike'));
  assert.ok(Number(globalEventId('anything')) < 2 ** 53);
  assert.equal(fractionDate('2020-06-15'), '2020.5342');
  assert.equal(fractionDate('2020-12-31'), '2020.9999', 'the codebook formula passes 1 in December: kept below');
  assert.equal(fractionDate('2020-01-02'), '2020.0877');
  const row = toGdeltRow(stored({ id: 'bare', sources: [] }));
  assert.equal(row.length, 61);
  assert.deepEqual(row.slice(1, 5), ['', '', '', '']);
  assert.deepEqual(row.slice(5, 25), Array<string>(20).fill(''));
  assert.equal(row[60], '');
  const tabbed = toGdeltRow(stored({ source: { code: 'USA', text: 'a\tb', name: 'line\nbreak' } }));
  assert.equal(tabbed[6], 'LINE BREAK');
});

void test('actor codes split into GDELT attribute fields', () => {
  const rows: [string, Partial<ReturnType<typeof actorFields>>][] = [
    ['USAMIL', { country: 'USA', type1: 'MIL', knownGroup: '' }],
    ['IRQGOVMIL', { country: 'IRQ', type1: 'GOV', type2: 'MIL' }],
    ['IGOWSTNAT', { country: '', knownGroup: 'NAT', type1: 'IGO' }],
    ['IGOUNO', { country: '', knownGroup: 'UNO', type1: 'IGO' }],
    ['IMGMUSISI', { country: '', knownGroup: 'ISI', type1: 'IMG', religion1: 'MUS' }],
    ['SYRREBSUN', { country: 'SYR', type1: 'REB', religion1: 'SUN' }],
    ['GOV', { country: '', type1: 'GOV' }],
    ['', { country: '', type1: '', knownGroup: '' }],
  ];
  for (const [code, want] of rows) {
    const got = actorFields(code);
    for (const [k, v] of Object.entries(want)) assert.equal(got[k as keyof typeof got], v, `${code}.${k}`);
  }
});

/** RFC 4180 reader, written for this test. */
function parseCsv(s: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < s.length; i++) {
    const c = s[i] as string;
    if (quoted) {
      if (c === '"' && s[i + 1] === '"') { field += '"'; i++; }
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(field); field = ''; }
    else if (c === '\r' && s[i + 1] === '\n') { row.push(field); rows.push(row); row = []; field = ''; i++; }
    else field += c;
  }
  assert.equal(field, '', 'the file ends with a line break');
  return rows;
}

void test('CSV: RFC 4180, read back field by field', () => {
  const csv = toCsv([STRIKE, NATO]);
  assert.ok(csv.endsWith('\r\n'));
  const rows = parseCsv(csv);
  assert.equal(rows.length, 3);
  assert.deepEqual(rows[0], [...CSV_COLUMNS]);
  const rec = (i: number): Record<string, string> => Object.fromEntries(CSV_COLUMNS.map((c, j) => [c, rows[i]?.[j] ?? '∅']));
  const a = rec(1);
  assert.equal(a.id, 'a-strike');
  assert.equal(a.date, '2020-01-02');
  assert.equal(a.goldstein, '-10');
  assert.equal(a.source_code, 'USAMIL');
  assert.equal(a.target_name, 'Qassem Soleimani');
  assert.equal(a.location_name, 'Baghdad International Airport');
  assert.equal(a.lat, '33.26');
  assert.equal(a.num_sources, '2');
  assert.equal(a.sources, 'Wire One; Paper "Two"');
  assert.equal(a.urls, 'https://wire-one.example/a');
  assert.equal(a.evidence, 'An American strike hit the general at the airport, "officials" said, on Jan. 2.');
  const n = rec(2);
  assert.deepEqual([n.code, n.source_code, n.target_code, n.urls, n.sources, n.speaker_code], ['1622', 'IGOWSTNAT', 'IRQ', '', 'doc-n', '']);
  assert.equal(parseCsv(toCsv([stored({ mentions: [{ doc: 'd', sentence: 0, start: 0, end: 1, text: 'two\r\nlines, "quoted"' }] })]))[1]?.at(-1), 'two\r\nlines, "quoted"');
  assert.deepEqual(parseCsv(toCsv([])), [[...CSV_COLUMNS]]);
});

void test('PLOVER JSON: one record per line, read back', () => {
  const lines = toPloverJson([STRIKE, NATO]).trimEnd().split('\n');
  assert.equal(lines.length, 2);
  const [a, n] = lines.map((l) => JSON.parse(l) as PloverRecord);
  assert.ok(a !== undefined && n !== undefined);
  assert.deepEqual(
    [a.id, a.date, a.event, a.event_type, a.mode, a.source, a.target, a.quad_code, a.event_scale],
    ['a-strike', '2020-01-02', ['ASSAULT'], 'ASSAULT', ['aerial'], 'USAMIL', 'IRNMIL', 4, -10],
  );
  assert.deepEqual(a.actor, [{ code: 'USA', sector: 'MIL', entity_text: 'An American strike', identifier_text: 'United States' }]);
  assert.deepEqual(a.event_loc, { extracted_place: 'Baghdad International Airport', resolved_place: 'Baghdad International Airport', lat: 33.26, lon: 44.23, country_code: 'IRQ' });
  assert.equal(a.event_text.length, 3);
  assert.equal(a.event_text[2], `Robert'); DROP TABLE events;--`);
  assert.deepEqual(a.text_info, { sequence: 4, start: 100, end: 160 });
  assert.deepEqual(a.cite_info.map((c) => c.publication), ['Wire One', 'Paper "Two"']);
  assert.equal(a.coded_date, '2020-01-06');
  assert.deepEqual([n.recipient[0]?.code, n.recipient[0]?.sector, n.mode, n.event_loc?.country_code], ['IRQ', null, ['military'], 'IRQ']);
  const bare = JSON.parse(toPloverJson([stored({})]).trim()) as PloverRecord;
  assert.deepEqual([bare.actor, bare.recipient, bare.event, bare.event_type, bare.event_loc, bare.text_info], [[], [], [], null, null, null]);
  assert.equal(toPloverJson([]), '');
});
