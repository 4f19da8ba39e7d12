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
import { dictLines, isSpaceCode, phraseTokens, splitPossessives, type DictPosition } from './lines.js';

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

/** A code, or several joined by `/` for a phrase that names several actors ("the Shire" → FRO/BIL/SAM). */
const CODE_RE = /^[A-Z0-9-]{3,}(\/[A-Z0-9-]{3,})*$/;

export function titleCase(phrase: string): string {
  return titleCaseTokens(phraseTokens(phrase));
}

/** Upper-case words of two or more letters A–Z become capitalised; others are kept as they are. */
function titleCaseTokens(words: string[]): string {
  let out = '';
  for (let k = 0; k < words.length; k++) {
    const w = words[k] ?? '';
    if (k) out += ' ';
    let letters = w.length >= 2;
    for (let i = 0; letters && i < w.length; i++) {
      const c = w.charCodeAt(i);
      letters = c >= 65 && c <= 90;
    }
    out += letters ? w[0] + w.slice(1).toLowerCase() : w;
  }
  return out;
}

const allDigits = (s: string, from: number, to: number): boolean => {
  for (let k = from; k < to; k++) {
    const c = s.charCodeAt(k);
    if (c < 48 || c > 57) return false;
  }
  return true;
};
/** A YYMMDD or YYYYMMDD date field: six or eight ASCII digits (as /^(\d{6}|\d{8})$/). */
const isDateField = (s: string, from: number, to: number): boolean => (to - from === 6 || to - from === 8) && allDigits(s, from, to);

/** Whitespace (as /\s+/) removed from s. */
function withoutSpace(s: string): string {
  let out = '';
  let from = 0;
  for (let k = 0; k < s.length; k++) {
    if (isSpaceCode(s.charCodeAt(k))) {
      out += s.slice(from, k);
      from = k + 1;
    }
  }
  return from === 0 ? s : out + s.slice(from);
}

function parseCode(file: string, n: number, body: string): ActorCodeRange {
  const t = body.trim();
  let cut = 0;
  while (cut < t.length && !isSpaceCode(t.charCodeAt(cut))) cut++;
  const first = t.slice(0, cut);
  const code = first.toUpperCase();
  if (!CODE_RE.test(code)) throw dictError(file, n, `bad actor code "${first}"`);
  const restriction = withoutSpace(t.slice(cut));
  if (!restriction) return { code, from: null, to: null };
  const c0 = restriction.charCodeAt(0);
  const len = restriction.length;
  if (c0 === 60 /* < */ && isDateField(restriction, 1, len)) return { code, from: null, to: checked(file, n, restriction.slice(1)) };
  if (c0 === 62 /* > */ && isDateField(restriction, 1, len)) return { code, from: checked(file, n, restriction.slice(1)), to: null };
  const dash = restriction.indexOf('-');
  if (dash > 0 && isDateField(restriction, 0, dash) && isDateField(restriction, dash + 1, len)) {
    return { code, from: checked(file, n, restriction.slice(0, dash)), to: checked(file, n, restriction.slice(dash + 1)) };
  }
  throw dictError(file, n, `bad date restriction "${restriction}" (want <DATE, >DATE or DATE-DATE)`);
}

/** dictDate results by raw field: the same dates recur thousands of times in the Phoenix files. */
const DATE_CACHE = new Map<string, string | null>();

function checked(file: string, n: number, raw: string): string {
  let d = DATE_CACHE.get(raw);
  if (d === undefined) {
    d = dictDate(raw);
    if (DATE_CACHE.size < 100_000) DATE_CACHE.set(raw, d);
  }
  if (!d) throw dictError(file, n, `bad date "${raw}"`);
  return d;
}

/**
 * The bodies of an indented code line "[A] [B 990101-001231]": every character outside the brackets must be
 * white space; null when the line is unreadable (as the pattern /\[[^\]]*\]/g with nothing else left over).
 */
function codeBodies(line: string): string[] | null {
  const out: string[] = [];
  let pos = 0;
  for (;;) {
    while (pos < line.length && isSpaceCode(line.charCodeAt(pos))) pos++;
    if (pos >= line.length) return out.length ? out : null;
    if (line.charCodeAt(pos) !== 91 /* [ */) return null;
    const close = line.indexOf(']', pos + 1);
    if (close < 0) return null;
    out.push(line.slice(pos + 1, close));
    pos = close + 1;
  }
}

export function readActors(source: string, file: string, opts: ReadOptions = {}): ActorEntry[] {
  const out: ActorEntry[] = [];
  scanActors(source, file, opts, (e) => out.push(e));
  return out;
}

/**
 * Where an entry is written: from its root line (`from`) up to the next entry's root line (`until`). Reading
 * that span again (`actorAt`) gives the same entry, so a lexicon can keep spans and build entries when used.
 */
export interface ActorSpan {
  from: DictPosition;
  until: number;
  /** The line number at `until`; null when the span runs to the end of the source. */
  untilLine: number | null;
}

/**
 * Read actor entries, handing each one over complete (with its synonyms and code lines) together with its span.
 * Malformed lines are reported (or thrown) through `opts` as `readActors` does.
 */
export function scanActors(
  source: string,
  file: string,
  opts: ReadOptions,
  onEntry: (e: ActorEntry, span: ActorSpan) => void,
  from?: DictPosition,
  until = source.length,
): void {
  let cur: ActorEntry | null = null;
  let curFrom: DictPosition | null = null;
  for (const { n, text, at, open } of dictLines(source, from, until)) {
    try {
      const trimmed = text.trim();
      if (isSpaceCode(text.charCodeAt(0)) && trimmed.startsWith('[')) {
        if (!cur) throw dictError(file, n, 'code line before any actor phrase');
        const bodies = codeBodies(trimmed);
        if (!bodies) throw dictError(file, n, `unreadable code line "${trimmed}"`);
        for (const b of bodies) cur.codes.push(parseCode(file, n, b));
        continue;
      }
      if (trimmed.startsWith('+')) {
        if (!cur) throw dictError(file, n, 'synonym before any actor phrase');
        const { phrase, inline } = splitInline(file, n, trimmed.slice(1));
        if (inline.length) cur.codes.push(...inline);
        if (phrase.length) cur.phrases.push(splitPossessives(phrase));
        continue;
      }
      if (trimmed.startsWith('[')) {
        // a code line without indentation: tolerated when it follows an entry (several dictionaries do this)
        if (!cur) throw dictError(file, n, 'code line before any actor phrase');
        for (const c of trimmed.match(/\[[^\]]*\]/g) ?? []) cur.codes.push(parseCode(file, n, c.slice(1, -1)));
        continue;
      }
      const { phrase, inline } = splitInline(file, n, trimmed);
      if (phrase.length === 0) throw dictError(file, n, `no phrase in "${trimmed}"`);
      const undated = inline.filter((c) => !c.from && !c.to);
      if (cur && curFrom) onEntry(cur, { from: curFrom, until: at, untilLine: n });
      cur = {
        id: `${file}:${n}`,
        name: titleCaseTokens(phrase),
        phrases: [splitPossessives(phrase)],
        codes: inline.filter((c) => c.from || c.to),
        fallback: undated[0]?.code ?? null,
      };
      curFrom = { at, n, open };
    } catch (e) {
      report(e, opts);
    }
  }
  if (cur && curFrom) onEntry(cur, { from: curFrom, until, untilLine: null });
}

const SILENT: ReadOptions = { onError: () => undefined };

/** The entry written at `span` (read again; its malformed lines were reported when the span was found). */
export function actorAt(source: string, file: string, span: ActorSpan): ActorEntry {
  const found: ActorEntry[] = [];
  scanActors(source, file, SILENT, (e) => found.push(e), span.from, span.until);
  const entry = found[0];
  if (!entry) throw new Error(`no actor entry at ${file}:${span.from.n}`);
  return entry;
}

function splitInline(file: string, n: number, s: string): { phrase: string[]; inline: ActorCodeRange[] } {
  // as s.match(/\[[^\]]*\]/g) and s.replace(/\[[^\]]*\]/g, ' ').replace(/\{[^}]*\}/g, ' ').trim(), by hand
  const bodies: string[] = [];
  const noCodes = cutGroups(s, '[', ']', bodies);
  const rawPhrase = cutGroups(noCodes, '{', '}', null).trim();
  if (rawPhrase.includes('[') || rawPhrase.includes(']')) throw dictError(file, n, `unbalanced bracket in "${s}"`);
  return { phrase: phraseTokens(rawPhrase), inline: bodies.map((b) => parseCode(file, n, b)) };
}

/** Each `open…close` group (first close after the open) replaced by a space; bodies collected when asked. */
function cutGroups(s: string, open: string, close: string, bodies: string[] | null): string {
  let o = s.indexOf(open);
  if (o < 0) return s;
  let out = '';
  let pos = 0;
  while (o >= 0) {
    const c = s.indexOf(close, o + 1);
    if (c < 0) break;
    out += s.slice(pos, o) + ' ';
    bodies?.push(s.slice(o + 1, c));
    pos = c + 1;
    o = s.indexOf(open, pos);
  }
  return out + s.slice(pos);
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
