/**
 * Query totals are cached until a document write commits — through this store or through another
 * handle on the same database — and text queries give the same page whichever plan PostgreSQL
 * is steered to. SQLite always, PostgreSQL when SITREP_PG_URL is set. Fixtures written here.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import pg from 'pg';
import { openStore, type EventQuery, type Store } from '../src/store/index.js';
import type { DocResult, EventRecord } from '../src/types.js';

type Doc = DocResult & { text: string };

/** A document with one event per sentence; `word` makes its text findable. */
function doc(id: string, word: string, n: number, day = '2020-03-01'): Doc {
  let text = '';
  const events: EventRecord[] = [];
  for (let i = 0; i < n; i++) {
    const sentence = `Observers in ${id} reported ${word} number ${i}.`;
    const start = text.length;
    text += `${sentence} `;
    events.push({
      id: `${id}-e${i}`, doc: id, code: '043', root: '04', quad: 1, goldstein: 2.8, plover: null,
      source: { code: i % 2 === 0 ? 'FRAGOV' : 'DEUGOV', text: 'officials', name: null },
      target: { code: `C${String(i).padStart(2, '0')}`, text: 'partners', name: null },
      date: day, date_basis: 'text', location: null, modality: 'asserted', speaker: null,
      mentions: [{ sentence: i, start, end: start + sentence.length, text: sentence }],
      explain: { verb_rule: 'totals-test', source_rule: null, target_rule: null },
    });
  }
  return { doc: id, text, date: day, source: `outlet-${id}`, events, quotes: [], entities: [], places: [], operations: [] };
}

const tmp = mkdtempSync(join(tmpdir(), 'sitrep-totals-'));
const pgBase = process.env.SITREP_PG_URL;
const schemas: string[] = [];
let counter = 0;

interface Backend {
  name: string;
  skip: string | false;
  /** A URL for a fresh database; open it as often as needed. */
  fresh(): string;
}

const BACKENDS: Backend[] = [
  { name: 'sqlite', skip: false, fresh: () => join(tmp, `totals-${++counter}.db`) },
  {
    name: 'postgres',
    skip: pgBase === undefined || pgBase === '' ? 'SITREP_PG_URL not set: PostgreSQL backend skipped' : false,
    fresh: () => {
      const schema = `sitrep_totals_${process.pid}_${++counter}`;
      schemas.push(schema);
      const base = pgBase as string;
      return `${base}${base.includes('?') ? '&' : '?'}schema=${schema}`;
    },
  },
];

after(async () => {
  rmSync(tmp, { recursive: true, force: true });
  if (schemas.length === 0) return;
  const client = new pg.Client({ connectionString: pgBase });
  await client.connect();
  for (const s of schemas) await client.query(`drop schema if exists "${s}" cascade`);
  await client.end();
});

async function both(url: string, fn: (a: Store, b: Store) => Promise<void>): Promise<void> {
  const a = await openStore(url);
  const b = await openStore(url);
  try {
    await fn(a, b);
  } finally {
    await a.close();
    await b.close();
  }
}

for (const backend of BACKENDS) {
  void describe(`cached totals (${backend.name})`, { skip: backend.skip }, () => {
    void it('a write through another handle is counted at once', async () => {
      await both(backend.fresh(), async (a, b) => {
        await a.putDocument(doc('first', 'talks', 3));
        const cases: [string, () => Promise<unknown>, number][] = [
          ['initial', () => Promise.resolve(), 3],
          ['put through the other handle', () => b.putDocument(doc('second', 'talks', 2, '2020-03-05')), 5],
          ['same document again (no write)', () => b.putDocument(doc('second', 'talks', 2, '2020-03-05')), 5],
          ['removed through the other handle', () => b.removeDocument('first'), 2],
          ['removing a missing document', () => b.removeDocument('missing'), 2],
        ];
        for (const [what, write, expected] of cases) {
          await write();
          assert.equal((await a.queryEvents({})).total, expected, what);
          assert.equal((await a.queryEvents({})).total, expected, `${what} (cached)`);
          assert.equal((await a.queryEvents({ text: 'talks' })).total, expected, `${what} (text)`);
        }
      });
    });

    void it('concurrent identical queries agree', async () => {
      await both(backend.fresh(), async (a) => {
        await a.putDocument(doc('burst', 'patrol', 6));
        const pages = await Promise.all(Array.from({ length: 12 }, () => a.queryEvents({ actor: 'FRA' })));
        for (const p of pages) assert.equal(p.total, 3);
      });
    });

    void it('text pages are the same for rare and common words, over every page', async () => {
      await both(backend.fresh(), async (a) => {
        // 'common' occurs in every event of 30 documents, 'rare' in one document's; three days
        // apart, so that no two documents report the same happening.
        for (let d = 0; d < 30; d++) {
          const day = new Date(Date.UTC(2020, 0, 1) + d * 3 * 86_400_000).toISOString().slice(0, 10);
          await a.putDocument(doc(`bulk${d}`, d === 7 ? 'rare common' : 'common', 4, day));
        }
        const cases: [EventQuery, number][] = [
          [{ text: 'rare' }, 4],
          [{ text: 'common', limit: 7 }, 120],
          [{ text: 'common', actor: 'DEU', limit: 50 }, 60],
          [{ text: 'absentword' }, 0],
        ];
        for (const [q, total] of cases) {
          const first = await a.queryEvents(q);
          assert.equal(first.total, total, JSON.stringify(q));
          const ids: string[] = first.events.map((e) => e.id);
          for (let next = first.next; next !== null;) {
            const page = await a.queryEvents({ ...q, cursor: next });
            ids.push(...page.events.map((e) => e.id));
            next = page.next;
          }
          assert.equal(new Set(ids).size, total, `${JSON.stringify(q)}: every match once`);
          const all = (await a.queryEvents({ limit: 1000 })).events.map((e) => e.id);
          assert.deepEqual(ids, all.filter((id) => ids.includes(id)), `${JSON.stringify(q)}: in page order`);
        }
      });
    });
  });
}
