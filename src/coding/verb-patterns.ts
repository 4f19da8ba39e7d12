/**
 * Verb patterns matched against a clause (the events stage's lookup): which entry of the verb lexicon a clause's verb
 * is, and which of its block's patterns (`- * (WITH &LEADER) [040]`) fits the words and actors around it, the most
 * specific full match winning. Quantities and approximators ("dozens of", "more than") are read through, not taken
 * for a pattern's preposition. Patterns are first rejected cheaply by the words a sentence holds (`wordMarks`).
 */
import type { Lexicon } from '../dictionaries/lexicon.js';
import { patternElem, type PatternElem, type PhraseGroup, type VerbBlock, type VerbCode, type VerbEntry, type VerbPattern } from '../dictionaries/verbs-reader.js';
import type { ActorMention, Token } from '../types.js';
import type { Clause } from '../pipeline/clauses.js';
import { isRoleOnly, joinedHyphen } from './actor-country.js';
import { CALENDAR_WORDS } from './word-classes.js';
import { BE_FORMS, BOUNDARY_SCONJ, NEGATORS, NOUN_PHRASE, POSSESSIVES, QUOTE_MARKS, inMention } from './clause-words.js';
import { refusalOfIntent } from '../cameo/requests.js';
import { tokenForms } from '../pipeline/tokenize.js';
import { mapPacked } from '../pipeline/packed.js';

/** Nouns of quantity before "of": "a barrage of rockets", "waves of drones", "dozens of missiles". */
const QUANTITY_NOUNS = new Set([
  'WAVE', 'WAVES', 'BARRAGE', 'BARRAGES', 'SALVO', 'SALVOS', 'SALVOES', 'VOLLEY', 'VOLLEYS', 'HAIL', 'SWARM', 'SWARMS',
  'SERIES', 'STRING', 'SPATE', 'ROUND', 'ROUNDS', 'NUMBER', 'COUPLE', 'PAIR', 'DOZEN', 'DOZENS', 'SCORES',
  'HUNDREDS', 'THOUSANDS', 'TENS', 'MILLIONS', 'BILLIONS', 'LOT', 'LOTS', 'BATCH', 'SHIPMENT', 'SHIPMENTS', 'CONSIGNMENT',
  // ... and of kinds and bundles: "a range of sanctions", "a raft of measures", "a package of tariffs"
  'RANGE', 'RAFT', 'PACKAGE', 'PACKAGES', 'SET', 'SETS', 'ARRAY', 'HOST',
  // ... and of shares: "dropped most of its tariffs", "lifted some of the sanctions", "freed half of the hostages"
  'MOST', 'SOME', 'MANY', 'ALL', 'BOTH', 'EACH', 'SEVERAL', 'FEW', 'PART', 'HALF', 'REST', 'BULK', 'MAJORITY',
  // ... and of measures and loads: "flew 30 tonnes of food", "delivered 2,000 doses of vaccine", "truckloads of flour"
  'TONNE', 'TONNES', 'TON', 'TONS', 'KILOGRAMS', 'KILOS', 'LITRES', 'LITERS', 'GALLONS', 'BARRELS', 'DOSES', 'TRUCKLOADS',
  'PLANELOADS', 'CONSIGNMENTS', 'PALLETS', 'CRATES', 'BOXES', 'SACKS', 'BAGS', 'PARCELS', 'CONTAINERS', 'CARTONS',
  // ... and of spans of time: "halting more than a year of fighting", "ended decades of war"
  'DAY', 'DAYS', 'WEEK', 'WEEKS', 'MONTH', 'MONTHS', 'YEAR', 'YEARS', 'DECADE', 'DECADES',
  // ... and of weights, volumes and loads: "handed over 700 kg of medicine", "sent 40 truckloads of food"
  'TON', 'TONS', 'TONNE', 'TONNES', 'KG', 'KILOS', 'KILOGRAMS', 'KILOGRAMMES', 'LITRES', 'LITERS', 'GALLONS', 'BARRELS',
  'TRUCKLOADS', 'CARGO', 'CARGOES', 'CRATES', 'BOXES', 'SACKS', 'BAGS', 'PALLETS', 'DOSES',
]);

/** Comparatives before "than": "more than 100 drones". */
const COMPARATIVES = new Set(['MORE', 'LESS', 'FEWER']);
/** Prepositions that, before a number, only approximate it: "over 100 drones", "about 50 missiles". */
const APPROXIMATORS = new Set(['ABOUT', 'AROUND', 'OVER', 'UNDER', 'NEARLY', 'ALMOST', 'SOME']);

/**
 * The preposition at `k` belongs to a quantity, not to a phrase of its own: "of" after a word of quantity ("a
 * barrage of", "dozens of", "tens of thousands of") or a number ("45 of 60 drones"), "than" after "more"/"less", "at least", "up to", "over"
 * or "about" before a number.
 */
export function partitive(tokens: Token[], k: number): boolean {
  const w = tokens[k]?.norm;
  const prev = tokens[k - 1]?.norm ?? '';
  if (w === 'OF') return QUANTITY_NOUNS.has(prev) || tokens[k - 1]?.pos === 'NUM';
  if (w === 'THAN') return COMPARATIVES.has(prev);
  if (w === 'AT') return tokens[k + 1]?.norm === 'LEAST';
  if (w === 'TO') return prev === 'UP' && tokens[k + 1]?.pos === 'NUM';
  return !!w && APPROXIMATORS.has(w) && tokens[k + 1]?.pos === 'NUM';
}

/** A token of an amount that runs on into a number: "$" or "2" in "$2 billion". */
const amountWord = (tokens: Token[], j: number): boolean => (tokens[j]?.pos === 'SYM' || tokens[j]?.pos === 'NUM') && tokens[j + 1]?.pos === 'NUM';

/** First words of multi-word verbs that are prepositions: they must follow the verb (adverbs aside). */
const PREP_PARTICLES = new Set(['ON', 'UPON', 'FOR', 'TO', 'WITH', 'AT', 'AGAINST', 'FROM', 'INTO', 'OF', 'ABOUT', 'OVER']);

/** Does an actor mention start between `from` and the first `particle` after it? */
function actorBefore(tokens: Token[], mentions: ActorMention[], from: number, particle: string): boolean {
  for (let k = from; k < tokens.length && tokens[k]?.norm !== particle; k++) {
    if (mentions.some((m) => m.first === k && m.kind !== 'pronoun')) return true;
  }
  return false;
}

const tokenMatches = (t: Token | undefined, w: string): boolean => !!t && (t.norm === w || t.lemmaNorm === w);

function altMatchAt(tokens: Token[], p: number, alt: string[]): number {
  for (let k = 0; k < alt.length; k++) if (!tokenMatches(tokens[p + k], alt[k] ?? '')) return 0;
  return alt.length;
}

type WordsElem = Extract<PatternElem, { kind: 'words' }>;

/** A word element's alternatives by their first and by their last word (synsets can list hundreds). */
interface AltIndex {
  byFirst: Map<string, string[][]>;
  byLast: Map<string, string[][]>;
}
const altIndexes = new WeakMap<WordsElem, AltIndex>();
/** Elements with fewer alternatives are simply scanned. */
const ALT_INDEX_MIN = 6;
const NO_ALTS: string[][] = [];

function altIndex(e: WordsElem): AltIndex {
  let idx = altIndexes.get(e);
  if (!idx) {
    idx = { byFirst: new Map(), byLast: new Map() };
    for (const alt of e.alts) {
      if (!alt.length) continue; // an empty alternative never matches
      for (const [map, w] of [[idx.byFirst, alt[0] ?? ''], [idx.byLast, alt[alt.length - 1] ?? '']] as const) {
        const list = map.get(w);
        if (list) list.push(alt);
        else map.set(w, [alt]);
      }
    }
    altIndexes.set(e, idx);
  }
  return idx;
}

/**
 * The alternatives of `e` that can match with token `t` as their first (or last) word: the ones whose first (last)
 * word is its written form or its lemma (`lemmaAlts` is the second list, for a lemma other than the written form).
 * For short lists, all of them. Two lists rather than a list of lists: this runs for every token a pattern word
 * is looked for at, and allocates nothing.
 */
function altsWith(e: WordsElem, t: Token | undefined, side: 'byFirst' | 'byLast'): string[][] {
  if (e.alts.length < ALT_INDEX_MIN) return e.alts;
  if (!t) return NO_ALTS;
  return altIndex(e)[side].get(t.norm) ?? NO_ALTS;
}
function lemmaAlts(e: WordsElem, t: Token | undefined, side: 'byFirst' | 'byLast'): string[][] {
  if (e.alts.length < ALT_INDEX_MIN || !t || t.lemmaNorm === t.norm) return NO_ALTS;
  return altIndex(e)[side].get(t.lemmaNorm) ?? NO_ALTS;
}

/** The length of the longest alternative of `e` that starts at token `p` (0: none). */
function longestAltAt(e: WordsElem, tokens: Token[], p: number): number {
  let len = 0;
  for (const alt of altsWith(e, tokens[p], 'byFirst')) {
    const l = altMatchAt(tokens, p, alt);
    if (l > len) len = l;
  }
  for (const alt of lemmaAlts(e, tokens[p], 'byFirst')) {
    const l = altMatchAt(tokens, p, alt);
    if (l > len) len = l;
  }
  return len;
}

const capitalised = (t: Token | undefined): boolean => !!t && t.pos !== 'DET' && /^[A-Z]/.test(t.text);

/**
 * Do tokens `first`..`last` end a proper name that only modifies the head of a dictionary actor mention? A pattern
 * word there is part of the name, not a word of the clause: "European Union governments" names no union of
 * workers. The name is a run of two or more capitalised words followed, inside the mention, by the lower-case
 * words of its head ("foreign ministers"); an agent noun ("protesters in Kinshasa"), a title before a name ("Israeli
 * President Herzog") and a name that is the whole mention or ends it ("the Teachers Union of Kenya") still match.
 */
function insideName(tokens: Token[], mentions: ActorMention[], first: number, last: number): boolean {
  const next = tokens[last + 1];
  if (!next || (next.pos !== 'NOUN' && next.pos !== 'ADJ') || capitalised(next) || !capitalised(tokens[first - 1])) return false;
  const m = mentions.find((x) => x.kind === 'actor' && x.first < first && x.last > last);
  if (!m) return false;
  for (let p = first; p <= last; p++) if (!capitalised(tokens[p])) return false;
  return true;
}

/** Does the token at `i` stand inside an actor mention, past its first word and before its last ("its ambassador in Lima")? */
function withinMention(mentions: ActorMention[], i: number): boolean {
  return mentions.some((m) => m.first < i && m.last > i);
}

/**
 * Are tokens `first`..`last` the capitalised end of a longer actor name ("the European Union", "the African Union")?
 * A word of a proper name before the verb is no pattern word ("- UNION * [143]" is a labour union striking).
 */
function endsName(tokens: Token[], mentions: ActorMention[], first: number, last: number): boolean {
  if (!mentions.some((x) => x.kind === 'actor' && x.first < first && x.last === last)) return false;
  for (let p = first; p <= last; p++) if (!capitalised(tokens[p])) return false;
  return true;
}

/** The length of the longest alternative of `e` that ends at token `p` (0: none). */
function longestAltEndingAt(e: WordsElem, tokens: Token[], p: number): number {
  return Math.max(longestEndingAt(altsWith(e, tokens[p], 'byLast'), tokens, p), longestEndingAt(lemmaAlts(e, tokens[p], 'byLast'), tokens, p));
}
function longestEndingAt(alts: string[][], tokens: Token[], p: number): number {
  let len = 0;
  for (const alt of alts) {
    const startAt = p - alt.length + 1;
    if (startAt >= 0 && altMatchAt(tokens, startAt, alt) === alt.length && alt.length > len) len = alt.length;
  }
  return len;
}

interface SeqMatch {
  score: number;
  source: ActorMention | null;
  target: ActorMention | null;
  end: number;
}

const PREPOSITIONS = new Set(['WITH', 'TO', 'AGAINST', 'ON', 'AT', 'FOR', 'FROM', 'OF', 'IN', 'INTO', 'OVER', 'BY', 'ABOUT', 'BETWEEN', 'AMONG', 'TOWARD', 'TOWARDS', 'UNDER', 'AS', 'THROUGH', 'ACROSS', 'NEAR', 'OUTSIDE', 'INSIDE', 'AFTER', 'BEFORE', 'DURING', 'UPON', 'ONTO', 'WITHOUT', 'BEHIND', 'AROUND']);
const prepElems = new WeakMap<PatternElem, boolean>();
function isPrepElem(e: PatternElem): boolean {
  let is = prepElems.get(e);
  if (is === undefined) {
    // (a copula starts a predicate, which stands after its subject's phrases as a preposition's phrase does: "ruled
    // that Israel's presence in the territories was unlawful" matches "- * &UNLAWFUL_PREDICATE")
    is = e.kind === 'words' && e.alts.some((a) => PREPOSITIONS.has(a[0] ?? '') || BE_FORMS.has(a[0] ?? ''));
    prepElems.set(e, is);
  }
  return is;
}
const POSSESSIVE_ENDINGS = new Set(["'S", '’S', "'", '’']);

/** A `$`, `+` or `%` slot binds the mention as source, target or both. */
function bindSlot(role: 'source' | 'target' | 'compound', m: ActorMention, source: ActorMention | null, target: ActorMention | null): { source: ActorMention | null; target: ActorMention | null } {
  if (role === 'source') return { source: m, target };
  if (role === 'target') return { source, target: m };
  return { source: m, target: m };
}

/** A `%` slot stands for a compound actor ("X and Y") that acts on itself: a single actor does not fill it. */
const slotFits = (role: 'source' | 'target' | 'compound', m: ActorMention): boolean => role !== 'compound' || m.codes.length > 1;

/** Where `findForward` / `findBackward` found their element: its first token (-1: none), its length, a slot's actor. */
const FOUND: { at: number; len: number; mention: ActorMention | null } = { at: -1, len: 0, mention: null };

/**
 * Find element `e` at or after `cursor` (before `to`) and leave where in `FOUND`; `next` is the element after it.
 * `starts`: the sentence's `WordMarks.starts`, when the elements are the lexicon's (a token marked 0 starts no
 * alternative, so it is not looked up). (One found place is kept in a shared record rather than a new object: this
 * runs for every element of every pattern tried.)
 */
function findForward(e: PatternElem, next: PatternElem | undefined, tokens: Token[], mentions: ActorMention[], cursor: number, to: number, barrier: number, starts: Uint8Array | null): boolean {
  FOUND.at = -1;
  FOUND.mention = null;
  const last = e.adj ? cursor : to - 1;
  // a noun of the pattern belongs to the verb's own object: it is not looked for past a preposition the
  // pattern does not name ("share concern about Iran's missile tests" is not "share missiles")
  const stopsAtPrep = e.kind === 'words' && !isPrepElem(e);
  for (let p = cursor; p <= last && p < to; p++) {
    // ("fired a barrage of rockets" is still "fired rockets": "of" after a word of quantity does not count)
    // (nor does a preposition inside an actor's own phrase: "ordered its ambassador in Lima home")
    if (p > cursor && stopsAtPrep && tokens[p - 1]?.pos === 'ADP' && !partitive(tokens, p - 1) && !withinMention(mentions, p - 1)) break;
    if (e.kind === 'words') {
      // a pattern noun is not the verb of the complement ("wants to help" is not "wants help"; TO_HELP is)
      if (p === barrier && !e.adj) continue;
      let len = starts && starts[p] === 0 ? 0 : longestAltAt(e, tokens, p);
      if (len > 0 && insideName(tokens, mentions, p, p + len - 1)) len = 0;
      // a noun with a possessive ending names the owner of the object, not the object: "detained the tanker's crew"
      // (unless the pattern names the thing owned after it: "- * &AID_AGENCY OPERATIONS", "suspended the charity's operations")
      if (len > 0 && !isPrepElem(e) && POSSESSIVE_ENDINGS.has(tokens[p + len]?.norm ?? '') && (next?.kind ?? 'slot') !== 'words') len = 0;
      if (len > 0) return found(p, len, null);
    } else if (e.kind === 'slot') {
      // an actor slot does not reach past a comma into another clause ("met in secret, the X government said")
      if (tokens[p]?.norm === ',' && !withinMention(mentions, p)) break;
      const m = mentions.find((x) => x.first === p || (x.first < p && x.last >= p && p === cursor));
      if (m && !slotFits(e.role, m)) break;
      if (m) return found(p, m.last - p + 1, m);
    } else {
      return found(p, nounPhraseLength(tokens, mentions, p, to), null);
    }
  }
  return false;
}

function found(at: number, len: number, mention: ActorMention | null): true {
  FOUND.at = at;
  FOUND.len = len;
  FOUND.mention = mention;
  return true;
}

/** Match pattern elements forward from `from` (exclusive limit `to`); a phrase group is matched as one (`matchGroupForward`). */
function matchForward(elems: PatternElem[], tokens: Token[], mentions: ActorMention[], from: number, to: number, barrier = -1, starts: Uint8Array | null = null): SeqMatch | null {
  const seq: SeqMatch = { score: 0, source: null, target: null, end: from };
  for (let k = 0; k < elems.length; k++) {
    const e = elems[k] as PatternElem;
    if (e.group && e.group.first === k) {
      if (!extend(seq, matchGroupForward(elems, e.group, tokens, mentions, seq.end, to, barrier, starts))) return null;
      k = e.group.last;
    } else if (findForward(e, elems[k + 1], tokens, mentions, seq.end, to, barrier, starts)) addFound(seq, e, FOUND.at + FOUND.len);
    else return null;
  }
  return seq;
}

/** Adds a phrase group's match to a sequence matched so far (false: the group did not match). */
function extend(seq: SeqMatch, g: SeqMatch | null): boolean {
  if (!g) return false;
  seq.score += g.score;
  seq.source = g.source ?? seq.source;
  seq.target = g.target ?? seq.target;
  seq.end = g.end;
  return true;
}

/** Adds element `e`, as `FOUND` holds it, to a sequence matched so far, which now ends at `end`. */
function addFound(seq: SeqMatch, e: PatternElem, end: number): void {
  if (e.kind === 'slot' && FOUND.mention) ({ source: seq.source, target: seq.target } = bindSlot(e.role, FOUND.mention, seq.source, seq.target));
  seq.score += e.kind === 'skip' ? 0 : FOUND.len;
  seq.end = end;
}

/**
 * Match a phrase group forward from `cursor`: its first element where it is found (or at a later place it is found
 * again), then each of the others inside the phrase that runs on from there (`phraseRunEnd`: for `( )` the phrase its
 * preposition governs, for `{ }` the noun phrase its first word is in), the last one ending a noun phrase (`endsHead`).
 * A word of the group may itself be mistagged ("with all their might", "might" as a modal): it is enough that the
 * words between the group's words belong to the phrase.
 */
function matchGroupForward(elems: PatternElem[], g: PhraseGroup, tokens: Token[], mentions: ActorMention[], cursor: number, to: number, barrier: number, starts: Uint8Array | null): SeqMatch | null {
  const anchor = elems[g.first] as PatternElem;
  for (let from = cursor; from < to; ) {
    if (!findForward(anchor, elems[g.first + 1], tokens, mentions, from, to, barrier, starts)) return null;
    const at = FOUND.at;
    const m = groupRest(elems, g, tokens, mentions, to, barrier, starts);
    // (an element that touches the one before it has one place only)
    if (m || anchor.adj) return m;
    from = at + 1;
  }
  return null;
}

/** `matchGroupForward` with its first element found (as `FOUND` holds it): the whole group, or null. */
function groupRest(elems: PatternElem[], g: PhraseGroup, tokens: Token[], mentions: ActorMention[], to: number, barrier: number, starts: Uint8Array | null): SeqMatch | null {
  const seq: SeqMatch = { score: 0, source: null, target: null, end: FOUND.at };
  addFound(seq, elems[g.first] as PatternElem, FOUND.at + FOUND.len);
  for (let k = g.first + 1; k <= g.last; k++) {
    const e = elems[k] as PatternElem;
    const limit = Math.min(to, phraseRunEnd(tokens, mentions, seq.end, to, g.kind === 'pp' && k === g.first + 1) + 1);
    if (!findForward(e, elems[k + 1], tokens, mentions, seq.end, limit, barrier, starts)) return null;
    addFound(seq, e, FOUND.at + FOUND.len);
  }
  // (a preposition alone, "(AGAINST)", heads no noun phrase of its own)
  return (g.kind === 'pp' && g.last === g.first) || endsHead(elems[g.last] as PatternElem, tokens, seq.end) ? seq : null;
}

/**
 * Is token `k` a word inside a noun phrase: a determiner, possessive, adjective, number or noun, a hyphen joining two,
 * a quotation mark around some of its words (with "all available means")?
 */
function phraseWord(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  return !!t && (NOUN_PHRASE.has(t.pos) || POSSESSIVE_ENDINGS.has(t.norm) || POSSESSIVES.has(t.norm) || joinedHyphen(tokens, k) || amountWord(tokens, k) || QUOTE_MARKS.has(t.norm));
}
/** Is token `k` a word that joins two parts of one noun phrase: "and", a quantity's "of", an attached "of" phrase? */
function phraseJoin(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  return !!t && (t.pos === 'CCONJ' || t.norm === 'OF' || partitive(tokens, k)) && NOUN_PHRASE.has(tokens[k + 1]?.pos ?? '');
}

/**
 * Where the phrase run that starts at `from` ends (the token after it): noun-phrase words (`phraseWord`, an actor
 * mention whole, `phraseJoin`), after adverbs; with `governed`, the phrase a preposition governs, which may open with a
 * verb ("to demand the ouster of X", "of using chemical weapons").
 */
function phraseRunEnd(tokens: Token[], mentions: ActorMention[], from: number, to: number, governed: boolean): number {
  let k = from;
  while (k < to && tokens[k]?.pos === 'ADV') k++;
  if (governed && k < to && tokens[k]?.pos === 'VERB') k++;
  while (k < to) {
    const m = mentions.find((x) => x.first === k);
    if (m) k = m.last + 1;
    else if (phraseWord(tokens, k) || phraseJoin(tokens, k)) k++;
    else break;
  }
  return k;
}

/** Where the run of noun-phrase words that ends at `last` starts (`last + 1` when none), not below `to`. */
function phraseRunStart(tokens: Token[], mentions: ActorMention[], last: number, to: number): number {
  let k = last;
  while (k >= to) {
    const m = mentions.find((x) => x.first <= k && x.last >= k);
    if (m) k = m.first - 1;
    else if (phraseWord(tokens, k) || phraseJoin(tokens, k)) k--;
    else break;
  }
  return k + 1;
}

/**
 * Does a group whose last element is `e` end, at token `end` (the one after it), at the head of its noun phrase? No
 * common noun follows a noun it ends with ("{HUMAN RIGHTS}" is not "human rights groups", "(WITH &LEADER)" not "with
 * leader loyalists"); a verb it ends with ("(TO HELP)") heads no noun phrase, and a slot or `^` ends where its phrase does.
 */
function endsHead(e: PatternElem, tokens: Token[], end: number): boolean {
  if (e.kind !== 'words') return true;
  const last = tokens[end - 1];
  // (nor does a gerund right after its preposition, whatever its tag, which takes an object: "of smuggling weapons")
  if (last?.pos === 'VERB' || last?.pos === 'AUX' || (last?.norm.endsWith('ING') && tokens[end - 2]?.pos === 'ADP')) return true;
  const next = tokens[end];
  // (a noun of time after it is no part of its phrase: "started a hunger strike yesterday")
  return !(next?.pos === 'NOUN' && !TIME_NOUNS.has(next.norm) && !CALENDAR_WORDS.has(next.norm)) && !joinedHyphen(tokens, end);
}

/** What a `^` skips: the noun phrase at `p` (a whole actor mention, or a run of noun-phrase words), else one token. */
function nounPhraseLength(tokens: Token[], mentions: ActorMention[], p: number, to: number): number {
  const m = mentions.find((x) => x.first <= p && x.last >= p);
  if (m) return m.last - p + 1;
  let k = p;
  while (k < to && NOUN_PHRASE.has(tokens[k]?.pos ?? '') && !mentions.some((x) => x.first === k)) k++;
  return Math.max(1, k - p);
}

/**
 * Find element `e` ending at or before `cursor` (down to `to`), and leave where it starts in `FOUND`.
 */
function findBackward(e: PatternElem, tokens: Token[], mentions: ActorMention[], cursor: number, to: number): boolean {
  FOUND.at = -1;
  FOUND.mention = null;
  const lowest = e.adj ? cursor : to;
  for (let p = cursor; p >= lowest && p >= to; p--) {
    if (e.kind === 'words') {
      const len = longestAltEndingAt(e, tokens, p);
      if (len > 0 && !insideName(tokens, mentions, p - len + 1, p) && !endsName(tokens, mentions, p - len + 1, p)) return found(p - len + 1, len, null);
    } else if (e.kind === 'slot') {
      const m = mentions.find((x) => x.last === p || (x.first <= p && x.last >= p));
      if (m && !slotFits(e.role, m)) return false;
      if (m) return found(m.first, m.last - m.first + 1, m);
    } else {
      return found(p, 1, null);
    }
  }
  return false;
}

/** Match pre-verb elements backwards from `from` (inclusive) down to `to`; a phrase group is matched as one (`matchGroupBackward`). */
function matchBackward(elems: PatternElem[], tokens: Token[], mentions: ActorMention[], from: number, to: number): SeqMatch | null {
  const seq: SeqMatch = { score: 0, source: null, target: null, end: from };
  for (let k = elems.length - 1; k >= 0; k--) {
    const e = elems[k] as PatternElem;
    if (e.group && e.group.last === k) {
      if (!extend(seq, matchGroupBackward(elems, e.group, tokens, mentions, seq.end, to))) return null;
      k = e.group.first;
    } else if (findBackward(e, tokens, mentions, seq.end, to)) addFound(seq, e, FOUND.at - 1);
    else return null;
  }
  return seq;
}

/**
 * Match a phrase group backwards from `cursor`: its last element where it is found ending a noun phrase, each of the
 * others before it inside the phrase run that ends there (`phraseRunStart`), and for `( )` the preposition right before it.
 */
function matchGroupBackward(elems: PatternElem[], g: PhraseGroup, tokens: Token[], mentions: ActorMention[], cursor: number, to: number): SeqMatch | null {
  const tail = elems[g.last] as PatternElem;
  const whole = g.kind === 'pp' && g.last === g.first;
  for (let from = cursor; from >= to; ) {
    if (!findBackward(tail, tokens, mentions, from, to)) return null;
    const { at, len } = FOUND;
    const m = whole || endsHead(tail, tokens, at + len) ? groupBefore(elems, g, tokens, mentions, to) : null;
    if (m || tail.adj) return m;
    from = at + len - 2;
  }
  return null;
}

/** `matchGroupBackward` with its last element found (as `FOUND` holds it): the whole group, or null. */
function groupBefore(elems: PatternElem[], g: PhraseGroup, tokens: Token[], mentions: ActorMention[], to: number): SeqMatch | null {
  const seq: SeqMatch = { score: 0, source: null, target: null, end: FOUND.at };
  addFound(seq, elems[g.last] as PatternElem, FOUND.at - 1);
  for (let k = g.last - 1; k >= g.first; k--) {
    const e = elems[k] as PatternElem;
    // (the group's other words lie inside the phrase run, the preposition right before it)
    const lowest = Math.max(to, phraseRunStart(tokens, mentions, seq.end, to) - 1);
    if (!findBackward(e, tokens, mentions, seq.end, lowest)) return null;
    addFound(seq, e, FOUND.at - 1);
  }
  return seq;
}

export interface VerbHit {
  entry: VerbEntry;
  code: VerbCode;
  rule: string;
  pattern: VerbPattern | null;
  source: ActorMention | null;
  target: ActorMention | null;
  /** Last token covered by the verb and its pattern. */
  last: number;
}

/**
 * Rejecting patterns before matching them: a pattern can match only if every word element of it finds the first
 * word of one of its alternatives among the sentence's written forms and lemmas. Every such first word of the
 * lexicon's patterns gets a number, each pattern keeps the numbers of each of its word elements, and a sentence
 * marks the numbers of its words: the test is then a few array reads per pattern. A block with many patterns
 * also lists them by the numbers of one word element each (the one with the fewest), so a sentence looks at only
 * the patterns one of whose words it has (and those with no word element), not at every pattern of the block.
 */
interface PatternWords {
  ids: Map<string, number>;
  blocks: Map<VerbBlock, BlockPatterns>;
  /**
   * Per multi-word entry, the ids of its extra words (after and before the verb): each must be some token's written
   * form or lemma for the entry to match, so an entry one of whose words the sentence lacks is skipped unmatched.
   */
  entryWords: Map<VerbEntry, Int32Array>;
  /** Per verb form, its entries with each lemma it was met with (`formEntries`), made when first met. */
  forms: Map<string, FormEntries[]>;
  /** The marks of the sentence being coded (one buffer, reset for each sentence) and the ids set in it. */
  marks: Uint8Array;
  marked: number[];
  /** Per token of the sentence being coded: 1 when its written form or lemma has an id (`WordMarks.starts`). */
  starts: Uint8Array;
  /** Counts the sentences marked, so per-sentence lists can tell they are stale. */
  sentence: number;
  /** The ids of tokens' written forms and lemmas, by wink's number for the token's text (`WinkWordIds`). */
  byWink: WinkWordIds;
}

/**
 * The pattern-word ids of token texts, by wink's number for the text (`TokenForms.ids`: the tokenizer's, one number
 * per distinct text for the whole process): each word is looked up in `PatternWords.ids` once, not at each of its
 * occurrences, where a fresh token string's probe of that map missed the processor's caches (most of `wordMarks`'
 * time, measured). `pairs[2n]` is the id of the written form of the text numbered n, plus 2 (1: no pattern word; 0: not
 * yet looked up). A lemma depends on the tag too: `lemma[n]` is the last lemma met with the text and `pairs[2n + 1]` its
 * id plus 2 (side by side with the form's, so a token costs one memory read).
 */
interface WinkWordIds {
  pairs: Int32Array;
  lemma: (string | undefined)[];
}

/** The largest wink number whose ids are remembered (larger ones, and tokens with none, are looked up by text). */
const WINK_MEMO_CAP = 1 << 22;

/**
 * The entries a verb form and its lemma find in the lexicon, each once and in order (the form's first), with the
 * ids of each one's extra words (`entryWords`; null for a single-word entry): one lookup per clause instead of two
 * lists joined and one lookup per entry.
 */
interface FormEntries {
  lemma: string;
  entries: VerbEntry[];
  extras: (Int32Array | null)[];
  /**
   * Per entry: 1 for a plain single-word entry, one with no words of its own and no sense of its own (`ownSense`),
   * which adds nothing to an entry of its block tried before it. Worked out here once rather than per clause, where
   * reading each entry's words and code was a cache miss apiece for entries that the extra-word test then skipped.
   */
  plain: Uint8Array;
}

const NO_FORM_ENTRIES: FormEntries = { lemma: '', entries: [], extras: [], plain: new Uint8Array(0) };

function formEntries(lex: Lexicon, words: PatternWords, norm: string, lemma: string): FormEntries {
  let list = words.forms.get(norm);
  if (list) for (const f of list) if (f.lemma === lemma) return f;
  // (a lemma written like the word itself finds the same entries again)
  const all = [...(lex.verbs.get(norm) ?? []), ...(lemma !== norm ? (lex.verbs.get(lemma) ?? []) : [])];
  // (a form that is no verb of the lexicon is not kept: the forms kept are the lexicon's)
  if (!all.length) return NO_FORM_ENTRIES;
  const entries = all.filter((e, n) => all.indexOf(e) === n);
  const plain = Uint8Array.from(entries, (e) => (!e.after.length && !e.before.length && !ownSense(e) ? 1 : 0));
  // (`mapPacked`: once this function is optimised, `.map` makes holey arrays, and matchVerb's `form.extras[n]` was
  // deoptimised by the first of them; see pipeline/packed.ts)
  const f: FormEntries = { lemma, entries, extras: mapPacked(entries, (e) => words.entryWords.get(e) ?? null), plain };
  if (!list) words.forms.set(norm, (list = []));
  list.push(f);
  return f;
}

interface BlockPatterns {
  /**
   * Per pattern of the block, in its order: per word element, the ids of the first words of its alternatives, all in
   * one flat array (pattern k's elements lie from `needStart[k]` to `needStart[k + 1]`, each as its count of ids, then
   * the ids). One array rather than an array of typed arrays per pattern: the test reads one run of memory, where
   * following a pointer to each small array was a cache miss apiece (the most of candidatePatterns' time, measured).
   */
  needs: Int32Array;
  needStart: Int32Array;
  /** Patterns by an id of their most selective word element (null for a block short enough to scan). */
  byWord: Map<number, number[]> | null;
  /** The ids that are keys of `byWord`, one bit each: most of a sentence's words head none of a block's lists. */
  byWordBits: Uint32Array;
  /** Patterns with no word element: always tried. */
  always: number[];
  /** The candidates for the current sentence (positions in the block, in order) and that sentence's count. */
  candidates: number[];
  candidatesFor: number;
  seen: Int32Array;
}

/** Blocks with fewer patterns are simply scanned. */
const BLOCK_INDEX_MIN = 12;

const patternWordsByLexicon = new WeakMap<Lexicon, PatternWords>();

function patternWords(lex: Lexicon): PatternWords {
  let pw = patternWordsByLexicon.get(lex);
  if (!pw) {
    const ids = new Map<string, number>();
    const idOf = (w: string): number => {
      let id = ids.get(w);
      if (id === undefined) {
        id = ids.size;
        ids.set(w, id);
      }
      return id;
    };
    const blocks = new Map<VerbBlock, BlockPatterns>();
    const entryWords = new Map<VerbEntry, Int32Array>();
    for (const list of lex.verbs.values()) {
      for (const entry of list) {
        if (entry.after.length || entry.before.length) entryWords.set(entry, Int32Array.from(new Set([...entry.after, ...entry.before].map(idOf))));
        const { block } = entry;
        if (blocks.has(block)) continue;
        const needs = block.patterns.map((pat) => {
          const req: Int32Array[] = [];
          for (const e of [...pat.post, ...pat.pre]) {
            if (e.kind === 'words') req.push(Int32Array.from(new Set(e.alts.map((a) => idOf(a[0] ?? '')))));
          }
          return req;
        });
        const always: number[] = [];
        let byWord: Map<number, number[]> | null = null;
        if (needs.length >= BLOCK_INDEX_MIN) {
          byWord = new Map();
          for (let k = 0; k < needs.length; k++) {
            const req = needs[k] ?? [];
            if (!req.length) {
              always.push(k);
              continue;
            }
            const fewest = req.reduce((a, b) => (b.length < a.length ? b : a));
            for (const id of fewest) {
              const list = byWord.get(id);
              if (list) list.push(k);
              else byWord.set(id, [k]);
            }
          }
        }
        const needStart = new Int32Array(needs.length + 1);
        const flat: number[] = [];
        for (let k = 0; k < needs.length; k++) {
          needStart[k] = flat.length;
          for (const ids of needs[k] ?? []) flat.push(ids.length, ...ids);
        }
        needStart[needs.length] = flat.length;
        blocks.set(block, { needs: Int32Array.from(flat), needStart, byWord, byWordBits: new Uint32Array(0), always, candidates: [], candidatesFor: -1, seen: new Int32Array(needs.length).fill(-1) });
      }
    }
    for (const bp of blocks.values()) {
      if (!bp.byWord) continue;
      bp.byWordBits = new Uint32Array((ids.size >> 5) + 1);
      for (const id of bp.byWord.keys()) bp.byWordBits[id >> 5] = (bp.byWordBits[id >> 5] as number) | (1 << (id & 31));
    }
    pw = { ids, blocks, entryWords, forms: new Map(), marks: new Uint8Array(ids.size), marked: [], starts: new Uint8Array(64), sentence: 0, byWink: { pairs: new Int32Array(0), lemma: [] } };
    patternWordsByLexicon.set(lex, pw);
  }
  return pw;
}

/**
 * The pattern words present in a sentence (written forms and lemmas), as marks by id. The marks live in one
 * buffer per lexicon: they are valid until the next sentence's marks are taken.
 */
export interface WordMarks {
  words: PatternWords;
  marks: Uint8Array;
  /**
   * Per token: 1 when its written form or lemma is a pattern word. Every first word of every alternative of the
   * lexicon's patterns (and of its multi-word entries) has an id, so no alternative starts at a token marked 0:
   * `matchForward` skips those without looking the token up in each element's alternatives.
   */
  starts: Uint8Array;
}

export function wordMarks(lex: Lexicon, tokens: Token[]): WordMarks {
  const words = patternWords(lex);
  const { marks, marked } = words;
  for (const id of marked) marks[id] = 0;
  marked.length = 0;
  words.sentence++;
  if (words.starts.length < tokens.length) words.starts = new Uint8Array(tokens.length * 2);
  const { starts } = words;
  const winkIds = tokenForms(tokens).ids;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    const n = winkIds ? (winkIds[i] as number) : -1;
    const known = n >= 0 && n < WINK_MEMO_CAP;
    const a = known ? normIdByWink(words, n, t.norm) : (words.ids.get(t.norm) ?? -1);
    starts[i] = a >= 0 ? 1 : 0;
    if (a >= 0 && !marks[a]) {
      marks[a] = 1;
      marked.push(a);
    }
    // (most lemmas are written like the word: the lookup would find the same id again)
    if (t.lemmaNorm === t.norm) continue;
    const b = known ? lemmaIdByWink(words, n, t.lemmaNorm) : (words.ids.get(t.lemmaNorm) ?? -1);
    if (b >= 0) starts[i] = 1;
    if (b >= 0 && !marks[b]) {
      marks[b] = 1;
      marked.push(b);
    }
  }
  return { words, marks, starts };
}

/** The id of written form `norm` (-1: none) of the text wink numbers `n` (see `WinkWordIds`). */
function normIdByWink(words: PatternWords, n: number, norm: string): number {
  const memo = winkMemo(words, n);
  const known = memo[2 * n] as number;
  if (known !== 0) return known - 2;
  const id = words.ids.get(norm) ?? -1;
  memo[2 * n] = id + 2;
  return id;
}

/** The id of lemma `lemma` (-1: none) of the text wink numbers `n`, as last met with it (see `WinkWordIds`). */
function lemmaIdByWink(words: PatternWords, n: number, lemma: string): number {
  const memo = winkMemo(words, n);
  if (words.byWink.lemma[n] === lemma) return (memo[2 * n + 1] as number) - 2;
  const id = words.ids.get(lemma) ?? -1;
  words.byWink.lemma[n] = lemma;
  memo[2 * n + 1] = id + 2;
  return id;
}

/** `WinkWordIds.pairs`, grown to hold wink number `n` (below WINK_MEMO_CAP). */
function winkMemo(words: PatternWords, n: number): Int32Array {
  const memo = words.byWink;
  if (2 * n + 1 < memo.pairs.length) return memo.pairs;
  const grown = new Int32Array(2 * Math.min(WINK_MEMO_CAP, Math.max(n + 1, memo.pairs.length, 1 << 16)));
  grown.set(memo.pairs);
  memo.pairs = grown;
  while (memo.lemma.length < grown.length / 2) memo.lemma.push(undefined);
  return grown;
}

/** Are all the words `ids` marked in the sentence? */
function allMarked(ids: Int32Array, marks: Uint8Array): boolean {
  for (let k = 0; k < ids.length; k++) if (marks[ids[k] as number] !== 1) return false;
  return true;
}

/** Can every word element of the pattern find its first word somewhere in the sentence? */
function mayMatch(bp: BlockPatterns, pattern: number, marks: Uint8Array): boolean {
  const { needs } = bp;
  const end = bp.needStart[pattern + 1] as number;
  for (let p = bp.needStart[pattern] as number; p < end; ) {
    const n = needs[p] as number;
    let ok = false;
    for (let k = p + 1; k <= p + n && !ok; k++) ok = marks[needs[k] as number] === 1;
    if (!ok) return false;
    p += n + 1;
  }
  return true;
}

const NO_CANDIDATES: number[] = [];

/**
 * Puts pattern position `k` into `out`, kept in ascending order (positions are distinct). A block's candidates are a
 * handful: keeping them in order as they come costs less than a sort with a comparator afterwards (measured).
 */
function insertSorted(out: number[], k: number): void {
  let i = out.length;
  out.push(k);
  while (i > 0 && (out[i - 1] as number) > k) {
    out[i] = out[i - 1] as number;
    i--;
  }
  out[i] = k;
}

/**
 * The patterns of a block (positions, in block order) that may match in the marked sentence: every word element
 * finds its first word there. Worked out once per block and sentence.
 */
function candidatePatterns(block: VerbBlock, present: WordMarks): number[] {
  const { words, marks } = present;
  const bp = words.blocks.get(block);
  if (!bp) return block.patterns.map((_, k) => k); // a block the lexicon index does not know: every pattern is tried
  if (bp.candidatesFor === words.sentence) return bp.candidates;
  let out: number[];
  if (!bp.byWord) {
    out = [];
    for (let k = 0; k < bp.needStart.length - 1; k++) if (mayMatch(bp, k, marks)) out.push(k);
  } else {
    out = [];
    const stamp = words.sentence;
    const bits = bp.byWordBits;
    for (const id of words.marked) {
      if (((bits[id >> 5] as number) & (1 << (id & 31))) === 0) continue;
      const list = bp.byWord.get(id);
      if (!list) continue;
      for (const k of list) {
        if (bp.seen[k] === stamp) continue;
        bp.seen[k] = stamp;
        if (mayMatch(bp, k, marks)) insertSorted(out, k);
      }
    }
    for (const k of bp.always) insertSorted(out, k);
    if (!out.length) out = NO_CANDIDATES;
  }
  bp.candidates = out;
  bp.candidatesFor = words.sentence;
  return out;
}

/** A multi-word verb's words after the verb (gaps allowed) and before it (adjacent), as pattern elements; made once per entry. */
const extraElems = new WeakMap<VerbEntry, { after: PatternElem[]; before: PatternElem[] }>();
function extraWords(entry: VerbEntry, side: 'after' | 'before'): PatternElem[] {
  let x = extraElems.get(entry);
  if (!x) {
    x = {
      after: entry.after.map((w) => patternElem('words', undefined, [[w]], false, w, undefined)),
      before: entry.before.map((w) => patternElem('words', undefined, [[w]], true, w, undefined)),
    };
    extraElems.set(entry, x);
  }
  return x[side];
}

/** Is the token at `j` an adjective outside every actor mention ("a new intercontinental missile", not "Tamil civilian refugees")? */
function thingAdjective(tokens: Token[], mentions: ActorMention[], j: number): boolean {
  return tokens[j]?.pos === 'ADJ' && !mentions.some((m) => m.first <= j && j <= m.last);
}

/** How many more words to allow past the token at `j` inside a name ("Belt and Road Initiative") or after a possessive. */
function nameWords(tokens: Token[], j: number): number {
  const t = tokens[j];
  if (t?.norm === "'S" || t?.norm === '’S') return 1;
  if (t?.pos !== 'PROPN') return 0;
  if (tokens[j + 1]?.pos === 'PROPN') return 1;
  return tokens[j + 1]?.norm === 'AND' && tokens[j + 2]?.pos === 'PROPN' ? 2 : 0;
}

/** Adverb particles of phrasal verbs ("take in", "hand over"). */
const ADVERB_PARTICLES = new Set(['IN', 'OUT', 'UP', 'DOWN', 'OFF', 'BACK', 'AWAY']);
/** Adverb particles whose phrase is the verb's object: "fought off X", "beat back X", "gunned down X". */
export const OBJECT_PARTICLES = new Set(['OFF', 'BACK', 'DOWN']);
/** A multi-word verb whose words after the verb start with a particle, prepositional or adverbial. */
const anyParticle = (e: VerbEntry): boolean => particleVerb(e) || ADVERB_PARTICLES.has(e.after[0] ?? '');


/** A multi-word verb whose words after the verb start with a preposition ("FIRE_AT", "CALL_ON"). */
const particleVerb = (e: VerbEntry): boolean => PREP_PARTICLES.has(e.after[0] ?? '');

/** Time nouns that may stand between a verb and its particle or infinitive without being its object ("flew last week to X"). */
const TIME_NOUNS = new Set(['DAY', 'DAYS', 'WEEK', 'WEEKS', 'MONTH', 'MONTHS', 'YEAR', 'YEARS', 'TODAY', 'TOMORROW', 'YESTERDAY', 'NIGHT', 'MORNING', 'EVENING', 'AFTERNOON', 'WEEKEND']);
/**
 * Does an object (an actor, a pronoun or another noun) stand between `from` and the first `TO` before `to`? "flew him
 * to X" moved someone else, "expects Uganda to sign" is Uganda's act: the governor's subject is not the doer.
 */
function objectBeforeTo(tokens: Token[], mentions: ActorMention[], from: number, to: number): boolean {
  for (let k = from; k < to && k < tokens.length && tokens[k]?.norm !== 'TO'; k++) {
    const t = tokens[k];
    // (only the verb's direct object counts: nouns after a preposition are adjuncts, "agreed in principle to")
    if (!t || t.pos === 'ADP') break;
    if (mentions.some((m) => m.first === k)) return true;
    if (t.pos === 'PRON' || ((t.pos === 'NOUN' || t.pos === 'PROPN') && !TIME_NOUNS.has(t.norm) && !CALENDAR_WORDS.has(t.norm))) return true;
  }
  return false;
}
/** Is there a negated "to" between `from` and `to` ("not to", "never to"), opening an infinitive that did not happen? */
function negatedInfinitive(tokens: Token[], from: number, to: number): boolean {
  for (let k = from + 1; k < to && k < tokens.length; k++) if (tokens[k]?.norm === 'TO' && NEGATORS.has(tokens[k - 1]?.norm ?? '')) return true;
  return false;
}
/** A 03x code: the subject's own stated intent. */
const intentCode = (c: VerbCode): boolean => !!c.forward && c.forward.startsWith('03');
/** A pattern whose words after the verb start with an infinitive ("- * TO_SIGN"). */
const infinitivePattern = (p: VerbPattern): boolean => {
  const e = p.post[0];
  return !!e && e.kind === 'words' && e.alts.some((a) => a[0] === 'TO') && (p.post.length > 1 || e.alts.some((a) => a.length > 1));
};

/** Words of a noun phrase, with "of" and possessives inside it ("two of its trucks", "the agency's warehouses"). */
const THING_SUBJECT_POS = new Set(['NOUN', 'PROPN', 'ADJ', 'DET', 'NUM', 'PRON']);

/** Where the noun phrase that ends right before `g` (a passive's subject that is no actor) starts; `g` when none. */
function thingSubjectStart(tokens: Token[], g: number): number {
  let j = g;
  while (j > 0) {
    const t = tokens[j - 1];
    if (!t || !(THING_SUBJECT_POS.has(t.pos) || t.norm === 'OF' || POSSESSIVE_ENDINGS.has(t.norm))) break;
    j--;
  }
  return j;
}

/**
 * Links through which a clause's pre-verb words reach into its governor's: an infinitive or a complement ("% SAID
 * WOULD *", "$ AGREE * + INSPECT"), a gerund, a verb that shares the subject of the one before it ("Rockets hit the
 * town and killed two").
 */
const READS_GOVERNOR: ReadonlySet<Clause['link']> = new Set(['complement', 'infinitive', 'gerund', 'coordinated']);

/**
 * The comma that opens a phrase describing the noun before it, closed by the comma at `close`: a participle ("fired
 * by X", "believed to have been fired by X") or a relative clause ("which was launched by X"); -1 when there is none.
 */
function describingOpen(tokens: Token[], mentions: ActorMention[], close: number): number {
  let o = close - 1;
  while (o > 0 && !(tokens[o]?.norm === ',' && !inMention(mentions, o))) {
    if (tokens[o]?.norm === ';' || tokens[o]?.norm === ':') return -1;
    o--;
  }
  if (o <= 0 || tokens[o]?.norm !== ',' || !['NOUN', 'PROPN'].includes(tokens[o - 1]?.pos ?? '')) return -1;
  const first = tokens[o + 1];
  const describing = first?.pos === 'VERB' || (first?.pos === 'PRON' && ['WHICH', 'WHO', 'THAT'].includes(first.norm)) || (first?.pos === 'ADV' && tokens[o + 2]?.pos === 'VERB');
  return describing ? o : -1;
}

/** Where clause `c`'s own pre-verb words start: just after the last boundary before its verb group, or at its subject's noun phrase. */
function ownPreFrom(tokens: Token[], mentions: ActorMention[], c: Clause): number {
  const g = c.groupStart;
  // a comma, semicolon or colon outside a name, or a subordinator, closes what stands before it
  // (not the comma that closes a participle or relative phrase about the subject noun: "The rocket, fired by X on
  // Monday, struck", "The drone, which was launched by X, hit")
  let hard = -1;
  for (let k = g - 1; k >= 0; k--) {
    const t = tokens[k];
    if (t && (((t.norm === ',' || t.norm === ';' || t.norm === ':') && !inMention(mentions, k)) || (t.pos === 'SCONJ' && BOUNDARY_SCONJ.has(t.norm)))) {
      const open = t.norm === ',' && tokens.slice(k + 1, g).every((x) => x.pos === 'ADV') ? describingOpen(tokens, mentions, k) : -1;
      if (open > 0) {
        k = open;
        continue;
      }
      hard = k;
      break;
    }
  }
  // ... and so does a conjunction after another verb: "Militants fired rockets and mortars hit the town" (not one
  // inside a noun phrase: "Rockets and mortars hit the town")
  let from = hard + 1;
  let verbSeen = false;
  for (let k = hard + 1; k < g; k++) {
    const t = tokens[k];
    if (t?.pos === 'VERB') verbSeen = true;
    else if (t?.pos === 'CCONJ' && verbSeen && !inMention(mentions, k)) from = k + 1;
  }
  // a subject before it starts the clause with the noun phrase it heads or ends ("an aid convoy of the UN entered";
  // "Israeli warplanes, backed by drones, struck"); a relative pronoun's antecedent with the phrases of the noun
  // before it ("the drone strike on a camp in X, which killed 40")
  const s = c.subject && c.subject.first < g ? c.subject : null;
  if (s) {
    let j = s.first;
    const phrases = c.subjectHow === 'relative';
    for (let t = tokens[j - 1]; t && (NOUN_PHRASE.has(t.pos) || t.norm === 'OF' || POSSESSIVE_ENDINGS.has(t.norm) || (phrases && t.pos === 'ADP')); t = tokens[j - 1]) j--;
    from = Math.min(from, j);
  }
  return Math.min(from, c.start);
}

/**
 * The first token at which clause `k`'s pattern words before the verb are looked for. PETRARCH reads them in the
 * verb's own clause (its upper sequence stops at a comma), not anywhere earlier in the sentence: "Militants fired
 * rockets at the town, and the army said it would answer those it fires" has no "&WEAPON * FIRE" for "fires". A
 * clause governed through `READS_GOVERNOR` reads on into its governor's, so compound forms that name the governing
 * verb still match ("Israel said it would resume talks": "% SAID WOULD *"); a relative clause starts at its
 * antecedent ("refused to meet a delegation that had travelled to X" is no troop movement for "military" before it).
 */
export function preVerbFrom(tokens: Token[], mentions: ActorMention[], clauses: Clause[], k: number): number {
  let c: Clause | undefined = clauses[k];
  if (!c) return 0;
  let from = ownPreFrom(tokens, mentions, c);
  for (let hops = 0; hops < clauses.length && c.parent !== null && READS_GOVERNOR.has(c.link); hops++) {
    const p: Clause | undefined = clauses[c.parent];
    if (!p || p.verb > c.verb) break;
    from = Math.min(from, ownPreFrom(tokens, mentions, p));
    c = p;
  }
  return from;
}

/**
 * Where a multi-word entry's words after the verb end (the token after the last), or -1 when they do not follow it.
 * (Out of matchVerb, as is `matchPatterns`: V8 optimises no function of more than 2,000 bytes of bytecode under the
 * coder's flags, and matchVerb was 3,581; see the commit for the figures.)
 */
function afterWords(entry: VerbEntry, tokens: Token[], mentions: ActorMention[], afterFrom: number, extra: Int32Array | null | undefined, present: WordMarks): number {
  // (a hyphenated compound between them counts as one word: "staged large-scale live-fire drills")
  let span = 3 + entry.after.length;
  // (so does a name of several words, and a possessive ending: "left China's Belt and Road Initiative"; and an
  // adjective of a thing, outside any actor, does not count: "test-fired a new intercontinental ballistic missile";
  // an amount of several tokens counts as one: "placed a $2 billion deposit"; nor does a quantity's "of" with the
  // word before it: "fired a barrage of cruise missiles")
  for (let j = afterFrom; j < afterFrom + span && j < tokens.length; j++) span += joinedHyphen(tokens, j) ? 2 : nameWords(tokens, j) + (thingAdjective(tokens, mentions, j) ? 1 : 0) + (amountWord(tokens, j) ? 1 : 0) + (partitive(tokens, j) ? 2 : 0);
  const m = matchForward(extraWords(entry, 'after'), tokens, mentions, afterFrom, Math.min(tokens.length, afterFrom + span), -1, extra ? present.starts : null);
  if (!m) return -1;
  // a particle that is a preposition is not separated from the verb by an actor ("called on X", not "called X
  // on Tuesday"); a thing may stand between ("fired rockets at X"), and so may the object of a particle that
  // heads words of the verb's own ("put its army on alert", "took the ministry to court")
  if (particleVerb(entry) && entry.after.length === 1 && actorBefore(tokens, mentions, afterFrom, entry.after[0] ?? '')) return -1;
  // a travel verb's particle with an object before it moved someone else: "flew him to X" is no visit by the subject,
  // and "stopped a tanker in the Gulf" no stop-over
  if (entry.block.roles.includes('travel') && anyParticle(entry) && objectBeforeTo(tokens, mentions, afterFrom, m.end)) return -1;
  // ... nor is it the start of a date ("signed an order on Wednesday" is not SIGN_ON)
  if (particleVerb(entry) && entry.after.length === 1 && CALENDAR_WORDS.has(tokens[m.end]?.norm ?? '')) return -1;
  return m.end;
}

/** The best so far among a clause's entries and their patterns, updated in place. */
interface Pick {
  best: VerbHit | null;
  score: number;
  /**
   * Where pre-verb words are looked for (`preVerbFrom`), worked out when a pattern with words before the verb first
   * needs it (-1 until then; most clauses try none: measured 1,484 such patterns tried for 16,166 clauses).
   */
  preFrom: number;
  preFromOf: (() => number) | null;
}

/** The clause's `preVerbFrom`, worked out once when first asked for. */
function pickPreFrom(pick: Pick): number {
  if (pick.preFrom < 0) pick.preFrom = pick.preFromOf ? pick.preFromOf() : 0;
  return pick.preFrom;
}

/** Tries the patterns of `entry`'s block against the clause, keeping in `pick` any that beats the best so far. */
function matchPatterns(entry: VerbEntry, tokens: Token[], mentions: ActorMention[], c: Clause, present: WordMarks, after: number, postEnd: number, barrier: number, namedObject: boolean, passiveSubjectStart: number, baseScore: number, pick: Pick): void {
  const patterns = entry.block.patterns;
  // (a block the index was built without has words with no id: its patterns look at every token)
  const starts = present.words.blocks.has(entry.block) ? present.starts : null;
  for (const k of candidatePatterns(entry.block, present)) {
    const pat = patterns[k] as VerbPattern;
    if (restatesBlock(entry, pat)) continue;
    // a no-event sense ("hit the target") does not apply when the verb acts on a named actor
    // ("struck Hezbollah targets"; one whose pattern names the actor itself does, "- * NO EVIDENCE + BEHIND …", and so
    // does one naming only what stands before the verb: "a bus crash killed ten people" matches "- CRASH *")
    if (!pat.code.forward && !pat.code.reverse && namedObject && pat.post.length > 0 && !pat.post.some((e) => e.kind === 'slot')) continue;
    let post = pat.post.length ? matchForward(pat.post, tokens, mentions, after, postEnd, barrier, starts) : { score: 0, source: null, target: null, end: after };
    // a passive's subject is the verb's object: "evidence against X was presented" matches "- * EVIDENCE", "the
    // civilians ... were released" matches "- * &PEOPLE" (word patterns only: the subject is the target anyway)
    // (a subject that is no actor, "two of its trucks were looted", is the noun phrase right before the verb group:
    // `passiveSubjectStart`)
    if (!post && c.passive && passiveSubjectStart < c.groupStart && pat.post.every((e) => e.kind !== 'slot') && pat.post.some((e) => e.kind === 'words')) {
      const inSubject = matchForward(pat.post, tokens, mentions, passiveSubjectStart, c.groupStart, -1, starts);
      if (inSubject) post = { ...inSubject, end: after };
    }
    if (!post) continue;
    // an infinitive with its own subject (the object) is the other's act, not the governor's intent: "expects Uganda
    // to sign" is no intent of the subject's
    if (intentCode(pat.code) && infinitivePattern(pat) && objectBeforeTo(tokens, mentions, after, post.end)) continue;
    // words found inside a negated infinitive ("vowed not to return the territories", "pledged never to provide aid")
    // name what the subject will not do: a promise of it is the refusal of it (0353 → 1243), and any other reading of
    // the words (an appeal, a threat) is not what was said
    const refused = negatedInfinitive(tokens, after, post.end);
    if (refused && !intentCode(pat.code)) continue;
    const patCode: VerbCode = refused && pat.code.forward ? { forward: refusalOfIntent(pat.code.forward), reverse: null } : pat.code;
    // pre-verb words are matched from the verb itself, so a pattern may name the verb group's auxiliaries and
    // adverbs ("% HAVE *", "RECENTLY_*", "HEAVILY *")
    // (a relative clause's words start at its antecedent: "refused to meet a delegation that had travelled to X" is no
    // troop movement for "military" before it)
    let pre = pat.pre.length ? matchBackward(pat.pre, tokens, mentions, c.verb - 1, c.link === 'relative' && c.subject ? c.subject.first : pickPreFrom(pick)) : { score: 0, source: null, target: null, end: c.groupStart };
    // ... and its BY phrase is the verb's subject: "victims killed by the flight's crash" matches "- CRASH *"
    const by = !pre && c.passive && pat.pre.every((e) => e.kind !== 'slot') ? tokens.findIndex((t, j) => j > c.verb && j <= c.end && t.norm === 'BY') : -1;
    if (by > 0) {
      const inAgent = matchForward(pat.pre, tokens, mentions, by + 1, c.end + 1, -1, starts);
      if (inAgent) pre = { ...inAgent, end: c.groupStart };
    }
    if (!pre) continue;
    const score = baseScore + 1 + post.score + pre.score;
    // "signed an agreement on rice trade": a prepositional particle found past a thing that the plain verb's own
    // pattern names (SIGN ... &AGREEMENT) heads a phrase of that thing; the verb is not SIGN_ON
    const objectOverParticle = score === pick.score && !!pick.best && !pick.best.pattern && particleVerb(pick.best.entry) && !entry.after.length && post.end > c.verb + 1 && post.end - 1 < pick.best.last;
    // the same pattern written again later in the block replaces the earlier one, as in PETRARCH's loader
    if (score > pick.score || objectOverParticle || (score === pick.score && !!pick.best?.pattern && patternBody(pick.best.pattern) === patternBody(pat))) {
      pick.score = score;
      pick.best = {
        entry,
        code: patCode,
        rule: pat.id,
        pattern: pat,
        source: pre.source ?? post.source,
        target: post.target ?? pre.target,
        last: Math.max(c.verb, post.end - 1),
      };
    }
  }
}

/**
 * Find the verb entry and the best pattern for the clause's verb. `preFrom`: where its pre-verb words are looked for,
 * or a function that works it out (`preVerbFrom`), called only if a pattern with words before the verb is tried.
 */
export function matchVerb(lex: Lexicon, tokens: Token[], mentions: ActorMention[], c: Clause, present: WordMarks = wordMarks(lex, tokens), postLimit = tokens.length, barrier = -1, preFrom: number | (() => number) = 0): VerbHit | null {
  const vt = tokens[c.verb];
  if (!vt) return null;
  const form = formEntries(lex, present.words, vt.norm, vt.lemmaNorm);
  // "is prepared to", "was ready to": multi-word verbs on BE whose next word is this clause's verb
  let beAux = false;
  for (let k = c.groupStart; k < c.verb && !beAux; k++) beAux = tokens[k]?.lemma === 'be';
  const beEntries = beAux ? (lex.verbs.get('BE') ?? []).filter((e) => e.after[0] === vt.norm) : [];
  const entries = beEntries.length ? [...form.entries, ...beEntries] : form.entries;
  if (!entries.length) return null;
  const pick: Pick = { best: null, score: -1, preFrom: typeof preFrom === 'number' ? preFrom : -1, preFromOf: typeof preFrom === 'number' ? null : preFrom };
  // (a pronoun is no name a pattern's noun could be part of: "gave him 72 hours" keeps HOURS' no-event sense; nor is a
  // second object opened by a number or determiner, a thing given: "gave the ambassador 72 hours to leave")
  const namedObject = !!c.object && !isRoleOnly(c.object) && c.object.kind !== 'pronoun' && !['NUM', 'DET'].includes(tokens[c.object.last + 1]?.pos ?? '');
  const postEnd = Math.min(postLimit, relativeAfter(tokens, c.verb));
  // (a handful of entries: an entry seen before is found by position, the blocks tried in a short array, which
  // allocates less than two Sets per clause)
  const blocksTried: VerbEntry['block'][] = [];
  // (once per clause, and only for a passive one: the walk back over the noun phrase ran for every candidate pattern)
  const passiveSubjectStart = !c.passive ? c.groupStart : c.start < c.groupStart ? c.start : thingSubjectStart(tokens, c.groupStart);
  for (let n = 0; n < entries.length; n++) {
    const entry = entries[n] as VerbEntry;
    const inForm = n < form.entries.length;
    // multi-word verbs: the extra words must surround the verb
    // (cheap test first, from the form's arrays, before the entry itself is read: an entry with a word the sentence
    // does not hold cannot match below; skipping it is exact, and a plain entry has no extra words)
    const extra = inForm ? form.extras[n] : present.words.entryWords.get(entry);
    if (extra && !allMarked(extra, present.marks)) continue;
    // (the form's entries are each there once: only a BE entry after them can come again; a BE entry is never plain,
    // its first extra word being this verb)
    if (!inForm && entries.indexOf(entry) !== n) continue;
    // entries of one block share its patterns: a plain single-word entry adds nothing after the first
    // (an entry with a sense of its own sees fewer of them: see ownSense)
    const plain = inForm && form.plain[n] === 1;
    if (plain && blocksTried.includes(entry.block)) continue;
    if (plain) blocksTried.push(entry.block);
    let after = c.verb + 1;
    const afterFrom = beEntries.includes(entry) ? c.verb : c.verb + 1;
    if (entry.after.length) {
      after = afterWords(entry, tokens, mentions, afterFrom, extra, present);
      if (after < 0) continue;
    }
    if (entry.before.length) {
      const m = matchBackward(extraWords(entry, 'before'), tokens, mentions, c.groupStart - 1, Math.max(0, c.groupStart - entry.before.length - 1));
      if (!m) continue;
    }
    const baseScore = (entry.after.length + entry.before.length) * 2;
    const baseCode = entry.code ?? entry.block.code;
    // of two multi-word verbs as long, one naming a thing beats one naming a particle: "fired missiles at X" is
    // FIRE_MISSILES (the weapon decides the code), not FIRE_AT
    // ("took power in X" is TAKE_POWER, not TAKE_IN: adverb particles count too)
    const thingOverParticle = baseScore === pick.score && !!pick.best && !pick.best.pattern && anyParticle(pick.best.entry) && !!entry.after.length && !anyParticle(entry);
    if (baseScore > pick.score || thingOverParticle) {
      pick.best = { entry, code: baseCode, rule: entry.id, pattern: null, source: null, target: null, last: Math.max(c.verb, after - 1) };
      pick.score = baseScore;
    }
    matchPatterns(entry, tokens, mentions, c, present, after, postEnd, barrier, namedObject, passiveSubjectStart, baseScore, pick);
  }
  return pick.best;
}

const sameCode = (a: VerbCode, b: VerbCode): boolean => a.forward === b.forward && a.reverse === b.reverse;
/** An entry with its own event code (`WELCOME [051]` in HOPE) has a sense other than its block's. */
const ownSense = (e: VerbEntry): boolean => !!e.code && !!(e.code.forward || e.code.reverse) && !sameCode(e.code, e.block.code);
/**
 * A block pattern that codes the block's own default restates the block's sense for one object ("hope for
 * progress" is optimism because hoping is): it does not apply to an entry with a sense of its own, which keeps
 * its code ("welcomed the agreement" is 051, not HOPE's 013). A pattern with any other code names a sense the
 * object decides and applies to every entry; an entry marked `[---]` (no event without a pattern) takes them all.
 */
const restatesBlock = (e: VerbEntry, p: VerbPattern): boolean => ownSense(e) && sameCode(p.code, e.block.code);

/** A pattern's words without its code: two patterns with one body are one pattern written twice. */
const patternBodies = new WeakMap<VerbPattern, string>();
function patternBody(p: VerbPattern): string {
  let body = patternBodies.get(p);
  if (body === undefined) {
    body = p.text.replace(/\[[^\]]*\]\s*$/, '').replace(/\s+/g, ' ').trim();
    patternBodies.set(p, body);
  }
  return body;
}

/** Where a relative clause after a comma starts (", whom authorities blame"), or the sentence's end: a pattern's words are not looked for in it. */
function relativeAfter(tokens: Token[], v: number): number {
  for (let k = v + 1; k < tokens.length - 1; k++) {
    if (tokens[k]?.norm === ',' && RELATIVE_WORDS.has(tokens[k + 1]?.norm ?? '')) return k;
  }
  return tokens.length;
}

const RELATIVE_WORDS = new Set(['WHO', 'WHOM', 'WHOSE', 'WHICH', 'WHERE']);
