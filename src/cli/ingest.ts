/**
 * `sitrep ingest PATH|URL …`: files, directories, HTML pages, feeds and JSONL into the store
 * (see `src/ingest/`). Errors are one line each on stderr; the summary goes to stdout.
 */
import { createCoder } from '../coder.js';
import { DICTIONARY_OPTIONS, coderOptionsFrom, parseCommand } from './options.js';
import { SitrepError, usageError } from '../errors.js';
import { DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT_MS } from '../ingest/fetch.js';
import { followFeeds } from '../ingest/follow.js';
import { runIngest, summary, type IngestContext } from '../ingest/ingest.js';
import { Progress } from '../ingest/progress.js';
import { INGEST_KINDS, type IngestKind } from '../ingest/sources.js';
import { openStore, storeUrl } from '../store/index.js';

export const INGEST_HELP = `Usage: sitrep ingest PATH|URL ... [options]
       sitrep ingest --follow FEED ... [--interval S]

Reads text files, HTML pages (the article is extracted), RSS/Atom feeds, JSONL and directories
(recursively: .txt .html .htm .jsonl .ndjson .xml .rss .atom), codes every document and stores its
events. Re-ingesting the same documents changes nothing. Reports of one happening from several
documents become one event with its sources.

Options:
  --db PATH|URL             the store (default $SITREP_DB, else ./sitrep.db; postgres://… for PostgreSQL)
  --input text|html|jsonl|feed
                            read every source as this kind (default: by extension, content type or content)
  --date YYYY-MM-DD         publication date for documents that carry none
  --actors F, --agents F, --verbs F, --discards F, --no-builtin, --strict
                            dictionaries, as for 'sitrep code'
  --follow                  keep polling the given feeds, ingesting new items (Ctrl-C stops)
  --interval S              seconds between polls with --follow (default 300)
  --polls N                 stop --follow after N polls
  --no-links                feed items: use the feed's own text instead of fetching each item's link
  --allow-private           allow fetching from loopback, private and link-local addresses
  --max-bytes N             largest response accepted (default ${DEFAULT_MAX_BYTES} = 10 MB)
  --timeout MS              time limit per fetch (default ${DEFAULT_TIMEOUT_MS})
  --quiet                   no progress on stderr
  -h, --help                this help

Exit status: 0 when every source and document was ingested (also when nothing was new); 1 when some
were unusable (each is reported on one line on stderr; the others are still ingested); 2 for a usage error.`;

const DATE_RE = /^\d{4}-\d{2}-\d{2}$/;

function positiveInt(name: string, v: string | undefined, min = 1): number | undefined {
  if (v === undefined) return undefined;
  const n = Number(v);
  if (!Number.isInteger(n) || n < min) throw usageError(`--${name} must be a whole number ≥ ${min}, not "${v}"`);
  return n;
}

export async function runIngestCommand(argv: string[]): Promise<number> {
  const parsed = parseCommand('ingest', {
    args: argv,
    allowPositionals: true,
    options: {
      db: { type: 'string' },
      input: { type: 'string' },
      date: { type: 'string' },
      ...DICTIONARY_OPTIONS,
      follow: { type: 'boolean', default: false },
      interval: { type: 'string' },
      polls: { type: 'string' },
      'no-links': { type: 'boolean', default: false },
      'allow-private': { type: 'boolean', default: false },
      'max-bytes': { type: 'string' },
      timeout: { type: 'string' },
      quiet: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  const { values: o, positionals } = parsed;
  if (o.help) {
    process.stdout.write(INGEST_HELP + '\n');
    return 0;
  }
  if (o.input !== undefined && !INGEST_KINDS.includes(o.input as IngestKind)) {
    throw usageError(`--input must be ${INGEST_KINDS.join(', ')}, not "${o.input}"`);
  }
  if (o.date !== undefined && !DATE_RE.test(o.date)) throw usageError(`--date must be YYYY-MM-DD, not "${o.date}"`);
  if (positionals.length === 0) throw usageError('nothing to ingest: give files, directories or URLs (see: sitrep ingest --help)');
  const interval = positiveInt('interval', o.interval) ?? 300;
  const polls = positiveInt('polls', o.polls);
  const maxBytes = positiveInt('max-bytes', o['max-bytes']) ?? DEFAULT_MAX_BYTES;
  const timeoutMs = positiveInt('timeout', o.timeout) ?? DEFAULT_TIMEOUT_MS;

  const progress = new Progress(process.stderr, { enabled: !o.quiet });
  const line = (s: string): void => progress.line(s);
  const coder = createCoder(coderOptionsFrom(o, line));
  const store = await openStore(storeUrl(o.db));
  const ctx: IngestContext = {
    store,
    coder,
    progress,
    report: (e) => line(e instanceof SitrepError ? `sitrep: ${e.code}: ${e.message}` : `sitrep: E_INPUT: ${e.message}`),
    warn: (m) => line(`sitrep: warning: ${m}`),
  };
  const runOpts = {
    ...(o.input === undefined ? {} : { kind: o.input as IngestKind }),
    date: o.date ?? null,
    followLinks: !o['no-links'],
    fetch: { allowPrivate: o['allow-private'], maxBytes, timeoutMs },
  };
  try {
    if (o.follow) {
      const controller = new AbortController();
      const stop = (): void => controller.abort();
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
      try {
        const total = await followFeeds(ctx, positionals, {
          ...runOpts,
          intervalMs: interval * 1000,
          signal: controller.signal,
          ...(polls === undefined ? {} : { polls }),
          onRound: (round, c) => process.stdout.write(`poll ${round}: ${summary(c)}\n`),
        });
        process.stdout.write(`${summary(total)}\n`);
        return total.failed ? 1 : 0;
      } finally {
        process.off('SIGINT', stop);
        process.off('SIGTERM', stop);
      }
    }
    const counts = await runIngest(ctx, positionals, runOpts);
    process.stdout.write(`${summary(counts)}\n`);
    return counts.failed ? 1 : 0;
  } finally {
    await store.close();
  }
}
