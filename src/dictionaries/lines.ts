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
}

export function* dictLines(source: string): Generator<DictLine> {
  const lines = source.split(/\r?\n/);
  let inComment = false;
  for (let k = 0; k < lines.length; k++) {
    let line = lines[k] ?? '';
    if (k === 0 && line.charCodeAt(0) === 0xfeff) line = line.slice(1);
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
    line = line.replace(/\s+$/, '');
    if (line.trim() === '') continue;
    yield { n: k + 1, text: line, comment };
  }
}

/** Split a dictionary phrase ("UNITED_STATES_", "AUSTRIAN FLORIN") into upper-case tokens. */
export function phraseTokens(phrase: string): string[] {
  return phrase
    .toUpperCase()
    .split(/[_\s]+/)
    .filter((w) => w.length > 0);
}

/** Regular English plural of an upper-case noun phrase's last word (PETRARCH's rule, plus -CH/-SH/-X). */
export function pluralOf(word: string): string {
  if (/[^AEIOU]Y$/.test(word)) return word.slice(0, -1) + 'IES';
  if (/(SS|CH|SH|X|Z)$/.test(word)) return word + 'ES';
  if (/S$/.test(word)) return word;
  return word + 'S';
}
