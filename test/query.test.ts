/**
 * `sitrep query`: filters onto `queryEvents`, every output format read back, paging past one
 * store page, `--stats`, and one-line errors for unknown fields and bad values. The store is
 * built from the bundled examples in a temporary SQLite file.
 */
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fetchEvents, formatEvents, render } from '../src/cli/query.js';
import { createCoder } from '../src/coder.js';
import { CSV_COLUMNS } from '../src/export/csv.js';
import { GDELT_COLUMNS } from '../src/export/gdelt.js';
import { runIngest } from '../src/ingest/ingest.js';
import { openStore } from '../src/store/index.js';
import type { Store, StoredEvent } from '../src/store/types.js';
import { ROOT, runCli } from './helpers.js';

const tmp = mkdtempSync(join(tmpdir(), 'sitrep-query-'));
const DB = join(tmp, 'q.db');

const run = runCli;

/** RFC 4180 reader, to load the CSV export back. */
function readCsv(s: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (quoted) {
      if (c === '"' && s[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && s[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += c;
  }
  return rows;
}

void describe('query over the bundled examples', () => {
  let store: Store;
  let all: StoredEvent[];

  before(async () => {
    store = await openStore(DB);
    const errors: Error[] = [];
    await runIngest({ store, coder: createCoder(), report: (e) => errors.push(e) }, [join(ROOT, 'examples')], { cwd: ROOT });
    assert.deepEqual(errors, []);
    all = (await fetchEvents(store, { modality: 'any' }, Infinity)).events;
  });
  after(async () => store.close());

  void test('filters map onto queryEvents', async () => {
    const cases: [name: string, q: Record<string, string>, check: (e: StoredEvent) => boolean, atLeast: number][] = [
      ['actor', { actor: 'USA' }, (e) => (e.source?.code ?? '').startsWith('USA'), 3],
      ['actor+target+root', { actor: 'USA', target: 'IRN', root: '19' }, (e) => e.root === '19' && (e.target?.code ?? '').startsWith('IRN'), 1],
      ['dyad', { dyad: 'IRN-USA' }, (e) => /^(IRN|USA)/.test(e.source?.code ?? '') && /^(IRN|USA)/.test(e.target?.code ?? ''), 3],
      ['since/until', { since: '2020-01-08', until: '2020-01-09' }, (e) => (e.date ?? '') >= '2020-01-08' && (e.date ?? '') <= '2020-01-09', 2],
      ['place country', { place: 'IRQ' }, (e) => e.location?.country === 'IRQ', 1],
      ['text', { text: 'airstrike' }, (e) => e.mentions.some((m) => /airstrike/i.test(m.text)), 1],
      ['quad', { quad: '4' }, (e) => e.quad === 4, 3],
      ['code', { code: '163' }, (e) => e.code.startsWith('163'), 1],
    ];
    for (const [name, q, check, atLeast] of cases) {
      const { events } = await fetchEvents(store, q, 1000);
      assert.ok(events.length >= atLeast, `${name}: ${events.length} events`);
      assert.ok(events.every(check), name);
    }
    // negatives: filters that match nothing give an empty result, not an error
    for (const q of [{ actor: 'ZZZ' }, { since: '2030-01-01' }, { text: 'unicorns' }, { place: 'Atlantis' }]) {
      assert.deepEqual((await fetchEvents(store, q, 10)).events, [], JSON.stringify(q));
    }
  });

  void test('paging: --limit beyond one page, and a small limit returns a cursor', async () => {
    const two = await fetchEvents(store, { modality: 'any' }, 2);
    assert.equal(two.events.length, 2);
    assert.ok(two.next !== null);
    const rest = await fetchEvents(store, { modality: 'any', cursor: two.next }, Infinity);
    assert.deepEqual([...two.events, ...rest.events].map((e) => e.id), all.map((e) => e.id));
  });

  void test('every format reads back', () => {
    const events = all.slice(0, 10);
    const csv = readCsv(render(events, 'csv'));
    assert.deepEqual(csv[0], CSV_COLUMNS);
    assert.equal(csv.length, events.length + 1);
    for (const r of csv.slice(1)) assert.equal(r.length, CSV_COLUMNS.length);
    assert.deepEqual(csv.slice(1).map((r) => r[0]), events.map((e) => e.id));
    const tsv = render(events, 'gdelt').split('\n').slice(0, -1);
    assert.equal(tsv.length, events.length);
    for (const l of tsv) assert.equal(l.split('\t').length, GDELT_COLUMNS.length);
    const plover = render(events, 'plover').trimEnd().split('\n').map((l) => JSON.parse(l) as { id: string });
    assert.deepEqual(plover.map((p) => p.id), events.map((e) => e.id));
    const jsonl = render(events, 'jsonl').trimEnd().split('\n').map((l) => JSON.parse(l) as StoredEvent);
    assert.deepEqual(jsonl, events);
  });

  void test('table: date, code, dyad, place, sources, evidence; control characters cleaned', () => {
    const strike = all.find((e) => e.code.startsWith('195') && e.source?.code.startsWith('USA'));
    assert.ok(strike !== undefined);
    const table = formatEvents([strike]);
    const [head, row, foot] = table.trimEnd().split('\n');
    assert.match(head ?? '', /^date +code +source → target +place +src +evidence$/);
    assert.match(row ?? '', /^2020-01-02 +195\d? +USAMIL → IRN\S* +Baghdad International Air… +2 +A U\.S\. airstrike killed/);
    assert.equal(foot, '1 event');
    const evil = { ...strike, mentions: [{ ...strike.mentions[0], doc: 'x', sentence: 0, start: 0, end: 1, text: 'a\u001b[31mred\u0007 <b>bold</b>' }] };
    const line = formatEvents([evil]).split('\n')[1] ?? '';
    assert.ok(!line.includes('\u001b') && !line.includes('\u0007'));
    assert.ok(line.includes('<b>bold</b>'), 'markup is shown as text');
    assert.equal(formatEvents([]), 'no events match\n');
  });

  void test('CLI: formats, --stats, and one-line errors', async () => {
    const table = await run(['query', '--db', DB, '--actor', 'USA', '--target', 'IRN', '--root', '19']);
    assert.equal(table.code, 0, table.err);
    assert.match(table.out, /2020-01-02 +195/);
    const csv = await run(['query', '--db', DB, '--format', 'csv', '--all', '--modality', 'any']);
    assert.equal(readCsv(csv.out).length, all.length + 1);
    const stats = await run(['query', '--db', DB, '--stats', '--format', 'jsonl']);
    const s = JSON.parse(stats.out) as { total: number; by_root: unknown[] };
    assert.equal(s.total, (await store.stats({})).total);
    const bad: [string[], number, RegExp][] = [
      [['--colour', 'red'], 1, /^sitrep: E_QUERY: unknown field "--colour" \(known: --actor/],
      [['--since', 'yesterday'], 1, /^sitrep: E_QUERY: since: expected a date YYYY-MM-DD/],
      [['--root', '99'], 1, /^sitrep: E_QUERY: root: not a CAMEO root/],
      [['--format', 'xml'], 2, /^sitrep: E_USAGE: --format must be table, jsonl, csv, gdelt, plover/],
      [['--limit', '0'], 1, /^sitrep: E_QUERY: limit: expected a whole number/],
      [['IRN'], 2, /^sitrep: E_USAGE: unexpected argument "IRN"/],
    ];
    for (const [args, code, re] of bad) {
      const r = await run(['query', '--db', DB, ...args]);
      assert.equal(r.code, code, args.join(' '));
      assert.match(r.err, re);
      assert.equal(r.err.trim().split('\n').length, 1, r.err);
      assert.equal(r.out, '');
    }
  });
});
