/**
 * Input readers: plain text, HTML and JSONL documents from files or standard input. Bytes are decoded as
 * strict UTF-8; every problem becomes a SitrepError naming the file (and line) so the CLI can report it on one
 * line and go on with the other documents.
 */
import { readFileSync } from 'node:fs';
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

/** Documents in one source. `name` is the path (or "stdin"); `date` the --date option. */
export function parseDocs(bytes: Uint8Array, path: string, kind: InputKind, date: string | null): ReadResult {
  const name = path === '-' ? 'stdin' : path;
  const text = decodeUtf8(bytes, name);
  if (text.trim() === '') return { docs: [], errors: [inputError(name, 'empty input')] };
  if (kind !== 'jsonl') {
    const body = kind === 'html' ? htmlToText(text) : text;
    return { docs: [{ id: name, text: body, date }], errors: [] };
  }
  const docs: InputDoc[] = [];
  const errors: Error[] = [];
  const lines = text.split('\n');
  lines.forEach((line, k) => {
    const where = `${name}:${k + 1}`;
    if (line.trim() === '') return;
    let v: unknown;
    try {
      v = JSON.parse(line);
    } catch {
      errors.push(inputError(where, 'not a JSON object'));
      return;
    }
    if (!v || typeof v !== 'object' || Array.isArray(v)) {
      errors.push(inputError(where, 'not a JSON object'));
      return;
    }
    const o = v as Record<string, unknown>;
    if (typeof o.text !== 'string') {
      errors.push(inputError(where, 'missing "text" (a string)'));
      return;
    }
    const d = o.date ?? date;
    if (d !== null && d !== undefined && (typeof d !== 'string' || !DATE_RE.test(d))) {
      errors.push(inputError(where, `"date" must be YYYY-MM-DD or null, got ${JSON.stringify(d)}`));
      return;
    }
    const doc: InputDoc = { id: o.id === undefined || o.id === null ? `${name}:${k + 1}` : String(o.id), text: o.text, date: (d as string | null | undefined) ?? null };
    if (typeof o.url === 'string') doc.url = o.url;
    if (typeof o.title === 'string') doc.title = o.title;
    if (typeof o.source === 'string') doc.source = o.source;
    docs.push(doc);
  });
  return { docs, errors };
}

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
