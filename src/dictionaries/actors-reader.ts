/**
 * Reader for PETRARCH/TABARI actor dictionaries:
 *
 *   ROOT_PHRASE  [CODE]        root line (optional default code)
 *   +SYNONYM_PHRASE            synonyms share the entry's codes
 *   \t[CODE]  \t[CODE <DATE]  \t[CODE >DATE]  \t[CODE DATE-DATE]
 *
 * Each entry gets the id `file:line` of its root line. A malformed line throws
 * SitrepError E_DICT_SYNTAX naming file and line.
 */
import { dictError } from '../errors.js';
import { report, type ReadOptions } from './read-options.js';
import type { ActorCodeRange } from '../types.js';
import { dictDate } from './dates.js';
import { dictLines, phraseTokens } from './lines.js';

export interface ActorEntry {
  id: string;
  /** Canonical name (the root phrase, title-cased). */
  name: string;
  phrases: string[][];
  /** Dated codes in file order. */
  codes: ActorCodeRange[];
  /** The root line's inline code: used when no dated code applies. */
  fallback: string | null;
}

const CODE_RE = /^[A-Z0-9-]{3,}$/;

export function titleCase(phrase: string): string {
  return phraseTokens(phrase)
    .map((w) => (/^[A-Z]{2,}$/.test(w) && w.length > 1 ? w[0] + w.slice(1).toLowerCase() : w))
    .join(' ');
}

function parseCode(file: string, n: number, body: string): ActorCodeRange {
  const parts = body.trim().split(/\s+/);
  const code = (parts[0] ?? '').toUpperCase();
  if (!CODE_RE.test(code)) throw dictError(file, n, `bad actor code "${parts[0] ?? ''}"`);
  const restriction = parts.slice(1).join('');
  if (!restriction) return { code, from: null, to: null };
  let m: RegExpExecArray | null;
  if ((m = /^<(\d{6}|\d{8})$/.exec(restriction))) {
    return { code, from: null, to: checked(file, n, m[1] ?? '') };
  }
  if ((m = /^>(\d{6}|\d{8})$/.exec(restriction))) {
    return { code, from: checked(file, n, m[1] ?? ''), to: null };
  }
  if ((m = /^(\d{6}|\d{8})-(\d{6}|\d{8})$/.exec(restriction))) {
    return { code, from: checked(file, n, m[1] ?? ''), to: checked(file, n, m[2] ?? '') };
  }
  throw dictError(file, n, `bad date restriction "${restriction}" (want <DATE, >DATE or DATE-DATE)`);
}

function checked(file: string, n: number, raw: string): string {
  const d = dictDate(raw);
  if (!d) throw dictError(file, n, `bad date "${raw}"`);
  return d;
}

export function readActors(source: string, file: string, opts: ReadOptions = {}): ActorEntry[] {
  const out: ActorEntry[] = [];
  let cur: ActorEntry | null = null;
  for (const { n, text } of dictLines(source)) {
    try {
      const trimmed = text.trim();
      if (/^\s/.test(text) && trimmed.startsWith('[')) {
        if (!cur) throw dictError(file, n, 'code line before any actor phrase');
        const codes = trimmed.match(/\[[^\]]*\]/g);
        if (!codes || trimmed.replace(/\[[^\]]*\]/g, '').trim() !== '') throw dictError(file, n, `unreadable code line "${trimmed}"`);
        for (const c of codes) cur.codes.push(parseCode(file, n, c.slice(1, -1)));
        continue;
      }
      if (trimmed.startsWith('+')) {
        if (!cur) throw dictError(file, n, 'synonym before any actor phrase');
        const { phrase, inline } = splitInline(file, n, trimmed.slice(1));
        if (inline.length) cur.codes.push(...inline);
        if (phrase.length) cur.phrases.push(phrase);
        continue;
      }
      if (trimmed.startsWith('[')) {
        // a code line without indentation: tolerated when it follows an entry (several dictionaries do this)
        if (!cur) throw dictError(file, n, 'code line before any actor phrase');
        for (const c of trimmed.match(/\[[^\]]*\]/g) ?? []) cur.codes.push(parseCode(file, n, c.slice(1, -1)));
        continue;
      }
      const { phrase, inline, rawPhrase } = splitInline(file, n, trimmed);
      if (phrase.length === 0) throw dictError(file, n, `no phrase in "${trimmed}"`);
      const undated = inline.filter((c) => !c.from && !c.to);
      cur = {
        id: `${file}:${n}`,
        name: titleCase(rawPhrase),
        phrases: [phrase],
        codes: inline.filter((c) => c.from || c.to),
        fallback: undated[0]?.code ?? null,
      };
      out.push(cur);
    } catch (e) {
      report(e, opts);
    }
  }
  return out;
}

function splitInline(file: string, n: number, s: string): { phrase: string[]; inline: ActorCodeRange[]; rawPhrase: string } {
  const codes = s.match(/\[[^\]]*\]/g) ?? [];
  const rawPhrase = s.replace(/\[[^\]]*\]/g, ' ').replace(/\{[^}]*\}/g, ' ').trim();
  if (/[[\]]/.test(rawPhrase)) throw dictError(file, n, `unbalanced bracket in "${s}"`);
  return { phrase: phraseTokens(rawPhrase), inline: codes.map((c) => parseCode(file, n, c.slice(1, -1))), rawPhrase };
}

/**
 * The code of an entry on a date: dated codes valid on `date` (start inclusive, end exclusive) win in file
 * order; otherwise undated codes, then the root's inline fallback. Without a date, the first undated code, or
 * the most recent dated one.
 */
export function codeOn(entry: ActorEntry, date: string | null): string | null {
  let undated: string | null = null;
  for (const c of entry.codes) {
    if (!c.from && !c.to) {
      undated ??= c.code;
      continue;
    }
    if (date && (!c.from || date >= c.from) && (!c.to || date < c.to)) return c.code;
  }
  if (undated) return undated;
  if (entry.fallback) return entry.fallback;
  if (!date) {
    const latest = [...entry.codes].sort((a, b) => (b.from ?? '').localeCompare(a.from ?? ''))[0];
    return latest?.code ?? null;
  }
  return null;
}
