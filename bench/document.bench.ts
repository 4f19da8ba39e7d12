/**
 * Throughput of the document-understanding building blocks on generated news-like text:
 * gazetteer build time and memory, then places / quotes / dates in sentences per second.
 * Run alone with `node --expose-gc dist/bench/document.bench.js`; `bench/run.ts` may import `benchDocument`.
 */
import { pathToFileURL } from 'node:url';
import { eventDate } from '../src/document/dates.js';
import { gazetteerLoadMs, loadGazetteer } from '../src/document/gazetteer.js';
import { findPlaces } from '../src/document/places.js';
import { findQuotes } from '../src/document/quotes.js';

const SUBJECTS = ['The defense ministry', 'Rebel fighters', 'A senior official', 'The alliance', 'Government troops', 'Marten'];
const VERBS = ['attacked a convoy', 'shelled positions', 'met the envoy', 'suspended talks', 'seized the airport', 'closed the border'];
const PLACES = ['near Mosul', 'in Kabul', 'at Baghdad International Airport', 'outside Tripoli', 'in northern Syria', 'in the capital', 'in Paris, Texas', ''];
const DATES = ['on Friday', 'Jan. 2', 'last week', 'in March', 'two days ago', '', '', ''];
const TAILS = [', officials said in Brussels.', '.', ', the ministry said.', ' and withdrew.'];
const QUOTES = ['“We will not accept this,” the minister said.', '“The situation is under control,” Marten told reporters.', '“We remain ready.”'];

/** Deterministic generator: the same n gives the same text. */
export function generateSentences(n: number): string[] {
  let seed = 42;
  const pick = <T>(xs: readonly T[]): T => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return xs[seed % xs.length] as T;
  };
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    if (i % 5 === 4) out.push(pick(QUOTES));
    else out.push([pick(SUBJECTS), pick(VERBS), pick(PLACES), pick(DATES)].filter(Boolean).join(' ') + pick(TAILS));
  }
  return out;
}

function documents(sentences: string[], perDoc: number): { text: string; spans: { index: number; start: number; end: number }[] }[] {
  const docs = [];
  for (let i = 0; i < sentences.length; i += perDoc) {
    let text = '';
    const spans = [];
    for (const [k, s] of sentences.slice(i, i + perDoc).entries()) {
      if (k) text += k % 3 === 0 ? '\n' : ' ';
      spans.push({ index: k, start: text.length, end: text.length + s.length });
      text += s;
    }
    docs.push({ text, spans });
  }
  return docs;
}

const rate = (count: number, ms: number): number => Math.round((count / ms) * 1000);

export async function benchDocument(): Promise<Record<string, number>> {
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  const rssBefore = process.memoryUsage().rss;
  loadGazetteer();
  gc?.();
  const rssAfter = process.memoryUsage().rss;

  const N = 20_000;
  const sentences = generateSentences(N);
  const docs = documents(sentences, 20);

  let t = performance.now();
  let places = 0;
  for (const d of docs) places += findPlaces(d.text, d.spans).length;
  const placesMs = performance.now() - t;

  t = performance.now();
  let quotes = 0;
  for (const d of docs) quotes += findQuotes(d.text).length;
  const quotesMs = performance.now() - t;

  t = performance.now();
  let dated = 0;
  for (const d of docs) {
    for (const s of d.spans) {
      if (eventDate(d.text.slice(s.start, s.end), s.start, '2020-01-06')?.basis === 'text') dated++;
    }
  }
  const datesMs = performance.now() - t;
  await Promise.resolve();
  return {
    gazetteer_load_ms: Math.round(gazetteerLoadMs()),
    gazetteer_rss_mb: Math.round((rssAfter - rssBefore) / 1e6),
    rss_mb: Math.round(process.memoryUsage().rss / 1e6),
    places_sentences_per_s: rate(N, placesMs),
    quotes_sentences_per_s: rate(N, quotesMs),
    dates_sentences_per_s: rate(N, datesMs),
    places_found: places,
    quotes_found: quotes,
    dates_from_text: dated,
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  benchDocument().then((r) => console.log(JSON.stringify(r, null, 2)), (e: unknown) => {
    console.error(e);
    process.exitCode = 1;
  });
}
