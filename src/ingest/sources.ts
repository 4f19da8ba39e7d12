/**
 * What ingest reads: arguments (files, directories, http(s) URLs) → sources → documents.
 * Directories are walked recursively in name order, taking files by extension; a file or URL is
 * read as the kind `--input` names, else by extension, content type or content. Every problem
 * is reported through `onError` as a SitrepError naming where, and the other documents go on.
 *
 * Document ids are stable so that re-ingesting changes nothing: a file's path relative to the
 * working directory, a URL as fetched, a feed item's guid/id (else its link), a JSONL line's
 * `id` (else path:line). Dates: `--date` is the fallback; a page's or item's own date wins, and
 * a text file whose name holds YYYY-MM-DD takes that date.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, extname, join, relative, resolve, sep } from 'node:path';
import { inputError, SitrepError } from '../errors.js';
import { decodeUtf8, parseDocs } from '../input/read.js';
import type { InputDoc } from '../types.js';
import { extractArticle } from './article.js';
import { looksLikeFeed, parseFeed } from './feed.js';
import { fetchGuarded, type FetchOptions } from './fetch.js';

export type IngestKind = 'text' | 'html' | 'jsonl' | 'feed';
export const INGEST_KINDS: readonly IngestKind[] = ['text', 'html', 'jsonl', 'feed'];

/** File extensions taken from directories, and the kind each is read as. */
export const EXTENSIONS: Readonly<Record<string, IngestKind>> = {
  '.txt': 'text', '.text': 'text',
  '.html': 'html', '.htm': 'html', '.xhtml': 'html',
  '.jsonl': 'jsonl', '.ndjson': 'jsonl',
  '.xml': 'feed', '.rss': 'feed', '.atom': 'feed',
};

/** Content types accepted from URLs, and the kind each is read as. */
export const CONTENT_TYPES: Readonly<Record<string, IngestKind>> = {
  'text/html': 'html', 'application/xhtml+xml': 'html',
  'application/rss+xml': 'feed', 'application/atom+xml': 'feed', 'application/rdf+xml': 'feed',
  'application/xml': 'feed', 'text/xml': 'feed',
  'text/plain': 'text',
  'application/x-ndjson': 'jsonl', 'application/jsonl': 'jsonl', 'application/json': 'jsonl',
};

export interface SourceOptions {
  /** Read every source as this kind (`--input`). */
  kind?: IngestKind;
  /** Fallback publication date (`--date`). */
  date?: string | null;
  fetch?: FetchOptions;
  /** Feed items: fetch each item's link (default) or use the feed's own text. */
  followLinks?: boolean;
  /** Feed items already stored are not fetched again. */
  known?: (id: string) => Promise<boolean>;
  onError: (e: Error) => void;
  /** Non-fatal notes (a feed item's page failed and its description was used). */
  onWarning?: (msg: string) => void;
  cwd?: string;
}

export const isUrl = (s: string): boolean => /^https?:\/\//i.test(s);

/** Arguments → files and URLs, directories expanded. Unreadable paths are reported. */
export function expandInputs(inputs: readonly string[], onError: (e: Error) => void, cwd = process.cwd()): string[] {
  const out: string[] = [];
  const walk = (dir: string): void => {
    let names: string[];
    try {
      names = readdirSync(dir).sort();
    } catch (e) {
      onError(inputError(dir, `cannot read directory (${(e as NodeJS.ErrnoException).code ?? String(e)})`));
      return;
    }
    for (const name of names) {
      if (name.startsWith('.')) continue;
      const p = join(dir, name);
      let st;
      try {
        st = statSync(p);
      } catch {
        continue;
      }
      if (st.isDirectory()) walk(p);
      else if (st.isFile() && EXTENSIONS[extname(name).toLowerCase()] !== undefined) out.push(p);
    }
  };
  for (const arg of inputs) {
    if (isUrl(arg)) {
      out.push(arg);
      continue;
    }
    let st;
    try {
      st = statSync(resolve(cwd, arg));
    } catch (e) {
      onError(inputError(arg, `cannot read (${(e as NodeJS.ErrnoException).code ?? String(e)})`));
      continue;
    }
    if (st.isDirectory()) walk(arg);
    else out.push(arg);
  }
  return out;
}

/** The kind of a source's content when neither `--input` nor its name says. */
export function sniffKind(text: string): IngestKind {
  const head = text.slice(0, 2000).trimStart();
  if (looksLikeFeed(head)) return 'feed';
  if (/^<(!doctype html|html|head|body|article)\b/i.test(head)) return 'html';
  if (head.startsWith('{')) return 'jsonl';
  return 'text';
}

/** A file's document id: its path relative to the working directory, with forward slashes. */
export function fileId(path: string, cwd = process.cwd()): string {
  const rel = relative(cwd, resolve(cwd, path));
  return (rel.startsWith('..') ? resolve(cwd, path) : rel).split(sep).join('/');
}

const nameDate = (path: string): string | null => /(\d{4}-\d{2}-\d{2})/.exec(basename(path))?.[1] ?? null;

export interface SourceDocs {
  docs: InputDoc[];
  /** Feed items left out because `opts.known` said they are stored. */
  known: number;
}

/** Documents from one file or URL. Errors are reported through `opts.onError`; what is good is returned. */
export async function loadSource(src: string, opts: SourceOptions): Promise<SourceDocs> {
  const out: SourceDocs = { docs: [], known: 0 };
  try {
    out.docs = isUrl(src) ? await loadUrl(src, opts, out) : await loadFile(src, opts, out);
  } catch (e) {
    opts.onError(e instanceof Error ? e : new Error(String(e)));
  }
  return out;
}

async function loadFile(path: string, opts: SourceOptions, out: SourceDocs): Promise<InputDoc[]> {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (e) {
    throw inputError(path, `cannot read (${(e as NodeJS.ErrnoException).code ?? String(e)})`);
  }
  const text = decodeUtf8(bytes, path);
  const kind = opts.kind ?? EXTENSIONS[extname(path).toLowerCase()] ?? sniffKind(text);
  const id = fileId(path, opts.cwd);
  return fromContent(text, kind, id, null, opts, nameDate(path), out);
}

async function loadUrl(url: string, opts: SourceOptions, out: SourceDocs): Promise<InputDoc[]> {
  const accept = opts.kind === undefined
    ? Object.keys(CONTENT_TYPES)
    : Object.keys(CONTENT_TYPES).filter((t) => CONTENT_TYPES[t] === opts.kind || (opts.kind === 'text' && t === 'text/plain'));
  const got = await fetchGuarded(url, { ...opts.fetch, accept });
  const text = decodeUtf8(got.body, url);
  let kind = opts.kind ?? CONTENT_TYPES[got.contentType] ?? 'text';
  if (opts.kind === undefined && kind === 'text' && /\.(jsonl|ndjson)(\?|$)/i.test(new URL(url).pathname)) kind = 'jsonl';
  return fromContent(text, kind, url, url, opts, null, out);
}

async function fromContent(
  text: string, kind: IngestKind, id: string, url: string | null, opts: SourceOptions, fallbackDate: string | null, out: SourceDocs,
): Promise<InputDoc[]> {
  const date = opts.date ?? null;
  if (text.trim() === '') throw inputError(id, 'empty input');
  switch (kind) {
    case 'text': {
      const doc: InputDoc = { id, text, date: fallbackDate ?? date };
      if (url !== null) doc.url = url;
      return [doc];
    }
    case 'html': {
      const a = extractArticle(text, id);
      const doc: InputDoc = { id, text: a.text, date: a.date ?? fallbackDate ?? date };
      if (url !== null) doc.url = url;
      if (a.title !== null) doc.title = a.title;
      const source = a.source ?? (url === null ? null : new URL(url).hostname);
      if (source !== null) doc.source = source;
      return [doc];
    }
    case 'jsonl': {
      const r = parseDocs(new TextEncoder().encode(text), id, 'jsonl', date);
      for (const e of r.errors) opts.onError(e);
      return r.docs;
    }
    case 'feed':
      return feedDocs(text, id, opts, out);
  }
}

async function feedDocs(text: string, where: string, opts: SourceOptions, out: SourceDocs): Promise<InputDoc[]> {
  const feed = parseFeed(text, where);
  const docs: InputDoc[] = [];
  for (const item of feed.items) {
    if (opts.known !== undefined && (await opts.known(item.id))) {
      out.known++;
      continue;
    }
    const base: InputDoc = { id: item.id, text: item.text, date: item.date ?? opts.date ?? null };
    if (item.title !== null) base.title = item.title;
    if (feed.title !== null) base.source = feed.title;
    if (item.link !== null) base.url = item.link;
    if (item.link !== null && isUrl(item.link) && opts.followLinks !== false) {
      try {
        const got = await fetchGuarded(item.link, { ...opts.fetch, accept: ['text/html', 'application/xhtml+xml'] });
        const a = extractArticle(decodeUtf8(got.body, item.link), item.link);
        base.text = a.text;
        if (a.title !== null) base.title = a.title;
        if (a.source !== null) base.source = a.source;
        base.date = item.date ?? a.date ?? base.date;
      } catch (e) {
        if (item.text === '') {
          opts.onError(e instanceof Error ? e : new Error(String(e)));
          continue;
        }
        const msg = e instanceof SitrepError ? `${e.code}: ${e.message}` : String(e);
        opts.onWarning?.(`${msg}; used the feed's text for item ${item.id}`);
      }
    } else if (item.text === '') {
      opts.onError(inputError(`${where}: item ${item.id}`, 'no text and no link to fetch'));
      continue;
    }
    docs.push(base);
  }
  return docs;
}
