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

type VerbBase = (upper: string) => string | undefined;
interface Forms {
  norm: string;
  lemma: string;
  lemmaNorm: string;
}

/**
 * The upper-case form and lemma of a word depend only on its text, its tag and the verb lexicon: they are
 * kept per `verbBase` function, per tag, so a word is worked out once, not at each of its occurrences. The
 * memory is bounded (emptied when it grows past FORMS_CAP words).
 */
const formMemos = new WeakMap<VerbBase, { size: number; byPos: Map<string, Map<string, Forms>> }>();
const FORMS_CAP = 200_000;

function formsOf(text: string, pos: Pos, verbBase: VerbBase): Forms {
  let memo = formMemos.get(verbBase);
  if (!memo || memo.size > FORMS_CAP) {
    memo = { size: 0, byPos: new Map() };
    formMemos.set(verbBase, memo);
  }
  let byText = memo.byPos.get(pos);
  if (!byText) {
    byText = new Map();
    memo.byPos.set(pos, byText);
  }
  let f = byText.get(text);
  if (!f) {
    const lemma = lemmaOf(text.toLowerCase(), pos, verbBase);
    f = { norm: text.toUpperCase(), lemma, lemmaNorm: lemma.toUpperCase() };
    byText.set(text, f);
    memo.size++;
  }
  return f;
}

/**
 * Tokenise one sentence: `offset` is the sentence's start in the document; `verbBase` maps an upper-case
 * verb form to its base (from the verb lexicon) for exact lemmas.
 */
export function tokenize(sentence: string, offset: number, verbBase: VerbBase = noVerbs): Token[] {
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
    if ((pos === 'ADJ' || pos === 'NOUN') && /ED$/i.test(text) && tokens[tokens.length - 1]?.pos === 'PROPN' && verbBase(text.toUpperCase())) pos = 'VERB';
    const f = formsOf(text, pos, verbBase);
    tokens.push({
      i: tokens.length,
      text,
      norm: f.norm,
      lemma: f.lemma,
      lemmaNorm: f.lemmaNorm,
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
