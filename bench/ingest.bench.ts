/**
 * Ingest throughput, documents per second, end to end (files read, HTML article extracted, coded
 * with the built-in dictionaries, stored in a fresh SQLite file): text files and HTML pages, plus
 * the article extractor alone and a re-ingest of the same files (nothing changes, nothing is coded).
 * The documents are the bundled examples' own texts (written for sitrep), repeated with a
 * numbered closing sentence so every document is new. Run alone with
 * `node dist/bench/ingest.bench.js [N]`; `bench/run.ts` may import `benchIngest`.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createCoder } from '../src/coder.js';
import { extractArticle } from '../src/ingest/article.js';
import { runIngest, type IngestContext } from '../src/ingest/ingest.js';
import { openStore } from '../src/store/index.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

export interface IngestReport {
  documents: number;
  /** Text files → store, documents/s. */
  text_docs_per_s: number;
  /** HTML pages → article → store, documents/s. */
  html_docs_per_s: number;
  /** Article extraction alone (linkedom + Readability), pages/s. */
  extract_pages_per_s: number;
  /** Re-ingest of the text files (all unchanged), documents/s. */
  reingest_docs_per_s: number;
  /** New events created; the repeated texts mostly merge into them as further reports. */
  events_created: number;
  reports_merged: number;
}

function texts(): string[] {
  const lines = readFileSync(join(ROOT, 'examples', 'news', 'wires.jsonl'), 'utf8').split('\n').filter((l) => l.trim() !== '');
  return lines.map((l) => (JSON.parse(l) as { text: string }).text);
}

const page = (i: number, text: string): string => `<!doctype html><html><head><title>Report ${i}</title>
<meta property="og:site_name" content="Bench Wire ${i % 5}"><meta property="article:published_time" content="2020-01-${String(3 + (i % 8)).padStart(2, '0')}T08:00:00Z">
</head><body><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/markets">Markets</a></nav><article><h1>Report ${i}</h1>
${text.split(/(?<=\.) /).map((s) => `<p>${s}</p>`).join('\n')}</article><aside><h2>Most read</h2><ul><li>One</li><li>Two</li></ul></aside>
<footer>Bench Wire is generated for the sitrep benchmark.</footer></body></html>`;

export async function benchIngest(n = 200): Promise<IngestReport> {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-bench-ingest-'));
  try {
    const base = texts();
    const textDir = join(dir, 'text');
    const htmlDir = join(dir, 'html');
    mkdirSync(textDir);
    mkdirSync(htmlDir);
    const pages: string[] = [];
    for (let i = 0; i < n; i++) {
      const t = `${base[i % base.length] ?? ''} This was report number ${i} of the day.`;
      writeFileSync(join(textDir, `2020-01-${String(3 + (i % 8)).padStart(2, '0')}-r${i}.txt`), t);
      const html = page(i, t);
      pages.push(html);
      writeFileSync(join(htmlDir, `r${i}.html`), html);
    }
    const coder = createCoder();
    const store = await openStore(join(dir, 'bench.db'));
    const ctx: IngestContext = { store, coder, report: (e) => { throw e; } };
    try {
      let t0 = performance.now();
      const textCounts = await runIngest(ctx, [textDir], { cwd: dir });
      const textSecs = (performance.now() - t0) / 1000;
      t0 = performance.now();
      const htmlCounts = await runIngest(ctx, [htmlDir], { cwd: dir });
      const htmlSecs = (performance.now() - t0) / 1000;
      t0 = performance.now();
      await runIngest(ctx, [textDir], { cwd: dir });
      const reSecs = (performance.now() - t0) / 1000;
      t0 = performance.now();
      for (const [i, p] of pages.entries()) extractArticle(p, `r${i}.html`);
      const exSecs = (performance.now() - t0) / 1000;
      const round = (x: number): number => Math.round(x * 10) / 10;
      return {
        documents: n,
        text_docs_per_s: round(textCounts.inserted / textSecs),
        html_docs_per_s: round(htmlCounts.inserted / htmlSecs),
        extract_pages_per_s: round(n / exSecs),
        reingest_docs_per_s: round(n / reSecs),
        events_created: textCounts.events + htmlCounts.events,
        reports_merged: textCounts.merged + htmlCounts.merged,
      };
    } finally {
      await store.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const n = Number(process.argv[2] ?? 200);
  process.stdout.write(`${JSON.stringify(await benchIngest(n), null, 2)}\n`);
}
