/**
 * The store's tables, typed once for kysely and shared by both backends (SQLite and PostgreSQL).
 * Dates are `YYYY-MM-DD` text, timestamps ISO-8601 text, JSON columns are text: the same
 * values round-trip identically on both engines. `migrate.ts` creates exactly these tables.
 */
import type { Generated } from 'kysely';

export interface DocumentsTable {
  id: string;
  url: string | null;
  title: string | null;
  source: string | null;
  date: string | null;
  /** sha256 of the document text: the same id with the same hash is the same document. */
  text_hash: string;
  ingested_at: string;
}

export interface EventsTable {
  /** The stable id of the first report of this happening. */
  id: string;
  code: string;
  root: string;
  quad: number;
  goldstein: number;
  plover_type: string | null;
  plover_mode: string | null;
  source_code: string | null;
  source_name: string | null;
  source_text: string | null;
  target_code: string | null;
  target_name: string | null;
  target_text: string | null;
  /** Country-level dyad `SRC>TGT` (see `merge.ts`), used to find merge candidates. */
  dyad: string;
  date: string | null;
  /** `date` or `0000-00-00`: a non-null sort and pagination key. */
  date_key: string;
  date_basis: string;
  date_precision: string | null;
  location_name: string | null;
  location_country: string | null;
  location_lat: number | null;
  location_lon: number | null;
  modality: string;
  /** JSON of the `EventActor`, or null. */
  speaker: string | null;
  /** JSON of the `Explain` record of the first report. */
  explain: string;
  /** The document of the first report. */
  doc_id: string;
  first_seen: string;
  num_mentions: number;
  num_sources: number;
  num_articles: number;
}

/** Every coder event id that was stored as (or merged into) an event row. */
export interface EventAliasesTable {
  alias: string;
  event_id: string;
  doc_id: string;
}

export interface EventMentionsTable {
  id: Generated<number>;
  event_id: string;
  doc_id: string;
  sentence: number;
  start: number;
  end: number;
  text: string;
}

/** One row per (event, document): the list of sources of an event. */
export interface EventSourcesTable {
  event_id: string;
  doc_id: string;
  /** `source` of the document, or `doc:<id>` when it names none: what num_sources counts. */
  source_key: string;
  added_at: string;
}

export interface QuotesTable {
  id: Generated<number>;
  doc_id: string;
  start: number;
  end: number;
  text: string;
  speaker_name: string | null;
  speaker_code: string | null;
}

export interface EntitiesTable {
  id: Generated<number>;
  doc_id: string;
  text: string;
  code: string | null;
  name: string | null;
  kind: string;
  /** JSON array of spans. */
  mentions: string;
}

/** Actors seen as event source/target or as coded entities, one row per code. */
export interface ActorsTable {
  code: string;
  name: string | null;
  first_seen: string;
  last_seen: string;
}

export interface PlacesTable {
  id: Generated<number>;
  doc_id: string;
  text: string;
  name: string;
  kind: string;
  country: string | null;
  lat: number | null;
  lon: number | null;
  start: number;
  end: number;
  role: string;
}

export interface OperationsTable {
  /** Stable id from the normalised name, actor and country. */
  id: string;
  name: string;
  actor: string | null;
  country: string | null;
  status: string;
  since: string | null;
  updated_at: string;
}

export interface OperationHistoryTable {
  id: Generated<number>;
  operation_id: string;
  doc_id: string;
  status: string;
  date: string | null;
  event: string | null;
  evidence: string;
  added_at: string;
}

export interface OperationEvidenceTable {
  id: Generated<number>;
  operation_id: string;
  doc_id: string;
  sentence: number;
  start: number;
  end: number;
  text: string;
}

export interface WatchlistsTable {
  id: string;
  name: string;
  actor: string | null;
  target: string | null;
  place: string | null;
  lat: number | null;
  lon: number | null;
  radius_km: number | null;
  /** JSON array of CAMEO code prefixes. */
  codes: string;
  webhook: string | null;
  created_at: string;
  updated_at: string;
}

export interface AlertsTable {
  id: string;
  watchlist_id: string;
  event_id: string;
  created_at: string;
  /** JSON object with anything the alerting side wants to keep (delivery status...). */
  detail: string;
}

/**
 * Counters the engine keeps for the store's clients: `events` grows by one with every committed
 * document write (put or remove), so a reader can tell whether what it computed earlier is stale.
 */
export interface StoreStateTable {
  key: string;
  value: number;
}

export interface Database {
  store_state: StoreStateTable;
  documents: DocumentsTable;
  events: EventsTable;
  event_aliases: EventAliasesTable;
  event_mentions: EventMentionsTable;
  event_sources: EventSourcesTable;
  quotes: QuotesTable;
  entities: EntitiesTable;
  actors: ActorsTable;
  places: PlacesTable;
  operations: OperationsTable;
  operation_history: OperationHistoryTable;
  operation_evidence: OperationEvidenceTable;
  watchlists: WatchlistsTable;
  alerts: AlertsTable;
}

export type Backend = 'sqlite' | 'postgres';
