/**
 * Shared line handling for the PETRARCH/TABARI text formats: `#` and legacy `;` comments,
 * `<!-- ... -->` comments (single- or multi-line), blank lines. Yields each meaningful line
 * with its 1-based number so readers can name file and line in their errors.
 */
export interface DictLine {
  n: number;
  /** The line with comments removed, trailing space trimmed; leading whitespace kept (it is significant). */
  text: string;
  /** The comment text that followed `#`, if any. */
  comment: string;
  /** Where the line starts in the source, and whether it starts inside a `<!-- -->` comment: reading again
   * from `{ at, n, open }` (see `DictPosition`) gives this line and the ones after it exactly as before. */
  at: number;
  open: boolean;
}

/** A place to start (or resume) reading: character offset, its 1-based line number, inside a comment or not. */
export interface DictPosition {
  at: number;
  n: number;
  open: boolean;
}

const START: DictPosition = { at: 0, n: 1, open: false };

/** The meaningful lines of `source` from `from` (default: the start) up to offset `until` (default: the end). */
export function* dictLines(source: string, from: DictPosition = START, until = source.length): Generator<DictLine> {
  // Scanned by hand rather than split(/\r?\n/) + regular expressions: the Phoenix actor files have ~55,000
  // lines and this runs at start-up. Lines break at "\n" with an optional "\r" before it, as before.
  let inComment = from.open;
  let start = from.at;
  const len = until;
  for (let k = from.n - 1; start <= len; k++) {
    const at = start;
    const open = inComment;
    const nl = source.indexOf('\n', start);
    let end = nl < 0 || nl > len ? len : nl;
    const next = end + 1;
    if (end === nl && end > start && source.charCodeAt(end - 1) === 13) end--;
    let line = source.slice(start, end);
    start = next;
    if (k === 0 && line.charCodeAt(0) === 0xfeff) line = line.slice(1);
    if (!inComment && line.indexOf('<!') < 0 && line.indexOf('#') < 0 && line.indexOf(';') < 0) {
      // fast path: no comment of any kind on this line
      line = line.trimEnd();
      if (line.length === 0) continue;
      yield { n: k + 1, text: line, comment: '', at, open };
      continue;
    }
    if (inComment) {
      const close = line.indexOf('-->');
      if (close < 0) continue;
      line = line.slice(close + 3);
      inComment = false;
    }
    // strip <!-- ... --> (possibly several) and open multi-line comments
    for (;;) {
      const open = line.indexOf('<!');
      if (open < 0) break;
      const close = line.indexOf('>', open);
      const closeDash = line.indexOf('-->', open);
      if (line.startsWith('<!--', open)) {
        if (closeDash < 0) {
          inComment = true;
          line = line.slice(0, open);
          break;
        }
        line = line.slice(0, open) + line.slice(closeDash + 3);
      } else if (close >= 0) {
        line = line.slice(0, open) + line.slice(close + 1);
      } else {
        line = line.slice(0, open);
        break;
      }
    }
    let comment = '';
    const hash = line.indexOf('#');
    if (hash >= 0) {
      comment = line.slice(hash + 1).trim();
      line = line.slice(0, hash);
    }
    const semi = line.indexOf(';');
    if (semi >= 0) line = line.slice(0, semi);
    // trimEnd removes exactly what /\s+$/ matches (WhiteSpace and LineTerminator)
    line = line.trimEnd();
    if (line.length === 0) continue;
    yield { n: k + 1, text: line, comment, at, open };
  }
}

const NON_ASCII_SPACE = /\s/;

/** True for the characters /\s/ matches; ASCII decided without a regular expression. */
export function isSpaceCode(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return NON_ASCII_SPACE.test(String.fromCharCode(c));
}

/** Letters that Unicode does not decompose into a base letter and a mark: "Ø", "Ł", "Đ", "Ħ". */
const UNDECOMPOSED: Record<string, string> = { Ø: 'O', Ł: 'L', Đ: 'D', Ħ: 'H', Ð: 'D', Þ: 'TH', Æ: 'AE', Œ: 'OE' };

/**
 * An upper-case word or phrase with its diacritics folded ("TÜRK" → "TURK", "ŠEFČOVIČ" → "SEFCOVIC"), so that
 * dictionary entries and text match whether either is written with them or not. ASCII is returned as it is.
 */
export function foldDiacritics(up: string): string {
  // eslint-disable-next-line no-control-regex
  if (!/[^\x00-\x7f]/.test(up)) return up;
  return up.normalize('NFD').replace(/\p{M}/gu, '').replace(/[ØŁĐĦÐÞÆŒ]/g, (c) => UNDECOMPOSED[c] ?? c);
}

/** Split a dictionary phrase ("UNITED_STATES_", "AUSTRIAN FLORIN") into upper-case tokens, diacritics folded. */
export function phraseTokens(phrase: string): string[] {
  // same result as .toUpperCase().split(/[_\s]+/).filter(non-empty), without the regular expression
  const up = foldDiacritics(phrase.toUpperCase());
  const out: string[] = [];
  let from = -1;
  for (let k = 0; k < up.length; k++) {
    const c = up.charCodeAt(k);
    if (c === 95 || isSpaceCode(c)) {
      if (from >= 0) out.push(up.slice(from, k));
      from = -1;
    } else if (from < 0) from = k;
  }
  if (from >= 0) out.push(up.slice(from));
  return out;
}

/**
 * A phrase's tokens as the tokenizer cuts running text: a possessive ending is a token of its own
 * ("PEOPLE'S" → "PEOPLE", "'S"; "WORKERS'" → "WORKERS", "'"), so a dictionary name that contains one
 * ("DEMOCRATIC_PEOPLE'S_REPUBLIC_OF_KOREA") can match the text.
 */
export function splitPossessives(tokens: string[]): string[] {
  if (!tokens.some((t) => t.length > 2 && (t.endsWith("'S") || t.endsWith("S'")))) return tokens;
  const out: string[] = [];
  for (const t of tokens) {
    if (t.length > 2 && t.endsWith("'S")) out.push(t.slice(0, -2), "'S");
    else if (t.length > 2 && t.endsWith("S'")) out.push(t.slice(0, -1), "'");
    else out.push(t);
  }
  return out;
}

/** Regular English plural of an upper-case noun phrase's last word (PETRARCH's rule, plus -CH/-SH/-X). */
export function pluralOf(word: string): string {
  if (/[^AEIOU]Y$/.test(word)) return word.slice(0, -1) + 'IES';
  if (/(SS|CH|SH|X|Z)$/.test(word)) return word + 'ES';
  if (/S$/.test(word)) return word;
  return word + 'S';
}
