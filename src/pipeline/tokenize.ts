/**
 * Stage 2 — tokens, lemmas and parts of speech with wink-nlp (wink-eng-lite-web-model).
 * wink is loaded once per process. Token offsets are recovered by locating each token's text in
 * the sentence from a moving cursor, so every token points back into the original document.
 */
import { createRequire } from 'node:module';
import type { Pos, Token } from '../types.js';
import { lemmaOf } from './lemma.js';

const require = createRequire(import.meta.url);

interface WinkItems {
  out(f: unknown): string[];
}
interface WinkDoc {
  tokens(): WinkItems;
}
interface WinkNlp {
  readDoc(text: string): WinkDoc;
  its: { value: unknown; pos: unknown };
}

let nlp: WinkNlp | null = null;

function wink(): WinkNlp {
  if (!nlp) {
    const winkNLP = require('wink-nlp') as (model: unknown, pipe?: string[]) => WinkNlp;
    const model: unknown = require('wink-eng-lite-web-model');
    // only the POS tagger: wink's default pipeline also runs entities, sentiment and negation, which we don't use
    nlp = winkNLP(model, ['pos']);
  }
  return nlp;
}

const noVerbs = (): undefined => undefined;

const MODALS = new Set(['WILL', 'WOULD', 'SHALL', 'SHOULD', 'CAN', 'COULD', 'MAY', 'MIGHT', 'MUST']);

/**
 * Tokenise one sentence: `offset` is the sentence's start in the document; `verbBase` maps an upper-case
 * verb form to its base (from the verb lexicon) for exact lemmas.
 */
export function tokenize(sentence: string, offset: number, verbBase: (upper: string) => string | undefined = noVerbs): Token[] {
  const w = wink();
  const d = w.readDoc(sentence);
  const items = d.tokens();
  const values = items.out(w.its.value);
  const tags = items.out(w.its.pos);
  const tokens: Token[] = [];
  let cursor = 0;
  for (let k = 0; k < values.length; k++) {
    const text = values[k] ?? '';
    let at = sentence.indexOf(text, cursor);
    if (at < 0) at = cursor; // wink normalised the token; keep the cursor position
    const end = at < 0 ? cursor : Math.min(sentence.length, at + text.length);
    cursor = end;
    let pos = (tags[k] ?? 'X') as Pos;
    if (pos === 'SPACE') continue;
    // tagger repair: "Qatar mediated talks" — an -ed form of a lexicon verb right after a name is the verb
    const prev = tokens[tokens.length - 1];
    if ((pos === 'ADJ' || pos === 'NOUN') && /ED$/i.test(text) && prev?.pos === 'PROPN' && verbBase(text.toUpperCase())) pos = 'VERB';
    // "would free", "will fire": a lexicon verb right after a modal is the verb; so is "being pressured"
    if ((pos === 'ADJ' || pos === 'NOUN') && prev && (MODALS.has(prev.norm) || (/ED$/i.test(text) && (prev.norm === 'BEING' || prev.norm === 'BEEN'))) && verbBase(text.toUpperCase())) pos = 'VERB';
    // "Al Qaeda-linked", "government-held": a participle glued to a word by a hyphen is an adjective
    const hyphen = prev?.text === '-' && prev.end === offset + at && tokens[tokens.length - 2]?.end === prev.start;
    if (pos === 'VERB' && hyphen && !/ING$/i.test(text)) pos = 'ADJ';
    const lemma = lemmaOf(text.toLowerCase(), pos, verbBase);
    tokens.push({
      i: tokens.length,
      text,
      norm: text.toUpperCase(),
      lemma,
      lemmaNorm: lemma.toUpperCase(),
      pos,
      start: offset + at,
      end: offset + end,
    });
  }
  return tokens;
}

/** Loads the model now (for start-up measurements and servers that want no first-call delay). */
export function warmTokenizer(): void {
  wink();
}

const formsCache = new WeakMap<Token[], { words: string[]; lemmas: string[] }>();

/**
 * The upper-case written forms and lemmas of a sentence's tokens, as parallel arrays for trie matching.
 * Built once per sentence and shared by the stages that match dictionaries (actors, nominal events, light verbs).
 */
export function tokenForms(tokens: Token[]): { words: string[]; lemmas: string[] } {
  let f = formsCache.get(tokens);
  if (!f) {
    f = { words: tokens.map((t) => t.norm), lemmas: tokens.map((t) => t.lemmaNorm) };
    formsCache.set(tokens, f);
  }
  return f;
}
