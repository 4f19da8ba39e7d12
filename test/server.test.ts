/**
 * The HTTP API in process: `createApp(...).request(path)` against a temporary SQLite store seeded with
 * documents written for this test (fictional states from test/fixtures/dicts; no real news text). One test
 * goes over a socket: a webhook receiver on 127.0.0.1 gets the alert for a watchlist hit.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { createApp, type App } from '../src/server/app.js';
import { STATUS } from '../src/server/errors.js';
import { highlights } from '../src/server/highlight.js';
import { OPENAPI } from '../src/server/openapi.js';
import { openStore, type EventPage, type Store, type StoredEvent, type Watchlist } from '../src/store/index.js';
import type { DocResult, EventRecord } from '../src/types.js';
import { testCoder } from './helpers.js';

const TOKEN = 'test-token-123';
const INJECTION = `<img src=x onerror="alert(1)"> '; DROP TABLE events; --`;

type Doc = DocResult & { text: string };

/** A document whose events each have one mention: [sentence, overrides] pairs, in text order. */
function seedDoc(id: string, source: string, rows: [string, Partial<EventRecord>][]): Doc {
  let text = '';
  const events: EventRecord[] = rows.map(([sentence, over], i) => {
    const start = text.length;
    text += `${sentence} `;
    return {
      id: `${id}-${i}`, doc: id, code: '111', root: '11', quad: 3, goldstein: -2, plover: null,
      source: { code: 'VAL', text: 'Valdoria', name: 'Valdoria' }, target: { code: 'KES', text: 'Kestria', name: 'Kestria' },
      date: '2021-03-01', date_basis: 'text', location: null, modality: 'asserted', speaker: null,
      mentions: [{ sentence: i, start, end: start + sentence.length, text: sentence }],
      explain: { verb_rule: 'test', source_rule: null, target_rule: null },
      ...over,
    };
  });
  return { doc: id, text, date: '2021-03-05', source, events, quotes: [], entities: [], places: [], operations: [] };
}

const SEED: Doc[] = [
  seedDoc('d1', 'Harbour Post', [
    ['Valdoria criticized Kestria over the dam.', {}],
    ['Kestria attacked Morvane with rockets near Port Lenn.', {
      code: '195', root: '19', quad: 4, goldstein: -10,
      source: { code: 'KESMIL', text: 'Kestria', name: 'Kestria' }, target: { code: 'MOR', text: 'Morvane', name: 'Morvane' },
      date: '2021-03-02', location: { name: 'Port Lenn', country: 'MOR', lat: 41.5, lon: 20.1 },
    }],
  ]),
  seedDoc('d2', 'Valley Times', [
    ['Valdoria met Morvane in the capital.', {
      code: '040', root: '04', quad: 1, goldstein: 1, target: { code: 'MOR', text: 'Morvane', name: 'Morvane' }, date: '2021-03-03',
    }],
    ['Morvane accused Valdoria of spying.', {
      code: '112', root: '11', quad: 3, goldstein: -2, date: '2021-03-04',
      source: { code: 'MOR', text: 'Morvane', name: 'Morvane' }, target: { code: 'VAL', text: 'Valdoria', name: 'Valdoria' },
    }],
    [`Valdoria criticized Kestria about ${INJECTION}.`, { date: '2021-03-04', code: '111' }],
  ]),
];

async function body<T>(res: Response): Promise<T> {
  return (await res.json()) as T;
}

interface ErrorJson {
  error: { code: string; message: string };
}

const write = (method: string, data: unknown, token: string | null = TOKEN): RequestInit => ({
  method,
  headers: { 'content-type': 'application/json', ...(token !== null ? { authorization: `Bearer ${token}` } : {}) },
  body: JSON.stringify(data),
});

/** Reads server-sent events from a stream until `want` returns a value. */
async function readUntil<T>(stream: ReadableStream<Uint8Array>, want: (kind: string, data: unknown) => T | undefined): Promise<T> {
  const reader = stream.getReader();
  const dec = new TextDecoder();
  let buf = '';
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) throw new Error('stream ended');
      buf += dec.decode(value, { stream: true });
      let cut: number;
      while ((cut = buf.indexOf('\n\n')) >= 0) {
        const frame = buf.slice(0, cut);
        buf = buf.slice(cut + 2);
        const kind = /^event: (.*)$/m.exec(frame)?.[1];
        const data = /^data: (.*)$/m.exec(frame)?.[1];
        if (kind === undefined || data === undefined) continue;
        const hit = want(kind, JSON.parse(data));
        if (hit !== undefined) return hit;
      }
    }
  } finally {
    await reader.cancel();
  }
}

void describe('server API', () => {
  let dir: string;
  let store: Store;
  let app: App;

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'sitrep-server-'));
    store = await openStore(join(dir, 'server.db'));
    for (const d of SEED) await store.putDocument(d);
    app = createApp({ store, token: TOKEN, coder: testCoder() });
  });

  after(async () => {
    app.close();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  void describe('GET /api/events filters', () => {
    const cases: [string, number, ((e: StoredEvent) => boolean) | null][] = [
      ['', 5, null],
      ['actor=VAL', 3, (e) => e.source?.code === 'VAL'],
      ['actor=KES', 1, (e) => e.source?.code.startsWith('KES') === true],
      ['target=MOR', 2, (e) => e.target?.code === 'MOR'],
      ['root=19', 1, (e) => e.root === '19'],
      ['root=11&root=04', 4, (e) => ['11', '04'].includes(e.root)],
      ['quad=3', 3, (e) => e.quad === 3],
      ['since=2021-03-03&until=2021-03-03', 1, (e) => e.date === '2021-03-03'],
      ['place=MOR', 1, (e) => e.location?.country === 'MOR'],
      ['text=rockets', 1, (e) => e.code === '195'],
      ['dyad=VAL-MOR', 2, (e) => [e.source?.code, e.target?.code].sort().join() === 'MOR,VAL'],
      // negative: filters that match nothing give an empty page, not an error
      ['actor=ZZZ', 0, null],
      ['text=submarine', 0, null],
      ['since=2030-01-01', 0, null],
    ];
    for (const [qs, total, check] of cases) {
      void it(`?${qs} → ${total}`, async () => {
        const res = await app.request(`/api/events?${qs}`);
        assert.equal(res.status, 200);
        const page = await body<EventPage>(res);
        assert.equal(page.total, total);
        assert.equal(page.events.length, total);
        if (check !== null) for (const e of page.events) assert.ok(check(e), `${e.id} does not satisfy ?${qs}`);
      });
    }
  });

  void it('paginates with a cursor: pages are disjoint, newest first, and cover every match', async () => {
    const seen: string[] = [];
    const dates: string[] = [];
    let next: string | null = null;
    let pages = 0;
    do {
      const qs: string = next === null ? 'limit=2' : `limit=2&cursor=${encodeURIComponent(next)}`;
      const page: EventPage = await body<EventPage>(await app.request(`/api/events?${qs}`));
      assert.ok(page.events.length <= 2);
      assert.equal(page.total, 5);
      for (const e of page.events) {
        seen.push(e.id);
        dates.push(e.date ?? '');
      }
      next = page.next;
      pages++;
    } while (next !== null && pages < 10);
    assert.equal(pages, 3);
    assert.equal(new Set(seen).size, 5);
    assert.deepEqual(dates, [...dates].sort().reverse());
  });

  void describe('errors have one shape and a mapped status', () => {
    const cases: [string, string, RequestInit | undefined, number, string][] = [
      ['unknown filter', '/api/events?colour=red', undefined, 400, 'E_QUERY'],
      ['bad date', '/api/events?since=yesterday', undefined, 400, 'E_QUERY'],
      ['bad limit', '/api/events?limit=0', undefined, 400, 'E_QUERY'],
      ['unknown stats filter', '/api/stats?colour=red', undefined, 400, 'E_QUERY'],
      ['unknown actors field', '/api/actors?colour=red', undefined, 400, 'E_QUERY'],
      ['no such event', '/api/events/nope', undefined, 404, 'E_NOT_FOUND'],
      ['no such route', '/api/nothing', undefined, 404, 'E_NOT_FOUND'],
      ['no such asset', '/assets/..%2Fpackage.json', undefined, 404, 'E_NOT_FOUND'],
      ['wrong method', '/api/events', { method: 'DELETE' }, 405, 'E_METHOD'],
      ['document without token', '/api/documents', write('POST', { id: 'x', text: 'Valdoria met Kestria.' }, null), 401, 'E_AUTH'],
      ['document with wrong token', '/api/documents', write('POST', { id: 'x', text: 'Valdoria met Kestria.' }, 'nope'), 401, 'E_AUTH'],
      ['watchlist without token', '/api/watchlists', write('POST', { name: 'w', actor: 'VAL' }, null), 401, 'E_AUTH'],
      ['watchlist delete without token', '/api/watchlists/abc', { method: 'DELETE' }, 401, 'E_AUTH'],
      ['document not JSON', '/api/documents', { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` }, body: '{' }, 400, 'E_JSON'],
      ['document as text/plain', '/api/documents', { method: 'POST', headers: { 'content-type': 'text/plain', authorization: `Bearer ${TOKEN}` }, body: 'hi' }, 415, 'E_MEDIA_TYPE'],
      ['document unknown field', '/api/documents', write('POST', { id: 'x', text: 'Valdoria met Kestria.', colour: 'red' }), 400, 'E_INPUT'],
      ['document without text', '/api/documents', write('POST', { id: 'x' }), 400, 'E_INPUT'],
      ['watchlist unknown field', '/api/watchlists', write('POST', { name: 'w', colour: 'red' }), 400, 'E_WATCHLIST'],
      ['watchlist bad codes', '/api/watchlists', write('POST', { name: 'w', codes: ['abc'] }), 400, 'E_WATCHLIST'],
      ['update missing watchlist', '/api/watchlists/missing', write('PUT', { name: 'w' }), 404, 'E_NOT_FOUND'],
    ];
    for (const [what, path, init, status, code] of cases) {
      void it(`${what} → ${status} ${code}`, async () => {
        const res = await app.request(path, init);
        assert.equal(res.status, status);
        assert.equal(STATUS[code] ?? 500, status);
        const b = await body<ErrorJson>(res);
        assert.equal(b.error.code, code);
        assert.equal(typeof b.error.message, 'string');
        assert.ok(b.error.message.length > 0);
      });
    }
  });

  void it('GET /api/events/:id returns mentions, sources, label and highlights; injection text comes back as text', async () => {
    const page = await body<EventPage>(await app.request('/api/events?text=spying'));
    const id = page.events[0]?.id ?? '';
    const e = await body<StoredEvent & { label: string | null; highlights: { role: string; start: number; end: number }[][] }>(await app.request(`/api/events/${encodeURIComponent(id)}`));
    assert.equal(e.code, '112');
    assert.equal(e.sources[0]?.source, 'Valley Times');
    assert.equal(e.mentions[0]?.text, 'Morvane accused Valdoria of spying.');
    assert.equal(typeof e.label, 'string');
    const roles = (e.highlights[0] ?? []).map((h) => `${h.role}:${e.mentions[0]?.text.slice(h.start, h.end)}`);
    assert.deepEqual(roles, ['source:Morvane', 'verb:accused', 'target:Valdoria']);

    const inj = await body<EventPage>(await app.request('/api/events?text=DROP'));
    assert.equal(inj.total, 1);
    assert.ok(inj.events[0]?.mentions[0]?.text.includes(INJECTION));
    assert.equal((await body<EventPage>(await app.request('/api/events'))).total, 5, 'the events table is still there');
  });

  void it('GET /api/stats counts by day, root, quad and dyad, with mean Goldstein', async () => {
    const s = await body<{ total: number; mean_goldstein: number; by_day: { date: string; count: number; quad: number[] }[]; by_root: { root: string; count: number }[]; by_quad: { quad: number; count: number }[]; top_dyads: { source: string; target: string; count: number }[] }>(
      await app.request('/api/stats'),
    );
    assert.equal(s.total, 5);
    assert.equal(s.mean_goldstein, (-2 - 10 + 1 - 2 - 2) / 5);
    assert.deepEqual(s.by_root, [{ root: '04', count: 1 }, { root: '11', count: 3 }, { root: '19', count: 1 }]);
    assert.deepEqual(s.by_quad.map((q) => [q.quad, q.count]), [[1, 1], [3, 3], [4, 1]]);
    assert.deepEqual(s.by_day.find((d) => d.date === '2021-03-04')?.quad, [0, 0, 2, 0]);
    assert.equal(s.top_dyads[0]?.count, 2);
    const filtered = await body<{ total: number }>(await app.request('/api/stats?actor=KES'));
    assert.equal(filtered.total, 1);
  });

  void it('GET /api/actors, /api/operations, /api/cameo, /api/map', async () => {
    const actors = await body<{ actors: { code: string }[] }>(await app.request('/api/actors?prefix=KES'));
    assert.deepEqual(actors.actors.map((a) => a.code).sort(), ['KES', 'KESMIL']);
    assert.ok(Array.isArray((await body<{ operations: unknown[] }>(await app.request('/api/operations'))).operations));
    assert.equal(typeof (await body<Record<string, string>>(await app.request('/api/cameo')))['195'], 'string');
    const world = await body<{ countries: { id: string; d: string }[] }>(await app.request('/api/map/world'));
    assert.ok(world.countries.length > 100);
    assert.ok(world.countries.some((c) => c.id === 'IRQ' && c.d.startsWith('M')));
    const points = await body<{ total: number; points: { name: string; count: number }[] }>(await app.request('/api/map/points?root=19'));
    assert.deepEqual(points.points.map((p) => [p.name, p.count]), [['Port Lenn', 1]]);
  });

  void it('GET /api/openapi.json is OpenAPI 3.1 and describes every API route', async () => {
    const res = await app.request('/api/openapi.json');
    const doc = JSON.parse(await res.text()) as { openapi: string; paths: Record<string, Record<string, unknown>> };
    assert.match(doc.openapi, /^3\.1\./);
    const expected: [string, string][] = [
      ['/api/events', 'get'], ['/api/events/{id}', 'get'], ['/api/stats', 'get'], ['/api/actors', 'get'], ['/api/operations', 'get'],
      ['/api/stream', 'get'], ['/api/documents', 'post'], ['/api/watchlists', 'get'], ['/api/watchlists', 'post'],
      ['/api/watchlists/{id}', 'put'], ['/api/watchlists/{id}', 'delete'], ['/api/openapi.json', 'get'], ['/api/map/points', 'get'],
    ];
    for (const [path, method] of expected) assert.ok(doc.paths[path]?.[method] !== undefined, `${method} ${path} described`);
    // every $ref resolves
    const refs = JSON.stringify(OPENAPI).match(/#\/components\/schemas\/\w+/g) ?? [];
    for (const r of refs) assert.ok(r.split('/').pop() as string in OPENAPI.components.schemas, `${r} resolves`);
  });

  void it('watchlists: create, read, update, delete (writes need the token)', async () => {
    const created = await app.request('/api/watchlists', write('POST', { name: 'Port Lenn', place: 'Port Lenn', codes: ['19'] }));
    assert.equal(created.status, 201);
    const w = await body<Watchlist>(created);
    assert.equal((await body<Watchlist>(await app.request(`/api/watchlists/${w.id}`))).name, 'Port Lenn');
    const updated = await body<Watchlist>(await app.request(`/api/watchlists/${w.id}`, write('PUT', { codes: ['18', '19'] })));
    assert.deepEqual(updated.codes, ['18', '19']);
    assert.ok((await body<{ watchlists: Watchlist[] }>(await app.request('/api/watchlists'))).watchlists.some((x) => x.id === w.id));
    const del = await app.request(`/api/watchlists/${w.id}`, { method: 'DELETE', headers: { authorization: `Bearer ${TOKEN}` } });
    assert.equal(del.status, 204);
    assert.equal((await app.request(`/api/watchlists/${w.id}`)).status, 404);
  });

  void it('the stream carries a new event and its alert after POST /api/documents', async () => {
    const wres = await app.request('/api/watchlists', write('POST', { name: 'Morvane watch', actor: 'MOR' }));
    assert.equal(wres.status, 201);
    const stream = await app.request('/api/stream');
    assert.equal(stream.status, 200);
    assert.match(stream.headers.get('content-type') ?? '', /^text\/event-stream/);
    const got = readUntil(stream.body as ReadableStream<Uint8Array>, (kind, data) => {
      const d = data as { event: StoredEvent; watchlist?: { name: string } };
      return kind === 'alert' ? { kind, code: d.event.code, watchlist: d.watchlist?.name } : undefined;
    });
    const res = await app.request('/api/documents', write('POST', { id: 'posted-1', text: 'Valdoria met Morvane on Tuesday.', date: '2021-04-06', source: 'Test Wire' }));
    assert.equal(res.status, 201);
    const put = await body<{ created: string[]; alerts: number }>(res);
    assert.equal(put.created.length, 1);
    assert.equal(put.alerts, 1);
    assert.deepEqual(await got, { kind: 'alert', code: '040', watchlist: 'Morvane watch' });
    // the same document again changes nothing and alerts no one
    const again = await app.request('/api/documents', write('POST', { id: 'posted-1', text: 'Valdoria met Morvane on Tuesday.', date: '2021-04-06', source: 'Test Wire' }));
    assert.equal(again.status, 200);
    assert.equal((await body<{ alerts: number }>(again)).alerts, 0);
  });

  void it('a webhook receiver on 127.0.0.1 gets the alert for a watchlist hit', async () => {
    let resolveHit: (v: { path: string; body: { type: string; watchlist: { name: string }; event: StoredEvent } }) => void = () => undefined;
    const hit = new Promise<{ path: string; body: { type: string; watchlist: { name: string }; event: StoredEvent } }>((r) => (resolveHit = r));
    const receiver = createServer((req, res) => {
      let data = '';
      req.on('data', (c: Buffer) => (data += c.toString('utf8')));
      req.on('end', () => {
        res.writeHead(204).end();
        resolveHit({ path: req.url ?? '', body: JSON.parse(data) as { type: string; watchlist: { name: string }; event: StoredEvent } });
      });
    });
    await new Promise<void>((r) => receiver.listen(0, '127.0.0.1', r));
    try {
      const port = (receiver.address() as AddressInfo).port;
      const w = await app.request('/api/watchlists', write('POST', { name: 'Kestria attacks', actor: 'KES', codes: ['19'], webhook: `http://127.0.0.1:${port}/hook` }));
      assert.equal(w.status, 201);
      const res = await app.request('/api/documents', write('POST', { id: 'posted-2', text: 'Kestria attacked Morvane with rockets.', date: '2021-04-07' }));
      assert.equal(res.status, 201);
      const got = await hit;
      assert.equal(got.path, '/hook');
      assert.equal(got.body.type, 'sitrep.alert');
      assert.equal(got.body.watchlist.name, 'Kestria attacks');
      assert.equal(got.body.event.root, '19');
      await app.webhooks.idle();
      assert.equal(app.webhooks.stats.delivered, 1);
    } finally {
      await new Promise<void>((r) => receiver.close(() => r()));
    }
  });

  void it('reads need the token when configured', async () => {
    const closed = createApp({ store, token: TOKEN, readTokenRequired: true });
    try {
      assert.equal((await closed.request('/api/events')).status, 401);
      assert.equal((await closed.request('/api/events', { headers: { authorization: `Bearer ${TOKEN}` } })).status, 200);
      const s = await closed.request(`/api/stream?access_token=${TOKEN}`);
      assert.equal(s.status, 200);
      await s.body?.cancel();
      assert.equal((await closed.request('/api/events?access_token=nope')).status, 401);
    } finally {
      closed.close();
    }
  });

  void it('a server without a token refuses every write', async () => {
    const open = createApp({ store });
    const res = await open.request('/api/watchlists', write('POST', { name: 'w', actor: 'VAL' }));
    assert.equal(res.status, 401);
    assert.equal((await body<ErrorJson>(res)).error.code, 'E_AUTH');
    open.close();
  });

  void it('serves the dashboard with a strict content security policy', async () => {
    const res = await app.request('/');
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-type') ?? '', /text\/html/);
    assert.match(res.headers.get('content-security-policy') ?? '', /script-src 'self'/);
    assert.match(await res.text(), /<script type="module" src="\/assets\/app\.js">/);
    assert.equal((await app.request('/assets/app.js')).status, 200);
  });
});

void describe('evidence highlights', () => {
  const actor = (text: string) => ({ code: 'X', text, name: null });
  const cases: [string, string | null, string | null, string[]][] = [
    ['Valdoria criticized Kestria.', 'Valdoria', 'Kestria', ['source:Valdoria', 'verb:criticized', 'target:Kestria']],
    ['A Kestrian airstrike killed two Morvanian officers.', 'A Kestrian airstrike', 'two Morvanian officers', ['source:A Kestrian airstrike', 'verb:killed', 'target:two Morvanian officers']],
    // target before source (passive): no verb guess
    ['Kestria was criticized by Valdoria.', 'Valdoria', 'Kestria', ['target:Kestria', 'source:Valdoria']],
    // negative: actor text absent, or no actors
    ['Nobody said anything.', 'Valdoria', null, []],
    ['Valdoria protested.', 'Valdoria', null, ['source:Valdoria']],
    // a long gap is not a verb
    ['Valdoria, after many months of quiet talks with its neighbours, finally criticized Kestria.', 'Valdoria', 'Kestria', ['source:Valdoria', 'target:Kestria']],
  ];
  for (const [text, s, t, want] of cases) {
    void it(text, () => {
      const hs = highlights({ source: s === null ? null : actor(s), target: t === null ? null : actor(t) }, { text });
      assert.deepEqual(hs.map((h) => `${h.role}:${text.slice(h.start, h.end)}`), want);
    });
  }
});
