/**
 * Place mentions: capitalised names in running text matched longest-first against the gazetteer, disambiguated,
 * and given a role (where something happened, where someone spoke, where something came from).
 *
 * Precision comes before recall: a single capitalised word that is also a city ("Obama", "Mission", "Police") is
 * taken only with evidence that it is a place — a locative preposition before it, a ", Country" after it, a large
 * population, or its country already named in the document. Names inside longer capitalised names ("Islamic State
 * of Iraq", "Kabul University") and words after a title ("President Chad") are not places.
 */
import { loadGazetteer, normalizePlaceName, US_STATES, type CityPlace, type Gazetteer, type Place } from './gazetteer.js';

export interface PlaceMention {
  start: number;
  end: number;
  text: string;
  place: Place;
  role: 'event' | 'dateline' | 'origin' | 'other';
  sentence: number;
}

interface SentenceSpan { index: number; start: number; end: number }

interface Tok {
  start: number;
  end: number;
  text: string;
  cap: boolean;
  caps: boolean;
  possessive: boolean;
  /** Capitalised and not in `NOT_IN_RUN`: a word a place name's run may hold (decided once per word). */
  run: boolean;
}

const TOKEN_RE = /(?:\p{Lu}\.){2,}|[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu;

/** Capitalised words that never belong to a place name's run (sentence openers, dates, titles handled apart). */
const NOT_IN_RUN = new Set(
  ('in at on from the a an but and after before near outside inside with without for to as by when while since ' +
    'despite across into over under meanwhile also this that these those yesterday today tonight earlier later last ' +
    'next both all some his her their its our we he she they it i if there here where then however although though ' +
    'monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun ' +
    'january february march april may june july august september october november december ' +
    'jan feb mar apr jun jul aug sep sept oct nov dec').split(' '),
);

/** Lower-case words allowed inside a multi-word name ("Strait of Hormuz", "Bosnia and Herzegovina"). */
const CONNECTORS = new Set(['of', 'and', 'de', 'del', 'da', 'do', 'dos', 'al', 'el', 'la', 'le', 'the', 'upon', 'on']);
/** Lower-case words allowed to end a name ("Kabul airport"). */
const TAIL_WORDS = new Set(['airport']);

/**
 * Single-word city names that are ordinary English words, months, or common in other roles. They are taken as
 * places only after a locative preposition and never at the start of a sentence ("Police said …", "Reading the
 * statement …"); "in Nice" is a place, "Nice" opening a sentence is not.
 */
export const CITY_STOP_WORDS: ReadonlySet<string> = new Set(
  ('of best same police mobile reading split nice sale bath male say bar union independence liberty hope mission ' +
    'media march may deal normal golden general president university marine justice victoria chancellor colonel ' +
    'major captain mayor nato nation republic state federal central national royal army navy force forces security ' +
    'peace unity progress freedom victory rally energy ocean island lake river valley mountain summit ' +
    'monday tuesday wednesday thursday friday saturday sunday january february april june july august september ' +
    'october november december early late little long young price hall bell street park wall home').split(' '),
);

/** Titles before a name make it a person: "President Chad …", "Gen. Jordan". */
const TITLE_BEFORE = /\b(?:President|Prime Minister|Minister|Secretary|Gen|General|Col|Colonel|Lt|Maj|Capt|Adm|Sgt|Mr|Mrs|Ms|Dr|Sen|Senator|Rep|Gov|Governor|King|Queen|Prince|Princess|Pope|Sheikh|Ayatollah|Chancellor|Premier|Judge|Ambassador|Envoy|Spokesman|Spokeswoman|Mayor)\.?\s+$/;
const SPEECH_AFTER = /^\s+(?:said|says|told|added|stated|announced|declared|warned|wrote|tweeted|insisted|noted|argued|asked|urged|replied|explained)\b/;

/** Text before a mention that makes it the place of a statement, not of an event. */
const DATELINE_BEFORE = new RegExp(
  String.raw`\b(?:said|says|say|told|tells|tell|announced|announces|stated|states|declared|declares|added|adds|` +
    String.raw`speaking|spoke|speaks|wrote|writes|tweeted|insisted|warned|noted|reiterated)` +
    String.raw`(?:\s+(?:to\s+|the\s+|a\s+|an\s+|his\s+|her\s+|their\s+)?(?:media|reporters|journalists|press|lawmakers|` +
    String.raw`parliament|news\s+conference|press\s+conference|conference|briefing|statement|interview|` +
    String.raw`\w+day|today|yesterday|tonight|later|earlier|on))*\s+(?:in|at|from)\s+$` +
    String.raw`|\b(?:news|press)\s+conference\s+(?:in|at)\s+$|\bstatement\s+(?:issued\s+|released\s+|published\s+)?(?:in|from)\s+$` +
    String.raw`|\b(?:speaking|datelined?)\s+(?:in|at|from)\s+$`,
  'i',
);
const ORIGIN_BEFORE = /\bfrom\s+(?:the\s+)?$/i;
const DIRECTION = String.raw`(?:north|south|east|west|northeast|northwest|southeast|southwest|north-east|north-west|south-east|south-west)`;
/**
 * A place named as what an attack struck or what a visit reached ("drones struck Kharkiv", "visited Algiers") is where
 * that happened; not the owner of what was struck ("hit Kyiv's allies") nor a target of measures ("hit Moscow with
 * sanctions"): see `VERB_PLACE_AFTER`.
 */
export const VERB_PLACE = String.raw`struck|strikes|hit|hits|shelled|shells|bombed|bombs|bombarded|pounded|attacked|raided|stormed|` +
  String.raw`visited|visits|toured|tours|invaded|entered`;
/**
 * Nouns of an attack whose "on" names the place it struck, as `VERB_PLACE`'s verbs do: "a raid on Tubas", "the
 * airstrike on Khan Younis" (an owner, "an attack on Kyiv's allies", is no place: `VERB_PLACE_AFTER`).
 */
export const NOUN_PLACE = String.raw`(?:raids?|(?:air\s*)?strikes?|attacks?|assaults?|offensive|bombardment|shelling|bombing|incursion)\s+on`;
const VERB_PLACE_BEFORE = new RegExp(String.raw`\b(?:${VERB_PLACE}|${NOUN_PLACE})\s+$`, 'i');
const VERB_PLACE_AFTER = /^\s*(?:['’]s?\b|with\b)/;
/**
 * Nouns of a part or kind of place whose "of" names it ("the outskirts of", "the port of Odesa", "on the edge of El
 * Obeid"): what follows is where the thing happened.
 */
export const PLACE_OF_NOUNS = String.raw`outskirts|city|town|village|capital|province|region|district|parts?|suburbs?|` +
  String.raw`center|centre|heart|streets|port|harbou?r|edge|area|vicinity|environs`;
/** A direction before "of" ("30 km north of Bunia", "northwest of"). */
export const DIRECTION_OF = String.raw`${DIRECTION}(?:ern)?\s+of`;
/** Words before a place that make it where the event happened ("in", "north of", "the outskirts of the capital"). */
const eventBeforeSource = (name: string): string =>
  String.raw`(?:\b(?:in|at|near|outside|inside|into|across|around|on|off|over|through|toward|towards|within|` +
    String.raw`throughout|along|to)|\b${DIRECTION_OF}|\b(?:${PLACE_OF_NOUNS})\s+of)\s+(?:the\s+|${name}['’]s\s+)?` +
    String.raw`(?:(?:${DIRECTION}(?:ern)?|central|capital|city|town|province|region|of|Iraqi|Syrian|Afghan)\s+)*$`;
const EVENT_BEFORE = new RegExp(eventBeforeSource(String.raw`\p{Lu}[\p{L}.-]*`), 'iu');
/**
 * `EVENT_BEFORE` for a text of ASCII characters only, where the two flags together change nothing: under `iu` an ASCII
 * character matches \p{Lu} or \p{L} exactly when it is a letter (case folded), and only the non-ASCII "ſ" and the
 * Kelvin sign fold into ASCII letters or count as word characters for \b. V8 runs a pattern under both flags several
 * times slower (4.4 against 1.1 µs over the 80 characters before a place name, which made it a tenth of the stage).
 */
const EVENT_BEFORE_ASCII = new RegExp(eventBeforeSource('[A-Za-z][A-Za-z.-]*'), 'i');
/** A character other than printable ASCII and the blanks: such a text takes the exact pattern (`EVENT_BEFORE`). */
const NOT_PLAIN_ASCII = /[^\t\n\r\x20-\x7e]/;
const eventBefore = (before: string): boolean => (NOT_PLAIN_ASCII.test(before) ? EVENT_BEFORE : EVENT_BEFORE_ASCII).test(before);
/** Prepositions that make a lone capitalised word a place candidate ("in Mobile"). */
const LOCATIVE_BEFORE = new RegExp(
  String.raw`(?:\b(?:in|at|near|outside|inside|into|across|around|from|to|toward|towards|through|via|within|` +
    String.raw`between|beyond|off)|\b${DIRECTION_OF}|\b(?:${PLACE_OF_NOUNS}|mayor|governor)\s+of)\s+(?:the\s+)?$`,
  'i',
);

/**
 * The words of `text`, or only of the stretches `within` (sorted, each bordered by blanks or the text's ends, so a
 * word never crosses one's edge): the same words, without scanning the blanked rest.
 */
function tokenize(text: string, within?: readonly SentenceSpan[]): Tok[] {
  const toks: Tok[] = [];
  if (!within) scanWords(text, 0, toks);
  else for (const w of within) scanWords(text.slice(w.start, w.end), w.start, toks);
  return toks;
}

function scanWords(text: string, offset: number, toks: Tok[]): void {
  TOKEN_RE.lastIndex = 0;
  for (let m = TOKEN_RE.exec(text); m; m = TOKEN_RE.exec(text)) {
    let t = m[0];
    let possessive = false;
    // /['’]s$/i
    const n = t.length;
    if (n > 2 && (t.charCodeAt(n - 1) | 0x20) === 0x73 && (t.charCodeAt(n - 2) === 0x27 || t.charCodeAt(n - 2) === 0x2019)) {
      t = t.slice(0, -2);
      possessive = true;
    }
    const first = t.charAt(0);
    const cap = first !== first.toLowerCase();
    const caps = cap && t.length > 1 && t === t.toUpperCase() && /\p{L}.*\p{L}|\p{L}\./u.test(t);
    const start = offset + m.index;
    toks.push({ start, end: start + t.length, text: t, cap, caps, possessive, run: cap && !NOT_IN_RUN.has(t.toLowerCase()) });
  }
}

const isGap = (text: string, a: Tok, b: Tok): boolean => {
  for (let k = a.end; k < b.start; k++) {
    const c = text.charCodeAt(k);
    if (c !== 32 && c !== 9 && c !== 160) return false;
  }
  return !a.possessive;
};

const runWord = (t: Tok): boolean => t.run;

interface Raw {
  first: number;
  last: number;
  start: number;
  end: number;
  candidates: Place[];
  /** Place qualified by ", Texas" / ", Iraq": the candidate already chosen, and the qualifier's end. */
  qualified: Place | null;
  qualEnd: number;
  sentence: number;
  dateline: boolean;
}

function sentenceOf(sentences: SentenceSpan[], pos: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid] as SentenceSpan;
    if (pos < s.start) hi = mid - 1;
    else if (pos >= s.end) lo = mid + 1;
    else return s.index;
  }
  return sentences.length ? (sentences[Math.max(0, Math.min(lo, sentences.length - 1))] as SentenceSpan).index : 0;
}

function isSentenceStart(text: string, pos: number): boolean {
  for (let k = pos - 1; k >= 0; k--) {
    const c = text.charAt(k);
    if (c === ' ' || c === '\t' || c === '"' || c === '“' || c === '”' || c === '‘' || c === "'" || c === '(') continue;
    return c === '.' || c === '!' || c === '?' || c === '\n' || c === ':';
  }
  return true;
}

/** Sentences in text order, those that touch joined into one stretch (a word may run from one into the next). */
function wordStretches(sentences: readonly SentenceSpan[]): SentenceSpan[] {
  const sorted = [...sentences].sort((a, b) => a.start - b.start);
  const out: SentenceSpan[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else out.push({ index: s.index, start: s.start, end: s.end });
  }
  return out;
}

/** "BAGHDAD (Reuters) -" or "BRUSSELS, Belgium —" at the start of a paragraph. */
const DATELINE_RE = /(^|\n)[ \t]*(\p{Lu}[\p{Lu}.'’ -]*[\p{Lu}.])(?:,\s*(\p{Lu}[\p{L}.]*(?: \p{Lu}[\p{L}.]*)*))?\s*(?:\([^)\n]{1,40}\)\s*)?[-–—]/gu;

/**
 * The leading datelines of `text` ("BAGHDAD (Reuters) -") as raw mentions, added to `raws`; returns the offsets they
 * take, whose words are not matched again. (`findPlaces` is split into this, `nameRaws` and the rest so that each
 * part stays under the CLI's V8 limit on optimised functions, --max-optimized-bytecode-size=2000 in
 * src/cli/v8-flags.ts: as one function of 2,685 bytes of bytecode it was never optimised.)
 */
function datelineRaws(text: string, sentences: SentenceSpan[], gaz: Gazetteer, raws: Raw[]): Set<number> {
  const taken = new Set<number>();
  DATELINE_RE.lastIndex = 0;
  for (let m = DATELINE_RE.exec(text); m; m = DATELINE_RE.exec(text)) {
    const name = (m[2] as string).trim();
    const start = m.index + (m[1] as string).length + (m[0].slice((m[1] as string).length).indexOf(name));
    const cands = gaz.lookup(name);
    if (!cands.length) continue;
    let qualified: Place | null = null;
    let qualEnd = start + name.length;
    if (m[3]) {
      qualified = qualify(cands, m[3], gaz.lookup(m[3]));
      if (qualified) qualEnd = text.indexOf(m[3], start + name.length) + m[3].length;
    }
    raws.push({ first: -1, last: -1, start, end: start + name.length, candidates: cands, qualified, qualEnd,
      sentence: sentenceOf(sentences, start), dateline: true });
    for (let k = start; k < qualEnd; k++) taken.add(k);
  }
  return taken;
}

/** The longest gazetteer names among the capitalised runs of `toks` outside `taken`, added to `raws`. */
function nameRaws(text: string, sentences: SentenceSpan[], gaz: Gazetteer, toks: Tok[], taken: Set<number>, raws: Raw[]): void {
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i] as Tok;
    if (!runWord(t) || taken.has(t.start)) continue;
    // The longest stretch that can be a name: capitalised words, inner connectors, a tail word.
    let runEnd = i;
    for (let j = i + 1; j < toks.length && j - i < gaz.maxWords; j++) {
      const prev = toks[j - 1] as Tok;
      const cur = toks[j] as Tok;
      if (!isGap(text, prev, cur)) break;
      if (runWord(cur)) {
        runEnd = j;
        continue;
      }
      const lower = cur.text.toLowerCase();
      if (TAIL_WORDS.has(lower)) runEnd = j;
      else if (!CONNECTORS.has(lower)) break;
    }
    let hit: Raw | null = null;
    for (let last = runEnd; last >= i && !hit; last--) {
      const lt = toks[last] as Tok;
      if (!lt.cap && !TAIL_WORDS.has(lt.text.toLowerCase())) continue;
      const phrase = text.slice(t.start, lt.end);
      const cands = gaz.lookup(phrase);
      if (cands.length) {
        hit = { first: i, last, start: t.start, end: lt.end, candidates: cands, qualified: null, qualEnd: lt.end,
          sentence: sentenceOf(sentences, t.start), dateline: false };
      }
    }
    if (!hit) continue;
    i = hit.last;
    if (!insideLongerName(text, toks, hit)) raws.push(hit);
  }
}

/**
 * Find place mentions in a document. `sentences` are [{index,start,end}] over `text`, in order. With `blankOutside`
 * the text holds nothing but spaces and line breaks outside `sentences` (the pipeline blanks the sentences it does
 * not ask about), and only the sentences are read for words. A city's namesakes are told apart by the countries the
 * document names — as places, or as actors (`named`): "Bethlehem" in a story about Israeli troops is in Palestine.
 */
export function findPlaces(
  text: string,
  sentences: { index: number; start: number; end: number }[],
  blankOutside = false,
  /** Countries (alpha-3) the document names otherwise, as actors ("Israeli troops", "Palestinians"). */
  named: Iterable<string> = [],
): PlaceMention[] {
  const gaz = loadGazetteer();
  const toks = tokenize(text, blankOutside ? wordStretches(sentences) : undefined);
  const raws: Raw[] = [];

  // Leading datelines first; their tokens are not matched again.
  const taken = datelineRaws(text, sentences, gaz, raws);
  nameRaws(text, sentences, gaz, toks, taken, raws);

  // ", Texas" / ", Iraq" qualifiers; countries named anywhere in the document.
  const docCountries = new Set<string>(named);
  for (const r of raws) {
    if (r.qualified) continue;
    const m = /^,\s*((?:[A-Z][A-Za-z.]*)(?:\s+[A-Z][A-Za-z.]*){0,2})/.exec(text.slice(r.end, r.end + 40));
    if (m) {
      const words = (m[1] as string).split(/\s+/);
      for (let n = words.length; n >= 1 && !r.qualified; n--) {
        const q = words.slice(0, n).join(' ').replace(/(?<!\b[A-Z])\.$/, '');
        r.qualified = qualify(r.candidates, q, gaz.lookup(q));
        if (r.qualified) r.qualEnd = r.end + (m[0].length - (m[1] as string).length) + q.length;
      }
    }
    const top = r.candidates[0] as Place;
    if (top.kind === 'country') docCountries.add(top.country);
  }
  for (const r of raws) if (r.qualified) docCountries.add(r.qualified.country);

  const out: PlaceMention[] = [];
  const qualifierStarts = new Set<number>();
  for (const r of raws) if (r.qualified && r.qualEnd > r.end) qualifierStarts.add(r.qualEnd);
  for (const r of raws) {
    if (raws.some((o) => o !== r && o.qualified && o.end < r.start && o.qualEnd >= r.end)) continue; // the ", Texas" itself
    const place = r.qualified ?? choose(text, toks, r, docCountries);
    if (!place) continue;
    const end = r.qualified ? r.qualEnd : r.end;
    const before = text.slice(Math.max(0, r.start - 80), r.start);
    let role: PlaceMention['role'] = 'other';
    if (r.dateline || DATELINE_BEFORE.test(before)) role = 'dateline';
    else if (ORIGIN_BEFORE.test(before)) role = 'origin';
    else if (eventBefore(before)) role = 'event';
    else if (VERB_PLACE_BEFORE.test(before) && !VERB_PLACE_AFTER.test(text.slice(end, end + 8))) role = 'event';
    out.push({ start: r.start, end, text: text.slice(r.start, end), place, role, sentence: r.sentence });
  }
  out.sort((a, b) => a.start - b.start);
  return out;
}

/** The candidate a ", X" qualifier selects: a US state (by admin code) or a country. */
function qualify(cands: Place[], qualifier: string, qualPlaces: Place[]): Place | null {
  const state = US_STATES.get(normalizePlaceName(qualifier));
  if (state) {
    const hit = cands.find((c) => c.kind === 'city' && c.country === 'USA' && (c as CityPlace).admin === state);
    if (hit) return hit;
  }
  const country = qualPlaces.find((p) => p.kind === 'country');
  if (country) return cands.find((c) => c.kind !== 'country' && c.country === country.country) ?? null;
  return null;
}

/** A match that is only part of a longer capitalised name: "State of Iraq …", "Kabul University", "Michael Jordan". */
function insideLongerName(text: string, toks: Tok[], r: Raw): boolean {
  const next = toks[r.last + 1];
  const lastTok = toks[r.last] as Tok;
  if (next && isGap(text, lastTok, next) && runWord(next)) return true;
  let k = r.first - 1;
  const prev = toks[k];
  if (!prev || !isGap(text, prev, toks[r.first] as Tok)) return false;
  if (runWord(prev)) return true;
  // Walk back over "X of Y and …": an "of" joined to a capitalised word makes this part of a longer name.
  while (k >= 0) {
    const cur = toks[k] as Tok;
    const lower = cur.text.toLowerCase();
    if (lower === 'of' || lower === 'de' || lower === 'al' || lower === 'el') {
      const before = toks[k - 1];
      return !!before && isGap(text, before, cur) && runWord(before);
    }
    if (lower !== 'and' && !runWord(cur)) return false;
    const before = toks[k - 1];
    if (!before || !isGap(text, before, cur)) return false;
    k--;
  }
  return false;
}

/** Pick the place a bare name stands for, or null when the evidence says it is not a place here. */
function choose(text: string, toks: Tok[], r: Raw, docCountries: Set<string>): Place | null {
  const top = r.candidates[0] as Place;
  const before = text.slice(Math.max(0, r.start - 40), r.start);
  const after = text.slice(r.end, r.end + 20);
  if (TITLE_BEFORE.test(before)) return null;
  const single = r.dateline ? false : r.first === r.last;
  const firstTok = r.first >= 0 ? (toks[r.first] as Tok) : null;
  // Acronyms in capitals ("NATO", "ISIS") are places only when they name a country ("US", "UAE").
  if (single && firstTok?.caps && top.kind !== 'country') return null;
  if (top.kind !== 'city') {
    if (single && top.kind === 'region' && SPEECH_AFTER.test(after)) return null;
    return top;
  }
  // (a verb whose object is a place is as good as a preposition: "raided Jenin", "struck Kharkiv")
  const locative = LOCATIVE_BEFORE.test(before) || (VERB_PLACE_BEFORE.test(before) && !VERB_PLACE_AFTER.test(after));
  if (single) {
    const lower = normalizePlaceName(text.slice(r.start, r.end));
    if (CITY_STOP_WORDS.has(lower) && (!locative || isSentenceStart(text, r.start))) return null;
    if (SPEECH_AFTER.test(after)) return null;
  }
  const cities = r.candidates.filter((c) => c.kind === 'city');
  // A city in a country the document names wins unless a far larger namesake exists (Tripoli, Lebanon in a story
  // about Lebanon; but Brussels stays in Belgium when the story also names the United States).
  const largest = cities[0] ?? top;
  const local = cities.find((c) => docCountries.has(c.country));
  const pick = local && (local.population ?? 0) * 10 >= (largest.population ?? 0) ? local : largest;
  const inDoc = local ? [local] : [];
  const pop = pick.population ?? 0;
  if (!single || r.dateline || locative) return pick;
  if (pop >= 500_000) return pick;
  if (inDoc.length && pop >= 20_000) return pick;
  return null;
}

/**
 * The place where an event happened: among the sentence's mentions, the one attached to the event span `focus`
 * (an 'event' mention after the verb, nearest first), never a dateline; else a country mentioned in or right next to
 * the event's clause; else null.
 */
export function eventPlace(places: PlaceMention[], sentence: number, focus: { start: number; end: number }): PlaceMention | null {
  const own = places.filter((p) => p.sentence === sentence && p.role !== 'dateline');
  if (!own.length) return null;
  const dist = (p: PlaceMention): number =>
    p.start >= focus.end ? p.start - focus.end : p.end <= focus.start ? focus.start - p.end + 1000 : 0;
  const events = own.filter((p) => p.role === 'event').sort((a, b) => dist(a) - dist(b));
  const top = events[0];
  if (top) {
    // "in Russia's Saratov region", "in Sudan's El Obeid": the place in the country, right after it, is more precise
    const inside = top.place.kind === 'country'
      ? events.find((p) => p.place.kind !== 'country' && p.place.country === top.place.country && p.start >= top.end && p.start - top.end <= 4)
      : undefined;
    return inside ?? top;
  }
  const WINDOW = 60;
  const countries = own
    .filter((p) => p.place.kind === 'country' && p.end >= focus.start - WINDOW && p.start <= focus.end + WINDOW)
    .sort((a, b) => Math.abs(a.start - focus.start) - Math.abs(b.start - focus.start));
  return countries[0] ?? null;
}

/** A name with its marks and `LETTER_FOLD` letters folded, its case kept ("Brasília" → "Brasilia", "Diyarbakır" → "Diyarbakir"). */
const unmarked = (name: string): string => name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/\p{Ll}/gu, (c) => normalizePlaceName(c));

/**
 * The name a record gives the place of a mention: the gazetteer's (its proper name, "Kyiv" for "Kiev", "Jenin" for
 * GeoNames' "Janīn"), but as the document spells it when the two differ only by accents and marks ("Brasilia" in a text
 * that writes it so, "Brasília" in one that writes the accent; "Tibú"). A dateline in capitals keeps the gazetteer's.
 */
export function recordName(m: PlaceMention): string {
  const name = m.place.name;
  return m.text !== name && unmarked(m.text) === unmarked(name) ? m.text : name;
}

/** A definite noun of a settlement or a crossing that names a place told before ("in the town", "the crossing"). */
const PLACE_ANAPHOR = /\bthe\s+(city|town|village|crossing)\b/gi;
const ANY_PLACE_ANAPHOR = new RegExp(PLACE_ANAPHOR.source, 'i');
/** Does `text` name a place told before ("the town", "the crossing")? */
export const hasPlaceAnaphor = (text: string): boolean => ANY_PLACE_ANAPHOR.test(text);
/** Verbs whose object is where they happened when it is a crossing ("closed the crossing"). */
const CLOSING_BEFORE = /\b(?:closed|closes|shut|shuts|reopened|reopens|opened|opens|sealed|seals)\s+$/i;

/**
 * The place a definite noun in the event span `focus` refers back to, where a name in its position would be the
 * event's place: "arrested five suspects in the town", "struck positions west of the city", "shelled the outskirts of
 * the town" (the latest city named before it), "closed the crossing" (the latest place named with "crossing" after it,
 * "the Chaman crossing"). A noun outside the span, a noun that speaks ("medics in the city said" is not the event's),
 * and one with no city before it name nothing.
 */
export function placeAnaphor(text: string, places: PlaceMention[], focus: { start: number; end: number }, window: number): PlaceMention | null {
  PLACE_ANAPHOR.lastIndex = 0;
  const span = text.slice(focus.start, focus.end + window);
  for (let m = PLACE_ANAPHOR.exec(span); m; m = PLACE_ANAPHOR.exec(span)) {
    const at = focus.start + m.index;
    const before = text.slice(Math.max(0, at - 80), at);
    const noun = (m[1] as string).toLowerCase();
    const crossing = noun === 'crossing';
    if (!(eventBefore(`${before}the `) || (crossing && CLOSING_BEFORE.test(before)))) continue;
    if (SPEECH_AFTER.test(text.slice(at + m[0].length, at + m[0].length + 20))) continue;
    const earlier = places.filter((p) => p.end <= at && (crossing
      ? /^\s+(?:border\s+)?crossing\b/i.test(text.slice(p.end, p.end + 20)) || /crossing$/i.test(p.place.name)
      : p.place.kind === 'city'));
    const antecedent = earlier[earlier.length - 1];
    if (antecedent) return antecedent;
  }
  return null;
}
