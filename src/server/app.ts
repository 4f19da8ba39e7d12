/**
 * The HTTP application: a fetch-style handler (`Request` → `Response`) so tests call it in process and
 * `node.ts` puts it on a socket. Routes are listed in `routes()`; errors become `{error: {code, message}}` in
 * `errors.ts`; writes need the bearer token (`auth.ts`); new events and alerts go on the stream (`sse.ts`) and
 * to webhooks (`webhooks.ts`).
 */
import { cameoTable } from '../cameo/codes.js';
import { createCoder, type Coder } from '../coder.js';
import { SitrepError } from '../errors.js';
import type { EventQuery, Store, WatchlistInput } from '../store/index.js';
import type { InputDoc } from '../types.js';
import { announce } from './alerts.js';
import { requireToken } from './auth.js';
import { errorBody, notFound } from './errors.js';
import { highlights } from './highlight.js';
import { mapPoints, worldMap } from './map.js';
import { OPENAPI } from './openapi.js';
import { Router, type Ctx } from './router.js';
import { Hub } from './sse.js';
import { asset, SECURITY_HEADERS } from './static.js';
import { Webhooks, type WebhookOptions } from './webhooks.js';

export interface AppOptions {
  store: Store;
  /** The coder for POST /api/documents, or a factory called on first use (default: built-in dictionaries). */
  coder?: Coder | (() => Coder);
  /** Write token; null or absent means writes are refused. */
  token?: string | null;
  /** Reads need the token too. */
  readTokenRequired?: boolean;
  webhooks?: WebhookOptions;
  /** Largest accepted request body in bytes (default 5 MB). */
  maxBody?: number;
  log?: (line: string) => void;
}

export interface App {
  fetch(req: Request): Promise<Response>;
  /** In-process request: a path (`/api/events?actor=USA`) or a full URL. */
  request(input: string, init?: RequestInit): Promise<Response>;
  readonly hub: Hub;
  readonly webhooks: Webhooks;
  /** Closes open streams (the store is the caller's). */
  close(): void;
}

export const MAX_BODY = 5 * 1024 * 1024;
/** How many of the newest matching events the map places. */
export const MAP_SAMPLE = 1000;
/** Aggregates (stats, map points) are cached this long per query string; writes through this server clear the cache. */
export const AGGREGATE_TTL_MS = 10_000;
const AGGREGATE_CACHE_SIZE = 256;

const DOC_FIELDS = new Set(['id', 'text', 'date', 'url', 'title', 'source']);
const WATCH_FIELDS = new Set(['name', 'actor', 'target', 'place', 'lat', 'lon', 'radius_km', 'codes', 'webhook']);

function json(data: unknown, status = 200, extra: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(data), {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...extra },
  });
}

/** URL query → EventQuery: a repeated parameter becomes a list; the stream's `access_token` is not a filter. */
export function queryOf(url: URL, drop: readonly string[] = []): EventQuery {
  const out: Record<string, string | string[]> = {};
  for (const key of new Set(url.searchParams.keys())) {
    if (key === 'access_token' || drop.includes(key)) continue;
    const all = url.searchParams.getAll(key);
    out[key] = all.length === 1 ? (all[0] as string) : all;
  }
  return out as EventQuery;
}

async function readJson(req: Request, maxBody: number): Promise<Record<string, unknown>> {
  const type = req.headers.get('content-type') ?? '';
  if (!/^application\/json\b/i.test(type)) throw new SitrepError('E_MEDIA_TYPE', 'expected Content-Type: application/json');
  const length = Number(req.headers.get('content-length') ?? '0');
  if (length > maxBody) throw new SitrepError('E_TOO_LARGE', `request body over ${maxBody} bytes`);
  const text = await req.text();
  if (Buffer.byteLength(text, 'utf8') > maxBody) throw new SitrepError('E_TOO_LARGE', `request body over ${maxBody} bytes`);
  let v: unknown;
  try {
    v = JSON.parse(text);
  } catch {
    throw new SitrepError('E_JSON', 'request body is not valid JSON');
  }
  if (v === null || typeof v !== 'object' || Array.isArray(v)) throw new SitrepError('E_JSON', 'request body must be a JSON object');
  return v as Record<string, unknown>;
}

function onlyFields(body: Record<string, unknown>, allowed: Set<string>, code: string): void {
  for (const k of Object.keys(body)) if (!allowed.has(k)) throw new SitrepError(code, `unknown field "${k}" (allowed: ${[...allowed].join(', ')})`);
}

function inputDoc(body: Record<string, unknown>): InputDoc {
  onlyFields(body, DOC_FIELDS, 'E_INPUT');
  const { id, text, date } = body;
  if (typeof id !== 'string' || id.trim() === '') throw new SitrepError('E_INPUT', 'id: must be a non-empty string');
  if (typeof text !== 'string' || text.trim() === '') throw new SitrepError('E_INPUT', 'text: must be a non-empty string');
  if (date !== undefined && date !== null && (typeof date !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(date))) {
    throw new SitrepError('E_INPUT', 'date: expected YYYY-MM-DD or null');
  }
  const doc: InputDoc = { id, text, date: typeof date === 'string' ? date : null };
  for (const k of ['url', 'title', 'source'] as const) {
    const v = body[k];
    if (v === undefined || v === null) continue;
    if (typeof v !== 'string') throw new SitrepError('E_INPUT', `${k}: expected a string`);
    doc[k] = v;
  }
  return doc;
}

export function createApp(opts: AppOptions): App {
  const { store } = opts;
  const token = opts.token ?? null;
  const maxBody = opts.maxBody ?? MAX_BODY;
  const log = opts.log ?? (() => undefined);
  const hub = new Hub();
  const webhooks = new Webhooks({ log, ...opts.webhooks });
  let coder: Coder | null = typeof opts.coder === 'object' ? opts.coder : null;
  const getCoder = (): Coder => (coder ??= typeof opts.coder === 'function' ? opts.coder() : createCoder());
  let labels: Record<string, string> | null = null;
  const cameo = (): Record<string, string> => (labels ??= Object.fromEntries([...cameoTable().values()].map((c) => [c.code, c.name])));

  const write = (ctx: Ctx): void => requireToken(ctx.req, ctx.url, token);
  // Many viewers ask for the same aggregates; other processes writing to the store are seen within the TTL.
  const aggregates = new Map<string, { at: number; value: Promise<unknown> }>();
  const cached = (key: string, compute: () => Promise<unknown>): Promise<unknown> => {
    const now = Date.now();
    const hit = aggregates.get(key);
    if (hit !== undefined && now - hit.at < AGGREGATE_TTL_MS) return hit.value;
    const value = compute();
    value.catch(() => aggregates.delete(key));
    aggregates.set(key, { at: now, value });
    if (aggregates.size > AGGREGATE_CACHE_SIZE) aggregates.delete(aggregates.keys().next().value as string);
    return value;
  };
  const router = new Router()
    .on('GET', '/api/events', async ({ url }) => json(await store.queryEvents(queryOf(url))))
    .on('GET', '/api/events/:id', async ({ params }) => {
      const e = await store.getEvent(params.id as string);
      if (e === null) throw notFound(`no event ${params.id}`);
      return json({ ...e, label: cameo()[e.code] ?? null, highlights: e.mentions.map((m) => highlights(e, m)) });
    })
    .on('GET', '/api/stats', async ({ url }) => json(await cached(`stats${url.search}`, () => store.stats(queryOf(url)))))
    .on('GET', '/api/actors', async ({ url }) => {
      const extra = [...url.searchParams.keys()].find((k) => k !== 'prefix' && k !== 'limit' && k !== 'access_token');
      if (extra !== undefined) throw new SitrepError('E_QUERY', `unknown field "${extra}" (allowed: prefix, limit)`);
      const limit = url.searchParams.get('limit');
      const prefix = url.searchParams.get('prefix');
      return json({ actors: await store.actors({ ...(prefix !== null ? { prefix } : {}), ...(limit !== null ? { limit: Number(limit) } : {}) }) });
    })
    .on('GET', '/api/operations', async () => json({ operations: await store.operations() }))
    .on('GET', '/api/map/world', () => json(worldMap(), 200, { 'cache-control': 'public, max-age=86400' }))
    .on('GET', '/api/map/points', async ({ url }) => json(await cached(`map${url.search}`, async () => {
      const page = await store.queryEvents({ ...queryOf(url, ['limit', 'cursor']), limit: MAP_SAMPLE });
      return { total: page.total, sampled: page.events.length, points: mapPoints(page.events) };
    })))
    .on('GET', '/api/alerts', async ({ url }) => {
      const extra = [...url.searchParams.keys()].find((k) => !['watchlist_id', 'since', 'limit', 'access_token'].includes(k));
      if (extra !== undefined) throw new SitrepError('E_QUERY', `unknown field "${extra}" (allowed: watchlist_id, since, limit)`);
      const p = url.searchParams;
      const limit = p.get('limit');
      const alerts = await store.alerts({
        ...(p.get('watchlist_id') !== null ? { watchlist_id: p.get('watchlist_id') as string } : {}),
        ...(p.get('since') !== null ? { since: p.get('since') as string } : {}),
        limit: limit === null ? 50 : Number(limit),
      });
      return json({ alerts });
    })
    .on('GET', '/api/stream', ({ req }) => {
      const last = Number(req.headers.get('last-event-id') ?? NaN);
      return new Response(hub.subscribe(Number.isFinite(last) ? last : null), {
        headers: { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-store', 'x-accel-buffering': 'no' },
      });
    })
    .on('POST', '/api/documents', async (ctx) => {
      write(ctx);
      const doc = inputDoc(await readJson(ctx.req, maxBody));
      const coded = getCoder().codeDoc(doc);
      const put = await store.putDocument({
        ...coded, text: doc.text,
        ...(doc.url !== undefined ? { url: doc.url } : {}), ...(doc.title !== undefined ? { title: doc.title } : {}), ...(doc.source !== undefined ? { source: doc.source } : {}),
      });
      if (put.inserted) aggregates.clear();
      const alerts = await announce(store, hub, webhooks, put);
      return json({ ...put, alerts: alerts.length }, put.inserted ? 201 : 200);
    })
    .on('GET', '/api/watchlists', async () => json({ watchlists: await store.listWatchlists() }))
    .on('POST', '/api/watchlists', async (ctx) => {
      write(ctx);
      const body = await readJson(ctx.req, maxBody);
      onlyFields(body, WATCH_FIELDS, 'E_WATCHLIST');
      return json(await store.createWatchlist(body as unknown as WatchlistInput), 201);
    })
    .on('GET', '/api/watchlists/:id', async ({ params }) => {
      const w = await store.getWatchlist(params.id as string);
      if (w === null) throw notFound(`no watchlist ${params.id}`);
      return json(w);
    })
    .on('PUT', '/api/watchlists/:id', async (ctx) => {
      write(ctx);
      const body = await readJson(ctx.req, maxBody);
      onlyFields(body, WATCH_FIELDS, 'E_WATCHLIST');
      const w = await store.updateWatchlist(ctx.params.id as string, body as Partial<WatchlistInput>);
      if (w === null) throw notFound(`no watchlist ${ctx.params.id}`);
      return json(w);
    })
    .on('DELETE', '/api/watchlists/:id', async (ctx) => {
      write(ctx);
      if (!(await store.deleteWatchlist(ctx.params.id as string))) throw notFound(`no watchlist ${ctx.params.id}`);
      return new Response(null, { status: 204 });
    })
    .on('GET', '/api/cameo', () => json(cameo(), 200, { 'cache-control': 'public, max-age=3600' }))
    .on('GET', '/api/openapi.json', () => json(OPENAPI))
    .on('GET', '/', () => serveAsset('index.html'))
    .on('GET', '/assets/:name', ({ params }) => serveAsset(params.name as string));

  function serveAsset(name: string): Response {
    const a = asset(name);
    if (a === null) throw notFound(`no file ${name}`);
    return new Response(a.body, { headers: { 'content-type': a.type, 'cache-control': 'no-cache' } });
  }

  async function handle(req: Request): Promise<Response> {
    const url = new URL(req.url);
    try {
      const hit = router.match(req.method, url.pathname);
      if (hit === null) throw notFound(`no route ${url.pathname}`);
      const isRead = req.method === 'GET' || req.method === 'HEAD';
      if (isRead && opts.readTokenRequired === true && url.pathname.startsWith('/api/')) requireToken(req, url, token, url.pathname === '/api/stream');
      return await hit.handler({ req, url, params: hit.params });
    } catch (e) {
      const { status, body } = errorBody(e);
      if (status === 500) log(`${req.method} ${url.pathname}: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
      const extra: Record<string, string> = status === 401 ? { 'www-authenticate': 'Bearer' } : {};
      return json(body, status, extra);
    }
  }

  return {
    async fetch(req) {
      const res = await handle(req);
      for (const [k, v] of Object.entries(SECURITY_HEADERS)) res.headers.set(k, v);
      return res;
    },
    request(input, init) {
      return this.fetch(new Request(new URL(input, 'http://sitrep.local'), init));
    },
    hub,
    webhooks,
    close() {
      hub.close();
    },
  };
}
