/**
 * Definite descriptions of a kind of state: "the Gulf state", "the island nation", "the former Soviet republic",
 * "the Pacific territory", "the kingdom", "the commonwealth". The coref stage resolves one to the latest state of
 * that kind the document named before it, and to nothing when no state of that kind was named ("Qatar … the former
 * Soviet republic" names no one). A description that names no kind ("the war-torn country") is any state, as "the
 * country" is.
 */
import { mapPacked } from '../pipeline/packed.js';

/** A kind of state and the countries (their three-letter codes) that are of it. */
interface StateKind {
  id: string;
  codes: ReadonlySet<string>;
}

const kind = (id: string, codes: string): StateKind => ({ id, codes: new Set(codes.split(' ')) });

const GULF = kind('gulf', 'SAU KWT BHR QAT ARE OMN');
const PACIFIC = kind('pacific', 'FJI PNG SLB VUT WSM TON KIR TUV NRU PLW MHL FSM NCL PYF GUM ASM MNP COK NIU TKL WLF');
const CARIBBEAN = kind('caribbean', 'CUB HTI DOM JAM BHS BRB TTO GRD LCA VCT KNA ATG DMA PRI');
/** Island states and territories, the Caribbean's and the Pacific's among them. */
const ISLAND = kind('island', `JPN TWN LKA CUB PHL IDN MDG ISL IRL CYP MLT NZL SGP MDV MUS SYC COM CPV STP BHR TLS ${[...CARIBBEAN.codes, ...PACIFIC.codes].join(' ')}`);
const FORMER_SOVIET = kind('former-soviet', 'ARM AZE BLR EST GEO KAZ KGZ LVA LTU MDA TJK TKM UKR UZB');
const BALTIC = kind('baltic', 'EST LVA LTU');
const BALKAN = kind('balkan', 'ALB BIH BGR HRV KSV MNE MKD SRB SVN ROU GRC');
const CENTRAL_ASIAN = kind('central-asian', 'KAZ KGZ TJK TKM UZB');
const HIMALAYAN = kind('himalayan', 'NPL BTN');
const HASHEMITE = kind('hashemite', 'JOR');
const MONARCHY = kind('kingdom', 'SAU JOR MAR GBR ESP NLD BEL SWE NOR DNK THA KHM BTN BHR SWZ LSO TON');
const EMIRATE = kind('emirate', 'ARE QAT KWT');
const SULTANATE = kind('sultanate', 'OMN BRN');
const CITY_STATE = kind('city-state', 'SGP VAT MCO');
/** States styled "commonwealth" (lower-case "the commonwealth"). */
const COMMONWEALTH = kind('commonwealth', 'PRI MNP AUS BHS DMA');
/**
 * States styled "Commonwealth" that are no members of the Commonwealth of Nations: a capitalised "the Commonwealth"
 * after Australia or the Bahamas is as likely that body, which the dictionaries name.
 */
const US_COMMONWEALTH = kind('us-commonwealth', 'PRI MNP');

/** Modifiers naming a kind of state, as normalised words (a phrase of two words is two entries of `words`). */
const KIND_MODIFIERS: readonly { words: string[]; kind: StateKind }[] = [
  { words: ['GULF'], kind: GULF },
  { words: ['PACIFIC'], kind: PACIFIC },
  { words: ['CARIBBEAN'], kind: CARIBBEAN },
  { words: ['ISLAND'], kind: ISLAND },
  { words: ['FORMER', 'SOVIET'], kind: FORMER_SOVIET },
  { words: ['EX-SOVIET'], kind: FORMER_SOVIET },
  { words: ['POST-SOVIET'], kind: FORMER_SOVIET },
  { words: ['BALTIC'], kind: BALTIC },
  { words: ['BALKAN'], kind: BALKAN },
  { words: ['CENTRAL', 'ASIAN'], kind: CENTRAL_ASIAN },
  { words: ['HIMALAYAN'], kind: HIMALAYAN },
  { words: ['HASHEMITE'], kind: HASHEMITE },
];

/**
 * Adjectives that describe a state without naming a kind of it ("the tiny Gulf state", "the war-torn country"),
 * allowed before the head.
 */
const PLAIN_MODIFIERS: ReadonlySet<string> = new Set([
  'TINY', 'SMALL', 'IMPOVERISHED', 'OIL-RICH', 'GAS-RICH', 'ENERGY-RICH', 'WAR-TORN', 'LANDLOCKED', 'RECLUSIVE',
  'SELF-RULED', 'SELF-GOVERNING', 'WEALTHY',
]);

/**
 * Head nouns of a state's description, and the kind each names by itself (null: any state, so a kind must come
 * from a modifier or the description is "the country"'s plain rule; `needsKind`: never a state without a modifier
 * naming its kind, since "the state" and "the territory" alone are as often not a country).
 */
interface Head {
  kind: StateKind | null;
  needsKind: boolean;
}
const HEADS: ReadonlyMap<string, Head> = new Map([
  ['STATE', { kind: null, needsKind: true }],
  ['TERRITORY', { kind: null, needsKind: true }],
  ['NATION', { kind: null, needsKind: false }],
  ['COUNTRY', { kind: null, needsKind: false }],
  ['REPUBLIC', { kind: null, needsKind: false }],
  ['KINGDOM', { kind: MONARCHY, needsKind: false }],
  ['EMIRATE', { kind: EMIRATE, needsKind: false }],
  ['SULTANATE', { kind: SULTANATE, needsKind: false }],
  ['CITY-STATE', { kind: CITY_STATE, needsKind: false }],
  ['ARCHIPELAGO', { kind: ISLAND, needsKind: false }],
  ['ISLAND', { kind: ISLAND, needsKind: false }],
  ['COMMONWEALTH', { kind: COMMONWEALTH, needsKind: false }],
]);

/**
 * One half of a divided country named by its compass word alone, capitalised: "Seoul urged the North to stop …" (North
 * Korea), "the South" (South Korea); not "the North Atlantic", "the south".
 */
const HALVES: ReadonlyMap<string, StateKind> = new Map([['North', kind('north', 'PRK')], ['South', kind('south', 'KOR')]]);
/** Parts of speech after the compass word that make it a modifier of a name, not the name of a half. */
const HALF_NEXT: ReadonlySet<string> = new Set(['NOUN', 'PROPN', 'ADJ', 'NUM']);

/** Determiners that open a description. */
const DETERMINERS: ReadonlySet<string> = new Set(['THE', 'THIS', 'THAT']);

/** A state's description found in a sentence. */
export interface StateDescription {
  /** Index of the head noun (the description runs from the determiner to it). */
  last: number;
  /** The states it may name, or null for any state. */
  codes: ReadonlySet<string> | null;
  /** The rule's id: the kinds it names, joined ("gulf", "pacific+island"), or "country". */
  id: string;
  /** A dictionary code the description stands for when no state of its kind was named ("IGOCWN"); it replaces it otherwise. */
  replaces: string | null;
}

/** The hyphen-separated parts of each word of the tables above, split once: "WAR-TORN" → ["WAR", "TORN"]. */
const PARTS = new Map<string, readonly string[]>();
const partsOf = (w: string): readonly string[] => {
  let parts = PARTS.get(w);
  if (!parts) PARTS.set(w, (parts = w.split('-')));
  return parts;
};

/**
 * Words a description can start with after its determiner: every head and modifier's first word, whole and, when
 * hyphenated, its first part (the tagger splits most hyphenated words). Any other word opens no description.
 */
const OPENERS: ReadonlySet<string> = new Set(
  [...HEADS.keys(), ...KIND_MODIFIERS.map((m) => m.words[0] as string), ...PLAIN_MODIFIERS].flatMap((w) => [w, partsOf(w)[0] as string]),
);

/**
 * How many tokens at `j` spell `words` (0: they do not); a hyphenated word ("WAR-TORN") is one token or, as the
 * tagger splits most of them, three ("WAR", "-", "TORN").
 */
function wordsAt(tokens: readonly DescriptionToken[], j: number, words: readonly string[]): number {
  let k = j;
  for (const w of words) {
    if (tokens[k]?.norm === w) {
      k++;
      continue;
    }
    const parts = partsOf(w);
    if (parts.length === 1 || !parts.every((p, x) => tokens[k + 2 * x]?.norm === p && (x === 0 || tokens[k + 2 * x - 1]?.norm === '-'))) return 0;
    k += 2 * parts.length - 1;
  }
  return k - j;
}

/**
 * The entries of `list` that may start at a token of a given norm: their first word whole, or its first part when
 * hyphenated (`wordsAt` matches nothing else), in the list's order. Each token asks only these, not the whole list.
 */
function byOpener<T extends { words: readonly string[] }>(list: readonly T[]): ReadonlyMap<string, readonly T[]> {
  const out = new Map<string, T[]>();
  for (const x of list) {
    const w = x.words[0] as string;
    for (const key of new Set([w, partsOf(w)[0] as string])) {
      let l = out.get(key);
      if (!l) out.set(key, (l = []));
      l.push(x);
    }
  }
  return out;
}
const NONE: readonly never[] = [];
const HEADS_AT = byOpener([...HEADS].map(([word, head]) => ({ words: [word], head })));
/** Kind words first, then plain adjectives. */
const MODIFIERS_AT = byOpener<{ words: readonly string[]; kind: StateKind | null }>([
  ...KIND_MODIFIERS, ...[...PLAIN_MODIFIERS].map((w) => ({ words: [w], kind: null })),
]);

/** The head noun at `j` and how many tokens it takes. */
function headAt(tokens: readonly DescriptionToken[], j: number): { head: Head; length: number } | null {
  for (const x of HEADS_AT.get(tokens[j]?.norm ?? '') ?? NONE) {
    const length = wordsAt(tokens, j, x.words);
    if (length) return { head: x.head, length };
  }
  return null;
}

/** The modifier at `j` (a kind word, or a plain adjective: kind null) and how many tokens it takes. */
function modifierAt(tokens: readonly DescriptionToken[], j: number): { kind: StateKind | null; length: number } | null {
  for (const m of MODIFIERS_AT.get(tokens[j]?.norm ?? '') ?? NONE) {
    const length = wordsAt(tokens, j, m.words);
    if (length) return { kind: m.kind, length };
  }
  return null;
}

interface DescriptionToken {
  norm: string;
  text: string;
  pos: string;
}

/**
 * The description of a kind of state opened by the determiner at `i`, or null: modifiers (kind words and plain
 * adjectives) and a head noun, not followed by "of" ("the former Soviet republic of Georgia" names its state).
 * Only descriptions that name a kind or carry a plain adjective are returned; a bare "the country" is the plain
 * description rule's.
 */
export function stateDescriptionAt(tokens: readonly DescriptionToken[], i: number): StateDescription | null {
  if (!DETERMINERS.has(tokens[i]?.norm ?? '')) return null;
  const half = tokens[i]?.norm === 'THE' ? HALVES.get(tokens[i + 1]?.text ?? '') : undefined;
  if (half && !HALF_NEXT.has(tokens[i + 2]?.pos ?? '') && tokens[i + 2]?.norm !== '-') return { last: i + 1, codes: half.codes, id: half.id, replaces: null };
  if (!OPENERS.has(tokens[i + 1]?.norm ?? '')) return null;
  const kinds: StateKind[] = [];
  let plain = false;
  let j = i + 1;
  for (;;) {
    // ("the island", "the island nation": a head before another head or modifier is a modifier)
    const head = headAt(tokens, j);
    if (head && !headAt(tokens, j + head.length) && !modifierAt(tokens, j + head.length)) break;
    const modifier = modifierAt(tokens, j);
    if (!modifier) break;
    if (modifier.kind) kinds.push(modifier.kind);
    else plain = true;
    j += modifier.length;
  }
  const found = headAt(tokens, j);
  if (!found) return null;
  const h = found.head;
  j += found.length - 1;
  const head = tokens[j] as DescriptionToken;
  if (head.pos === 'VERB' || tokens[j + 1]?.norm === 'OF') return null;
  if (h.kind) kinds.push(h.kind);
  if (!kinds.length && (h.needsKind || !plain)) return null;
  // "the Commonwealth", capitalised, is the Commonwealth of Nations unless a state of it is not one of its members
  const capitalCommonwealth = h.kind === COMMONWEALTH && /^\p{Lu}/u.test(head.text);
  // (`mapPacked`: `.map` in this function, once optimised, made holey arrays, and the `for … of` below was
  // deoptimised by the first; see pipeline/packed.ts)
  const named = mapPacked(kinds, (k) => (k === COMMONWEALTH && capitalCommonwealth ? US_COMMONWEALTH : k));
  let codes: Set<string> | null = null;
  for (const k of named) codes = new Set([...k.codes].filter((c) => !codes || codes.has(c)));
  return {
    last: j,
    codes,
    id: named.length ? mapPacked(named, (k) => k.id).join('+') : 'country',
    replaces: h.kind === COMMONWEALTH ? 'IGOCWN' : null,
  };
}
