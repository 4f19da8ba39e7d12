/**
 * wink's POS tagging step, run by the tokenizer instead of by wink (tokenize stage). wink-nlp's tagger is two state
 * machines of wink-eng-lite-web-model (`eng-pos-model.json`) run by wink-nlp's `automaton.js` over the tokens' default
 * tags, each followed by the model's updater. `automaton.js` keeps a machine's transitions in objects keyed by tag
 * numbers, and the tag numbers it is given (the model's hints are 1,080,000 and more, its "otherwise" 2,070,003) make
 * those objects dictionaries: each step of a machine hashed three or four integers, and that was the largest single cost
 * of tokenising (about 30% of the stage's instructions, callgrind, 2026-11-29). Here the same machines run over a flat
 * table: `recognize` and `update` repeat `automaton.js`'s `recognize` and the model's transformer and updater step by
 * step, and give the same tags.
 *
 * `machinesFrom` reads the model's machines; a machine this table cannot hold (a transition on a number outside the
 * ranges below) gives null, and `posTagger` compares the first text's tags with those of wink's own automata; either way
 * wink's own automata (`automaton.js` of wink-nlp's package) then run instead.
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** What the tagging reads of wink's cache (wink-nlp's `cache.js`). */
export interface WinkCache {
  lookup(text: string): number[] | null;
  value(index: number): string;
  property(index: number, name: string): unknown;
  normal(index: number): number;
  nox(packed: number): number;
  isMemberPOS(lexeme: number, pos: unknown): boolean;
}

/** A tag as the machines see it: wink's tag number, or a tag an earlier machine gave (the model's string: "16"). */
type Tag = number | string;

/** `automaton.js`'s constants: the token after the last, and the key of a state's "otherwise" transition. */
const EOS = 2070000;
const OTHERWISE = 2070003;
/** The model's transformer adds this to a token's `posHint` (`pos-transformers.js`). */
const HINT = 1080000;
/** Table columns: tags 0-63, then hints 0-63. */
const COLS = 128;

function column(t: number): number {
  if (t >= 0 && t < 64) return t;
  const h = t - HINT;
  return h >= 0 && h < 64 ? 64 + h : -1;
}

/** One machine of the model: `automaton.js`'s `fsm`, `terminalStates` and `markedStates`, by state number. */
export interface PosMachine {
  /** The next state, at `state * COLS + column(tag)`; 0 is the root (no transition). */
  next: Int32Array;
  /** The state a state's "otherwise" transition leads to (0: none). */
  otherwise: Int32Array;
  terminal: (string | undefined)[];
  marked: ([number, number] | undefined)[];
}

type MachineJson = [number, number, Record<string, Record<string, number>>, Record<string, string>, Record<string, [number, number]>, unknown];

/** The model's machines (their JSON, as `importJSON` reads it) in tables; null when one has a transition the table cannot hold. */
export function machinesFrom(jsons: readonly string[]): PosMachine[] | null {
  const out: PosMachine[] = [];
  for (const json of jsons) {
    const [, last, fsm, terminals, marks] = JSON.parse(json) as MachineJson;
    const states = last + 1;
    const m: PosMachine = { next: new Int32Array(states * COLS), otherwise: new Int32Array(states), terminal: new Array<string | undefined>(states).fill(undefined), marked: new Array<[number, number] | undefined>(states).fill(undefined) };
    for (const s in fsm) {
      const state = Number(s);
      if (!(state >= 0 && state < states)) return null;
      const row = fsm[s] as Record<string, number>;
      for (const key in row) {
        const to = row[key] as number;
        if (!Number.isInteger(to) || to < 0 || to >= states) return null;
        // (a key that is no number never matches: the tags the machines read are numbers; the model has one, "$of")
        if (!/^\d+$/.test(key)) continue;
        const t = Number(key);
        if (t === OTHERWISE) m.otherwise[state] = to;
        else if (column(t) < 0) return null;
        else m.next[state * COLS + column(t)] = to;
      }
    }
    for (const s in terminals) {
      const state = Number(s);
      if (!(state >= 0 && state < states)) return null;
      m.terminal[state] = terminals[s];
    }
    for (const s in marks) {
      const state = Number(s);
      if (!(state >= 0 && state < states)) return null;
      m.marked[state] = marks[s];
    }
    out.push(m);
  }
  return out;
}

/**
 * `automaton.js`'s `recognize(tags, transformer, rawTokens)` for one machine, the model's transformer applied to each
 * token read (`hints[j]`: the token's `posHint`, 0 for none): the patterns found, as `[first, last, tag]`. The
 * statements follow the original one for one, its quirks kept (`first` and the last "otherwise" are not reset between
 * patterns; a token equal to `skip` is passed over).
 */
function recognize(m: PosMachine, tags: readonly Tag[], hints: Int32Array, skip: number): [number, number, string][] {
  const length = tags.length;
  const patterns: [number, number, string][] = [];
  let first = 0;
  let state = 0;
  let ns = 0;
  let lastOtherwiseIndex = 0;
  let lastOtherwiseState = 0;
  for (let i = 0; i <= length; i += 1) {
    for (let j = i; j <= length; j += 1) {
      let t: Tag = j === length ? EOS : (tags[j] as Tag);
      if (t === skip) continue;
      if (j < length && hints[j]) t = (hints[j] as number) + HINT;
      const c = column(typeof t === 'number' ? t : Number(t));
      ns = c < 0 ? 0 : (m.next[state * COLS + c] as number);
      if (!state && ns) first = j;
      if (m.terminal[ns]) {
        pushMatch(m, patterns, first, j, ns);
        i = j;
        j = length + 100;
        ns = 0;
        lastOtherwiseState = 0;
      } else if (ns === 0) {
        if (lastOtherwiseState) {
          pushMatch(m, patterns, first, lastOtherwiseIndex, lastOtherwiseState);
          i = lastOtherwiseIndex;
          j = length + 100;
          ns = 0;
          lastOtherwiseState = 0;
        } else {
          j = length + 100;
        }
      }
      state = ns;
      if (m.otherwise[state]) {
        lastOtherwiseIndex = j;
        lastOtherwiseState = m.otherwise[state] as number;
      }
    }
  }
  return patterns;
}

/** `automaton.js`'s `pushMatch2Patterns` (no pattern-detection function: the POS machines have none). */
function pushMatch(m: PosMachine, patterns: [number, number, string][], first: number, last: number, state: number): void {
  const name = m.terminal[state] as string;
  if (name === '0') return;
  const mark = m.marked[state];
  patterns.push(mark ? [first + mark[0], last - mark[1], name] : [first, last, name]);
}

/**
 * The model's updater (`pos-updater.js`): a pattern's negative tag is given as is, a positive one only when the token's
 * normal form may take it. The normal form is `mapRawTokens2UIdOfNormal`'s, worked out only for these tokens.
 */
function update(patterns: readonly [number, number, string][], cache: WinkCache, tags: Tag[], raw: readonly number[]): void {
  for (const [at, , target] of patterns) {
    if ((target as unknown as number) < 0) tags[at] = Math.abs(target as unknown as number);
    else {
      const spaces = raw[at * 4 + 1] as number;
      const normal = spaces > 65535 ? cache.nox(spaces) : cache.normal(raw[at * 4] as number);
      // the updater gives the tag as the model names it, a string ("16"); its number here, which every later reader
      // takes alike (the next machine's transitions, the setter's shift; a machine passes over no tag a pattern gives,
      // as none is "0"), and which keeps wink's tag array one of small integers (the setter's loop over a mixed one
      // cost more than both machines' tables)
      if (cache.isMemberPOS(normal, target)) tags[at] = Number(target);
    }
  }
}

/** A wink-nlp automaton (`automaton.js`). */
interface WinkAutomaton {
  importJSON(json: string): void;
  recognize(tokens: readonly Tag[], transform: unknown, param: unknown): [number, number, string][];
}

/** The model's POS machines as wink-eng-lite-web-model's `load-pos-model.js` gives them. */
export interface PosModel {
  machines: string[];
  transformers: unknown[];
  updater: (px: unknown, cache: WinkCache, tags: Tag[], normals: number[]) => void;
}

/**
 * The model's POS step, as a function of wink's default tags `tags` (changed in place), the raw token data and the
 * cache: by the tables; or, when the model's machines do not fit them, or when they first tag a text otherwise than
 * wink's own automata (checked on the first text tagged: the tokenizer's probe at load), by wink's automata with the
 * model's transformer and updater, as wink-nlp's `readDoc` runs them.
 */
export interface PosTagger {
  (tags: Tag[], raw: readonly number[], cache: WinkCache): void;
  /** Whether it tags by the tables (false: by wink's automata). */
  byTables(): boolean;
}

export function posTagger(model: PosModel): PosTagger {
  let machines = machinesFrom(model.machines);
  let automata: WinkAutomaton[] | null = null;
  const byWink = (tags: Tag[], raw: readonly number[], cache: WinkCache): void => {
    automata ??= winkAutomata(cache, model.machines);
    const normals: number[] = [];
    for (let j = 0; j * 4 < raw.length; j++) normals.push((raw[j * 4 + 1] as number) > 65535 ? cache.nox(raw[j * 4 + 1] as number) : cache.normal(raw[j * 4] as number));
    for (const a of automata) model.updater(a.recognize(tags, model.transformers[0], raw), cache, tags, normals);
  };
  let checked = false;
  const tagger = (tags: Tag[], raw: readonly number[], cache: WinkCache): void => {
    if (!machines) return byWink(tags, raw, cache);
    if (!checked) {
      checked = true;
      const theirs = tags.slice();
      byWink(theirs, raw, cache);
      byTables(tags, raw, cache, machines);
      if (theirs.length !== tags.length || theirs.some((t, k) => Number(t) !== Number(tags[k]))) {
        machines = null;
        tags.splice(0, tags.length, ...theirs);
      }
      return;
    }
    byTables(tags, raw, cache, machines);
  };
  return Object.assign(tagger, { byTables: () => machines !== null });
}

function byTables(tags: Tag[], raw: readonly number[], cache: WinkCache, machines: readonly PosMachine[]): void {
  // `fsm(cache, cache.value(0))`: a POS machine passes over the token numbered as wink's lexeme 0
  const skip = cache.lookup(cache.value(0))?.[0] ?? -1;
  const n = tags.length;
  const hints = new Int32Array(n);
  for (let j = 0; j < n; j++) hints[j] = (cache.property(raw[j * 4] as number, 'posHint') as number) || 0;
  for (const m of machines) update(recognize(m, tags, hints, skip), cache, tags, raw);
}

/** wink's own automata over the model's machines, as wink-nlp's `load` makes them for the POS step. */
function winkAutomata(cache: WinkCache, jsons: readonly string[]): WinkAutomaton[] {
  const fsm = require('wink-nlp/src/automaton.js') as (cache: WinkCache, ignore: string) => WinkAutomaton;
  return jsons.map((json) => {
    const a = fsm(cache, cache.value(0));
    a.importJSON(json);
    return a;
  });
}
