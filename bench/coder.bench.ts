/**
 * Coder benchmark: `sitrep code --input jsonl` timed as a child process over the corpus written by
 * `../shared/tools/benchcorpus` (real sentences, ~20 per document), with the built-in dictionaries and with the
 * Phoenix/CAMEO 2.0 dictionaries; plus start-up time (median wall time on a one-sentence document).
 * Peak memory is the child's maximum resident set: `/usr/bin/time -v` when present, else the highest VmHWM
 * polled from /proc/<pid>/status. Run alone with `node dist/bench/coder.bench.js [--docs N]`;
 * `bench/run.ts` calls `benchCoder`.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, openSync, closeSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** Project root (this file is compiled to dist/bench/). */
export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
/** The shared reference folder; SITREP_SHARED overrides it. */
export const SHARED = resolve(process.env.SITREP_SHARED ?? join(ROOT, '../shared'));
export const OUT_DIR = join(ROOT, 'bench', 'out');

/** Goals from issue 2. */
export const GOALS = { sentencesPerS: 20_000, startupMs: 1_000, peakRssMb: 400 } as const;

/** The Phoenix dictionaries of the benchmarks: flag and file name in ../shared/data/petrarch2. */
export const PHOENIX_FILES: [flag: string, file: string][] = [
  ['--actors', 'Phoenix.Countries.actors.txt'],
  ['--actors', 'Phoenix.International.actors.txt'],
  ['--actors', 'Phoenix.MilNonState.actors.txt'],
  ['--agents', 'Phoenix.agents.txt'],
  ['--verbs', 'CAMEO.2.0.txt'],
  ['--discards', 'Phoenix.discards.txt'],
];

/** `--no-builtin` plus the Phoenix actor/agent/discard files and CAMEO 2.0 verbs from ../shared/data/petrarch2. */
export function phoenixArgs(shared = SHARED): string[] {
  const dir = join(shared, 'data', 'petrarch2');
  return ['--no-builtin', ...PHOENIX_FILES.flatMap(([flag, file]) => [flag, join(dir, file)])];
}

export interface ChildRun {
  wallMs: number;
  /** Maximum resident set size of the child in MB (10^6 bytes); null when it could not be measured. */
  peakRssMb: number | null;
  /** How peak memory was taken. */
  rssMethod: 'time -v' | 'VmHWM poll' | 'none';
  exitCode: number | null;
  /** Lines on standard output (events for `--format jsonl`). */
  stdoutLines: number;
  /** Lines on standard error (warnings, bad documents). */
  stderrLines: number;
  stderrHead: string[];
}

const GNU_TIME = '/usr/bin/time';
let gnuTimeOk: boolean | null = null;

/** Whether /usr/bin/time is GNU time with -v and -o (busybox's is not). */
function hasGnuTime(): boolean {
  if (gnuTimeOk === null) {
    gnuTimeOk = existsSync(GNU_TIME) && spawnSync(GNU_TIME, ['-v', '-o', '/dev/null', 'true'], { stdio: 'ignore' }).status === 0;
  }
  return gnuTimeOk;
}

function countNewlines(chunk: Buffer): number {
  let n = 0;
  let k = chunk.indexOf(10);
  while (k >= 0) {
    n++;
    k = chunk.indexOf(10, k + 1);
  }
  return n;
}

function vmHwmMb(pid: number): number | null {
  try {
    const m = /VmHWM:\s+(\d+)\s+kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) / 1000 : null;
  } catch {
    return null;
  }
}

/** Node flags of the launcher's shebang, so the benchmark runs sitrep exactly as `npx sitrep` does. */
const LAUNCHER_FLAGS = ((): string[] => {
  const first = readFileSync(join(ROOT, 'bin', 'sitrep.js'), 'utf8').split('\n')[0] ?? '';
  return (/node\s+(.*)$/.exec(first)?.[1] ?? '').split(/\s+/).filter((f) => f.startsWith('--'));
})();

/** Run `node bin/sitrep.js ...args` (with the launcher's flags) from the project root; stdout is counted, not kept. */
export function runSitrep(args: string[]): Promise<ChildRun> {
  const node = [...LAUNCHER_FLAGS, join(ROOT, 'bin', 'sitrep.js'), ...args];
  const useTime = hasGnuTime();
  const tmp = useTime ? mkdtempSync(join(tmpdir(), 'sitrep-bench-')) : null;
  const timeOut = tmp ? join(tmp, 'time.txt') : '';
  const [cmd, argv] = useTime ? [GNU_TIME, ['-v', '-o', timeOut, process.execPath, ...node]] : [process.execPath, node];
  return new Promise((done, fail) => {
    const t0 = performance.now();
    const child = spawn(cmd, argv, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdoutLines = 0;
    let stderr = '';
    let polled: number | null = null;
    const poll = useTime || child.pid === undefined ? null : setInterval(() => {
      const v = vmHwmMb(child.pid as number);
      if (v !== null) polled = Math.max(polled ?? 0, v);
    }, 20);
    child.stdout.on('data', (c: Buffer) => {
      stdoutLines += countNewlines(c);
    });
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (c: string) => {
      if (stderr.length < 1 << 20) stderr += c;
    });
    child.on('error', fail);
    child.on('close', (code) => {
      const wallMs = performance.now() - t0;
      if (poll) clearInterval(poll);
      let peakRssMb: number | null = polled;
      if (tmp) {
        const m = /Maximum resident set size \(kbytes\): (\d+)/.exec(existsSync(timeOut) ? readFileSync(timeOut, 'utf8') : '');
        peakRssMb = m ? (Number(m[1]) * 1024) / 1e6 : null;
        const st = /Exit status: (\d+)/.exec(existsSync(timeOut) ? readFileSync(timeOut, 'utf8') : '');
        if (st) code = Number(st[1]);
        rmSync(tmp, { recursive: true, force: true });
      }
      const errLines = stderr.split('\n').filter((l) => l.trim() !== '' && !l.startsWith('Command exited with non-zero status'));
      done({
        wallMs,
        peakRssMb: peakRssMb === null ? null : Math.round(peakRssMb),
        rssMethod: peakRssMb === null ? 'none' : useTime ? 'time -v' : 'VmHWM poll',
        exitCode: code,
        stdoutLines,
        stderrLines: errLines.length,
        stderrHead: errLines.slice(0, 3),
      });
    });
  });
}

export interface Corpus {
  file: string;
  docs: number;
  /** Sentences as benchcorpus reports them on the last line of its standard error. */
  sentences: number;
  bytes: number;
}

/** Write `benchcorpus --docs N` to `dir/corpus-N.jsonl` (never committed: bench/out is ignored by git). */
export function makeCorpus(docs: number, dir = OUT_DIR, shared = SHARED): Corpus {
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `corpus-${docs}.jsonl`);
  const fd = openSync(file, 'w');
  let r;
  try {
    r = spawnSync(join(shared, 'tools', 'benchcorpus'), ['--docs', String(docs)], { stdio: ['ignore', fd, 'pipe'], encoding: 'utf8' });
  } finally {
    closeSync(fd);
  }
  if (r.error || r.status !== 0) throw new Error(`benchcorpus failed: ${r.error?.message ?? r.stderr.trim().split('\n').pop() ?? ''}`);
  const last = r.stderr.trim().split('\n').pop() ?? '';
  const m = /(\d+) documents, (\d+) sentences/.exec(last);
  if (!m) throw new Error(`benchcorpus: cannot read the sentence count from "${last}"`);
  return { file, docs: Number(m[1]), sentences: Number(m[2]), bytes: readFileSync(file).length };
}

export interface Throughput {
  dictionaries: 'builtin' | 'phoenix';
  docs: number;
  sentences: number;
  wall_s: number;
  sentences_per_s: number;
  docs_per_s: number;
  mb_per_s: number;
  events: number;
  peak_rss_mb: number | null;
  rss_method: ChildRun['rssMethod'];
  exit_code: number | null;
  stderr_lines: number;
  stderr_head: string[];
}

export async function throughput(corpus: Corpus, dictionaries: 'builtin' | 'phoenix', shared = SHARED): Promise<Throughput> {
  const extra = dictionaries === 'phoenix' ? phoenixArgs(shared) : [];
  const r = await runSitrep(['code', '--input', 'jsonl', ...extra, corpus.file]);
  const s = r.wallMs / 1000;
  return {
    dictionaries,
    docs: corpus.docs,
    sentences: corpus.sentences,
    wall_s: Math.round(s * 100) / 100,
    sentences_per_s: Math.round(corpus.sentences / s),
    docs_per_s: Math.round(corpus.docs / s),
    mb_per_s: Math.round((corpus.bytes / 1e6 / s) * 100) / 100,
    events: r.stdoutLines,
    peak_rss_mb: r.peakRssMb,
    rss_method: r.rssMethod,
    exit_code: r.exitCode,
    stderr_lines: r.stderrLines,
    stderr_head: r.stderrHead,
  };
}

export interface Startup {
  dictionaries: 'builtin' | 'phoenix';
  runs_ms: number[];
  median_ms: number;
  peak_rss_mb: number | null;
  events: number;
}

const ONE_SENTENCE = { id: 'startup', date: '2020-01-06', text: 'Turkish troops shelled Kurdish positions near the Syrian border on Monday.' };

/** Wall time of `sitrep code` on a one-sentence document, median of `runs`. */
export async function startup(dictionaries: 'builtin' | 'phoenix', runs = 5, dir = OUT_DIR, shared = SHARED): Promise<Startup> {
  mkdirSync(dir, { recursive: true });
  const file = join(dir, 'one-sentence.jsonl');
  writeFileSync(file, JSON.stringify(ONE_SENTENCE) + '\n');
  const extra = dictionaries === 'phoenix' ? phoenixArgs(shared) : [];
  const all: ChildRun[] = [];
  for (let k = 0; k < runs; k++) all.push(await runSitrep(['code', '--input', 'jsonl', ...extra, file]));
  const ms = all.map((r) => Math.round(r.wallMs));
  const sorted = [...ms].sort((a, b) => a - b);
  return {
    dictionaries,
    runs_ms: ms,
    median_ms: sorted[Math.floor(sorted.length / 2)] ?? 0,
    peak_rss_mb: Math.max(...all.map((r) => r.peakRssMb ?? 0)) || null,
    events: all[0]?.stdoutLines ?? 0,
  };
}

export interface CoderReport {
  skipped: string | null;
  corpus: Omit<Corpus, 'file'> & { file: string } | null;
  throughput: Throughput[];
  startup: Startup[];
}

/** Everything the coder section of `npm run bench` measures; skips (with a reason) what needs ../shared. */
export async function benchCoder(opts: { docs?: number; startupRuns?: number; shared?: string; log?: (s: string) => void } = {}): Promise<CoderReport> {
  const shared = opts.shared ?? SHARED;
  const log = opts.log ?? ((): void => undefined);
  const report: CoderReport = { skipped: null, corpus: null, throughput: [], startup: [] };
  const haveTools = existsSync(join(shared, 'tools', 'benchcorpus'));
  const havePhoenix = existsSync(join(shared, 'data', 'petrarch2', 'Phoenix.Countries.actors.txt'));
  log('start-up, built-in dictionaries');
  report.startup.push(await startup('builtin', opts.startupRuns ?? 5, OUT_DIR, shared));
  if (havePhoenix) {
    log('start-up, Phoenix dictionaries');
    report.startup.push(await startup('phoenix', opts.startupRuns ?? 5, OUT_DIR, shared));
  }
  if (!haveTools) {
    report.skipped = `${shared} not found (no tools/benchcorpus): throughput skipped`;
    return report;
  }
  log(`corpus: benchcorpus --docs ${opts.docs ?? 2500}`);
  const corpus = makeCorpus(opts.docs ?? 2500, OUT_DIR, shared);
  report.corpus = { ...corpus, file: corpus.file.slice(ROOT.length + 1) };
  log(`throughput, built-in dictionaries (${corpus.sentences} sentences)`);
  report.throughput.push(await throughput(corpus, 'builtin', shared));
  if (havePhoenix) {
    log(`throughput, Phoenix dictionaries (${corpus.sentences} sentences)`);
    report.throughput.push(await throughput(corpus, 'phoenix', shared));
  } else report.skipped = 'Phoenix dictionaries not found in ../shared/data/petrarch2: Phoenix runs skipped';
  return report;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const k = process.argv.indexOf('--docs');
  const docs = k > 0 ? Number(process.argv[k + 1]) : undefined;
  benchCoder({ docs, log: (s) => process.stderr.write(`… ${s}\n`) }).then(
    (r) => console.log(JSON.stringify(r, null, 2)),
    (e: unknown) => {
      console.error(e);
      process.exitCode = 1;
    },
  );
}
