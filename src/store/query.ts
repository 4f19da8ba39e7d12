/**
 * Event filters: validation of an `EventQuery` (unknown fields and bad values are E_QUERY errors
 * naming the field) and its translation into one kysely `where` expression. Every value reaches
 * SQL as a bound parameter; full-text input is reduced to words before it reaches FTS5.
 */
import { sql, type Expression, type ExpressionBuilder, type SqlBool } from 'kysely';
import { SitrepError } from '../errors.js';
import type { Modality } from '../types.js';
import { countryLevel } from './merge.js';
import type { Backend, Database } from './schema.js';
import type { EventQuery } from './types.js';

const MODALITIES: readonly Modality[] = [
  'asserted', 'negated', 'modal', 'demanded', 'hypothetical', 'conditional', 'future', 'question',
];

const FIELDS = new Set<string>([
  'actor', 'target', 'dyad', 'root', 'code', 'quad', 'since', 'until', 'place', 'text', 'modality', 'limit', 'cursor',
]);

export const DEFAULT_LIMIT = 50;
export const MAX_LIMIT = 1000;

/** A validated query. */
export interface Filters {
  actor: string | null;
  target: string | null;
  dyad: [string, string] | null;
  roots: string[];
  code: string | null;
  quads: number[];
  since: string | null;
  until: string | null;
  place: string | null;
  text: string | null;
  /** Null means any modality. */
  modalities: Modality[] | null;
  limit: number;
  cursor: Cursor | null;
}

/** Keyset position: the last row of the previous page, in `date_key desc, id desc` order. */
export interface Cursor {
  dateKey: string;
  id: string;
}

const queryError = (field: string, what: string): SitrepError => new SitrepError('E_QUERY', `${field}: ${what}`);

function str(field: string, v: unknown, max = 200): string {
  if (typeof v !== 'string' && typeof v !== 'number') throw queryError(field, 'expected a string');
  const s = String(v).trim();
  if (s === '') throw queryError(field, 'must not be empty');
  if (s.length > max) throw queryError(field, `longer than ${max} characters`);
  return s;
}

function list(field: string, v: unknown): unknown[] {
  if (Array.isArray(v)) return v as unknown[];
  if (typeof v === 'string') return v.split(',').map((s) => s.trim()).filter((s) => s !== '');
  return [v];
}

function date(field: string, v: unknown): string {
  const s = str(field, v);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s) || Number.isNaN(Date.parse(`${s}T00:00:00Z`))) {
    throw queryError(field, `expected a date YYYY-MM-DD, got ${JSON.stringify(s)}`);
  }
  return s;
}

export function encodeCursor(c: Cursor): string {
  return Buffer.from(JSON.stringify([c.dateKey, c.id]), 'utf8').toString('base64url');
}

export function decodeCursor(s: string): Cursor {
  try {
    const v: unknown = JSON.parse(Buffer.from(s, 'base64url').toString('utf8'));
    if (Array.isArray(v) && v.length === 2 && typeof v[0] === 'string' && typeof v[1] === 'string') {
      return { dateKey: v[0], id: v[1] };
    }
  } catch {
    // fall through to the error below
  }
  throw queryError('cursor', 'not a cursor returned by this store');
}

/** Validates a query; throws E_QUERY naming the first bad or unknown field. */
export function parseEventQuery(q: EventQuery | Record<string, unknown>): Filters {
  if (q === null || typeof q !== 'object' || Array.isArray(q)) throw queryError('query', 'expected an object');
  const input = q as Record<string, unknown>;
  for (const key of Object.keys(input)) {
    if (!FIELDS.has(key)) throw queryError(key, `unknown field (known: ${[...FIELDS].join(', ')})`);
  }
  const has = (k: string): boolean => input[k] !== undefined && input[k] !== null && input[k] !== '';
  const f: Filters = {
    actor: has('actor') ? str('actor', input.actor).toUpperCase() : null,
    target: has('target') ? str('target', input.target).toUpperCase() : null,
    dyad: null,
    roots: [],
    code: has('code') ? str('code', input.code) : null,
    quads: [],
    since: has('since') ? date('since', input.since) : null,
    until: has('until') ? date('until', input.until) : null,
    place: has('place') ? str('place', input.place) : null,
    text: has('text') ? str('text', input.text, 500) : null,
    modalities: ['asserted'],
    limit: DEFAULT_LIMIT,
    cursor: has('cursor') ? decodeCursor(str('cursor', input.cursor, 2000)) : null,
  };
  if (has('dyad')) {
    const parts = Array.isArray(input.dyad) ? (input.dyad as unknown[]) : str('dyad', input.dyad).split('-');
    if (parts.length !== 2) throw queryError('dyad', 'expected two actor codes, e.g. USA-IRN');
    f.dyad = [str('dyad', parts[0]).toUpperCase(), str('dyad', parts[1]).toUpperCase()];
  }
  if (has('root')) {
    f.roots = list('root', input.root).map((r) => {
      const s = str('root', r);
      if (!/^\d{1,2}$/.test(s) || Number(s) < 1 || Number(s) > 20) throw queryError('root', `not a CAMEO root: ${JSON.stringify(s)}`);
      return s.padStart(2, '0');
    });
  }
  if (f.code !== null && !/^\d{2,4}$/.test(f.code)) throw queryError('code', `not a CAMEO code: ${JSON.stringify(f.code)}`);
  if (has('quad')) {
    f.quads = list('quad', input.quad).map((v) => {
      const n = Number(v);
      if (!Number.isInteger(n) || n < 1 || n > 4) throw queryError('quad', `expected 1, 2, 3 or 4, got ${JSON.stringify(v)}`);
      return n;
    });
  }
  if (has('modality')) {
    const ms = list('modality', input.modality).map((v) => str('modality', v));
    if (ms.includes('any')) f.modalities = null;
    else {
      for (const m of ms) {
        if (!(MODALITIES as readonly string[]).includes(m)) throw queryError('modality', `unknown modality ${JSON.stringify(m)}`);
      }
      f.modalities = ms as Modality[];
    }
  }
  if (has('limit')) {
    const n = Number(input.limit);
    if (!Number.isInteger(n) || n < 1 || n > MAX_LIMIT) throw queryError('limit', `expected an integer 1–${MAX_LIMIT}`);
    f.limit = n;
  }
  if (f.since !== null && f.until !== null && f.since > f.until) throw queryError('since', 'is after until');
  return f;
}

/** Words of a full-text query, as FTS5 phrase strings (quotes cannot occur inside). */
export function ftsWords(text: string): string[] {
  return (text.match(/[\p{L}\p{N}]+/gu) ?? []).slice(0, 32).map((w) => `"${w.toLowerCase()}"`);
}

type EB = ExpressionBuilder<Database, 'events'>;

/**
 * `column starts with p` as a range (`>= p` and `< p` with its last character incremented), which
 * both engines answer from an index (key columns compare byte-wise, see `migrate.ts`).
 */
export function prefixRange(p: string): [string, string] {
  const last = p.charCodeAt(p.length - 1);
  return [p, p.slice(0, -1) + String.fromCharCode(last + 1)];
}

function prefix(eb: EB, column: 'source_code' | 'target_code' | 'code', p: string): Expression<SqlBool> {
  const [lo, hi] = prefixRange(p);
  return eb.and([eb(column, '>=', lo), eb(column, '<', hi)]);
}

/**
 * An extra, index-friendly condition on the stored country-level dyad, implied by a source prefix
 * that is a whole country-level code (`USA`, `IGOWSTNAT`) and an optional target prefix: it lets
 * the engine read only that dyad's rows. Null when the source prefix is shorter or longer.
 */
function dyadRange(eb: EB, source: string, target: string | null): Expression<SqlBool> | null {
  const whole = /^(IGO|NGO|IMG|MNC)/.test(source) ? source.length === 9 : source.length === 3;
  if (!whole || countryLevel(source) !== source) return null;
  const [lo, hi] = prefixRange(`${source}>${target === null ? '' : countryLevel(target)}`);
  return eb.and([eb('dyad', '>=', lo), eb('dyad', '<', hi)]);
}

function actorPair(eb: EB, source: string | null, target: string | null): Expression<SqlBool> {
  const parts: Expression<SqlBool>[] = [];
  if (source !== null) {
    parts.push(prefix(eb, 'source_code', source));
    const d = dyadRange(eb, source, target);
    if (d !== null) parts.push(d);
  }
  if (target !== null) parts.push(prefix(eb, 'target_code', target));
  return eb.and(parts);
}

/**
 * The filter part of a query as one `where` expression (no cursor). `textFirst` (PostgreSQL):
 * the full-text matches are collected once and the events fetched by id, whatever the planner
 * estimates; without it the planner may walk the page order probing each event's mentions, which
 * read all 100,000 events (1.3 s) for a word that occurs in one document.
 */
export function filterExpression(eb: EB, f: Filters, backend: Backend, textFirst = false): Expression<SqlBool> {
  const all: Expression<SqlBool>[] = [];
  if (f.actor !== null || f.target !== null) all.push(actorPair(eb, f.actor, f.target));
  if (f.dyad !== null) {
    const [a, b] = f.dyad;
    all.push(eb.or([actorPair(eb, a, b), actorPair(eb, b, a)]));
  }
  if (f.roots.length > 0) all.push(eb('root', 'in', f.roots));
  if (f.code !== null) all.push(prefix(eb, 'code', f.code));
  if (f.quads.length > 0) all.push(eb('quad', 'in', f.quads));
  if (f.since !== null) all.push(eb('date_key', '>=', f.since));
  if (f.until !== null) all.push(eb('date_key', '<=', f.until));
  if (f.modalities !== null) {
    all.push(f.modalities.length === 1 ? eb('modality', '=', f.modalities[0] as Modality) : eb('modality', 'in', f.modalities));
  }
  if (f.place !== null) {
    // Three capitals are a country code (IRQ); anything else is part of a place name.
    if (/^[A-Z]{3}$/.test(f.place)) all.push(eb('location_country', '=', f.place));
    else all.push(sql<SqlBool>`lower(${eb.ref('location_name')}) like ${'%' + likeEscape(f.place.toLowerCase()) + '%'} escape '\\'`);
  }
  if (f.text !== null) {
    if (backend === 'sqlite') {
      const words = ftsWords(f.text);
      if (words.length === 0) all.push(sql<SqlBool>`1 = 0`);
      else {
        all.push(sql<SqlBool>`${eb.ref('events.id')} in (select m.event_id from event_mentions m where m.id in
          (select rowid from mention_fts where mention_fts match ${words.join(' ')}))`);
      }
    } else if (textFirst) {
      all.push(sql<SqlBool>`${eb.ref('events.id')} = any(array(select m.event_id from event_mentions m
        where to_tsvector('english', m.text) @@ plainto_tsquery('english', ${f.text})))`);
    } else {
      all.push(sql<SqlBool>`${eb.ref('events.id')} in (select m.event_id from event_mentions m
        where to_tsvector('english', m.text) @@ plainto_tsquery('english', ${f.text}))`);
    }
  }
  return eb.and(all);
}

/** Rows strictly after the cursor in `date_key desc, id desc` order. */
export function afterCursor(eb: EB, c: Cursor): Expression<SqlBool> {
  return eb.or([eb('date_key', '<', c.dateKey), eb.and([eb('date_key', '=', c.dateKey), eb('id', '<', c.id)])]);
}

function likeEscape(s: string): string {
  return s.replace(/[\\%_]/g, (ch) => `\\${ch}`);
}
