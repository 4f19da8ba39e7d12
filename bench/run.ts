/**
 * `npm run bench`: the benchmarks of issue 2 (coder throughput, start-up, peak memory) with their goals, then
 * the document and store benchmarks. Prints a report and writes bench/out/report.json (git-ignored).
 *
 *   npm run bench [-- --docs N] [--only coder,stages,document,store,ingest,server] [--pg postgres://…]
 *
 * Figures are wall-clock on whatever machine runs this; the report records the CPU count and load average so a
 * busy machine can be recognised. Nothing here asserts on time: a MISS is printed, the exit status stays 0.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { benchCoder, GOALS, makeCorpus, OUT_DIR, SHARED, type CoderReport } from './coder.bench.js';
import { benchDocument } from './document.bench.js';
import { benchIngest } from './ingest.bench.js';
import { benchServer } from './server.bench.js';
import { benchStages, formatStages } from './stages.bench.js';
import { benchStore } from './store.bench.js';

type Section = 'coder' | 'stages' | 'document' | 'store' | 'ingest' | 'server';
const SECTIONS: Section[] = ['coder', 'stages', 'document', 'store', 'ingest', 'server'];

const { values: o } = parseArgs({
  options: {
    docs: { type: 'string', default: '2500' },
    only: { type: 'string', default: SECTIONS.join(',') },
    pg: { type: 'string' },
  },
});
const only = new Set(o.only.split(',').map((s) => s.trim()));
for (const s of only) if (!SECTIONS.includes(s as Section)) throw new Error(`--only: unknown section "${s}" (${SECTIONS.join(', ')})`);
const docs = Number(o.docs);
if (!Number.isInteger(docs) || docs < 1) throw new Error(`--docs must be a positive integer, not "${o.docs}"`);

const log = (s: string): void => {
  process.stderr.write(`… ${s}\n`);
};
const fmt = (n: number | null | undefined, unit = ''): string => (n === null || n === undefined ? 'n/a' : `${n.toLocaleString('en-US')}${unit}`);
const verdict = (ok: boolean | null): string => (ok === null ? '' : ok ? 'PASS' : 'MISS');

interface Row {
  what: string;
  value: string;
  goal: string;
  verdict: string;
}

function coderRows(r: CoderReport): Row[] {
  const rows: Row[] = [];
  for (const t of r.throughput) {
    const d = t.dictionaries;
    rows.push({ what: `throughput (${d})`, value: `${fmt(t.sentences_per_s)} sentences/s`, goal: `≥ ${fmt(GOALS.sentencesPerS)}/s`, verdict: verdict(t.sentences_per_s >= GOALS.sentencesPerS) });
    rows.push({ what: `  documents/s (${d})`, value: fmt(t.docs_per_s), goal: '', verdict: '' });
    rows.push({ what: `  wall time (${d})`, value: `${t.wall_s} s for ${fmt(t.sentences)} sentences`, goal: '', verdict: '' });
    rows.push({ what: `  events (${d})`, value: fmt(t.events), goal: '', verdict: '' });
    rows.push({
      what: `  peak memory (${d})`,
      value: `${fmt(t.peak_rss_mb, ' MB')} (${t.rss_method})`,
      goal: `≤ ${GOALS.peakRssMb} MB`,
      verdict: verdict(t.peak_rss_mb === null ? null : t.peak_rss_mb <= GOALS.peakRssMb),
    });
    if (t.exit_code !== 0 || t.stderr_lines) rows.push({ what: `  exit / stderr (${d})`, value: `exit ${String(t.exit_code)}, ${t.stderr_lines} stderr lines`, goal: '', verdict: '' });
  }
  for (const s of r.startup) {
    rows.push({
      what: `start-up (${s.dictionaries})`,
      value: `${fmt(s.median_ms, ' ms')} median of [${s.runs_ms.join(', ')}]`,
      goal: `≤ ${fmt(GOALS.startupMs)} ms`,
      verdict: verdict(s.median_ms <= GOALS.startupMs),
    });
    rows.push({ what: `  peak memory at start-up (${s.dictionaries})`, value: fmt(s.peak_rss_mb, ' MB'), goal: `≤ ${GOALS.peakRssMb} MB`, verdict: verdict(s.peak_rss_mb === null ? null : s.peak_rss_mb <= GOALS.peakRssMb) });
  }
  return rows;
}

function table(rows: Row[]): string {
  const w = [0, 0, 0];
  for (const r of rows) {
    w[0] = Math.max(w[0] ?? 0, r.what.length);
    w[1] = Math.max(w[1] ?? 0, r.value.length);
    w[2] = Math.max(w[2] ?? 0, r.goal.length);
  }
  return rows.map((r) => `  ${r.what.padEnd(w[0] ?? 0)}  ${r.value.padEnd(w[1] ?? 0)}  ${r.goal.padEnd(w[2] ?? 0)}  ${r.verdict}`.trimEnd()).join('\n');
}

const flat = (rec: Record<string, number>): Row[] => Object.entries(rec).map(([k, v]) => ({ what: k, value: fmt(v), goal: '', verdict: '' }));

const report: Record<string, unknown> = {
  when: new Date().toISOString(),
  node: process.version,
  cpus: cpus().length,
  cpu_model: cpus()[0]?.model ?? null,
  loadavg_at_start: loadavg().map((x) => Math.round(x * 100) / 100),
  shared: SHARED,
  goals: { sentences_per_s: GOALS.sentencesPerS, startup_ms: GOALS.startupMs, peak_rss_mb: GOALS.peakRssMb },
};
const out: string[] = [];

if (only.has('coder')) {
  const r = await benchCoder({ docs, log });
  report.coder = r;
  out.push('Coder (sitrep code --input jsonl, child process)');
  if (r.corpus) out.push(`  corpus: ${r.corpus.file}: ${fmt(r.corpus.docs)} documents, ${fmt(r.corpus.sentences)} sentences (benchcorpus count), ${fmt(Math.round(r.corpus.bytes / 1e3))} kB`);
  if (r.skipped) out.push(`  SKIPPED: ${r.skipped}`);
  out.push(table(coderRows(r)));
}
if (only.has('stages')) {
  const file = join(OUT_DIR, `corpus-${docs}.jsonl`);
  if (!existsSync(file) && !existsSync(SHARED)) {
    out.push(`Pipeline stages: SKIPPED (no corpus: ${file} is missing and ${SHARED} is absent)`);
  } else {
    if (!existsSync(file)) makeCorpus(docs);
    log('pipeline stages (in process, one thread, CPU time per stage)');
    const r = benchStages(file, { docs: Math.min(1000, docs), warmup: 200 });
    report.stages = r;
    out.push('Pipeline stages (in process, one thread; where the CPU goes)', formatStages(r));
  }
}
if (only.has('document')) {
  log('document benchmark (in process)');
  const r = await benchDocument();
  report.document = r;
  out.push('Document layers (in process, generated text)', table(flat(r)));
}
if (only.has('store')) {
  log('store benchmark (SQLite; PostgreSQL with --pg or SITREP_PG_URL)');
  const r = await benchStore({ pgUrl: o.pg ?? process.env.SITREP_PG_URL });
  report.store = r;
  out.push('Store', table(flat(r)));
}
if (only.has('ingest')) {
  log('ingest benchmark (text and HTML documents into a temporary SQLite store)');
  const r = await benchIngest();
  report.ingest = r;
  out.push('Ingest', table(flat({ ...r })));
}
if (only.has('server')) {
  log('server benchmark (HTTP API over 100,000 synthetic events, 20 concurrent clients)');
  const r = await benchServer({ pgUrl: o.pg ?? process.env.SITREP_PG_URL });
  report.server = r;
  out.push('Server', table(flat(r)));
}
report.loadavg_at_end = loadavg().map((x) => Math.round(x * 100) / 100);

mkdirSync(OUT_DIR, { recursive: true });
const file = join(OUT_DIR, 'report.json');
writeFileSync(file, JSON.stringify(report, null, 2) + '\n');
const la = (x: unknown): string => (Array.isArray(x) ? x.join(' ') : '');
console.log(`\nsitrep benchmark — node ${process.version}, ${String(report.cpus)} CPUs, load average ${la(report.loadavg_at_start)} → ${la(report.loadavg_at_end)}\n`);
console.log(out.join('\n\n'));
console.log(`\nwritten: ${file}`);
