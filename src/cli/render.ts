/** Rendering one coded document in the `sitrep code` output formats. */
import type { DocResult } from '../types.js';
import { formatTable } from './table.js';

export function renderDoc(r: DocResult, format: string): string[] {
  if (format === 'doc') return [JSON.stringify(r) + '\n'];
  if (format === 'table') return [formatTable(r)];
  return r.events.map((e) => JSON.stringify(e) + '\n');
}
