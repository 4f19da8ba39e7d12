/**
 * `sitrep code`: documents in, events out (SPEC §2).
 */
import { availableParallelism } from 'node:os';
import { SitrepError, usageError } from '../errors.js';
import { readDocs, type InputKind } from '../input/read.js';
import type { BatchError } from '../coder.js';
import type { InputDoc } from '../types.js';
import { DICTIONARY_OPTIONS, coderOptionsFrom, parseCommand } from './options.js';
import { codeInParallel } from './parallel.js';
import { isBatchError, renderBatch } from './render.js';

/** Batches smaller than this are coded in-process: a worker costs a dictionary load. */
const PARALLEL_MIN_DOCS = 200;

export const CODE_HELP = `Usage: sitrep code [FILE ...] [options]

Codes English news text into CAMEO/PLOVER events. With no FILE, or "-", reads standard input.

Options:
  --input text|html|jsonl   input kind (default text; jsonl: one {"id","text","date"} object per line)
  --format jsonl|doc|table  jsonl: one event per line; doc: one object per document with every layer;
                            table: for people (default jsonl)
  --date YYYY-MM-DD         publication date for text/html input (and jsonl lines without one)
  --actors F                PETRARCH actor dictionary to add (repeatable)
  --agents F                PETRARCH agent dictionary to add (repeatable)
  --verbs F                 PETRARCH/TABARI verb dictionary to add (repeatable)
  --discards F              discard list to add (repeatable)
  --no-builtin              use only the dictionaries given on the command line
  --strict                  a malformed dictionary line is fatal (default: reported on stderr and skipped)
  --threads N               worker threads for large batches (default: one per core, at most 4; 1 = none)
  -h, --help                this help

Exit status: 0 when every document was coded (also when no event was found); 1 when some documents were
unusable (each is reported on one line on stderr; the others are still coded and written); 2 for a usage
error; 1 for an unreadable or (with --strict) malformed dictionary, before any output.`;

const DATE_RE = /^\d{4}-\d{2}-\d{2}$/;

export async function runCode(argv: string[]): Promise<number> {
  const parsed = parseCommand('code', {
    args: argv,
    allowPositionals: true,
    options: {
      input: { type: 'string', default: 'text' },
      format: { type: 'string', default: 'jsonl' },
      date: { type: 'string' },
      ...DICTIONARY_OPTIONS,
      threads: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  const { values: o, positionals } = parsed;
  if (o.help) {
    process.stdout.write(CODE_HELP + '\n');
    return 0;
  }
  const input = o.input as InputKind;
  if (!['text', 'html', 'jsonl'].includes(input)) throw usageError(`--input must be text, html or jsonl, not "${o.input}"`);
  const format = o.format;
  if (!['jsonl', 'doc', 'table'].includes(format)) throw usageError(`--format must be jsonl, doc or table, not "${format}"`);
  if (o.date !== undefined && !DATE_RE.test(o.date)) throw usageError(`--date must be YYYY-MM-DD, not "${o.date}"`);
  const threads = o.threads === undefined ? Math.min(availableParallelism(), 4) : Number(o.threads);
  if (!Number.isInteger(threads) || threads < 1 || threads > 64) throw usageError(`--threads must be a whole number from 1 to 64, not "${o.threads}"`);
  const coderOptions = coderOptionsFrom(o, (line) => process.stderr.write(line + '\n'));
  const files = positionals.length ? positionals : ['-'];
  let bad = 0;
  const out: string[] = [];
  let pending = 0;
  const flush = (): void => {
    if (out.length) process.stdout.write(out.join(''));
    out.length = 0;
    pending = 0;
  };
  const onBad = (e: Error): void => {
    bad++;
    report(e);
  };
  // Documents are read as they are coded, so memory does not grow with the batch; the first few hundred are read
  // ahead to decide whether the batch is large enough for worker threads, and how many.
  const docs = (function* () {
    for (const f of files) yield* readDocs(f, input, o.date ?? null, onBad);
  })();
  const head: InputDoc[] = [];
  for (let r = docs.next(); ; r = docs.next()) {
    if (r.done) break;
    head.push(r.value);
    if (threads === 1 || head.length >= PARALLEL_MIN_DOCS * threads) break;
  }
  const all = (function* () {
    let d: InputDoc | undefined;
    while ((d = head.shift())) yield d;
    yield* docs;
  })();
  if (threads > 1 && head.length >= PARALLEL_MIN_DOCS) {
    const r = await codeInParallel(all, coderOptions, format, Math.min(threads, Math.ceil(head.length / PARALLEL_MIN_DOCS)));
    return bad + r.bad ? 1 : 0;
  }
  // The coder's modules are loaded here, not at the top: a batch coded on worker threads never needs them on this
  // thread, and loading them (the pipeline, the model readers) would delay starting the workers.
  const { createCoder } = await import('../coder.js');
  const coder = createCoder(coderOptions);
  // (a few documents at a time, coded stage by stage: Coder.codeBatch)
  for (let batch = take(all, BATCH); batch.length; batch = take(all, BATCH)) {
    const rendered = renderBatch(coder, batch, format);
    batch.forEach((d, k) => {
      try {
        const r = rendered[k] as Iterable<string> | BatchError;
        if (isBatchError(r)) throw r.error;
        for (const chunk of r) {
          out.push(chunk);
          pending += chunk.length;
          if (pending > 1 << 16) flush();
        }
      } catch (e) {
        bad++;
        report(new SitrepError('E_DOC', `${d.id}: could not be coded: ${(e as Error).message.split('\n')[0] ?? ''}`));
      }
    });
  }
  flush();
  return bad ? 1 : 0;
}

/** Documents coded together on this thread (`Coder.codeBatch`): as many as a worker is sent at a time. */
const BATCH = 10;

/** Up to `n` more documents from `docs`. */
function take(docs: Iterator<InputDoc>, n: number): InputDoc[] {
  const out: InputDoc[] = [];
  while (out.length < n) {
    const r = docs.next();
    if (r.done) break;
    out.push(r.value);
  }
  return out;
}

function report(e: unknown): void {
  if (e instanceof SitrepError) process.stderr.write(`sitrep: ${e.code}: ${e.message}\n`);
  else process.stderr.write(`sitrep: E_INPUT: ${(e as Error).message}\n`);
}
