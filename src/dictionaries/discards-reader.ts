/**
 * Reader for discard lists: a plain line discards the sentence that contains the phrase, a `+` line the
 * whole story. Matching is case-insensitive over blank-separated tokens of the raw text.
 */
import { dictError } from '../errors.js';
import { report, type ReadOptions } from './read-options.js';
import { dictLines } from './lines.js';

export interface DiscardEntry {
  id: string;
  words: string[];
  scope: 'sentence' | 'story';
}

export function readDiscards(source: string, file: string, opts: ReadOptions = {}): DiscardEntry[] {
  const out: DiscardEntry[] = [];
  for (const { n, text } of dictLines(source)) {
    try {
      let line = text.trim();
      let scope: DiscardEntry['scope'] = 'sentence';
      if (line.startsWith('+')) {
        scope = 'story';
        line = line.slice(1).trim();
      }
      const words = line.toUpperCase().split(/[\s_]+/).filter(Boolean);
      if (!words.length) throw dictError(file, n, 'empty discard phrase');
      out.push({ id: `${file}:${n}`, words, scope });
    } catch (e) {
      report(e, opts);
    }
  }
  return out;
}
