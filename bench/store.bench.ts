/**
 * Event store benchmark on generated events (no real text): bulk insert of 100,000 events,
 * single-document put → queryable p95, and query p95 under 20 concurrent clients; SQLite always,
 * PostgreSQL when `pgUrl` is given (in a throw-away schema). Run alone with
 * `node dist/bench/store.bench.js [postgres://…]`; `bench/run.ts` may import `benchStore`.
 */
import { pathToFileURL } from 'node:url';
import { onEveryBackend } from './backends.js';
import type { EventQuery, Store } from '../src/store/index.js';
import { defaultPoolSize } from '../src/store/postgres.js';
import type { DocResult, EventRecord } from '../src/types.js';

const COUNTRIES = ['USA', 'IRN', 'IRQ', 'SYR', 'ISR', 'RUS', 'UKR', 'CHN', 'TUR', 'SAU', 'EGY', 'FRA', 'DEU', 'GBR', 'IND', 'PAK', 'AFG', 'YEM', 'LBY', 'JOR'];
const ROLES = ['', 'GOV', 'MIL', 'REB', 'COP', 'OPP'];
const CODES: [string, number, number][] = [
  ['010', 1, 0], ['036', 1, 4], ['040', 1, 1], ['043', 1, 2.8], ['057', 1, 8], ['061', 2, 6.4], ['070', 2, 7], ['0874', 2, 10],
  ['111', 3, -2], ['112', 3, -2], ['130', 3, -4.4], ['138', 3, -7], ['141', 4, -6.5], ['163', 4, -8], ['173', 4, -5],
  ['180', 4, -9], ['190', 4, -10], ['193', 4, -10], ['195', 4, -10], ['1622', 4, -5.6],
];
const WORDS = ['convoy', 'border', 'talks', 'envoy', 'strike', 'ceasefire', 'sanctions', 'aid', 'protest', 'summit', 'patrol', 'shelling'];

/** Deterministic pseudo-random stream. */
export function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** A generated document with `n` events; `tag` makes ids and text unique. */
export function syntheticDoc(tag: string, n: number, rand: () => number): DocResult & { text: string } {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)] as T;
  let text = '';
  const events: EventRecord[] = [];
  for (let i = 0; i < n; i++) {
    const [code, quad, goldstein] = pick(CODES);
    const src = pick(COUNTRIES) + pick(ROLES);
    const tgt = pick(COUNTRIES) + pick(ROLES);
    const day = Math.floor(rand() * 365);
    const date = new Date(Date.UTC(2020, 0, 1) + day * 86_400_000).toISOString().slice(0, 10);
    const sentence = `Generated report ${tag.replace(/\W/g, '')}x${i}: ${src} and ${tgt} ${pick(WORDS)} ${pick(WORDS)} number ${i}.`;
    const start = text.length;
    text += `${sentence} `;
    const country = pick(COUNTRIES);
    events.push({
      id: `${tag}-e${i}`, doc: tag, code, root: code.slice(0, 2), quad, goldstein, plover: null,
      source: { code: src, text: src, name: null }, target: { code: tgt, text: tgt, name: null },
      date, date_basis: 'text', location: { name: `Place ${country}`, country, lat: rand() * 60, lon: rand() * 60 },
      modality: 'asserted', speaker: null, mentions: [{ sentence: i, start, end: start + sentence.length, text: sentence }],
      explain: { verb_rule: 'bench', source_rule: null, target_rule: null },
    });
  }
  return { doc: tag, text, date: '2020-12-31', source: `outlet-${Math.floor(rand() * 50)}`, events, quotes: [], entities: [], places: [], operations: [] };
}

function p95(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return Math.round((s[Math.min(s.length - 1, Math.floor(s.length * 0.95))] ?? 0) * 100) / 100;
}

async function timed(fn: () => Promise<unknown>): Promise<number> {
  const t = performance.now();
  await fn();
  return performance.now() - t;
}

/** The measurements for one store. */
async function measure(store: Store, prefix: string, total: number): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  const rand = rng(7);
  const perDoc = 100;
  const t0 = performance.now();
  let stored = 0;
  for (let d = 0; d < total / perDoc; d++) stored += (await store.putDocument(syntheticDoc(`bench-${d}`, perDoc, rand))).events;
  const insertMs = performance.now() - t0;
  out[`${prefix}.insert_events`] = stored;
  out[`${prefix}.insert_events_per_s`] = Math.round((stored / insertMs) * 1000);
  out[`${prefix}.stored_rows`] = (await store.queryEvents({ limit: 1 })).total;

  // One small document at a time: put, then find it by its own text.
  const putQuery: number[] = [];
  for (let i = 0; i < 50; i++) {
    const doc = syntheticDoc(`single-${i}`, 3, rand);
    putQuery.push(await timed(async () => {
      await store.putDocument(doc);
      const page = await store.queryEvents({ text: `single${i}x0`, limit: 5 });
      if (page.total === 0) throw new Error(`document single-${i} not queryable`);
    }));
  }
  out[`${prefix}.put_to_queryable_p95_ms`] = p95(putQuery);

  const queries: EventQuery[] = [
    {}, { actor: 'USA' }, { dyad: 'IRN-USA' }, { root: '19', since: '2020-06-01' }, { place: 'IRQ' },
    { text: 'ceasefire convoy' }, { actor: 'RUSMIL', target: 'UKR' }, { quad: 4, until: '2020-03-31' },
    { code: '195', place: 'SYR', limit: 20 }, { root: ['14', '18'], limit: 100 },
  ];
  const latencies: number[] = [];
  const perClient = 25;
  const wall = await timed(() => Promise.all(Array.from({ length: 20 }, async (_, c) => {
    for (let i = 0; i < perClient; i++) latencies.push(await timed(() => store.queryEvents(queries[(c + i) % queries.length] as EventQuery)));
  })));
  out[`${prefix}.query_p95_ms_20_clients`] = p95(latencies);
  out[`${prefix}.queries_per_s_20_clients`] = Math.round((latencies.length / wall) * 1000);
  out[`${prefix}.stats_ms`] = Math.round(await timed(() => store.stats({})));
  return out;
}

export async function benchStore(opts: { pgUrl?: string; events?: number } = {}): Promise<Record<string, number>> {
  const total = opts.events ?? 100_000;
  return onEveryBackend('store', opts.pgUrl, async (store, backend) => {
    // PostgreSQL uses the store's default pool (see `defaultPoolSize`): 20 clients share it.
    const out = await measure(store, backend, total);
    return backend === 'postgres' ? { 'postgres.pool_size': defaultPoolSize(), ...out } : out;
  });
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const events = process.env.BENCH_EVENTS === undefined ? undefined : Number(process.env.BENCH_EVENTS);
  console.log(JSON.stringify(await benchStore({ pgUrl: process.argv[2] ?? process.env.SITREP_PG_URL, events }), null, 2));
}
