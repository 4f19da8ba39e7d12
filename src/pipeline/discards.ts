/**
 * Discards: sentences (or whole stories) that contain a discard phrase are not coded — sports results,
 * historical chronologies. Matching is case-insensitive over whole words of the raw text.
 */
import type { DiscardEntry } from '../dictionaries/discards-reader.js';
import type { Stage } from './stage.js';

function contains(words: string[], phrase: string[]): boolean {
  outer: for (let i = 0; i + phrase.length <= words.length; i++) {
    for (let k = 0; k < phrase.length; k++) if (words[i + k] !== phrase[k]) continue outer;
    return true;
  }
  return false;
}

const wordsOf = (text: string): string[] => text.toUpperCase().split(/[\s]+/).map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '')).filter(Boolean);

export function firstDiscard(text: string, entries: DiscardEntry[]): DiscardEntry | null {
  if (!entries.length) return null;
  const words = wordsOf(text);
  return entries.find((d) => contains(words, d.words)) ?? null;
}

export const discardStage: Stage = {
  name: 'discards',
  run(doc, { lexicon }) {
    const story = firstDiscard(doc.input.text, lexicon.storyDiscards);
    if (story) doc.discarded = story.id;
    for (const s of doc.sentences) if (firstDiscard(s.text, lexicon.sentenceDiscards)) s.discarded = true;
  },
};
