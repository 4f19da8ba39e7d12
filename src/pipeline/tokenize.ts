/**
 * Stage 2 — tokens, lemmas and parts of speech with wink-nlp (wink-eng-lite-web-model).
 * wink is loaded once per process. Token offsets are recovered by locating each token's text in
 * the sentence from a moving cursor, so every token points back into the original document.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { foldDiacritics } from '../dictionaries/lines.js';
import type { Pos, Token } from '../types.js';
import { lemmaOf } from './lemma.js';
import { posTagger, type PosModel, type PosTagger, type WinkCache } from './pos-machines.js';
import { REPAIRABLE, repairsOf, repairTag, type TagRepair, type TagSite, type VerbBase, type WordRepairs } from './tag-repairs.js';

const require = createRequire(import.meta.url);

interface WinkItems {
  out(f: unknown): unknown[];
}
interface WinkDoc {
  tokens(): WinkItems;
}
interface WinkNlp {
  readDoc(text: string): WinkDoc;
  its: { value: unknown; pos: unknown; uniqueId: unknown };
}

let nlp: WinkNlp | null = null;
/** The core model wink was given (its lexeme and tag lists are read to name wink's token numbers). */
let core: CoreModel | null = null;

function wink(): WinkNlp {
  if (!nlp) {
    const winkNLP = require('wink-nlp') as (model: unknown, pipe?: string[]) => WinkNlp;
    // only the POS tagger: wink's default pipeline also runs entities, sentiment and negation, which we don't use
    nlp = winkNLP(winkModel(), ['pos']);
    rawTokens = rawReadable(nlp);
  }
  return nlp;
}

/**
 * wink's token data for one `readDoc`, read directly: four numbers per token, as wink-nlp's `readDoc` documents its
 * raw document data (`rdd.tokens`): the token text's number in the model's lexeme list (what `its.uniqueId` gives;
 * `its.value` is the list's entry for it), then preceding spaces, then the tag's number in the model's tag list
 * shifted left by `bits4lemma` (under `POS_MASK`) with the lemma in the low bits, then the negation flag. wink hands
 * this structure to the model's POS setter after tagging (the last step of the pipeline we run), and the setter we
 * give it keeps a reference. `rawReadable` checks at load that reading it gives what wink's `out()` gives; if it
 * does not (another wink-nlp version), every document is read through `out()` instead.
 */
let captured: { tokens: number[]; bits: number } | null = null;
/** The POS step wink is given no machines for (see `winkModel`). */
let tagger: PosTagger | null = null;
let rawTokens = false;
/** wink-nlp's `constants.posMask`: the tag's bits in a token's third number. */
const POS_MASK = 0x3f00000;

/** The flat token array `readDoc(text)` leaves for the POS setter, or null when it is not readable. */
function readRaw(w: WinkNlp, text: string): { doc: WinkDoc; raw: number[] | null; bits: number } {
  captured = null;
  const doc = w.readDoc(text);
  const c = captured as { tokens: number[]; bits: number } | null;
  captured = null;
  return { doc, raw: c && Array.isArray(c.tokens) && c.tokens.length % 4 === 0 ? c.tokens : null, bits: c?.bits ?? 0 };
}

/** Do the raw token numbers name the same texts, numbers and tags as wink's `out()`? (Checked once, at load.) */
function rawReadable(w: WinkNlp): boolean {
  const probe = "Kestria's  troops didn't\u00a0withdraw, officials said on Jan. 2 (at 10:30 a.m.) \n\n— 12 were #arrested @ U.S.-led bases!";
  const { doc, raw, bits } = readRaw(w, probe);
  if (!raw || !core) return false;
  const items = doc.tokens();
  const values = items.out(w.its.value);
  const tags = items.out(w.its.pos);
  const ids = items.out(w.its.uniqueId);
  if (raw.length !== values.length * 4) return false;
  const lexemes = core.features.lexeme?.list;
  const posList = core.features.pos?.list;
  if (!lexemes || !posList) return false;
  for (let k = 0; k < values.length; k++) {
    const id = raw[k * 4] as number;
    if (id !== ids[k] || lexemes[id] !== values[k] || posList[((raw[k * 4 + 2] as number) & POS_MASK) >>> bits] !== tags[k]) return false;
  }
  return true;
}

type PosSetter = (rdd: { tokens: number[] }, posTags: unknown, tkSize: number, bits4lemma: number) => void;

/** The model's JSON layout, as far as `readCoreModel` touches it. */
interface CoreModel {
  lexicon: string | Uint32Array;
  xpansions: string | Uint32Array;
  packing: { layout: Record<string, number[]>; efList?: string[] };
  features: Record<string, { list: string[]; hash?: Record<string, number>; intrinsicSize?: number; index?: number; maxIndex?: number }>;
  pos: { hash: Record<string, number> };
}

/**
 * wink-eng-lite-web-model as wink-nlp expects it, loaded for less: the package's own `model.js` requires the
 * 3 MB core model JSON when imported and then deep-copies it (JSON.stringify + JSON.parse) and decodes its
 * base64 arrays a byte at a time when wink-nlp asks for it. Here the JSON is parsed once, when asked for,
 * and decoded with Buffer; the result is the same object (`readCoreModel` repeats the package's
 * read-core-model.js and load-core-model.js step by step). The other parts are the package's own modules, but for the
 * entity and sentiment models, which our pipe never runs (empty machines in their place); the add-ons we never call
 * (stemmer, lemmatiser with its 220 kB of WordNet exceptions) load only if used.
 */
function winkModel(): unknown {
  const dir = dirname(require.resolve('wink-eng-lite-web-model'));
  const own = (name: string): unknown => require(join(dir, name));
  const model = Object.create(null) as Record<string, unknown>;
  model.core = (): CoreModel => (core = readCoreModel(join(dir, 'languages/cur/models/eng-core-web-model.json')));
  for (const [key, file] of [['sbd', 'sbd'], ['negation', 'negation'], ['metaCER', 'cer-meta']]) {
    model[key as string] = own(`./load-${file as string}-model.js`);
  }
  // the entity and sentiment models (575 kB of JSON, read and parsed again by every worker thread at load) are never
  // run in our pipe: wink loads their machines whatever the pipe, so it is given empty ones (an `ner` or `sentiment`
  // annotation asked of this instance would find nothing)
  model.ner = (): unknown => ({ machines: [], transformers: [] });
  model.sa = (): unknown => ({ machines: [EMPTY_MACHINE], setter: (): void => undefined });
  // the POS model as the package gives it, but for its machines, which wink is given none of: the setter (the step after
  // them) runs them (`posTagger`, over flat tables), then the package's setter, and keeps wink's token data (see `captured`)
  const posModel = own('./load-pos-model.js') as () => PosModel & { setter: PosSetter };
  model.pos = (): unknown => {
    const m = posModel();
    const setter = m.setter;
    const tag = (tagger = posTagger(m));
    return {
      ...m,
      machines: [],
      setter: (rdd: { tokens: number[]; cache: WinkCache }, posTags: (number | string)[], tkSize: number, bits4lemma: number): void => {
        tag(posTags, rdd.tokens, rdd.cache);
        setter(rdd, posTags, tkSize, bits4lemma);
        captured = tkSize === 4 ? { tokens: rdd.tokens, bits: bits4lemma } : null;
      },
    };
  };
  model.featureFn = own('./feature.js');
  const addons = Object.create(null) as Record<string, unknown>;
  for (const [key, file] of [['stem', 'porter-stemmer'], ['lemmatize', 'lemmatize'], ['readabilityStats', 'readability-stats']]) {
    Object.defineProperty(addons, key as string, { enumerable: true, get: () => own(`./${file as string}.js`) });
  }
  addons.wordVectors = undefined;
  model.addons = addons;
  return model;
}

/** A state machine that recognises nothing, in the JSON wink's `importJSON` reads (its own `emptyModelJSON`). */
const EMPTY_MACHINE = JSON.stringify([100, 0, { 0: {} }, {}, {}, {}]);

function uint32FromBase64(data: string): Uint32Array {
  const bytes = Buffer.from(data, 'base64');
  const out = new Uint8Array(bytes.length);
  out.set(bytes);
  return new Uint32Array(out.buffer);
}

function readCoreModel(path: string): CoreModel {
  const model = JSON.parse(readFileSync(path, 'utf8')) as CoreModel;
  const { packing, features, pos } = model;
  model.lexicon = uint32FromBase64(model.lexicon as string);
  model.xpansions = uint32FromBase64(model.xpansions as string);
  const feature = (f: string): CoreModel['features'][string] => features[f] as CoreModel['features'][string];
  for (const f in packing.layout) {
    if (packing.layout[f]?.[3] === 0) {
      const hash = Object.create(null) as Record<string, number>;
      const list = feature(f).list;
      for (let k = 0; k < list.length; k += 1) hash[list[k] as string] = k;
      feature(f).hash = hash;
    }
  }
  const lexemes = feature('lexeme');
  lexemes.hash = Object.create(null) as Record<string, number>;
  for (let k = 0; k < lexemes.list.length; k += 1) lexemes.hash[lexemes.list[k] as string] = k;
  const clusters = feature('posClusters').list as unknown as (string | Set<number>)[];
  for (let k = 0; k < clusters.length; k += 1) clusters[k] = new Set((clusters[k] as string).split('_').map((e) => pos.hash[e] || 0));
  // load-core-model.js
  packing.efList = [];
  for (const f in packing.layout) {
    const layout = packing.layout[f] as number[];
    if (layout[3] === 0) {
      const ft = feature(f);
      ft.intrinsicSize = ft.list.length;
      ft.index = ft.list.length;
      ft.maxIndex = (layout[1] as number) >>> (layout[2] as number);
    }
    if (layout[4] === 1) packing.efList.push(f);
  }
  lexemes.intrinsicSize = lexemes.list.length;
  lexemes.index = lexemes.list.length;
  return model;
}

const noVerbs = (): undefined => undefined;

/** A word's upper-case form (diacritics folded, as the dictionaries' phrases are: "Türk" matches VOLKER_TURK) and lemma. */
interface Forms {
  norm: string;
  lemma: string;
  lemmaNorm: string;
}

function formsFor(text: string, pos: Pos, verbBase: VerbBase): Forms {
  const lemma = lemmaOf(text.toLowerCase(), pos, verbBase);
  return { norm: foldDiacritics(text.toUpperCase()), lemma, lemmaNorm: foldDiacritics(lemma.toUpperCase()) };
}

/**
 * The upper-case form and lemma of a word depend only on its text, its tag and the verb lexicon: they are
 * kept per `verbBase` function, per tag, so a word is worked out once, not at each of its occurrences. The
 * memory is bounded (emptied when it holds more than FORMS_CAP forms). Words are found by wink's number for them
 * (an array read; wink numbers each distinct token text once per process) and, for a token given without its
 * number, by text.
 */
interface FormsMemo {
  size: number;
  byPos: Map<string, Map<string, Forms>>;
  /**
   * By wink's token number: the text it stands for, its plain upper case and its forms per tag (few tags per
   * word). A dense array (grown as wink numbers new words), so it stays a plain array, not a dictionary.
   */
  byId: (IdWord | undefined)[];
}
/**
 * What a memo knows of one of wink's token numbers; it is also the word's forms for the first tag seen (`tag`; '' until
 * then), read without going through another object, and `more` holds the forms for its other tags.
 */
interface IdWord extends Forms {
  text: string;
  /** `text.toUpperCase()` (what the tag repairs read; not folded). */
  upper: string;
  tag: string;
  more: IdForms | null;
  /** The tag repairs that may apply to it (`repairsOf`), once asked for. */
  repairs: WordRepairs | null;
}
interface IdForms {
  tag: string;
  forms: Forms;
  more: IdForms | null;
}
const formMemos = new WeakMap<VerbBase, FormsMemo>();
const FORMS_CAP = 200_000;

function memoFor(verbBase: VerbBase): FormsMemo {
  let memo = formMemos.get(verbBase);
  if (!memo || memo.size > FORMS_CAP) {
    memo = { size: 0, byPos: new Map(), byId: new Array<IdWord | undefined>(1 << 17).fill(undefined) };
    formMemos.set(verbBase, memo);
  }
  return memo;
}

function formsOf(text: string, pos: Pos, verbBase: VerbBase, memo: FormsMemo): Forms {
  let byText = memo.byPos.get(pos);
  if (!byText) {
    byText = new Map();
    memo.byPos.set(pos, byText);
  }
  let f = byText.get(text);
  if (!f) {
    f = formsFor(text, pos, verbBase);
    byText.set(text, f);
    memo.size++;
  }
  return f;
}

/** The memo's entry for wink's token number `id` standing for `text` (made when first asked for). */
function wordById(id: number, text: string, memo: FormsMemo): IdWord {
  const byId = memo.byId;
  const word = byId[id];
  if (word && word.text === text) return word;
  while (byId.length <= id) byId.push(undefined);
  const made: IdWord = { text, upper: text.toUpperCase(), tag: '', norm: '', lemma: '', lemmaNorm: '', more: null, repairs: null };
  // (one number, one text: a clash would only be a word of another wink-nlp, read through `out()`)
  if (!word) byId[id] = made;
  return made;
}

/** The forms of `word` with tag `pos`. */
function formsById(word: IdWord, pos: Pos, verbBase: VerbBase, memo: FormsMemo): Forms {
  if (word.tag === pos) return word;
  if (word.tag === '') {
    const f = formsFor(word.text, pos, verbBase);
    word.tag = pos;
    word.norm = f.norm;
    word.lemma = f.lemma;
    word.lemmaNorm = f.lemmaNorm;
    memo.size++;
    return word;
  }
  let last: IdForms | null = null;
  for (let slot = word.more; slot; slot = slot.more) {
    if (slot.tag === pos) return slot.forms;
    last = slot;
  }
  const slot: IdForms = { tag: pos, forms: formsFor(word.text, pos, verbBase), more: null };
  memo.size++;
  if (last) last.more = slot;
  else word.more = slot;
  return slot.forms;
}

/** Hears a tag repair (`tag-repairs.ts`) change the tag of the sentence's token number `i`. */
export type RepairListener = (rule: TagRepair, i: number) => void;

/**
 * Tokenise one sentence: `offset` is the sentence's start in the document; `verbBase` maps an upper-case
 * verb form to its base (from the verb lexicon) for exact lemmas; `onRepair` hears each tag repair.
 */
export function tokenize(sentence: string, offset: number, verbBase: VerbBase = noVerbs, onRepair?: RepairListener): Token[] {
  const wt = winkTokens(sentence);
  return fromWink(sentence, offset, wt, 0, wt.values.length, verbBase, memoFor(verbBase), onRepair);
}

/** wink's tokens of `text`: their texts, tags and wink's numbers for them (offsets not known: `ats` null). */
function winkTokens(text: string): WinkTokens {
  const w = wink();
  const { doc, raw, bits } = readRaw(w, text);
  if (raw && rawTokens && core) {
    const lexemes = core.features.lexeme?.list ?? [];
    const posList = core.features.pos?.list ?? [];
    const n = raw.length >>> 2;
    const values = new Array<string>(n);
    const tags = new Array<string>(n);
    const ids = new Array<number>(n);
    for (let k = 0; k < n; k++) {
      const id = raw[k << 2] as number;
      ids[k] = id;
      values[k] = lexemes[id] ?? '';
      tags[k] = posList[((raw[(k << 2) + 2] as number) & POS_MASK) >>> bits] ?? 'X';
    }
    return { values, tags, ids, ats: null, lexemes: true };
  }
  return tokensOut(w, doc);
}

/** wink's tokens of a document as its `out()` gives them. */
function tokensOut(w: WinkNlp, doc: WinkDoc): WinkTokens {
  const items = doc.tokens();
  return { values: items.out(w.its.value) as string[], tags: items.out(w.its.pos) as string[], ids: items.out(w.its.uniqueId) as number[], ats: null, lexemes: false };
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
  const memo = memoFor(verbBase);
  let k = 0;
  while (k < sentences.length) {
    let j = k + 1;
    let chars = (sentences[k]?.text.length ?? 0) + JOIN.length;
    while (j < sentences.length && chars + (sentences[j]?.text.length ?? 0) <= BATCH_CHARS) chars += (sentences[j++]?.text.length ?? 0) + JOIN.length;
    const split = j - k > 1 ? winkBatch(sentences, k, j) : null;
    for (let i = k; i < j; i++) {
      const s = sentences[i] as { text: string; start: number };
      out.push(split ? fromWink(s.text, s.start, split, split.bounds[i - k] ?? 0, split.bounds[i - k + 1] ?? 0, verbBase, memo) : tokenize(s.text, s.start, verbBase));
    }
    k = j;
  }
  return out;
}

/** wink's tokens: token texts, tags and wink's numbers for them; `ats`, when known, each token's start in its sentence. */
interface WinkTokens {
  values: string[];
  tags: string[];
  ids: number[];
  ats: Int32Array | null;
  /** Whether each value is wink's lexeme list entry for its number (read directly, see `captured`), so a number always stands for one text. */
  lexemes: boolean;
}

/**
 * wink's tokens and tags for sentences `from` to `to` (exclusive) at once; sentence i has the tokens from
 * `bounds[i - from]` to `bounds[i - from + 1]` (what lies on the blank lines between them is left out), and `ats`
 * gives each token's start in its sentence. Null when a token cannot be placed in one sentence (wink normalised its
 * text, or it crosses a join): the caller then tags them one by one. wink's token data is read in the same pass
 * (see `captured`), without first copying it out for the whole batch.
 */
function winkBatch(sentences: readonly { text: string }[], from: number, to: number): (WinkTokens & { bounds: Int32Array }) | null {
  let joined = sentences[from]?.text ?? '';
  for (let i = from + 1; i < to; i++) joined += JOIN + (sentences[i]?.text ?? '');
  const w = wink();
  const { doc, raw, bits } = readRaw(w, joined);
  // (another wink-nlp: its tokens as `out()` gives them)
  const all = raw && rawTokens && core ? null : tokensOut(w, doc);
  const count = all ? all.values.length : (raw as number[]).length >>> 2;
  const lexemes = core?.features.lexeme?.list ?? [];
  const posList = core?.features.pos?.list ?? [];
  const values: string[] = [];
  const tags: string[] = [];
  const ids: number[] = [];
  const ats = new Int32Array(count);
  const bounds = new Int32Array(to - from + 1);
  let n = 0;
  let i = from;
  let base = 0; // start of sentence i in `joined`
  let len = sentences[i]?.text.length ?? 0; // its length
  let cursor = 0;
  for (let k = 0; k < count; k++) {
    let v: string;
    let tag: string;
    let id: number;
    if (all) {
      v = all.values[k] as string;
      tag = all.tags[k] as string;
      id = all.ids[k] as number;
    } else {
      const r = raw as number[];
      id = r[k << 2] as number;
      v = lexemes[id] ?? '';
      tag = posList[((r[(k << 2) + 2] as number) & POS_MASK) >>> bits] ?? 'X';
    }
    const at = tokenAt(joined, v, cursor);
    if (at < 0 || v === '') return null;
    while (i < to && at >= base + len) {
      base += len + JOIN.length;
      bounds[++i - from] = n;
      len = sentences[i]?.text.length ?? 0;
    }
    if (at < base) {
      // the blank line between two sentences: whitespace only, and nothing else of wink's lies there
      if (v.trim() !== '' || at + v.length > base) return null;
    } else {
      if (i >= to || at + v.length > base + len) return null;
      values.push(v);
      tags.push(tag);
      ids.push(id);
      ats[n++] = at - base;
    }
    cursor = at + v.length;
  }
  while (i < to) bounds[++i - from] = n;
  return { values, tags, ids, ats, bounds, lexemes: !all };
}

/**
 * A sentence's forms (`tokenForms`) are kept on its token array, under a symbol (no key JSON, iteration or spreading
 * sees): the tokenizer makes them as it makes the tokens (`fromWink`). A WeakMap from token arrays cost more, to add
 * an entry per sentence and to clear the entries at garbage collection.
 */
const FORMS: unique symbol = Symbol('token forms');
type FormedTokens = Token[] & { [FORMS]?: TokenForms };

/** Spaces wink leaves between its tokens (`tokenAt` steps over them). */
function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 13 || c === 9 || c === 0xa0;
}

/**
 * `text.indexOf(v, cursor)`, for wink's next token `v`: it nearly always starts at the cursor or after a few spaces,
 * so those are stepped over and the token compared in place, which costs less than a search (a search builds its
 * tables for each token). The same answer: a token not starting with a space cannot start among the spaces skipped.
 */
function tokenAt(text: string, v: string, cursor: number): number {
  let at = cursor;
  while (at < text.length && isSpace(text.charCodeAt(at))) at++;
  if (v.length > 0 && !isSpace(v.charCodeAt(0)) && text.startsWith(v, at)) return at;
  return text.indexOf(v, cursor);
}

/**
 * The word being tagged, as the tag repairs see it: one object, filled in again for each word (the repairs read
 * it while they run and keep nothing), so no object is made per word.
 */
const site: TagSite = {
  text: '', upper: '', start: 0, tokens: [], prev: undefined, before: undefined, values: [], tags: [], k: 0, from: 0, to: 0,
  next: '', nextTag: '', verbBase: noVerbs,
};

/**
 * Tokens of one sentence from wink's tokens `from` to `to` (exclusive): offsets, tagger repair (`TAG_REPAIRS`), forms
 * and lemmas.
 */
function fromWink(sentence: string, offset: number, wt: WinkTokens, from: number, to: number, verbBase: VerbBase, memo: FormsMemo, onRepair?: RepairListener): Token[] {
  const { values, tags, ids, ats } = wt;
  const tokens: Token[] = [];
  // the sentence's forms for trie matching (`tokenForms`), gathered here rather than in a second walk over the tokens
  const words: string[] = [];
  const lemmas: string[] = [];
  const wordIds: number[] | null = wt.lexemes ? [] : null;
  let cursor = 0;
  for (let k = from; k < to; k++) {
    const text = values[k] ?? '';
    let at = ats ? (ats[k] as number) : tokenAt(sentence, text, cursor);
    if (at < 0) at = cursor; // wink normalised the token; keep the cursor position
    const end = Math.min(sentence.length, at + text.length);
    cursor = end;
    let pos = (tags[k] ?? 'X') as Pos;
    if (pos === 'SPACE') continue;
    const id = ids[k];
    const word = id !== undefined && id >= 0 ? wordById(id, text, memo) : null;
    // (a word no repair may apply to with its tag, whatever stands around it, is left as it is)
    const repairable = REPAIRABLE.has(pos);
    const repairs = word && repairable ? (word.repairs ??= repairsOf(text, word.upper, verbBase)) : null;
    if (repairs ? repairs.from.has(pos) : repairable) {
      const next = k + 1 < to;
      site.text = text;
      site.upper = word ? word.upper : text.toUpperCase();
      site.start = offset + at;
      site.tokens = tokens;
      site.prev = tokens[tokens.length - 1];
      site.before = tokens[tokens.length - 2];
      site.values = values;
      site.tags = tags;
      site.k = k;
      site.from = from;
      site.to = to;
      site.next = next ? upperAt(wt, k + 1, memo) : '';
      site.nextTag = next ? (tags[k + 1] ?? '') : '';
      site.verbBase = verbBase;
      pos = repairTag(pos, site, onRepair && ((rule) => onRepair(rule, tokens.length)), repairs ?? undefined);
    }
    const f = word ? formsById(word, pos, verbBase, memo) : formsOf(text, pos, verbBase, memo);
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
    words.push(f.norm);
    lemmas.push(f.lemmaNorm);
    if (wordIds) wordIds.push(word ? (id as number) : -1);
  }
  (tokens as FormedTokens)[FORMS] = { words, lemmas, ids: wordIds };
  return tokens;
}

/** wink's word number `k`, upper case. */
function upperAt(wt: WinkTokens, k: number, memo: FormsMemo): string {
  const text = wt.values[k] ?? '';
  const id = wt.ids[k];
  return id !== undefined && id >= 0 ? wordById(id, text, memo).upper : text.toUpperCase();
}

/** Loads the model now (for start-up measurements and servers that want no first-call delay). */
export function warmTokenizer(): void {
  wink();
}

/** A sentence's token forms for trie matching (`tokenForms`). */
export interface TokenForms {
  /** Upper-case written forms (`norm`) and lemmas (`lemmaNorm`). */
  words: string[];
  lemmas: string[];
  /**
   * wink's number for each token's text (-1: none), when wink's numbers were read directly (a number then always stands
   * for one text, so for one written form: a trie remembers a word's number in it by this number, see `CompactTrie`, and
   * the verb patterns a word's pattern-word ids, see `wordMarks`); null when not known.
   */
  ids: number[] | null;
}

/**
 * The upper-case written forms and lemmas of a sentence's tokens, as parallel arrays for trie matching.
 * Made once per sentence (by the tokenizer, or here for tokens made elsewhere) and shared by the stages that match
 * dictionaries (actors, nominal events, light verbs).
 */
export function tokenForms(tokens: Token[]): TokenForms {
  let f = (tokens as FormedTokens)[FORMS];
  if (!f) {
    const words = new Array<string>(tokens.length);
    const lemmas = new Array<string>(tokens.length);
    for (let k = 0; k < tokens.length; k++) {
      const t = tokens[k] as Token;
      words[k] = t.norm;
      lemmas[k] = t.lemmaNorm;
    }
    f = { words, lemmas, ids: null };
    (tokens as FormedTokens)[FORMS] = f;
  }
  return f;
}

/** wink's tokens of `text` and their tags, before any repair (to compare with another tagger's). */
export function winkTags(text: string): { values: string[]; tags: string[] } {
  const { values, tags } = winkTokens(text);
  return { values, tags };
}

/** Whether wink's POS machines run over `pos-machines.ts`' tables (true with the wink-nlp and model this was written for). */
export function tagsByTables(): boolean {
  wink();
  return tagger?.byTables() ?? false;
}

/** Whether wink's token data is read directly (true with the wink-nlp version this was written for; see `captured`). */
export function readsWinkDirectly(): boolean {
  wink();
  return rawTokens;
}
