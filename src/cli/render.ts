/** Rendering one coded document in the `sitrep code` output formats. */
import type { BatchError, Coder } from '../coder.js';
import type { DocResult, InputDoc } from '../types.js';
import { formatTable } from './table.js';

/**
 * One document coded and written: event lines window by window as the coder finishes them (`Coder.codeParts`, so a
 * very long text never holds all its records at once), a `doc` object or a table whole.
 */
export function* renderCoded(coder: Coder, d: InputDoc, format: string): Generator<string> {
  if (format !== 'jsonl') yield* renderDoc(coder.codeDoc(d), format);
  else for (const part of coder.codeParts(d)) yield* renderDoc(part, format);
}

/**
 * Documents coded together (`Coder.codeBatch`) and written, each as `renderCoded` writes it: per document, its chunks,
 * or the error that stopped it (nothing of that document is written then). A text of several windows is coded when
 * its chunks are read, window by window.
 */
export function renderBatch(coder: Coder, docs: readonly InputDoc[], format: string): (Iterable<string> | BatchError)[] {
  return coder.codeBatch(docs).map((r, k) => {
    if (r && 'error' in r) return r;
    try {
      return r ? renderDoc(r, format) : renderCoded(coder, docs[k] as InputDoc, format);
    } catch (error) {
      return { error };
    }
  });
}

export const isBatchError = (r: Iterable<string> | BatchError): r is BatchError => 'error' in r;

export function renderDoc(r: DocResult, format: string): string[] {
  if (format === 'doc') return [JSON.stringify(r) + '\n'];
  if (format === 'table') return [formatTable(r)];
  return r.events.map((e) => JSON.stringify(e) + '\n');
}
