/**
 * The store's public contract: what `openStore` returns and what it hands back. Both backends
 * implement exactly this; callers (ingest, query CLI, serve, exports) see nothing else.
 */
import type { DocResult, EventRecord, Mention, Modality, OperationChange, OperationRecord } from '../types.js';
import type { AlertsTable, DocumentsTable, WatchlistsTable } from './schema.js';

/** A mention of an event, with the document it came from. */
export interface StoredMention extends Mention {
  doc: string;
}

/** One document that reported an event. */
export interface EventSource {
  doc: string;
  /** The document's `source` (outlet), or null when it names none. */
  source: string | null;
  url: string | null;
  title: string | null;
  /** Publication date of the document. */
  date: string | null;
  /** When this document was added to the event. */
  added_at: string;
}

/**
 * One happening as stored: the event record of its first report (`id`, `doc`, `explain` are
 * that report's), every mention from every document, and GDELT-style counts.
 */
export interface StoredEvent extends Omit<EventRecord, 'mentions'> {
  mentions: StoredMention[];
  sources: EventSource[];
  /** Mentions across all documents. */
  num_mentions: number;
  /** Distinct document `source`s (a document without a source counts as its own). */
  num_sources: number;
  /** Distinct documents. */
  num_articles: number;
  /** ISO time at which the first report was stored. */
  first_seen: string;
}

/**
 * Filters for `queryEvents` and `stats`. Every field is optional; unknown fields are rejected
 * (E_QUERY). Values may also arrive as strings (from a URL or the command line).
 */
export interface EventQuery {
  /** Source actor code prefix (`IRN`, `USAMIL`). */
  actor?: string;
  /** Target actor code prefix. */
  target?: string;
  /** Two code prefixes, either direction: `['USA', 'IRN']` or `'USA-IRN'`. */
  dyad?: string | readonly [string, string];
  /** CAMEO root(s), `'19'`, `['18', '19']` or `'18,19'`. */
  root?: string | readonly string[];
  /** CAMEO code prefix (`'19'` matches `190`…`196`, `'195'` matches `195`, `1951`). */
  code?: string;
  /** Quad class(es) 1–4. */
  quad?: number | string | readonly (number | string)[];
  /** Inclusive YYYY-MM-DD bounds on the event date. */
  since?: string;
  until?: string;
  /** Three capitals are a country code (`IRQ`); anything else a place name (case-insensitive substring). */
  place?: string;
  /** Full-text search over the evidence sentences (all words must occur, stemmed). */
  text?: string;
  /** Default `asserted`; `any` for all. */
  modality?: Modality | 'any' | readonly Modality[];
  /** Page size, 1–1000, default 50. */
  limit?: number | string;
  /** The `next` of a previous page. */
  cursor?: string;
}

export interface EventPage {
  events: StoredEvent[];
  /** Matches over all pages. */
  total: number;
  /** Cursor of the next page, or null on the last one. */
  next: string | null;
}

export interface DayCount {
  date: string;
  count: number;
  /** Counts by quad class 1–4. */
  quad: [number, number, number, number];
  mean_goldstein: number;
}

export interface EventStats {
  total: number;
  mean_goldstein: number | null;
  by_day: DayCount[];
  by_root: { root: string; count: number }[];
  by_quad: { quad: number; count: number }[];
  /** Country-level directed dyads, most frequent first (at most 20). */
  top_dyads: { source: string; target: string; count: number; mean_goldstein: number }[];
}

export interface ActorSummary {
  code: string;
  name: string | null;
  first_seen: string;
  last_seen: string;
  as_source: number;
  as_target: number;
}

export interface StoredOperationChange extends OperationChange {
  /** Documents that reported this change. */
  docs: string[];
}

export interface StoredOperation extends Omit<OperationRecord, 'history' | 'evidence'> {
  id: string;
  history: StoredOperationChange[];
  evidence: StoredMention[];
  updated_at: string;
}

export interface WatchlistInput {
  name: string;
  /** Actor code prefix, as source or target. */
  actor?: string | null;
  /** Target code prefix. */
  target?: string | null;
  /** Country code or place name. */
  place?: string | null;
  /** Centre and radius: events located within `radius_km`. */
  lat?: number | null;
  lon?: number | null;
  radius_km?: number | null;
  /** CAMEO code prefixes; empty means any. */
  codes?: string[];
  /** URL that receives alerts by POST. */
  webhook?: string | null;
}

/** A watchlist: its row of the watchlists table, with the code prefixes read from their JSON. */
export interface Watchlist extends Omit<WatchlistsTable, 'codes'> {
  codes: string[];
}

/** An alert: its row of the alerts table, with the detail read from its JSON. */
export interface Alert extends Omit<AlertsTable, 'detail'> {
  detail: Record<string, unknown>;
}

export interface PutResult {
  /** False when the same document (id and text) was already stored: nothing changed. */
  inserted: boolean;
  /** Event records of the document that were stored (new or merged). */
  events: number;
  /** Ids of the stored events this document created. */
  created: string[];
  /** Ids of already stored events this document added a report to. */
  merged: string[];
}

/** A document as stored (its row of the documents table, as `getDocument` reads it), with its non-event layers. */
export interface StoredDocument extends DocumentsTable {
  quotes: DocResult['quotes'];
  entities: DocResult['entities'];
  places: DocResult['places'];
}

export interface Store {
  readonly backend: 'sqlite' | 'postgres';
  putDocument(doc: DocResult & { text: string }): Promise<PutResult>;
  /** Removes a document and its reports; events left without any report are deleted. */
  removeDocument(id: string): Promise<boolean>;
  getDocument(id: string): Promise<StoredDocument | null>;
  /** An event by its id or by the id of any report merged into it. */
  getEvent(id: string): Promise<StoredEvent | null>;
  queryEvents(q: EventQuery): Promise<EventPage>;
  stats(q: EventQuery): Promise<EventStats>;
  operations(): Promise<StoredOperation[]>;
  actors(opts?: { prefix?: string; limit?: number }): Promise<ActorSummary[]>;
  createWatchlist(w: WatchlistInput): Promise<Watchlist>;
  listWatchlists(): Promise<Watchlist[]>;
  getWatchlist(id: string): Promise<Watchlist | null>;
  updateWatchlist(id: string, patch: Partial<WatchlistInput>): Promise<Watchlist | null>;
  deleteWatchlist(id: string): Promise<boolean>;
  /** Records that `event_id` hit `watchlist_id`; once per pair (`inserted` false the second time). */
  recordAlert(a: { watchlist_id: string; event_id: string; detail?: Record<string, unknown> }): Promise<{ alert: Alert; inserted: boolean }>;
  alerts(opts?: { watchlist_id?: string; since?: string; limit?: number }): Promise<Alert[]>;
  close(): Promise<void>;
}
