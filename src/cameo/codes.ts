/**
 * The CAMEO event-code table (dictionaries/cameo-codes.tsv, written by this project): name, Goldstein
 * score, QuadClass and PLOVER category/mode for every code. Codes not in the table (legacy WEIS codes in
 * old dictionaries) fall back to their closest listed parent, then to neutral values.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BUILTIN_DIR } from '../dictionaries/lexicon.js';
import type { PloverLabel } from '../types.js';

export interface CameoCode {
  code: string;
  name: string;
  goldstein: number;
  quad: number;
  plover: PloverLabel | null;
}

let table: Map<string, CameoCode> | null = null;

export function cameoTable(): Map<string, CameoCode> {
  if (table) return table;
  table = new Map();
  const text = readFileSync(join(BUILTIN_DIR, 'cameo-codes.tsv'), 'utf8');
  for (const line of text.split(/\r?\n/).slice(1)) {
    if (!line.trim()) continue;
    const [code = '', name = '', g = '0', q = '0', type = '', mode = ''] = line.split('\t');
    table.set(code, {
      code,
      name,
      goldstein: Number(g),
      quad: Number(q),
      plover: type ? { type, mode: mode || null } : null,
    });
  }
  return table;
}

export function isCameoCode(code: string): boolean {
  return cameoTable().has(code);
}

/** Look a code up, falling back to its parents ("1622" → "162" → "16"). */
export function describe(code: string): CameoCode {
  const t = cameoTable();
  for (let k = code.length; k >= 2; k--) {
    const hit = t.get(code.slice(0, k));
    if (hit) return k === code.length ? hit : { ...hit, code };
  }
  const root = Number(code.slice(0, 2));
  const quad = root >= 1 && root <= 5 ? 1 : root <= 9 ? 2 : root <= 14 ? 3 : root <= 20 ? 4 : 0;
  return { code, name: '', goldstein: 0, quad, plover: null };
}
