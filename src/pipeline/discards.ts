/**
 * Discards: sentences (or whole stories) that contain a discard phrase are not coded — sports results,
 * historical chronologies. Matching is case-insensitive over the blank-separated words of the raw text, as PETRARCH's
 * `check_discards` matches them (`wordsOf`).
 */
import type { DiscardEntry } from '../dictionaries/discards-reader.js';
import type { Stage } from './stage.js';

function matchesAt(words: string[], i: number, phrase: string[]): boolean {
  if (i + phrase.length > words.length) return false;
  for (let k = 1; k < phrase.length; k++) if (words[i + k] !== phrase[k]) return false;
  return true;
}

/** A discard list's entries by their first word (their positions in the list, in order), built once per list. */
const byFirstWord = new WeakMap<DiscardEntry[], Map<string, number[]>>();

function firstWordIndex(entries: DiscardEntry[]): Map<string, number[]> {
  let index = byFirstWord.get(entries);
  if (!index) {
    index = new Map();
    entries.forEach((d, n) => {
      const w = d.words[0] ?? '';
      const list = index?.get(w);
      if (list) list.push(n);
      else index?.set(w, [n]);
    });
    byFirstWord.set(entries, index);
  }
  return index;
}

/**
 * The upper-case words of a text as PETRARCH's discard check splits it: at blanks, with the punctuation glued to a
 * word kept as part of it. So a phrase closed by a comma or a full stop is not found: "two men sought in a killing
 * three years ago, police said" and "X, who was arrested months ago, was freed" carry a past time inside an aside or
 * a reported clause, not a retrospective story ("YEARS AGO" in the Phoenix list discards "…years ago when …").
 */
function wordsOf(text: string): string[] {
  return text.toUpperCase().split(/\s+/).filter((w) => w !== '');
}

export function firstDiscard(text: string, entries: DiscardEntry[]): DiscardEntry | null {
  if (!entries.length) return null;
  // the first entry of the list found anywhere in the text: only entries starting with one of its words are tried
  const index = firstWordIndex(entries);
  const words = wordsOf(text);
  // (an empty phrase, which the reader never makes, is found in any text)
  let best = index.get('')?.[0] ?? entries.length;
  for (let i = 0; i < words.length; i++) {
    const candidates = index.get(words[i] ?? '');
    if (!candidates) continue;
    for (const n of candidates) {
      if (n >= best) break;
      if (matchesAt(words, i, entries[n]?.words ?? [])) best = n;
    }
  }
  return entries[best] ?? null;
}

export const discardStage: Stage = {
  name: 'discards',
  run(doc, { lexicon }) {
    const story = firstDiscard(doc.input.text, lexicon.storyDiscards);
    if (story) doc.discarded = story.id;
    for (const s of doc.sentences) if (firstDiscard(s.text, lexicon.sentenceDiscards)) s.discarded = true;
  },
};
