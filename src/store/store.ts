/**
 * The `Store` over kysely, the same code for SQLite and PostgreSQL (`backend` chooses the
 * full-text clause, a write lock and the shape of a page query: see `queryEvents`). Writes of one
 * document happen in one transaction: the document is either stored with all its layers or not at all.
 * `EventPage.total` stays exact; it is cached per filter until the next committed document write.
 */
import { createHash, randomUUID } from 'node:crypto';
import { sql, type Kysely, type Selectable } from 'kysely';
import { SitrepError } from '../errors.js';
import type { DocResult, EventActor, EventRecord, Explain, Modality, OperationStatus, PloverLabel } from '../types.js';
import { addDays, dyadKey, sameHappening, type MergeKey } from './merge.js';
import { afterCursor, encodeCursor, filterExpression, parseEventQuery } from './query.js';
import type { Backend, Database, EventsTable, WatchlistsTable } from './schema.js';
import type {
  ActorSummary, Alert, EventPage, EventQuery, EventSource, EventStats, PutResult, Store, StoredDocument, StoredEvent,
  StoredMention, StoredOperation, StoredOperationChange, Watchlist, WatchlistInput,
} from './types.js';

export interface StoreOptions {
  /** Clock for `first_seen`, `ingested_at` and friends (tests fix it). */
  now?: () => Date;
  /** PostgreSQL connection pool size (default: twice the cores, 4–20, see `defaultPoolSize`); SQLite has one connection. */
  poolSize?: number;
}

type Db = Kysely<Database>;
type EventRow = Selectable<EventsTable>;

/** Rows per multi-row insert and ids per `in (...)` list: far below both engines' parameter limits. */
const CHUNK = 200;
/** PostgreSQL advisory lock key that serialises document writes, so concurrent reports of one happening merge. */
const WRITE_LOCK = 0x5173_7265;

function chunks<T>(xs: readonly T[], n = CHUNK): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < xs.length; i += n) out.push(xs.slice(i, i + n));
  return out;
}

const sha256 = (s: string): string => createHash('sha256').update(s).digest('hex');
const num = (v: unknown): number => (v === null || v === undefined ? 0 : Number(v));
const numOrNull = (v: unknown): number | null => (v === null || v === undefined ? null : Number(v));

/** Stable operation id: normalised name, actor and country. */
export function operationId(name: string, actor: string | null, country: string | null): string {
  const norm = (s: string | null): string => (s ?? '').toLowerCase().replace(/\s+/g, ' ').trim();
  return `op-${sha256(`${norm(name)}|${norm(actor)}|${norm(country)}`).slice(0, 16)}`;
}

function mergeKeyOfRecord(e: EventRecord): MergeKey {
  return {
    code: e.code, root: e.root, source: e.source?.code ?? null, target: e.target?.code ?? null,
    date: e.date, country: e.location?.country ?? null, modality: e.modality,
  };
}

function mergeKeyOfRow(r: EventRow): MergeKey {
  return {
    code: r.code, root: r.root, source: r.source_code, target: r.target_code,
    date: r.date, country: r.location_country, modality: r.modality,
  };
}

function eventRow(e: EventRecord, doc: string, now: string): EventsTable {
  return {
    id: e.id,
    code: e.code,
    root: e.root,
    quad: e.quad,
    goldstein: e.goldstein,
    plover_type: e.plover?.type ?? null,
    plover_mode: e.plover?.mode ?? null,
    source_code: e.source?.code ?? null,
    source_name: e.source?.name ?? null,
    source_text: e.source?.text ?? null,
    target_code: e.target?.code ?? null,
    target_name: e.target?.name ?? null,
    target_text: e.target?.text ?? null,
    dyad: dyadKey(e.source?.code, e.target?.code),
    date: e.date,
    date_key: e.date ?? '0000-00-00',
    date_basis: e.date_basis,
    date_precision: e.date_precision ?? null,
    location_name: e.location?.name ?? null,
    location_country: e.location?.country ?? null,
    location_lat: e.location?.lat ?? null,
    location_lon: e.location?.lon ?? null,
    modality: e.modality,
    speaker: e.speaker === null ? null : JSON.stringify(e.speaker),
    explain: JSON.stringify(e.explain),
    doc_id: doc,
    first_seen: now,
    num_mentions: 0,
    num_sources: 0,
    num_articles: 0,
  };
}

function actorOf(code: string | null, text: string | null, name: string | null): EventActor | null {
  return code === null ? null : { code, text: text ?? '', name };
}

function toStoredEvent(r: EventRow, mentions: StoredMention[], sources: EventSource[]): StoredEvent {
  const plover: PloverLabel | null = r.plover_type === null ? null : { type: r.plover_type, mode: r.plover_mode };
  const e: StoredEvent = {
    id: r.id,
    doc: r.doc_id,
    code: r.code,
    root: r.root,
    quad: num(r.quad),
    goldstein: num(r.goldstein),
    plover,
    source: actorOf(r.source_code, r.source_text, r.source_name),
    target: actorOf(r.target_code, r.target_text, r.target_name),
    date: r.date,
    date_basis: r.date_basis as EventRecord['date_basis'],
    location: r.location_name === null ? null : {
      name: r.location_name, country: r.location_country,
      lat: numOrNull(r.location_lat), lon: numOrNull(r.location_lon),
    },
    modality: r.modality as Modality,
    speaker: r.speaker === null ? null : (JSON.parse(r.speaker) as EventActor),
    explain: JSON.parse(r.explain) as Explain,
    mentions,
    sources,
    num_mentions: num(r.num_mentions),
    num_sources: num(r.num_sources),
    num_articles: num(r.num_articles),
    first_seen: r.first_seen,
  };
  if (r.date_precision !== null) e.date_precision = r.date_precision as NonNullable<EventRecord['date_precision']>;
  return e;
}

function toWatchlist(r: Selectable<WatchlistsTable>): Watchlist {
  return {
    id: r.id, name: r.name, actor: r.actor, target: r.target, place: r.place,
    lat: numOrNull(r.lat), lon: numOrNull(r.lon), radius_km: numOrNull(r.radius_km),
    codes: JSON.parse(r.codes) as string[], webhook: r.webhook, created_at: r.created_at, updated_at: r.updated_at,
  };
}

const watchError = (what: string): SitrepError => new SitrepError('E_WATCHLIST', what);

function checkWatchlist(w: Partial<WatchlistInput>, creating: boolean): void {
  if (creating || w.name !== undefined) {
    if (typeof w.name !== 'string' || w.name.trim() === '') throw watchError('name: must be a non-empty string');
  }
  for (const k of ['actor', 'target', 'place', 'webhook'] as const) {
    const v = w[k];
    if (v !== undefined && v !== null && typeof v !== 'string') throw watchError(`${k}: expected a string`);
  }
  for (const k of ['lat', 'lon', 'radius_km'] as const) {
    const v = w[k];
    if (v !== undefined && v !== null && !Number.isFinite(v)) throw watchError(`${k}: expected a number`);
  }
  if (w.codes !== undefined && (!Array.isArray(w.codes) || w.codes.some((c) => typeof c !== 'string' || !/^\d{2,4}$/.test(c)))) {
    throw watchError('codes: expected CAMEO code prefixes such as "19" or "195"');
  }
  if (w.webhook !== undefined && w.webhook !== null && !/^https?:\/\//.test(w.webhook)) {
    throw watchError('webhook: expected an http(s) URL');
  }
}

/**
 * PostgreSQL: a text query with at most this many matching events reads them from the full-text
 * index first and sorts them; a commoner word is better served by walking the page order and
 * stopping at the page's end (the matches are dense there).
 */
const TEXT_FIRST_MAX = 2000;

/** PostgreSQL: an event's mentions as JSON, in `hydrate`'s order. */
const PG_MENTIONS = sql<StoredMention[]>`(select coalesce(json_agg(json_build_object(
  'doc', m.doc_id, 'sentence', m.sentence, 'start', m.start, 'end', m."end", 'text', m.text) order by m.doc_id, m.start), '[]'::json)
  from event_mentions m where m.event_id = events.id)`;
/** PostgreSQL: an event's sources as JSON, in `hydrate`'s order. */
const PG_SOURCES = sql<EventSource[]>`(select coalesce(json_agg(json_build_object(
  'doc', s.doc_id, 'source', d.source, 'url', d.url, 'title', d.title, 'date', d.date, 'added_at', s.added_at)
  order by s.added_at, s.doc_id), '[]'::json)
  from event_sources s join documents d on d.id = s.doc_id where s.event_id = events.id)`;
/** The write counter (`StoreStateTable`), read in the same snapshot as the page. */
const PG_VERSION = sql<string>`(select value from store_state where key = 'events')`;

/** Bumps the write counter (`StoreStateTable`); called last in every document write's transaction. */
async function bumpVersion(trx: Db): Promise<void> {
  await trx.updateTable('store_state').set((eb) => ({ value: eb('value', '+', 1) })).where('key', '=', 'events').execute();
}

/** Refresh the planner's statistics every this many document writes (a growing store changes the best plans). */
const OPTIMIZE_EVERY = 100;

export class KyselyStore implements Store {
  private readonly now: () => Date;
  /** Writes through this store (a cache key part, and the optimize schedule). */
  private writes = 0;
  /**
   * Exact query totals by filter, valid while no document write committed (by this store or any
   * other client: the `store_state` counter each write bumps in its transaction). Counting 100,000
   * rows for every page of every dashboard refresh would otherwise dominate the query time.
   * Pending counts are shared, so concurrent clients asking the same filter count once.
   */
  private readonly totals = new Map<string, Promise<number>>();
  private totalsVersion: string | null = null;

  constructor(
    private readonly db: Db,
    readonly backend: Backend,
    opts: StoreOptions = {},
  ) {
    this.now = opts.now ?? (() => new Date());
  }

  // ---------------------------------------------------------------- writes

  async putDocument(doc: DocResult & { text: string }): Promise<PutResult> {
    if (typeof doc.doc !== 'string' || doc.doc === '') throw new SitrepError('E_INPUT', 'putDocument: document id is missing');
    if (typeof doc.text !== 'string') throw new SitrepError('E_INPUT', `putDocument ${doc.doc}: text is missing`);
    const hash = sha256(doc.text);
    const now = this.now().toISOString();
    const result = await this.db.transaction().execute(async (trx): Promise<PutResult> => {
      if (this.backend === 'postgres') await sql`select pg_advisory_xact_lock(${WRITE_LOCK})`.execute(trx);
      const existing = await trx.selectFrom('documents').select('text_hash').where('id', '=', doc.doc).executeTakeFirst();
      if (existing !== undefined && existing.text_hash === hash) return { inserted: false, events: 0, created: [], merged: [] };
      const meta = {
        url: doc.url ?? null, title: doc.title ?? null, source: doc.source ?? null, date: doc.date,
        text_hash: hash, ingested_at: now,
      };
      let stale: string[] = [];
      if (existing !== undefined) {
        stale = await this.detachDocument(trx, doc.doc);
        await trx.updateTable('documents').set(meta).where('id', '=', doc.doc).execute();
      } else {
        await trx.insertInto('documents').values({ id: doc.doc, ...meta }).execute();
      }
      const { created, merged } = await this.putEvents(trx, doc, now);
      await this.recount(trx, [...new Set([...stale, ...merged])]);
      await this.putLayers(trx, doc, now);
      await bumpVersion(trx);
      return { inserted: true, events: created.length + merged.length, created, merged };
    });
    if (result.inserted) await this.wrote();
    return result;
  }

  private async wrote(): Promise<void> {
    this.writes++;
    if (this.writes % OPTIMIZE_EVERY !== 0) return;
    if (this.backend === 'sqlite') await sql`pragma optimize=0x10002`.execute(this.db);
    else await sql`analyze events, event_mentions, event_sources, event_aliases`.execute(this.db);
  }

  /**
   * The total for a filter: cached while the write counter stands still. The counter is read
   * before counting, so a write that commits meanwhile can only make the entry stale for a
   * version already gone, never hide itself.
   */
  private async total(key: string, count: () => Promise<number>, known?: number | string | null): Promise<number> {
    const state = known === undefined || known === null
      ? await this.db.selectFrom('store_state').select('value').where('key', '=', 'events').executeTakeFirst()
      : { value: known };
    const version = String(state?.value ?? '');
    if (version !== this.totalsVersion) {
      this.totals.clear();
      this.totalsVersion = version;
    }
    let pending = this.totals.get(key);
    if (pending === undefined) {
      if (this.totals.size >= 500) this.totals.clear();
      pending = count();
      this.totals.set(key, pending);
      const mine = pending;
      pending.catch(() => {
        if (this.totals.get(key) === mine) this.totals.delete(key);
      });
    }
    return pending;
  }

  /** Stores a document's events: each becomes a new row or merges into the row of the same happening. */
  private async putEvents(trx: Db, doc: DocResult, now: string): Promise<{ created: string[]; merged: string[] }> {
    // One record per coder id (a coder may repeat an id; its mentions are pooled).
    const byId = new Map<string, EventRecord>();
    for (const e of doc.events) {
      const seen = byId.get(e.id);
      if (seen === undefined) byId.set(e.id, { ...e, mentions: [...e.mentions] });
      else seen.mentions.push(...e.mentions);
    }
    const records = [...byId.values()];
    if (records.length === 0) return { created: [], merged: [] };

    // Ids already stored (this report seen before, e.g. the document re-ingested with a new text).
    const alias = new Map<string, string>();
    for (const ids of chunks(records.map((e) => e.id))) {
      const rows = await trx.selectFrom('event_aliases').select(['alias', 'event_id']).where('alias', 'in', ids).execute();
      for (const r of rows) alias.set(r.alias, r.event_id);
    }

    // Merge candidates: same dyad and root, dated within a day.
    const probe = records.filter((e) => !alias.has(e.id) && e.date !== null);
    const candidates = new Map<string, EventRow>();
    for (const part of chunks(probe, 50)) {
      const rows = await trx
        .selectFrom('events')
        .selectAll()
        .where((eb) => eb.or(part.map((e) => eb.and([
          eb('dyad', '=', dyadKey(e.source?.code, e.target?.code)),
          eb('root', '=', e.root),
          eb('date_key', '>=', addDays(e.date as string, -1)),
          eb('date_key', '<=', addDays(e.date as string, 1)),
        ]))))
        .execute();
      for (const r of rows) candidates.set(r.id, r);
    }
    const ordered = [...candidates.values()].sort((a, b) => a.first_seen.localeCompare(b.first_seen) || a.id.localeCompare(b.id));

    // Events this document already reports: two records of one document are two happenings.
    const claimed = new Set<string>();
    const target = new Map<string, string>();
    const created: EventsTable[] = [];
    const merged = new Set<string>();
    const fillLocation: { id: string; e: EventRecord }[] = [];
    for (const e of records) {
      const known = alias.get(e.id);
      if (known !== undefined) {
        target.set(e.id, known);
        claimed.add(known);
        merged.add(known);
        continue;
      }
      const key = mergeKeyOfRecord(e);
      const hit = ordered.find((r) => !claimed.has(r.id) && sameHappening(key, mergeKeyOfRow(r)));
      if (hit !== undefined) {
        target.set(e.id, hit.id);
        claimed.add(hit.id);
        merged.add(hit.id);
        if (hit.location_name === null && e.location !== null) fillLocation.push({ id: hit.id, e });
      } else {
        target.set(e.id, e.id);
        claimed.add(e.id);
        // Counts of a new event are known: its mentions (distinct spans), one article, one source.
        const spans = new Set(e.mentions.map((m) => `${m.start}:${m.end}`)).size;
        created.push({ ...eventRow(e, doc.doc, now), num_mentions: spans, num_articles: 1, num_sources: 1 });
      }
    }

    for (const rows of chunks(created, 100)) await trx.insertInto('events').values(rows).execute();
    for (const { id, e } of fillLocation) {
      await trx.updateTable('events').set({
        location_name: e.location?.name ?? null, location_country: e.location?.country ?? null,
        location_lat: e.location?.lat ?? null, location_lon: e.location?.lon ?? null,
      }).where('id', '=', id).execute();
    }
    const aliasRows = records.map((e) => ({ alias: e.id, event_id: target.get(e.id) as string, doc_id: doc.doc }));
    for (const rows of chunks(aliasRows)) {
      await trx.insertInto('event_aliases').values(rows).onConflict((oc) => oc.column('alias').doNothing()).execute();
    }
    const mentionRows = records.flatMap((e) => e.mentions.map((m) => ({
      event_id: target.get(e.id) as string, doc_id: doc.doc, sentence: m.sentence, start: m.start, end: m.end, text: m.text,
    })));
    for (const rows of chunks(mentionRows, 150)) {
      await trx.insertInto('event_mentions').values(rows)
        .onConflict((oc) => oc.columns(['event_id', 'doc_id', 'start', 'end']).doNothing()).execute();
    }
    const sourceKey = doc.source !== undefined && doc.source !== '' ? doc.source : `doc:${doc.doc}`;
    const sourceRows = [...new Set(target.values())].map((id) => ({ event_id: id, doc_id: doc.doc, source_key: sourceKey, added_at: now }));
    for (const rows of chunks(sourceRows)) {
      await trx.insertInto('event_sources').values(rows).onConflict((oc) => oc.columns(['event_id', 'doc_id']).doNothing()).execute();
    }
    await this.touchActors(trx, records.flatMap((e) => [e.source, e.target]).filter((a): a is EventActor => a !== null)
      .map((a) => ({ code: a.code, name: a.name })), now);
    const createdIds = new Set(created.map((r) => r.id));
    return { created: [...createdIds], merged: [...merged].filter((id) => !createdIds.has(id)) };
  }

  private async touchActors(trx: Db, actors: { code: string; name: string | null }[], now: string): Promise<void> {
    const byCode = new Map<string, string | null>();
    for (const a of actors) {
      if (a.code === '') continue;
      if (!byCode.has(a.code) || byCode.get(a.code) === null) byCode.set(a.code, a.name);
    }
    const rows = [...byCode].map(([code, name]) => ({ code, name, first_seen: now, last_seen: now }));
    for (const part of chunks(rows)) {
      await trx.insertInto('actors').values(part).onConflict((oc) => oc.column('code').doUpdateSet({
        last_seen: (eb) => eb.ref('excluded.last_seen'),
        name: sql<string | null>`coalesce(actors.name, excluded.name)`,
      })).execute();
    }
  }

  /** Recomputes GDELT-style counts; events left without any report are deleted. */
  private async recount(trx: Db, ids: string[]): Promise<void> {
    for (const part of chunks(ids)) {
      await trx.updateTable('events').set((eb) => ({
        num_mentions: eb.selectFrom('event_mentions as m').select((m) => m.fn.countAll<number>().as('n')).whereRef('m.event_id', '=', 'events.id'),
        num_articles: eb.selectFrom('event_sources as s').select((s) => s.fn.countAll<number>().as('n')).whereRef('s.event_id', '=', 'events.id'),
        num_sources: eb.selectFrom('event_sources as s').select(sql<number>`count(distinct s.source_key)`.as('n')).whereRef('s.event_id', '=', 'events.id'),
      })).where('id', 'in', part).execute();
      const gone = await trx.selectFrom('events').select('id').where('id', 'in', part).where('num_articles', '=', 0).execute();
      if (gone.length > 0) {
        const goneIds = gone.map((g) => g.id);
        await trx.deleteFrom('events').where('id', 'in', goneIds).execute();
        await trx.deleteFrom('event_aliases').where('event_id', 'in', goneIds).execute();
        await trx.deleteFrom('alerts').where('event_id', 'in', goneIds).execute();
      }
    }
  }

  /** Removes a document's reports and layers; returns the events that lost a report. */
  private async detachDocument(trx: Db, id: string): Promise<string[]> {
    const touched = (await trx.selectFrom('event_sources').select('event_id').where('doc_id', '=', id).execute()).map((r) => r.event_id);
    await trx.deleteFrom('event_mentions').where('doc_id', '=', id).execute();
    await trx.deleteFrom('event_sources').where('doc_id', '=', id).execute();
    // An event's own id stays an alias while the event lives, so the report finds it again.
    await trx.deleteFrom('event_aliases').where('doc_id', '=', id).whereRef('alias', '!=', 'event_id').execute();
    const ops = (await trx.selectFrom('operation_history').select('operation_id').distinct().where('doc_id', '=', id).execute())
      .map((r) => r.operation_id);
    for (const table of ['quotes', 'entities', 'places', 'operation_history', 'operation_evidence'] as const) {
      await trx.deleteFrom(table).where('doc_id', '=', id).execute();
    }
    for (const op of ops) await this.refreshOperation(trx, op);
    return touched;
  }

  /** Quotes, entities, places and operations of a document. */
  private async putLayers(trx: Db, doc: DocResult, now: string): Promise<void> {
    const quotes = doc.quotes.map((q) => ({
      doc_id: doc.doc, start: q.start, end: q.end, text: q.text, speaker_name: q.speaker?.name ?? null, speaker_code: q.speaker?.code ?? null,
    }));
    for (const rows of chunks(quotes)) await trx.insertInto('quotes').values(rows).execute();
    const entities = doc.entities.map((en) => ({
      doc_id: doc.doc, text: en.text, code: en.code, name: en.name, kind: en.kind, mentions: JSON.stringify(en.mentions),
    }));
    for (const rows of chunks(entities)) await trx.insertInto('entities').values(rows).execute();
    await this.touchActors(trx, doc.entities.filter((en) => en.code !== null).map((en) => ({ code: en.code as string, name: en.name })), now);
    const places = doc.places.map((p) => ({
      doc_id: doc.doc, text: p.text, name: p.name, kind: p.kind, country: p.country, lat: p.lat, lon: p.lon, start: p.start, end: p.end, role: p.role,
    }));
    for (const rows of chunks(places)) await trx.insertInto('places').values(rows).execute();

    for (const op of doc.operations) {
      const id = operationId(op.name, op.actor, op.country);
      await trx.insertInto('operations')
        .values({ id, name: op.name, actor: op.actor, country: op.country, status: op.status, since: op.since, updated_at: now })
        .onConflict((oc) => oc.column('id').doNothing()).execute();
      const history = op.history.length > 0
        ? op.history
        : [{ status: op.status, date: op.since, event: null, evidence: op.evidence[0]?.text ?? '' }];
      await trx.insertInto('operation_history').values(history.map((h) => ({
        operation_id: id, doc_id: doc.doc, status: h.status, date: h.date, event: h.event, evidence: h.evidence, added_at: now,
      }))).execute();
      if (op.evidence.length > 0) {
        await trx.insertInto('operation_evidence').values(op.evidence.map((m) => ({
          operation_id: id, doc_id: doc.doc, sentence: m.sentence, start: m.start, end: m.end, text: m.text,
        }))).execute();
      }
      await this.refreshOperation(trx, id, now);
    }
  }

  /** Current status = the latest change by date; `since` = when that status began. */
  private async refreshOperation(trx: Db, id: string, now?: string): Promise<void> {
    const rows = await trx.selectFrom('operation_history').select(['status', 'date', 'id']).where('operation_id', '=', id).execute();
    if (rows.length === 0) {
      await trx.deleteFrom('operations').where('id', '=', id).execute();
      return;
    }
    rows.sort((a, b) => (a.date ?? '').localeCompare(b.date ?? '') || num(a.id) - num(b.id));
    const last = rows[rows.length - 1] as (typeof rows)[number];
    let since = last.date;
    for (let i = rows.length - 1; i >= 0 && rows[i]?.status === last.status; i--) since = rows[i]?.date ?? since;
    const set: { status: string; since: string | null; updated_at?: string } = { status: last.status, since };
    if (now !== undefined) set.updated_at = now;
    await trx.updateTable('operations').set(set).where('id', '=', id).execute();
  }

  async removeDocument(id: string): Promise<boolean> {
    const removed = await this.db.transaction().execute(async (trx) => {
      if (this.backend === 'postgres') await sql`select pg_advisory_xact_lock(${WRITE_LOCK})`.execute(trx);
      const gone = await trx.deleteFrom('documents').where('id', '=', id).executeTakeFirst();
      if (Number(gone.numDeletedRows) === 0) return false;
      await this.recount(trx, await this.detachDocument(trx, id));
      await bumpVersion(trx);
      return true;
    });
    if (removed) await this.wrote();
    return removed;
  }

  // ---------------------------------------------------------------- reads

  async getDocument(id: string): Promise<StoredDocument | null> {
    const d = await this.db.selectFrom('documents').selectAll().where('id', '=', id).executeTakeFirst();
    if (d === undefined) return null;
    const [quotes, entities, places] = await Promise.all([
      this.db.selectFrom('quotes').selectAll().where('doc_id', '=', id).orderBy('start').execute(),
      this.db.selectFrom('entities').selectAll().where('doc_id', '=', id).orderBy('id').execute(),
      this.db.selectFrom('places').selectAll().where('doc_id', '=', id).orderBy('start').execute(),
    ]);
    return {
      ...d,
      quotes: quotes.map((q) => ({
        start: num(q.start), end: num(q.end), text: q.text,
        speaker: q.speaker_name === null && q.speaker_code === null ? null : { name: q.speaker_name, code: q.speaker_code },
      })),
      entities: entities.map((e) => ({ text: e.text, code: e.code, name: e.name, kind: e.kind, mentions: JSON.parse(e.mentions) as StoredDocument['entities'][number]['mentions'] })),
      places: places.map((p) => ({
        text: p.text, name: p.name, kind: p.kind, country: p.country, lat: numOrNull(p.lat), lon: numOrNull(p.lon),
        start: num(p.start), end: num(p.end), role: p.role,
      })),
    };
  }

  async getEvent(id: string): Promise<StoredEvent | null> {
    const a = await this.db.selectFrom('event_aliases').select('event_id').where('alias', '=', id).executeTakeFirst();
    const row = await this.db.selectFrom('events').selectAll().where('id', '=', a?.event_id ?? id).executeTakeFirst();
    if (row === undefined) return null;
    return (await this.hydrate([row]))[0] ?? null;
  }

  /** Adds mentions and sources to event rows, keeping their order. */
  private async hydrate(rows: EventRow[]): Promise<StoredEvent[]> {
    if (rows.length === 0) return [];
    const ids = rows.map((r) => r.id);
    const mentions = new Map<string, StoredMention[]>();
    const sources = new Map<string, EventSource[]>();
    for (const part of chunks(ids)) {
      // Two statements at once: on PostgreSQL two pooled connections, on SQLite the same as in turn.
      const [ms, ss] = await Promise.all([
        this.db.selectFrom('event_mentions')
          .select(['event_id', 'doc_id', 'sentence', 'start', 'end', 'text'])
          .where('event_id', 'in', part).orderBy('doc_id').orderBy('start').execute(),
        this.db.selectFrom('event_sources as s').innerJoin('documents as d', 'd.id', 's.doc_id')
          .select(['s.event_id', 's.doc_id', 's.added_at', 'd.source', 'd.url', 'd.title', 'd.date'])
          .where('s.event_id', 'in', part).orderBy('s.added_at').orderBy('s.doc_id').execute(),
      ]);
      for (const m of ms) {
        const list = mentions.get(m.event_id) ?? [];
        list.push({ doc: m.doc_id, sentence: num(m.sentence), start: num(m.start), end: num(m.end), text: m.text });
        mentions.set(m.event_id, list);
      }
      for (const s of ss) {
        const list = sources.get(s.event_id) ?? [];
        list.push({ doc: s.doc_id, source: s.source, url: s.url, title: s.title, date: s.date, added_at: s.added_at });
        sources.set(s.event_id, list);
      }
    }
    return rows.map((r) => toStoredEvent(r, mentions.get(r.id) ?? [], sources.get(r.id) ?? []));
  }

  async queryEvents(q: EventQuery): Promise<EventPage> {
    const f = parseEventQuery(q);
    const key = JSON.stringify({ ...f, limit: 0, cursor: null });
    const count = async (): Promise<number> => num((await this.db.selectFrom('events')
      .where((eb) => filterExpression(eb, f, this.backend))
      .select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirst())?.n);
    const page = (textFirst: boolean) => this.db.selectFrom('events')
      .where((eb) => filterExpression(eb, f, this.backend, textFirst))
      .$if(f.cursor !== null, (qb) => qb.where((eb) => afterCursor(eb, f.cursor as NonNullable<typeof f.cursor>)))
      .orderBy('date_key', 'desc').orderBy('id', 'desc').limit(f.limit + 1);
    // SQLite sorts whole rows: it picks and orders the page's ids from an index first, then reads
    // only those rows (a filter matching 10,000 events otherwise read and sorted all of them).
    const rowsOf = (textFirst: boolean): Promise<EventRow[]> => (this.backend === 'sqlite'
      ? this.db.selectFrom('events').selectAll().where('id', 'in', page(false).select('id'))
        .orderBy('date_key', 'desc').orderBy('id', 'desc').execute()
      : page(textFirst).selectAll().execute());
    const finish = (rows: EventRow[]): { shown: EventRow[]; next: string | null } => {
      const shown = rows.slice(0, f.limit);
      const last = shown[shown.length - 1];
      return { shown, next: rows.length > f.limit && last !== undefined ? encodeCursor({ dateKey: last.date_key, id: last.id }) : null };
    };
    if (this.backend === 'postgres') {
      // One statement reads the page, its mentions and sources, and the write counter: on a busy
      // server each statement costs a round trip, a parse and a plan.
      const withLayers = (textFirst: boolean) => page(textFirst).selectAll('events')
        .select([PG_MENTIONS.as('mentions_json'), PG_SOURCES.as('sources_json'), PG_VERSION.as('store_version')]).execute();
      let total: number;
      let rows: Awaited<ReturnType<typeof withLayers>>;
      if (f.text !== null) {
        // The planner cannot tell a rare word from a common one: the total decides the plan (see filterExpression).
        total = await this.total(key, count);
        rows = await withLayers(total <= TEXT_FIRST_MAX);
      } else {
        rows = await withLayers(false);
        total = await this.total(key, count, rows[0]?.store_version);
      }
      const { shown, next } = finish(rows);
      const events = (shown as typeof rows).map(({ mentions_json: ms, sources_json: ss, store_version: _v, ...r }) => toStoredEvent(
        r,
        ms.map((m) => ({ doc: m.doc, sentence: num(m.sentence), start: num(m.start), end: num(m.end), text: m.text })),
        ss,
      ));
      return { events, total, next };
    }
    const [total, rows] = await Promise.all([this.total(key, count), rowsOf(false)]);
    const { shown, next } = finish(rows);
    return { events: await this.hydrate(shown), total, next };
  }

  async stats(q: EventQuery): Promise<EventStats> {
    const { cursor: _c, limit: _l, ...rest } = q;
    const f = parseEventQuery(rest);
    const base = this.db.selectFrom('events').where((eb) => filterExpression(eb, f, this.backend));
    const quadSum = (n: number) => sql<number>`sum(case when quad = ${n} then 1 else 0 end)`;
    const [all, days, roots, quads, dyads] = await Promise.all([
      base.select((eb) => [eb.fn.countAll<number>().as('n'), eb.fn.avg<number>('goldstein').as('g')]).executeTakeFirst(),
      base.select((eb) => [
        'date', eb.fn.countAll<number>().as('n'), eb.fn.avg<number>('goldstein').as('g'),
        quadSum(1).as('q1'), quadSum(2).as('q2'), quadSum(3).as('q3'), quadSum(4).as('q4'),
      ]).where('date', 'is not', null).groupBy('date').orderBy('date').execute(),
      base.select((eb) => ['root', eb.fn.countAll<number>().as('n')]).groupBy('root').orderBy('root').execute(),
      base.select((eb) => ['quad', eb.fn.countAll<number>().as('n')]).groupBy('quad').orderBy('quad').execute(),
      base.select((eb) => ['dyad', eb.fn.countAll<number>().as('n'), eb.fn.avg<number>('goldstein').as('g')])
        .groupBy('dyad').orderBy('n', 'desc').orderBy('dyad').limit(20).execute(),
    ]);
    const total = num(all?.n);
    return {
      total,
      mean_goldstein: total === 0 ? null : num(all?.g),
      by_day: days.map((d) => ({
        date: d.date as string, count: num(d.n), quad: [num(d.q1), num(d.q2), num(d.q3), num(d.q4)], mean_goldstein: num(d.g),
      })),
      by_root: roots.map((r) => ({ root: r.root, count: num(r.n) })),
      by_quad: quads.map((r) => ({ quad: num(r.quad), count: num(r.n) })),
      top_dyads: dyads.map((d) => {
        const [source = '', target = ''] = d.dyad.split('>');
        return { source, target, count: num(d.n), mean_goldstein: num(d.g) };
      }),
    };
  }

  async operations(): Promise<StoredOperation[]> {
    const ops = await this.db.selectFrom('operations').selectAll().orderBy('updated_at', 'desc').orderBy('id').execute();
    if (ops.length === 0) return [];
    const ids = ops.map((o) => o.id);
    const history = await this.db.selectFrom('operation_history').selectAll().where('operation_id', 'in', ids).execute();
    const evidence = await this.db.selectFrom('operation_evidence').selectAll().where('operation_id', 'in', ids)
      .orderBy('doc_id').orderBy('start').execute();
    history.sort((a, b) => (a.date ?? '').localeCompare(b.date ?? '') || num(a.id) - num(b.id));
    return ops.map((o) => {
      const changes: StoredOperationChange[] = [];
      for (const h of history.filter((x) => x.operation_id === o.id)) {
        const same = changes.find((c) => c.status === h.status && c.date === h.date);
        if (same !== undefined) {
          if (!same.docs.includes(h.doc_id)) same.docs.push(h.doc_id);
          continue;
        }
        changes.push({ status: h.status as OperationStatus, date: h.date, event: h.event, evidence: h.evidence, docs: [h.doc_id] });
      }
      return {
        id: o.id, name: o.name, actor: o.actor, country: o.country, status: o.status as OperationStatus, since: o.since,
        history: changes,
        evidence: evidence.filter((m) => m.operation_id === o.id)
          .map((m) => ({ doc: m.doc_id, sentence: num(m.sentence), start: num(m.start), end: num(m.end), text: m.text })),
        updated_at: o.updated_at,
      };
    });
  }

  async actors(opts: { prefix?: string; limit?: number } = {}): Promise<ActorSummary[]> {
    const limit = opts.limit ?? 500;
    if (!Number.isInteger(limit) || limit < 1 || limit > 10_000) throw new SitrepError('E_QUERY', 'limit: expected an integer 1–10000');
    const prefix = opts.prefix?.toUpperCase() ?? null;
    const rows = await this.db.selectFrom('actors as a')
      .select((eb) => [
        'a.code', 'a.name', 'a.first_seen', 'a.last_seen',
        eb.selectFrom('events as e').select((s) => s.fn.countAll<number>().as('n')).whereRef('e.source_code', '=', 'a.code').as('as_source'),
        eb.selectFrom('events as e').select((s) => s.fn.countAll<number>().as('n')).whereRef('e.target_code', '=', 'a.code').as('as_target'),
      ])
      .$if(prefix !== null, (qb) => qb.where((eb) => eb(eb.fn('substr', ['a.code', eb.lit(1), eb.val((prefix as string).length)]), '=', prefix as string)))
      .orderBy('a.code').limit(limit).execute();
    return rows.map((r) => ({
      code: r.code, name: r.name, first_seen: r.first_seen, last_seen: r.last_seen, as_source: num(r.as_source), as_target: num(r.as_target),
    }));
  }

  // ---------------------------------------------------------------- watchlists and alerts

  async createWatchlist(w: WatchlistInput): Promise<Watchlist> {
    checkWatchlist(w, true);
    const now = this.now().toISOString();
    const row = {
      id: randomUUID(), name: w.name.trim(), actor: w.actor?.toUpperCase() ?? null, target: w.target?.toUpperCase() ?? null,
      place: w.place ?? null, lat: w.lat ?? null, lon: w.lon ?? null, radius_km: w.radius_km ?? null,
      codes: JSON.stringify(w.codes ?? []), webhook: w.webhook ?? null, created_at: now, updated_at: now,
    };
    await this.db.insertInto('watchlists').values(row).execute();
    return toWatchlist(row);
  }

  async listWatchlists(): Promise<Watchlist[]> {
    return (await this.db.selectFrom('watchlists').selectAll().orderBy('created_at').orderBy('id').execute()).map(toWatchlist);
  }

  async getWatchlist(id: string): Promise<Watchlist | null> {
    const r = await this.db.selectFrom('watchlists').selectAll().where('id', '=', id).executeTakeFirst();
    return r === undefined ? null : toWatchlist(r);
  }

  async updateWatchlist(id: string, patch: Partial<WatchlistInput>): Promise<Watchlist | null> {
    checkWatchlist(patch, false);
    const set: Partial<Selectable<WatchlistsTable>> = { updated_at: this.now().toISOString() };
    if (patch.name !== undefined) set.name = patch.name.trim();
    if (patch.actor !== undefined) set.actor = patch.actor?.toUpperCase() ?? null;
    if (patch.target !== undefined) set.target = patch.target?.toUpperCase() ?? null;
    if (patch.place !== undefined) set.place = patch.place;
    if (patch.lat !== undefined) set.lat = patch.lat;
    if (patch.lon !== undefined) set.lon = patch.lon;
    if (patch.radius_km !== undefined) set.radius_km = patch.radius_km;
    if (patch.codes !== undefined) set.codes = JSON.stringify(patch.codes);
    if (patch.webhook !== undefined) set.webhook = patch.webhook;
    const res = await this.db.updateTable('watchlists').set(set).where('id', '=', id).executeTakeFirst();
    return Number(res.numUpdatedRows) === 0 ? null : this.getWatchlist(id);
  }

  async deleteWatchlist(id: string): Promise<boolean> {
    return this.db.transaction().execute(async (trx) => {
      const res = await trx.deleteFrom('watchlists').where('id', '=', id).executeTakeFirst();
      await trx.deleteFrom('alerts').where('watchlist_id', '=', id).execute();
      return Number(res.numDeletedRows) > 0;
    });
  }

  async recordAlert(a: { watchlist_id: string; event_id: string; detail?: Record<string, unknown> }): Promise<{ alert: Alert; inserted: boolean }> {
    const row = { id: randomUUID(), watchlist_id: a.watchlist_id, event_id: a.event_id, created_at: this.now().toISOString(), detail: JSON.stringify(a.detail ?? {}) };
    const res = await this.db.insertInto('alerts').values(row)
      .onConflict((oc) => oc.columns(['watchlist_id', 'event_id']).doNothing()).executeTakeFirst();
    const inserted = Number(res.numInsertedOrUpdatedRows ?? 0n) > 0;
    const stored = inserted ? row : await this.db.selectFrom('alerts').selectAll()
      .where('watchlist_id', '=', a.watchlist_id).where('event_id', '=', a.event_id).executeTakeFirstOrThrow();
    return { alert: { ...stored, detail: JSON.parse(stored.detail) as Record<string, unknown> }, inserted };
  }

  async alerts(opts: { watchlist_id?: string; since?: string; limit?: number } = {}): Promise<Alert[]> {
    const rows = await this.db.selectFrom('alerts').selectAll()
      .$if(opts.watchlist_id !== undefined, (qb) => qb.where('watchlist_id', '=', opts.watchlist_id as string))
      .$if(opts.since !== undefined, (qb) => qb.where('created_at', '>=', opts.since as string))
      .orderBy('created_at', 'desc').orderBy('id').limit(opts.limit ?? 100).execute();
    return rows.map((r) => ({ ...r, detail: JSON.parse(r.detail) as Record<string, unknown> }));
  }

  async close(): Promise<void> {
    await this.db.destroy();
  }
}
