/**
 * One storage suite over every backend: SQLite always (a temp file), PostgreSQL when
 * SITREP_PG_URL is set (a fresh schema per test, dropped at the end). Documents are fixtures
 * written for this test; no real news text.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import pg from 'pg';
import { SitrepError } from '../src/errors.js';
import { openStore, type Store, type StoredEvent } from '../src/store/index.js';
import { sameHappening, type MergeKey } from '../src/store/merge.js';
import { matchWatchlist } from '../src/store/watch.js';
import type { DocResult, EventRecord, OperationRecord } from '../src/types.js';

// ------------------------------------------------------------------ fixtures

type Doc = DocResult & { text: string };

function doc(id: string, text: string, over: Partial<Doc> = {}): Doc {
  return { doc: id, text, date: '2020-01-03', events: [], quotes: [], entities: [], places: [], operations: [], ...over };
}

/** An event whose single mention is `text` at its offset in `docText`. */
function ev(id: string, docId: string, docText: string, text: string, over: Partial<EventRecord> = {}): EventRecord {
  const start = docText.indexOf(text);
  assert.ok(start >= 0, `fixture text not found: ${text}`);
  return {
    id, doc: docId, code: '195', root: '19', quad: 4, goldstein: -10,
    plover: { type: 'ASSAULT', mode: 'aerial' },
    source: { code: 'USAMIL', text: 'American aircraft', name: 'United States' },
    target: { code: 'IRNMIL', text: 'an Iranian convoy', name: 'Iran' },
    date: '2020-01-02', date_basis: 'text',
    location: { name: 'Baghdad International Airport', country: 'IRQ', lat: 33.26, lon: 44.23 },
    modality: 'asserted', speaker: null,
    mentions: [{ sentence: 0, start, end: start + text.length, text }],
    explain: { verb_rule: 'test-verb', source_rule: 'test-src', target_rule: 'test-tgt' },
    ...over,
  };
}

const TEXT_A = 'American aircraft struck an Iranian convoy near the Baghdad airport on Thursday. Officials confirmed the airstrike later. Ministers met in Oslo.';
const TEXT_B = 'A convoy from Iran was hit by a U.S. strike at the airport in Baghdad, a second outlet reported. Protests followed in the capital.';

function docA(): Doc {
  const e1 = ev('a-strike', 'doc-a', TEXT_A, 'American aircraft struck an Iranian convoy near the Baghdad airport on Thursday.');
  e1.mentions.push({ sentence: 1, start: TEXT_A.indexOf('Officials'), end: TEXT_A.indexOf(' Ministers'), text: 'Officials confirmed the airstrike later.' });
  const e2 = ev('a-meet', 'doc-a', TEXT_A, 'Ministers met in Oslo.', {
    code: '040', root: '04', quad: 1, goldstein: 1, plover: { type: 'CONSULT', mode: null },
    source: { code: 'NORGOV', text: 'Ministers', name: 'Norway' }, target: { code: 'SWEGOV', text: 'Ministers', name: 'Sweden' },
    date: '2020-01-03', date_basis: 'publication', location: { name: 'Oslo', country: 'NOR', lat: 59.91, lon: 10.75 },
  });
  const op: OperationRecord = {
    name: 'Northern training mission', actor: 'IGOWSTNAT', country: 'IRQ', status: 'active', since: '2019-10-01',
    history: [{ status: 'active', date: '2019-10-01', event: null, evidence: 'Officials confirmed the airstrike later.' }],
    evidence: [e1.mentions[1] as EventRecord['mentions'][number]],
  };
  return doc('doc-a', TEXT_A, {
    source: 'Wire One', url: 'https://wire-one.example/a', title: 'Convoy struck', events: [e1, e2], operations: [op],
    quotes: [{ start: 0, end: 10, text: TEXT_A.slice(0, 10), speaker: { name: 'A Spokesperson', code: 'USAGOV' } }],
    entities: [{ text: 'Oslo', code: null, name: 'Oslo', kind: 'place', mentions: [{ start: 126, end: 130 }] }],
    places: [{ text: 'Oslo', name: 'Oslo', kind: 'city', country: 'NOR', lat: 59.91, lon: 10.75, start: 126, end: 130, role: 'event' }],
  });
}

function docB(): Doc {
  const e = ev('b-strike', 'doc-b', TEXT_B, 'A convoy from Iran was hit by a U.S. strike at the airport in Baghdad, a second outlet reported.', {
    code: '19', source: { code: 'USA', text: 'U.S.', name: 'United States' }, target: { code: 'IRN', text: 'Iran', name: 'Iran' },
    date: '2020-01-03', location: null,
  });
  const protest = ev('b-protest', 'doc-b', TEXT_B, 'Protests followed in the capital.', {
    code: '141', root: '14', quad: 3, goldstein: -6.5, plover: { type: 'PROTEST', mode: 'demonstrate' },
    source: { code: 'IRQCVL', text: 'Protests', name: null }, target: null, date: '2020-01-03',
    location: { name: 'Baghdad', country: 'IRQ', lat: 33.31, lon: 44.36 },
  });
  const op: OperationRecord = {
    name: 'Northern  Training Mission', actor: 'IGOWSTNAT', country: 'IRQ', status: 'suspended', since: '2020-01-06',
    history: [{ status: 'suspended', date: '2020-01-06', event: null, evidence: 'Protests followed in the capital.' }],
    evidence: [],
  };
  return doc('doc-b', TEXT_B, { source: 'Paper Two', url: 'https://paper-two.example/b', title: 'Strike at airport', events: [e, protest], operations: [op] });
}

// ------------------------------------------------------------------ the merge rule

void describe('sameHappening (merge rule)', () => {
  const base: MergeKey = { code: '195', root: '19', source: 'USAMIL', target: 'IRNMIL', date: '2020-01-02', country: 'IRQ', modality: 'asserted' };
  const rows: [string, Partial<MergeKey>, boolean][] = [
    ['identical', {}, true],
    ['country-level dyad equal (USA>IRN)', { source: 'USA', target: 'IRNGOV' }, true],
    ['parent code is a prefix', { code: '19' }, true],
    ['child code', { code: '1951' }, true],
    ['one day later', { date: '2020-01-03' }, true],
    ['one day earlier', { date: '2020-01-01' }, true],
    ['place country missing on one side', { country: null }, true],
    ['different dyad (target country)', { target: 'IRQMIL' }, false],
    ['reversed dyad', { source: 'IRNMIL', target: 'USAMIL' }, false],
    ['target missing', { target: null }, false],
    ['dates 3 days apart', { date: '2020-01-05' }, false],
    ['date missing', { date: null }, false],
    ['different root', { code: '180', root: '18' }, false],
    ['same root, incompatible codes', { code: '193' }, false],
    ['different place country', { country: 'SYR' }, false],
    ['different modality', { modality: 'negated' }, false],
  ];
  for (const [name, change, expected] of rows) {
    void it(`${name} → ${expected ? 'merge' : 'separate'}`, () => {
      const other = { ...base, ...change };
      assert.equal(sameHappening(base, other), expected);
      assert.equal(sameHappening(other, base), expected, 'the rule is symmetric');
    });
  }
  void it('IGO codes compare on 9 characters', () => {
    const nato: MergeKey = { ...base, source: 'IGOWSTNAT', target: 'IRQ', code: '1622', root: '16' };
    assert.equal(sameHappening(nato, { ...nato, source: 'IGOWSTNATMIL' }), true);
    assert.equal(sameHappening(nato, { ...nato, source: 'IGOUNO' }), false);
  });
});

// ------------------------------------------------------------------ backends

interface Backend {
  name: string;
  skip: string | false;
  open(): Promise<Store>;
  cleanup(): Promise<void>;
}

const tmp = mkdtempSync(join(tmpdir(), 'sitrep-store-'));
let counter = 0;
const pgBase = process.env.SITREP_PG_URL;
const pgSchemas: string[] = [];

const BACKENDS: Backend[] = [
  {
    name: 'sqlite',
    skip: false,
    open: () => openStore(join(tmp, `store-${++counter}.db`)),
    cleanup: () => {
      rmSync(tmp, { recursive: true, force: true });
      return Promise.resolve();
    },
  },
  {
    name: 'postgres',
    skip: pgBase === undefined || pgBase === '' ? 'SITREP_PG_URL not set: PostgreSQL backend skipped' : false,
    open: () => {
      const schema = `sitrep_test_${process.pid}_${++counter}`;
      pgSchemas.push(schema);
      const base = pgBase as string;
      return openStore(`${base}${base.includes('?') ? '&' : '?'}schema=${schema}`);
    },
    cleanup: async () => {
      if (pgSchemas.length === 0) return;
      const client = new pg.Client({ connectionString: pgBase });
      await client.connect();
      for (const s of pgSchemas) await client.query(`drop schema if exists "${s}" cascade`);
      await client.end();
    },
  },
];

after(async () => {
  for (const b of BACKENDS) if (b.skip === false) await b.cleanup();
});

const INJECTIONS = [`Robert'); DROP TABLE events;--`, `" OR 1=1 --`, `x'; DELETE FROM documents WHERE '1'='1`, `<script>alert(1)</script>`];

async function withStore(b: Backend, fn: (s: Store) => Promise<void>): Promise<void> {
  const s = await b.open();
  try {
    await fn(s);
  } finally {
    await s.close();
  }
}

const ids = (es: StoredEvent[]): string[] => es.map((e) => e.id).sort();

async function rejectsQuery(p: Promise<unknown>, field: string): Promise<void> {
  await assert.rejects(p, (err: unknown) => {
    assert.ok(err instanceof SitrepError, 'a SitrepError');
    assert.equal(err.code, 'E_QUERY');
    assert.match(err.message, new RegExp(`^${field}:`));
    return true;
  });
}

for (const backend of BACKENDS) {
  void describe(`store on ${backend.name}`, { skip: backend.skip }, () => {
    void it('ingests a document once: the same document twice changes nothing', () => withStore(backend, async (s) => {
      const first = await s.putDocument(docA());
      assert.deepEqual({ inserted: first.inserted, events: first.events }, { inserted: true, events: 2 });
      assert.deepEqual(first.created.sort(), ['a-meet', 'a-strike']);
      const before = await s.queryEvents({});
      const again = await s.putDocument(docA());
      assert.deepEqual(again, { inserted: false, events: 0, created: [], merged: [] });
      const afterward = await s.queryEvents({});
      assert.deepEqual(afterward, before);
      const strike = afterward.events.find((e) => e.id === 'a-strike');
      assert.equal(strike?.num_mentions, 2);
      assert.equal(strike?.num_articles, 1);
      assert.equal(strike?.num_sources, 1);
      assert.equal((await s.getDocument('doc-a'))?.quotes[0]?.speaker?.name, 'A Spokesperson');
    }));

    void it('merges two documents reporting the same airstrike into one event with 2 sources', () => withStore(backend, async (s) => {
      await s.putDocument(docA());
      const b = await s.putDocument(docB());
      assert.deepEqual(b.merged, ['a-strike']);
      assert.deepEqual(b.created, ['b-protest']);
      const strikes = await s.queryEvents({ root: '19' });
      assert.equal(strikes.total, 1, 'one row for one happening');
      const e = strikes.events[0] as StoredEvent;
      assert.equal(e.id, 'a-strike');
      assert.equal(e.date, '2020-01-02');
      assert.equal(e.location?.name, 'Baghdad International Airport');
      assert.deepEqual([e.num_mentions, e.num_sources, e.num_articles], [3, 2, 2]);
      assert.deepEqual(e.sources.map((x) => [x.doc, x.source]), [['doc-a', 'Wire One'], ['doc-b', 'Paper Two']]);
      assert.deepEqual(e.mentions.map((m) => m.doc), ['doc-a', 'doc-a', 'doc-b']);
      assert.equal((await s.getEvent('b-strike'))?.id, 'a-strike', 'the merged report resolves to its event');
    }));

    void it('keeps separate happenings apart (3 days later, other root, same document twice)', () => withStore(backend, async (s) => {
      await s.putDocument(docA());
      const later = ev('c-strike', 'doc-c', TEXT_B, 'A convoy from Iran was hit by a U.S. strike at the airport in Baghdad, a second outlet reported.', { date: '2020-01-05' });
      const other = ev('c-threat', 'doc-c', TEXT_B, 'Protests followed in the capital.', { code: '138', root: '13', quad: 3, goldstein: -7 });
      const twin = ev('c-twin', 'doc-c', TEXT_B, 'Protests followed in the capital.', { date: '2020-01-02' });
      const twin2 = ev('c-twin2', 'doc-c', TEXT_B, 'A convoy from Iran was hit by a U.S. strike at the airport in Baghdad, a second outlet reported.', { date: '2020-01-02' });
      const r = await s.putDocument(doc('doc-c', TEXT_B, { source: 'Wire One', events: [later, other, twin, twin2] }));
      assert.deepEqual(r.merged, ['a-strike'], 'only one record of a document merges into one event');
      assert.deepEqual(r.created.sort(), ['c-strike', 'c-threat', 'c-twin2']);
      const strike = await s.getEvent('a-strike');
      assert.equal(strike?.num_sources, 1, 'two documents from one outlet are one source');
      assert.equal(strike?.num_articles, 2);
    }));

    void it('filters by actor, target, dyad, root, code, quad, dates, place and modality', () => withStore(backend, async (s) => {
      await s.putDocument(docA());
      await s.putDocument(docB());
      const denied = ev('d-denied', 'doc-d', 'Iran did not attack anyone.', 'Iran did not attack anyone.', {
        source: { code: 'IRNMIL', text: 'Iran', name: 'Iran' }, target: null, modality: 'negated', location: null, date: '2020-01-04',
      });
      await s.putDocument(doc('doc-d', 'Iran did not attack anyone.', { events: [denied] }));
      const table: [string, Parameters<Store['queryEvents']>[0], string[]][] = [
        ['everything asserted', {}, ['a-meet', 'a-strike', 'b-protest']],
        ['actor prefix', { actor: 'USA' }, ['a-strike']],
        ['actor full code', { actor: 'USAMIL' }, ['a-strike']],
        ['actor lower case', { actor: 'nor' }, ['a-meet']],
        ['actor no match', { actor: 'CHN' }, []],
        ['target', { target: 'SWE' }, ['a-meet']],
        ['dyad one way', { dyad: 'USA-IRN' }, ['a-strike']],
        ['dyad other way', { dyad: ['IRN', 'USA'] }, ['a-strike']],
        ['dyad no match', { dyad: 'USA-SWE' }, []],
        ['root', { root: '14' }, ['b-protest']],
        ['roots as list', { root: '4,14' }, ['a-meet', 'b-protest']],
        ['code prefix', { code: '19' }, ['a-strike']],
        ['code no match', { code: '193' }, []],
        ['quad', { quad: 4 }, ['a-strike']],
        ['quads as strings', { quad: ['1', '3'] }, ['a-meet', 'b-protest']],
        ['since', { since: '2020-01-03' }, ['a-meet', 'b-protest']],
        ['until', { until: '2020-01-02' }, ['a-strike']],
        ['place country', { place: 'IRQ' }, ['a-strike', 'b-protest']],
        ['place name', { place: 'oslo' }, ['a-meet']],
        ['place name part', { place: 'Airport' }, ['a-strike']],
        ['place with LIKE wildcards is literal', { place: '%' }, []],
        ['modality default excludes negated', { actor: 'IRN' }, []],
        ['modality negated', { modality: 'negated' }, ['d-denied']],
        ['modality any', { modality: 'any', since: '2020-01-04' }, ['d-denied']],
        ['combined', { actor: 'USA', root: '19', since: '2020-01-01', place: 'IRQ', text: 'airstrike' }, ['a-strike']],
      ];
      for (const [name, q, expected] of table) {
        const page = await s.queryEvents(q);
        assert.deepEqual(ids(page.events), expected, name);
        assert.equal(page.total, expected.length, `${name}: total`);
      }
    }));

    void it('searches the evidence text (full-text, stemmed)', () => withStore(backend, async (s) => {
      await s.putDocument(docA());
      await s.putDocument(docB());
      const table: [string, string[]][] = [
        ['airstrike', ['a-strike']],
        ['airstrikes', ['a-strike']],
        ['convoy', ['a-strike']],
        ['Protests capital', ['b-protest']],
        ['protest', ['b-protest']],
        ['convoy Oslo', []],
        ['submarine', []],
        ['"unbalanced quote', []],
        ['***', []],
      ];
      for (const [text, expected] of table) assert.deepEqual(ids((await s.queryEvents({ text })).events), expected, text);
      for (const text of INJECTIONS) assert.deepEqual((await s.queryEvents({ text })).events, [], text);
    }));

    void it('paginates with a cursor: every event once, in date order', () => withStore(backend, async (s) => {
      const text = 'Five fixture sentences, one per event.';
      const events = [1, 2, 3, 4, 5].map((i) => ev(`p-${i}`, 'doc-p', text, text, {
        code: '040', root: '04', quad: 1, goldstein: 1, date: `2021-03-0${i % 3 + 1}`,
        source: { code: `C${i}X`, text: 'x', name: null }, target: null, location: null,
      }));
      await s.putDocument(doc('doc-p', text, { events }));
      const seen: string[] = [];
      let cursor: string | undefined;
      let pages = 0;
      do {
        const page: Awaited<ReturnType<Store['queryEvents']>> = await s.queryEvents(cursor === undefined ? { limit: 2 } : { limit: 2, cursor });
        assert.equal(page.total, 5);
        seen.push(...page.events.map((e) => `${e.date}/${e.id}`));
        cursor = page.next ?? undefined;
        pages++;
      } while (cursor !== undefined);
      assert.equal(pages, 3);
      assert.deepEqual(seen, ['2021-03-03/p-5', '2021-03-03/p-2', '2021-03-02/p-4', '2021-03-02/p-1', '2021-03-01/p-3']);
      await rejectsQuery(s.queryEvents({ cursor: 'not-a-cursor' }), 'cursor');
    }));

    void it('rejects unknown fields and bad values with E_QUERY naming the field', () => withStore(backend, async (s) => {
      await rejectsQuery(s.queryEvents({ actr: 'USA' } as unknown as Parameters<Store['queryEvents']>[0]), 'actr');
      await rejectsQuery(s.stats({ colour: 'red' } as unknown as Parameters<Store['stats']>[0]), 'colour');
      await rejectsQuery(s.queryEvents({ root: '21' }), 'root');
      await rejectsQuery(s.queryEvents({ quad: 5 }), 'quad');
      await rejectsQuery(s.queryEvents({ since: '2020-13-45' }), 'since');
      await rejectsQuery(s.queryEvents({ limit: 0 }), 'limit');
      await rejectsQuery(s.queryEvents({ modality: 'maybe' as 'asserted' }), 'modality');
      await rejectsQuery(s.queryEvents({ code: `19'--` }), 'code');
      assert.deepEqual(await s.queryEvents({ actor: 'ZZZ' }), { events: [], total: 0, next: null });
    }));

    void it('stores injection strings in every field as text', () => withStore(backend, async (s) => {
      for (const [i, bad] of INJECTIONS.entries()) {
        const text = `Sentence ${i}: ${bad}`;
        const e = ev(`inj-${i}`, bad, text, text, {
          source: { code: `X${i}${bad}`, text: bad, name: bad }, target: { code: bad, text: bad, name: bad },
          location: { name: bad, country: bad, lat: null, lon: null }, speaker: { code: bad, text: bad, name: bad },
          explain: { verb_rule: bad, source_rule: bad, target_rule: null }, date: `2020-02-0${i + 1}`,
        });
        const r = await s.putDocument(doc(bad, text, { source: bad, title: bad, url: bad, events: [e],
          quotes: [{ start: 0, end: text.length, text, speaker: { name: bad, code: bad } }] }));
        assert.equal(r.inserted, true);
        const back = await s.getEvent(`inj-${i}`);
        assert.equal(back?.source?.text, bad);
        assert.equal(back?.target?.code, bad);
        assert.equal(back?.location?.name, bad);
        assert.equal(back?.speaker?.name, bad);
        assert.equal(back?.explain.verb_rule, bad);
        assert.equal(back?.mentions[0]?.text, text);
        assert.deepEqual(back?.sources.map((x) => [x.doc, x.source, x.title, x.url]), [[bad, bad, bad, bad]]);
        assert.deepEqual(ids((await s.queryEvents({ actor: `X${i}` })).events), [`inj-${i}`]);
        assert.deepEqual(ids((await s.queryEvents({ place: bad })).events), [`inj-${i}`]);
        assert.equal((await s.getDocument(bad))?.quotes[0]?.speaker?.code, bad);
        const w = await s.createWatchlist({ name: bad, place: bad });
        assert.equal((await s.getWatchlist(w.id))?.place, bad);
      }
      assert.equal((await s.queryEvents({ modality: 'any' })).total, INJECTIONS.length, 'all tables still there');
    }));

    void it('keeps operations with their history across documents', () => withStore(backend, async (s) => {
      await s.putDocument(docA());
      let ops = await s.operations();
      assert.equal(ops.length, 1);
      assert.deepEqual([ops[0]?.status, ops[0]?.since], ['active', '2019-10-01']);
      await s.putDocument(docB());
      ops = await s.operations();
      assert.equal(ops.length, 1, 'the same operation (name normalised) from two documents');
      const op = ops[0];
      assert.deepEqual([op?.name, op?.status, op?.since], ['Northern training mission', 'suspended', '2020-01-06']);
      assert.deepEqual(op?.history.map((h) => [h.status, h.date, h.docs]), [
        ['active', '2019-10-01', ['doc-a']], ['suspended', '2020-01-06', ['doc-b']],
      ]);
      assert.equal(op?.evidence[0]?.text, 'Officials confirmed the airstrike later.');
      await s.removeDocument('doc-b');
      assert.deepEqual((await s.operations()).map((o) => o.status), ['active']);
    }));

    void it('re-ingesting a changed document replaces its reports; removing one recounts', () => withStore(backend, async (s) => {
      await s.putDocument(docA());
      await s.putDocument(docB());
      const changed = docB();
      changed.text += ' Correction appended.';
      changed.events = changed.events.filter((e) => e.id === 'b-strike');
      const r = await s.putDocument(changed);
      assert.equal(r.inserted, true);
      assert.deepEqual(r.merged, ['a-strike']);
      assert.equal(await s.getEvent('b-protest'), null, 'the dropped report is gone');
      assert.equal((await s.getEvent('a-strike'))?.num_sources, 2);
      assert.equal(await s.removeDocument('doc-b'), true);
      assert.equal(await s.removeDocument('doc-b'), false);
      const strike = await s.getEvent('a-strike');
      assert.deepEqual([strike?.num_mentions, strike?.num_sources, strike?.num_articles], [2, 1, 1]);
      assert.equal(await s.getEvent('b-strike'), null);
    }));

    void it('removes an event whose only report is removed, also when it was the first', () => withStore(backend, async (s) => {
      await s.putDocument(docA());
      await s.putDocument(docB());
      await s.removeDocument('doc-a');
      const strike = await s.getEvent('b-strike');
      assert.equal(strike?.id, 'a-strike', 'the event keeps its id while another report holds it');
      assert.deepEqual([strike?.num_sources, strike?.num_articles], [1, 1]);
      await s.removeDocument('doc-b');
      assert.equal((await s.queryEvents({ modality: 'any' })).total, 0);
    }));

    void it('summarises: stats and actors', () => withStore(backend, async (s) => {
      await s.putDocument(docA());
      await s.putDocument(docB());
      const st = await s.stats({});
      assert.equal(st.total, 3);
      assert.equal(st.mean_goldstein?.toFixed(3), ((-10 + 1 - 6.5) / 3).toFixed(3));
      assert.deepEqual(st.by_root, [{ root: '04', count: 1 }, { root: '14', count: 1 }, { root: '19', count: 1 }]);
      assert.deepEqual(st.by_quad, [{ quad: 1, count: 1 }, { quad: 3, count: 1 }, { quad: 4, count: 1 }]);
      assert.deepEqual(st.by_day.map((d) => [d.date, d.count, d.quad]), [['2020-01-02', 1, [0, 0, 0, 1]], ['2020-01-03', 2, [1, 0, 1, 0]]]);
      assert.deepEqual(st.top_dyads.map((d) => [d.source, d.target, d.count]), [['IRQ', '', 1], ['NOR', 'SWE', 1], ['USA', 'IRN', 1]]);
      assert.equal((await s.stats({ root: '19', limit: 5 })).total, 1);
      assert.deepEqual(await s.stats({ actor: 'ZZZ' }), { total: 0, mean_goldstein: null, by_day: [], by_root: [], by_quad: [], top_dyads: [] });
      const actors = await s.actors();
      const usa = actors.find((a) => a.code === 'USAMIL');
      assert.deepEqual([usa?.name, usa?.as_source, usa?.as_target], ['United States', 1, 0]);
      assert.deepEqual((await s.actors({ prefix: 'irn' })).map((a) => a.code), ['IRN', 'IRNMIL']);
    }));

    void it('keeps watchlists and records each alert once', () => withStore(backend, async (s) => {
      await s.putDocument(docA());
      const w = await s.createWatchlist({ name: 'Strikes in Iraq', place: 'IRQ', codes: ['19'], webhook: 'http://127.0.0.1:9/hook' });
      assert.deepEqual((await s.listWatchlists()).map((x) => x.id), [w.id]);
      const strike = await s.getEvent('a-strike');
      assert.ok(strike !== null);
      assert.equal(matchWatchlist(w, strike), true);
      const meet = await s.getEvent('a-meet');
      assert.ok(meet !== null);
      assert.equal(matchWatchlist(w, meet), false);
      const near = await s.updateWatchlist(w.id, { place: null, lat: 33.3, lon: 44.4, radius_km: 50 });
      assert.ok(near !== null);
      assert.equal(matchWatchlist(near, strike), true);
      assert.equal(matchWatchlist({ ...near, radius_km: 5 }, strike), false);
      assert.equal(await s.updateWatchlist('missing', { name: 'x' }), null);
      await assert.rejects(s.createWatchlist({ name: '' }), (e: unknown) => e instanceof SitrepError && e.code === 'E_WATCHLIST');
      await assert.rejects(s.createWatchlist({ name: 'x', codes: ['strike'] }), (e: unknown) => e instanceof SitrepError && e.code === 'E_WATCHLIST');
      const first = await s.recordAlert({ watchlist_id: w.id, event_id: 'a-strike', detail: { via: 'test' } });
      const second = await s.recordAlert({ watchlist_id: w.id, event_id: 'a-strike' });
      assert.equal(first.inserted, true);
      assert.equal(second.inserted, false);
      assert.equal(second.alert.id, first.alert.id);
      assert.deepEqual((await s.alerts({ watchlist_id: w.id })).map((a) => [a.event_id, a.detail]), [['a-strike', { via: 'test' }]]);
      assert.equal(await s.deleteWatchlist(w.id), true);
      assert.equal(await s.deleteWatchlist(w.id), false);
      assert.deepEqual(await s.alerts(), []);
    }));
  });
}
