/** Rendering one coded document in the `sitrep code` output formats. */
import type { Coder } from '../coder.js';
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

export function renderDoc(r: DocResult, format: string): string[] {
  if (format === 'doc') return [JSON.stringify(r) + '\n'];
  if (format === 'table') return [formatTable(r)];
  return r.events.map((e) => JSON.stringify(e) + '\n');
}
