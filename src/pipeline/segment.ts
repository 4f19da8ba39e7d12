/**
 * Stage 1 — sentence segmentation with offsets.
 *
 * Rules (in order): a line break ends a sentence; `.`, `!` or `?` ends one when the next
 * non-space character starts a new sentence (capital, digit or an opening quote) and the word
 * before the period is not an abbreviation ("Gen.", "Jan. 2", "U.S. officials"). Closing quote
 * characters right after the terminal mark belong to the sentence that ends. A quote character
 * after whitespace opens a quotation, so `review. ”As such` splits before the quote.
 */
import type { Span } from '../types.js';

/** Abbreviations that never end a sentence when followed by a capitalised word or a number. */
const ABBREVIATIONS = new Set(
  [
    'mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'lt', 'col', 'maj', 'capt', 'cpt', 'sgt', 'cpl', 'adm', 'cmdr', 'brig',
    'gov', 'sen', 'rep', 'rev', 'fr', 'st', 'mt', 'ft', 'pres', 'sec', 'amb', 'hon', 'jr', 'sr', 'messrs', 'no',
    'nos', 'vol', 'art', 'fig', 'inc', 'corp', 'co', 'ltd', 'dept', 'univ', 'approx', 'est', 'vs', 'v', 'e.g',
    'i.e', 'cf', 'al', 'etc', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
    'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun', 'ave', 'blvd', 'rd', 'sq', 'ph.d',
  ],
);

/** Words that, capitalised after "U.S." or a similar initialism, show that a new sentence has begun. */
const SENTENCE_STARTERS = new Set([
  'The', 'He', 'She', 'It', 'They', 'We', 'I', 'This', 'That', 'These', 'Those', 'But', 'And', 'In', 'On', 'At',
  'A', 'An', 'There', 'His', 'Her', 'Their', 'Its', 'However', 'Meanwhile', 'Earlier', 'Later', 'After', 'When',
]);

const OPEN_QUOTES = '"“”‘\'`«';
const CLOSERS = '"”’\'»)]';

const isUpperStart = (c: string | undefined): boolean => c !== undefined && /[\p{Lu}\d]/u.test(c);

/**
 * Longest sentence the later stages see. Longer runs (tables, lists, run-on text, a 10 MB line) are cut at
 * the last blank before the limit, so analysis stays linear in the input.
 */
export const MAX_SENTENCE_CHARS = 1500;

/** Split `text` into sentence spans (trimmed, never empty, at most MAX_SENTENCE_CHARS long). */
export function segment(text: string): Span[] {
  const out: Span[] = [];
  for (const s of rawSegment(text)) {
    let { start } = s;
    while (s.end - start > MAX_SENTENCE_CHARS) {
      let cut = text.lastIndexOf(' ', start + MAX_SENTENCE_CHARS);
      if (cut <= start) cut = start + MAX_SENTENCE_CHARS;
      out.push({ start, end: cut });
      start = cut;
      while (start < s.end && /\s/.test(text[start] ?? '')) start++;
    }
    if (s.end > start) out.push({ start, end: s.end });
  }
  return out;
}

function rawSegment(text: string): Span[] {
  const out: Span[] = [];
  let start = 0;
  const push = (end: number): void => {
    let s = start;
    let e = end;
    while (s < e && /\s/.test(text[s] ?? '')) s++;
    while (e > s && /\s/.test(text[e - 1] ?? '')) e--;
    if (e > s) out.push({ start: s, end: e });
    start = end;
  };
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text[i];
    if (c === '\n' || c === '\r') {
      push(i);
      continue;
    }
    if (c !== '.' && c !== '!' && c !== '?') continue;
    // absorb runs of terminal marks and closing quotes/brackets glued to them
    let j = i + 1;
    while (j < n && (text[j] === '.' || text[j] === '!' || text[j] === '?')) j++;
    while (j < n && CLOSERS.includes(text[j] ?? '')) j++;
    if (j < n && !/\s/.test(text[j] ?? '')) continue; // "U.S.A", "3.5", "e.g.,"
    let k = j;
    while (k < n && (text[k] === ' ' || text[k] === '\t')) k++;
    if (k >= n) {
      push(n);
      i = n;
      break;
    }
    if (text[k] === '\n' || text[k] === '\r') {
      push(j);
      i = k - 1;
      continue;
    }
    const next = text[k];
    const opensQuote = next !== undefined && OPEN_QUOTES.includes(next);
    const nextWord = opensQuote ? text[k + 1] : next;
    if (!isUpperStart(nextWord)) continue;
    if (c === '.' && j === i + 1 && !isSentenceEnd(text, i, k)) continue;
    push(j);
    i = j - 1;
  }
  push(n);
  return out;
}

/** Decide whether the period at `dot` ends a sentence, given the next word starts at `next`. */
function isSentenceEnd(text: string, dot: number, next: number): boolean {
  let w = dot;
  while (w > 0 && !/[\s"“”(]/.test(text[w - 1] ?? '')) w--;
  const word = text.slice(w, dot);
  const following = /^[\p{L}\d]+/u.exec(text.slice(next, next + 30))?.[0] ?? '';
  if (/^\p{Lu}$/u.test(word)) return false; // an initial: "J. Smith"
  if (/^(\p{L}\.)+\p{L}$/u.test(word)) {
    // an initialism such as "U.S." or "U.N.": ends the sentence only before a typical sentence opener
    return SENTENCE_STARTERS.has(following);
  }
  const lower = word.toLowerCase();
  if (ABBREVIATIONS.has(lower)) {
    // "Jan. 2" never ends; "... in Jan. The" is rare enough to accept
    return false;
  }
  return true;
}
