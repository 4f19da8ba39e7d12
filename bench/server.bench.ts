/**
 * HTTP API benchmark: query p95 under 20 concurrent HTTP clients over 100,000 generated events (no real text),
 * through `sitrep serve`'s app on a real socket (node:http, keep-alive). Measures the event list with the
 * dashboard's filters, plus the aggregates the dashboard asks for on every filter change (stats, map points)
 * and single-event detail. SQLite always; PostgreSQL when `pgUrl` is given. Run alone with
 * `node dist/bench/server.bench.js [postgres://…]`; `bench/run.ts` may import `benchServer`.
 */
import { pathToFileURL } from 'node:url';
import { createApp } from '../src/server/app.js';
import { listen } from '../src/server/node.js';
import { onEveryBackend } from './backends.js';
import type { EventPage, Store } from '../src/store/index.js';
import { rng, syntheticDoc } from './store.bench.js';

export const SERVER_GOALS = { queryP95Ms: 100 };

const CLIENTS = 20;
const PER_CLIENT = 25;

const EVENT_QUERIES = [
  '', 'actor=USA', 'dyad=IRN-USA', 'root=19&since=2020-06-01', 'place=IRQ', 'text=ceasefire%20convoy',
  'actor=RUSMIL&target=UKR', 'quad=4&until=2020-03-31', 'code=195&place=SYR&limit=20', 'root=14&root=18&limit=100',
];
const AGGREGATES = ['stats?actor=IRN', 'stats?root=19&since=2020-06-01', 'map/points?actor=USA', 'stats'];

function p95(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return Math.round((s[Math.min(s.length - 1, Math.floor(s.length * 0.95))] ?? 0) * 100) / 100;
}

async function timedGet(url: string): Promise<number> {
  const t = performance.now();
  const res = await fetch(url);
  await res.arrayBuffer();
  if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
  return performance.now() - t;
}

/** `CLIENTS` clients, each running `PER_CLIENT` requests one after another. */
async function load(urls: string[]): Promise<{ p95: number; perS: number }> {
  const latencies: number[] = [];
  const t0 = performance.now();
  await Promise.all(Array.from({ length: CLIENTS }, async (_, c) => {
    for (let i = 0; i < PER_CLIENT; i++) latencies.push(await timedGet(urls[(c * PER_CLIENT + i) % urls.length] as string));
  }));
  return { p95: p95(latencies), perS: Math.round((latencies.length / (performance.now() - t0)) * 1000) };
}

async function measure(store: Store, prefix: string, total: number): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  const rand = rng(11);
  const t0 = performance.now();
  for (let d = 0; d < total / 100; d++) await store.putDocument(syntheticDoc(`srv-${d}`, 100, rand));
  out[`${prefix}.seed_s`] = Math.round(performance.now() - t0) / 1000;
  const app = createApp({ store, token: 'bench' });
  const server = await listen(app, { port: 0, host: '127.0.0.1' });
  try {
    const base = `${server.url}/api`;
    const ids = (await store.queryEvents({ limit: 200 })).events.map((e) => e.id);
    // warm up: one pass over every URL
    for (const q of [...EVENT_QUERIES.map((x) => `events?${x}`), ...AGGREGATES]) await timedGet(`${base}/${q}`);
    const events = await load(EVENT_QUERIES.map((q) => `${base}/events?${q}`));
    out[`${prefix}.http_events_p95_ms_20_clients`] = events.p95;
    out[`${prefix}.http_events_per_s_20_clients`] = events.perS;
    const detail = await load(ids.map((id) => `${base}/events/${encodeURIComponent(id)}`));
    out[`${prefix}.http_event_detail_p95_ms_20_clients`] = detail.p95;
    const aggregates = await load(AGGREGATES.map((q) => `${base}/${q}`));
    out[`${prefix}.http_aggregates_cached_p95_ms_20_clients`] = aggregates.p95;
    // cold: every request a query string the server has not seen (the cache cannot help)
    const cold: string[] = [];
    for (let i = 0; i < CLIENTS * PER_CLIENT; i++) cold.push(`${base}/stats?actor=${['USA', 'IRN', 'RUS', 'CHN'][i % 4] as string}&since=2020-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`);
    const coldStats = await load(cold.map((u, i) => `${u}&until=2020-12-${String(1 + (i % 28)).padStart(2, '0')}`));
    out[`${prefix}.http_stats_cold_p95_ms_20_clients`] = coldStats.p95;
    const page = (await (await fetch(`${base}/events?limit=1`)).json()) as EventPage;
    out[`${prefix}.events`] = page.total;
  } finally {
    await server.close();
  }
  return out;
}

export async function benchServer(opts: { pgUrl?: string; events?: number } = {}): Promise<Record<string, number>> {
  const total = opts.events ?? 100_000;
  return onEveryBackend('server', opts.pgUrl, async (store, backend) => measure(store, backend, total));
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const events = process.env.BENCH_EVENTS === undefined ? undefined : Number(process.env.BENCH_EVENTS);
  console.log(JSON.stringify(await benchServer({ pgUrl: process.argv[2] ?? process.env.SITREP_PG_URL, events }), null, 2));
}
