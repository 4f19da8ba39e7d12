/**
 * `sitrep query`: the store's events through `queryEvents` filters, as a table for people or as
 * JSONL, CSV, GDELT 2.0 TSV or PLOVER JSON; `--stats` for counts. Each option is one query field;
 * an unknown option or a bad value is a one-line E_QUERY/E_USAGE error.
 */
import { parseArgs } from 'node:util';
import { SitrepError, usageError } from '../errors.js';
import { toCsv } from '../export/csv.js';
import { toGdeltTsv } from '../export/gdelt.js';
import { toPloverJson } from '../export/plover.js';
import { openStore, storeUrl } from '../store/index.js';
import type { EventQuery, EventStats, Store, StoredEvent } from '../store/types.js';

/** Options that are query fields, in the store's terms. */
const FIELD_OPTIONS = ['actor', 'target', 'dyad', 'root', 'code', 'quad', 'since', 'until', 'place', 'text', 'modality', 'cursor'] as const;
const FORMATS = ['table', 'jsonl', 'csv', 'gdelt', 'plover'] as const;
type Format = (typeof FORMATS)[number];

export const QUERY_HELP = `Usage: sitrep query [options]

Events from the store, newest first. Every filter is optional; filters combine with AND.

Filters:
  --actor CODE        source actor code prefix (IRN, USAMIL)
  --target CODE       target actor code prefix
  --dyad A-B          either direction between two code prefixes (USA-IRN)
  --root R[,R…]       CAMEO root codes (19 or 18,19)
  --code C            CAMEO code prefix (195)
  --quad Q[,Q…]       quad classes 1–4
  --since YYYY-MM-DD  events on or after this date
  --until YYYY-MM-DD  events on or before this date
  --place P           country code (IRQ) or place name (Baghdad)
  --text WORDS        full-text search over the evidence sentences
  --modality M        asserted (default), negated, …, or any
Output:
  --format table|jsonl|csv|gdelt|plover   (default table)
  --limit N           events to print (default 50)
  --all               every matching event
  --cursor C          continue after a previous page (jsonl prints the next cursor on stderr)
  --stats             counts (by day, root, quad class, dyad; mean Goldstein) instead of events
  --db PATH|URL       the store (default $SITREP_DB, else ./sitrep.db)
  -h, --help          this help`;

const PAGE = 1000;

export async function runQuery(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        ...Object.fromEntries(FIELD_OPTIONS.map((f) => [f, { type: 'string' as const }])),
        db: { type: 'string' },
        format: { type: 'string', default: 'table' },
        limit: { type: 'string' },
        all: { type: 'boolean', default: false },
        stats: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (e) {
    const msg = (e as Error).message;
    const unknown = /Unknown option '([^']+)'/.exec(msg)?.[1];
    if (unknown !== undefined) {
      throw new SitrepError('E_QUERY', `unknown field "${unknown}" (known: ${FIELD_OPTIONS.map((f) => `--${f}`).join(', ')}; see: sitrep query --help)`);
    }
    throw usageError(`${msg.split('\n')[0] ?? ''} (see: sitrep query --help)`);
  }
  const { values: o, positionals } = parsed;
  if (o.help) {
    process.stdout.write(QUERY_HELP + '\n');
    return 0;
  }
  if (positionals.length) throw usageError(`unexpected argument "${positionals[0] ?? ''}" (filters are options, e.g. --actor IRN)`);
  const format = o.format as Format;
  if (!FORMATS.includes(format)) throw usageError(`--format must be ${FORMATS.join(', ')}, not "${o.format}"`);
  let limit = 50;
  if (o.limit !== undefined) {
    limit = Number(o.limit);
    if (!Number.isInteger(limit) || limit < 1) throw new SitrepError('E_QUERY', `limit: expected a whole number ≥ 1, got "${o.limit}"`);
  }
  if (o.all) limit = Infinity;
  const q: EventQuery = {};
  const values = o as Record<string, unknown>;
  for (const f of FIELD_OPTIONS) {
    const v = values[f];
    if (typeof v === 'string') (q as Record<string, unknown>)[f] = v;
  }

  const store = await openStore(storeUrl(o.db));
  try {
    if (o.stats) {
      const { cursor: _c, ...filters } = q;
      void _c;
      const s = await store.stats(filters);
      process.stdout.write(format === 'table' ? formatStats(s) : `${JSON.stringify(s)}\n`);
      return 0;
    }
    const { events, next } = await fetchEvents(store, q, limit);
    process.stdout.write(render(events, format));
    if (next !== null && format === 'jsonl') process.stderr.write(`sitrep: more events: --cursor ${next}\n`);
    if (format === 'table' && next !== null) process.stdout.write(`(more: --limit ${events.length * 2}, --all, or --cursor ${next})\n`);
    return 0;
  } finally {
    await store.close();
  }
}

/** Pages through `queryEvents` until `limit` events (or the last page). */
export async function fetchEvents(store: Store, q: EventQuery, limit: number): Promise<{ events: StoredEvent[]; next: string | null }> {
  const events: StoredEvent[] = [];
  let cursor = q.cursor;
  for (;;) {
    const want = Math.min(PAGE, limit - events.length);
    const page = await store.queryEvents({ ...q, limit: want, ...(cursor === undefined ? {} : { cursor }) });
    events.push(...page.events);
    if (page.next === null || events.length >= limit) return { events, next: page.next };
    cursor = page.next;
  }
}

export function render(events: readonly StoredEvent[], format: Format): string {
  switch (format) {
    case 'jsonl':
      return events.map((e) => `${JSON.stringify(e)}\n`).join('');
    case 'csv':
      return toCsv(events);
    case 'gdelt':
      return toGdeltTsv(events);
    case 'plover':
      return toPloverJson(events);
    case 'table':
      return formatEvents(events);
  }
}

/** Text safe for a terminal: control characters (escape sequences) become spaces. */
function clean(s: string): string {
  // eslint-disable-next-line no-control-regex
  return s.replace(/[\u0000-\u001f\u007f-\u009f]+/g, ' ');
}

function cut(s: string, n: number): string {
  const c = clean(s);
  return c.length <= n ? c.padEnd(n) : `${c.slice(0, n - 1)}…`;
}

/** Date, code, source → target, place, sources, evidence: one line per event. */
export function formatEvents(events: readonly StoredEvent[]): string {
  if (events.length === 0) return 'no events match\n';
  const head = `${'date'.padEnd(10)}  ${'code'.padEnd(5)}  ${'source → target'.padEnd(28)}  ${'place'.padEnd(26)}  src  evidence`;
  const rows = events.map((e) => {
    const dyad = `${e.source?.code ?? '—'} → ${e.target?.code ?? '—'}`;
    const place = e.location === null ? '' : `${e.location.name}${e.location.country === null ? '' : ` (${e.location.country})`}`;
    const evidence = e.mentions[0]?.text ?? '';
    return `${cut(e.date ?? '?', 10)}  ${cut(e.code, 5)}  ${cut(dyad, 28)}  ${cut(place, 26)}  ${String(e.num_sources).padStart(3)}  ${cut(evidence, 90).trimEnd()}`;
  });
  return `${head}\n${rows.join('\n')}\n${events.length} event${events.length === 1 ? '' : 's'}\n`;
}

export function formatStats(s: EventStats): string {
  const out: string[] = [];
  out.push(`events: ${s.total}   mean Goldstein: ${s.mean_goldstein === null ? '—' : s.mean_goldstein.toFixed(2)}`);
  out.push(`by quad class: ${s.by_quad.map((q) => `${q.quad}: ${q.count}`).join('  ') || '—'}`);
  out.push(`by root: ${s.by_root.map((r) => `${r.root}: ${r.count}`).join('  ') || '—'}`);
  out.push('top dyads:');
  for (const d of s.top_dyads) out.push(`  ${cut(`${d.source || '—'} → ${d.target || '—'}`, 30)} ${String(d.count).padStart(5)}  Goldstein ${d.mean_goldstein.toFixed(1)}`);
  out.push('by day:');
  for (const d of s.by_day) out.push(`  ${d.date}  ${String(d.count).padStart(5)}  quads ${d.quad.join('/')}`);
  return `${out.join('\n')}\n`;
}
