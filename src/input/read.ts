/**
 * Input readers: plain text, HTML and JSONL documents from files or standard input. Bytes are decoded as
 * strict UTF-8; every problem becomes a SitrepError naming the file (and line) so the CLI can report it on one
 * line and go on with the other documents. JSONL is read line by line in blocks (`readDocs`), so a batch of any
 * size is coded in bounded memory and a bad line — bad JSON, bad UTF-8 — loses only itself.
 */
import { closeSync, openSync, readFileSync, readSync } from 'node:fs';
import { inputError } from '../errors.js';
import type { InputDoc } from '../types.js';
import { htmlToText } from './html.js';

export type InputKind = 'text' | 'html' | 'jsonl';

export interface ReadResult {
  docs: InputDoc[];
  errors: Error[];
}

const DATE_RE = /^\d{4}-\d{2}-\d{2}$/;

export function decodeUtf8(bytes: Uint8Array, where: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw inputError(where, `not valid UTF-8 text (first bad byte at offset ${firstBadByte(bytes)})`);
  }
}

export function readSource(path: string): Uint8Array {
  try {
    return path === '-' ? readFileSync(0) : readFileSync(path);
  } catch (e) {
    throw inputError(path, `cannot read (${(e as NodeJS.ErrnoException).code ?? String(e)})`);
  }
}

/** Documents in one source already in memory. `name` is the path (or "stdin"); `date` the --date option. */
export function parseDocs(bytes: Uint8Array, path: string, kind: InputKind, date: string | null): ReadResult {
  const docs: InputDoc[] = [];
  const errors: Error[] = [];
  const name = path === '-' ? 'stdin' : path;
  if (kind !== 'jsonl') {
    try {
      docs.push(wholeDoc(bytes, name, kind, date));
    } catch (e) {
      errors.push(e as Error);
    }
    return { docs, errors };
  }
  let seen = false;
  let k = 0;
  for (const line of splitLines(bytes)) {
    k++;
    const doc = jsonlDoc(line, name, k, date, (e) => errors.push(e));
    if (doc === BLANK) continue;
    seen = true;
    if (doc) docs.push(doc);
  }
  if (!seen) errors.push(inputError(name, 'empty input'));
  return { docs, errors };
}

/**
 * The documents of one file (or "-", standard input), read as they are needed: a text or HTML source is one
 * document; a JSONL source is read in blocks and yields one document per good line. A bad line is handed to
 * `onError` and skipped; an unreadable or empty source is handed to `onError` too.
 */
export function* readDocs(path: string, kind: InputKind, date: string | null, onError: (e: Error) => void): Generator<InputDoc> {
  const name = path === '-' ? 'stdin' : path;
  if (kind !== 'jsonl') {
    let doc: InputDoc;
    try {
      doc = wholeDoc(readSource(path), name, kind, date);
    } catch (e) {
      onError(e as Error);
      return;
    }
    yield doc;
    return;
  }
  let seen = false;
  let k = 0;
  try {
    for (const line of sourceLines(path)) {
      k++;
      const doc = jsonlDoc(line, name, k, date, onError);
      if (doc === BLANK) continue;
      seen = true;
      if (doc) yield doc;
    }
  } catch (e) {
    onError(e as Error);
    return;
  }
  if (!seen) onError(inputError(name, 'empty input'));
}

function wholeDoc(bytes: Uint8Array, name: string, kind: InputKind, date: string | null): InputDoc {
  const text = decodeUtf8(bytes, name);
  if (text.trim() === '') throw inputError(name, 'empty input');
  return { id: name, text: kind === 'html' ? htmlToText(text) : text, date };
}

const BLANK = Symbol('blank line');

/** One JSONL line (line number `k`, from 1) as a document; null (after `onError`) when it is unusable. */
function jsonlDoc(bytes: Uint8Array, name: string, k: number, date: string | null, onError: (e: Error) => void): InputDoc | null | typeof BLANK {
  const where = `${name}:${k}`;
  let line: string;
  try {
    line = decodeUtf8(bytes, where);
  } catch (e) {
    onError(e as Error);
    return null;
  }
  if (line.trim() === '') return BLANK;
  let v: unknown;
  try {
    v = JSON.parse(line);
  } catch {
    v = null;
  }
  if (!v || typeof v !== 'object' || Array.isArray(v)) {
    onError(inputError(where, 'not a JSON object'));
    return null;
  }
  const o = v as Record<string, unknown>;
  if (typeof o.text !== 'string') {
    onError(inputError(where, 'missing "text" (a string)'));
    return null;
  }
  const d = o.date ?? date;
  if (d !== null && d !== undefined && (typeof d !== 'string' || !DATE_RE.test(d))) {
    onError(inputError(where, `"date" must be YYYY-MM-DD or null, got ${JSON.stringify(d)}`));
    return null;
  }
  const doc: InputDoc = { id: o.id === undefined || o.id === null ? where : String(o.id), text: o.text, date: (d as string | null | undefined) ?? null };
  if (typeof o.url === 'string') doc.url = o.url;
  if (typeof o.title === 'string') doc.title = o.title;
  if (typeof o.source === 'string') doc.source = o.source;
  return doc;
}

const NL = 0x0a;

/** The lines of bytes in memory, without their newlines (the last one even when empty, as `split` gives it). */
function* splitLines(bytes: Uint8Array): Generator<Uint8Array> {
  let from = 0;
  for (let at = bytes.indexOf(NL); at >= 0; at = bytes.indexOf(NL, from)) {
    yield bytes.subarray(from, at);
    from = at + 1;
  }
  yield bytes.subarray(from);
}

const BLOCK = 1 << 20;

/** The lines of a file or of standard input, read a block at a time (a line may span any number of blocks). */
function* sourceLines(path: string): Generator<Uint8Array> {
  let fd: number;
  try {
    fd = path === '-' ? 0 : openSync(path, 'r');
  } catch (e) {
    throw inputError(path, `cannot read (${(e as NodeJS.ErrnoException).code ?? String(e)})`);
  }
  const pending: Uint8Array[] = [];
  try {
    const block = Buffer.allocUnsafe(BLOCK);
    for (;;) {
      const n = readBlock(fd, block, path);
      if (n === 0) break;
      const got = block.subarray(0, n);
      let from = 0;
      for (let at = got.indexOf(NL); at >= 0; at = got.indexOf(NL, from)) {
        const piece = got.subarray(from, at);
        yield pending.length ? Buffer.concat([...pending.splice(0), piece]) : Buffer.from(piece);
        from = at + 1;
      }
      if (from < n) pending.push(Buffer.from(got.subarray(from)));
    }
    yield Buffer.concat(pending.splice(0));
  } finally {
    if (fd !== 0) closeSync(fd);
  }
}

/** `readSync`, waiting out EAGAIN (standard input opened non-blocking by a terminal or a parent process). */
function readBlock(fd: number, block: Buffer, path: string): number {
  for (;;) {
    try {
      return readSync(fd, block, 0, block.length, null);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'EAGAIN') {
        Atomics.wait(WAIT, 0, 0, 5);
        continue;
      }
      if (code === 'EOF') return 0;
      throw inputError(path === '-' ? 'stdin' : path, `cannot read (${code ?? String(e)})`);
    }
  }
}
const WAIT = new Int32Array(new SharedArrayBuffer(4));

/** Offset of the first byte that breaks UTF-8 (for the error message). */
function firstBadByte(b: Uint8Array): number {
  for (let i = 0; i < b.length; ) {
    const c = b[i] ?? 0;
    const n = c < 0x80 ? 1 : c >= 0xc2 && c < 0xe0 ? 2 : c >= 0xe0 && c < 0xf0 ? 3 : c >= 0xf0 && c < 0xf5 ? 4 : 0;
    if (!n || i + n > b.length) return i;
    for (let k = 1; k < n; k++) if (((b[i + k] ?? 0) & 0xc0) !== 0x80) return i;
    i += n;
  }
  return b.length;
}
