/**
 * Where the coder's time goes: every pipeline stage timed in process, one thread, over the benchmark corpus.
 * Each stage's `run` is wrapped and charged with the thread's CPU time (`process.threadCpuUsage` when Node has
 * it, else the process's) and wall time, so the split stays readable on a machine other work is using: CPU
 * time of this thread does not grow when another process takes the other core, wall time does.
 *
 * The process runs under the CLI's V8 flags (`CODER_V8_FLAGS`, set before the coder is built; `--default-flags` leaves
 * V8's defaults, to compare), so the figures describe `sitrep code`.
 *
 * The first `warmup` documents are coded and not counted (JIT compilation, lazily built indexes), so the figures
 * are the steady state a long batch runs at. The implied single-core rate is sentences per CPU second of the
 * counted documents; it leaves out start-up and the CLI's reading and writing.
 *
 *   node dist/bench/stages.bench.js CORPUS.jsonl [--docs N] [--warmup N] [--phoenix] [--default-flags] [--repeat N] [--batch N]
 *
 * Documents are coded `--batch` at a time (default 10, as `sitrep code` codes them), each stage over the batch before
 * the next (`Coder.codeBatch`); `--batch 1` codes one document through every stage at a time, as before 2026-11-29.
 *
 * `--repeat N` codes, after the warm-up, one document of N copies of one event sentence (`REPEATED_SENTENCE`) instead
 * of corpus documents: the merge stage's figure per sentence should not grow with N.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { applyCoderV8Flags, CODER_V8_FLAGS } from '../src/cli/v8-flags.js';
import { createCoder, type CoderOptions } from '../src/coder.js';
import type { Stage } from '../src/pipeline/stage.js';
import { STAGES } from '../src/pipeline/stages.js';
import type { InputDoc } from '../src/types.js';
import { PHOENIX_FILES, SHARED } from './coder.bench.js';

export interface StageTime {
  stage: string;
  /** CPU microseconds per sentence. */
  cpu_us: number;
  /** Wall microseconds per sentence. */
  wall_us: number;
  share: number;
}

export interface StagesReport {
  docs: number;
  sentences: number;
  warmup_docs: number;
  dictionaries: 'builtin' | 'phoenix';
  cpu_clock: 'thread' | 'process';
  /** The V8 flags set for the run: the CLI's, or none (`--default-flags`). */
  v8_flags: string[];
  stages: StageTime[];
  total_cpu_us: number;
  /** Sentences per CPU second on one core, pipeline only. */
  single_core_sentences_per_s: number;
}

type CpuClock = () => number;

/** Microseconds of CPU used so far by this thread (or this process where Node cannot tell threads apart). */
function cpuClock(): { clock: CpuClock; kind: 'thread' | 'process' } {
  const threadUsage = (process as unknown as { threadCpuUsage?: () => NodeJS.CpuUsage }).threadCpuUsage;
  if (typeof threadUsage === 'function') {
    return { clock: () => { const u = threadUsage.call(process); return u.user + u.system; }, kind: 'thread' };
  }
  return { clock: () => { const u = process.cpuUsage(); return u.user + u.system; }, kind: 'process' };
}

/** The Phoenix dictionaries of the coder benchmark (`PHOENIX_FILES`), as coder options. */
function phoenixDictionaries(shared: string): CoderOptions {
  const dir = join(shared, 'data', 'petrarch2');
  const of = (flag: string): string[] => PHOENIX_FILES.filter(([f]) => f === flag).map(([, file]) => join(dir, file));
  return {
    noBuiltin: true,
    read: { onError: () => undefined },
    dictionaries: { actors: of('--actors'), agents: of('--agents'), verbs: of('--verbs'), discards: of('--discards') },
  };
}

/**
 * The sentence `--repeat N` tells N times in one document: the same happening reported again and again, where merging
 * must stay near-linear (a group of N alike records; 20,000 copies took 31 s of CPU when every pair was checked).
 */
/** Documents per batch, as `sitrep code` sends a worker (`CHUNK` in src/cli/parallel.ts) and codes on one thread. */
const BATCH = 10;

export const REPEATED_SENTENCE = 'Russian jets bombed Kharkiv on Monday.';

export function benchStages(corpusFile: string, opts: { docs?: number; warmup?: number; dictionaries?: 'builtin' | 'phoenix'; shared?: string; defaultFlags?: boolean; repeat?: number; batch?: number } = {}): StagesReport {
  const dictionaries = opts.dictionaries ?? 'builtin';
  // before any coder code runs: V8 reads the flags when it decides to optimise a function
  if (!opts.defaultFlags) applyCoderV8Flags();
  const all: InputDoc[] = readFileSync(corpusFile, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as InputDoc);
  const warmup = Math.min(opts.warmup ?? 200, all.length);
  const docs = opts.repeat
    ? [{ id: 'repeat', text: Array<string>(opts.repeat).fill(REPEATED_SENTENCE).join(' '), date: '2024-01-10' }]
    : all.slice(warmup, warmup + (opts.docs ?? 1000));
  const { clock, kind } = cpuClock();
  const cpu = new Map<string, number>();
  const wall = new Map<string, number>();
  let counting = false;
  // two CPU readings per stage, not one shared between neighbours: a reading (getrusage) costs tens of µs on a busy
  // machine, and chaining them charged that to the next stage (tried 2026-11-28: discards 0.4 → 8-66 µs/sentence)
  let sentences = 0;
  const last = STAGES[STAGES.length - 1];
  const timed = STAGES.map((s): Stage => ({
    name: s.name,
    run(doc, ctx) {
      if (!counting) return s.run(doc, ctx);
      const c0 = clock();
      const w0 = performance.now();
      s.run(doc, ctx);
      wall.set(s.name, (wall.get(s.name) ?? 0) + (performance.now() - w0) * 1000);
      cpu.set(s.name, (cpu.get(s.name) ?? 0) + clock() - c0);
      if (s === last) sentences += doc.sentences.length;
    },
  }));
  const coder = createCoder({ ...(dictionaries === 'phoenix' ? phoenixDictionaries(opts.shared ?? SHARED) : {}), stages: timed });
  // (documents are coded as `sitrep code` codes them: a batch of `batch` at a time, stage by stage, Coder.codeBatch;
  // a text longer than a window, `--repeat`'s, in one piece as before)
  const batch = Math.max(1, opts.batch ?? BATCH);
  const codeAll = (list: InputDoc[]): void => {
    for (let k = 0; k < list.length; k += batch) {
      const part = list.slice(k, k + batch);
      coder.codeBatch(part).forEach((r, j) => {
        if (r && 'error' in r) throw r.error;
        if (!r) coder.code(part[j] as InputDoc);
      });
    }
  };
  codeAll(all.slice(0, warmup));
  counting = true;
  codeAll(docs);
  const total = [...cpu.values()].reduce((a, b) => a + b, 0);
  const per = (us: number): number => Math.round((us / Math.max(1, sentences)) * 10) / 10;
  return {
    docs: docs.length,
    sentences,
    warmup_docs: warmup,
    dictionaries,
    cpu_clock: kind,
    v8_flags: opts.defaultFlags ? [] : [...CODER_V8_FLAGS],
    stages: STAGES.map((s) => ({
      stage: s.name,
      cpu_us: per(cpu.get(s.name) ?? 0),
      wall_us: per(wall.get(s.name) ?? 0),
      share: Math.round(((cpu.get(s.name) ?? 0) / Math.max(1, total)) * 1000) / 10,
    })),
    total_cpu_us: per(total),
    single_core_sentences_per_s: Math.round(sentences / Math.max(1e-9, total / 1e6)),
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { values: o, positionals } = parseArgs({
    options: { docs: { type: 'string', default: '1000' }, warmup: { type: 'string', default: '200' }, phoenix: { type: 'boolean', default: false }, 'default-flags': { type: 'boolean', default: false }, repeat: { type: 'string' }, batch: { type: 'string', default: String(BATCH) } },
    allowPositionals: true,
  });
  const file = positionals[0];
  if (!file) throw new Error('usage: node dist/bench/stages.bench.js CORPUS.jsonl [--docs N] [--warmup N] [--phoenix] [--default-flags] [--repeat N] [--batch N]');
  const r = benchStages(file, { docs: Number(o.docs), warmup: Number(o.warmup), dictionaries: o.phoenix ? 'phoenix' : 'builtin', defaultFlags: o['default-flags'], repeat: o.repeat === undefined ? undefined : Number(o.repeat), batch: Number(o.batch) });
  console.log(formatStages(r));
}

export function formatStages(r: StagesReport): string {
  const rows = r.stages.map((s) => `  ${s.stage.padEnd(18)} ${s.cpu_us.toFixed(1).padStart(8)} µs CPU ${s.wall_us.toFixed(1).padStart(8)} µs wall ${s.share.toFixed(1).padStart(6)} %`);
  return [
    `  ${r.docs} documents, ${r.sentences} sentences after ${r.warmup_docs} warm-up documents; ${r.dictionaries} dictionaries; ${r.cpu_clock} CPU clock; V8 flags: ${r.v8_flags.join(' ') || 'defaults'}`,
    ...rows,
    `  ${'total'.padEnd(18)} ${r.total_cpu_us.toFixed(1).padStart(8)} µs CPU per sentence → ${r.single_core_sentences_per_s.toLocaleString('en-US')} sentences per CPU second (pipeline only, one core)`,
  ].join('\n');
}
