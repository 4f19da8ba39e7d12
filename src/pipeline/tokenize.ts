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
  const items = w.readDoc(sentence).tokens();
  return fromWink(sentence, offset, items.out(w.its.value), items.out(w.its.pos), verbBase);
}

/**
 * Sentences are tagged by wink in batches joined by a blank line: one wink call per batch costs about half as
 * much as one per sentence, and wink's tagger does not look across the blank line (checked on the 44,022
 * sentences of the benchmark corpus: every token and every tag the same as sentence by sentence). A batch
 * holds at most BATCH_CHARS characters, so memory stays bounded on long documents.
 */
const JOIN = '\n\n';
const BATCH_CHARS = 20_000;

/** Tokenise the sentences of a document (each with its text and its start in the document), in order. */
export function tokenizeSentences(sentences: readonly { text: string; start: number }[], verbBase: VerbBase = noVerbs): Token[][] {
  const out: Token[][] = [];
  let k = 0;
  while (k < sentences.length) {
    let j = k + 1;
    let chars = (sentences[k]?.text.length ?? 0) + JOIN.length;
    while (j < sentences.length && chars + (sentences[j]?.text.length ?? 0) <= BATCH_CHARS) chars += (sentences[j++]?.text.length ?? 0) + JOIN.length;
    const batch = sentences.slice(k, j);
    const split = batch.length > 1 ? winkBatch(batch.map((s) => s.text)) : null;
    batch.forEach((s, i) => {
      const part = split?.[i];
      out.push(part ? fromWink(s.text, s.start, part.values, part.tags, verbBase) : tokenize(s.text, s.start, verbBase));
    });
    k = j;
  }
  return out;
}

/**
 * wink's tokens and tags for several sentences at once, split back per sentence; null when a token cannot be
 * placed in one sentence (wink normalised its text, or it crosses a join): the caller then tags them one by one.
 */
function winkBatch(texts: string[]): { values: string[]; tags: string[] }[] | null {
  const w = wink();
  const joined = texts.join(JOIN);
  const items = w.readDoc(joined).tokens();
  const values = items.out(w.its.value);
  const tags = items.out(w.its.pos);
  const parts = texts.map(() => ({ values: [] as string[], tags: [] as string[] }));
  let i = 0;
  let base = 0; // start of sentence i in `joined`
  let cursor = 0;
  for (let k = 0; k < values.length; k++) {
    const v = values[k] ?? '';
    const at = joined.indexOf(v, cursor);
    if (at < 0 || v === '') return null;
    while (i < texts.length && at >= base + (texts[i]?.length ?? 0)) {
      base += (texts[i]?.length ?? 0) + JOIN.length;
      i++;
    }
    const inJoin = at < base;
    if (inJoin) {
      // the blank line between two sentences: whitespace only, and nothing else of wink's lies there
      if (v.trim() !== '' || at + v.length > base) return null;
    } else {
      if (i >= texts.length || at + v.length > base + (texts[i]?.length ?? 0)) return null;
      parts[i]?.values.push(v);
      parts[i]?.tags.push(tags[k] ?? 'X');
    }
    cursor = at + v.length;
  }
  return parts;
}

/** Tokens of one sentence from wink's token texts and tags: offsets, tagger repair, forms and lemmas. */
function fromWink(sentence: string, offset: number, values: string[], tags: string[], verbBase: VerbBase): Token[] {
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
