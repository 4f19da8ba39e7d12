/**
 * Windows over a very long document. The pipeline holds every sentence's tokens, mentions and clauses until the
 * document is coded, and its merge and coreference steps compare a sentence's events with the document's earlier
 * ones, so memory and time grow with the document: a 10 MB line of news text took more than a gigabyte and many
 * minutes in one piece. `Coder.codeDoc` codes a text longer than `WINDOW_CHARS` window by window (each a document of
 * its own, its records moved back to the whole text's offsets and sentence numbers), so memory stays bounded and time
 * linear. What one window says is not linked to another's: a pronoun at the start of a window, or two reports of one
 * happening in two windows, stay apart. A news article is far below the limit (a long one is 50,000 characters).
 */

/** Characters above which a document is coded in windows of at most this many characters. */
export const WINDOW_CHARS = 200_000;

/** A window: the text's characters [start, end). */
export interface TextWindow {
  start: number;
  end: number;
}

/** Where a window may end, best first: after a line break, after a sentence's closing mark and a space, at a space. */
const CUTS: readonly RegExp[] = [/\n\s*/g, /[.!?]["'”’)\]]*\s+/g, /\s+/g];

/**
 * The windows of `text`, in order and covering it: one when it is no longer than `max`; else each as long as it can
 * be, ending in its second half at the last line break, else the last sentence end, else the last space (the
 * whitespace stays with the window before), else at `max` characters (not inside a surrogate pair).
 */
export function textWindows(text: string, max: number = WINDOW_CHARS): TextWindow[] {
  if (!(max > 1)) throw new RangeError(`window size must be more than 1 character, not ${max}`);
  const out: TextWindow[] = [];
  let start = 0;
  while (text.length - start > max) {
    const limit = start + max;
    const floor = start + Math.floor(max / 2);
    let end = -1;
    for (const cut of CUTS) {
      end = lastCut(text, cut, floor, limit);
      if (end > 0) break;
    }
    if (end <= 0) {
      end = limit;
      const c = text.charCodeAt(end - 1);
      if (c >= 0xd800 && c <= 0xdbff) end--;
    }
    out.push({ start, end });
    start = end;
  }
  out.push({ start, end: text.length });
  return out;
}

/** The end of the last match of `cut` that ends in (floor, limit], or -1. */
function lastCut(text: string, cut: RegExp, floor: number, limit: number): number {
  const span = text.slice(floor, limit);
  let best = -1;
  cut.lastIndex = 0;
  for (let m = cut.exec(span); m; m = cut.exec(span)) {
    if (m[0].length === 0) cut.lastIndex++;
    else best = floor + m.index + m[0].length;
  }
  return best;
}
