/**
 * Stage 4 — clause analysis from tagged tokens: for each main verb, its verb group (auxiliaries, negation,
 * modals, voice), subject, direct object, prepositional phrases, the clause that governs it (reported speech,
 * infinitive complements) and its modality. No parse tree: boundaries come from verbs, subordinators and
 * punctuation, which is what makes this fast.
 */
import type { ActorMention, Modality, Token } from '../types.js';
import { ATTRIBUTION_VERBS, CALENDAR_WORDS, FUTURE_MODALS, HYPOTHETICAL_MODALS, MEASURE_NOUNS, MEASURE_VERBS, MEDIATING_PARTICIPLES, MODALS, MONTH_WORDS, NORMATIVE_MODALS } from '../coding/word-classes.js';
import { ATTENDANCE_PARTICIPLES, BE_FORMS, BOUNDARY_SCONJ, CAPACITY_ADJECTIVES, FLOATING_QUANTIFIERS, IRREGULAR_PARTICIPLES, MANAGING_PARTICIPLES, NAMING_VERBS, NEGATORS, NOUN_PHRASE, POSSESSIVES, RELATION_NOUNS, RELATIVE, SETTING_NOUNS, SETTING_PREPS, TIME_PREPS, TOPIC_PREPS, TRAVEL_NOUNS, VERB_PARTICLES, agentModifier, disavowedIntent, hedgeBefore, inMention, nextNonAdv, objectParticiple, onlyDayWords, pastParticiple } from '../coding/clause-words.js';
import { partitive } from '../coding/verb-patterns.js';
import { issuedContent, linkAroundAttribution, linkAroundRelatives, linkClauses, linkDeedRelatives, linkReactionsToDeeds, textContent } from '../coding/clause-links.js';

export interface PrepPhrase {
  prep: string;
  mention: ActorMention;
  /**
   * For an OF phrase, the preposition of the noun phrase it hangs on: IN for "in the presence of X", ON for "on the
   * sidelines of the X summit", WITH for "with the leader of X"; and so for a BY phrase on a noun: DURING for "during a
   * visit by X".
   */
  outer?: string;
}

export interface Clause {
  /** Index of the main verb token. */
  verb: number;
  /** First token of the verb group (auxiliaries included). */
  groupStart: number;
  /** Token range the clause spans (subject .. end of its complements). */
  start: number;
  end: number;
  subject: ActorMention | null;
  /** How the subject was found: written, relative pronoun antecedent, shared with a coordinated verb, controller. */
  subjectHow: 'direct' | 'relative' | 'coordinated' | 'controller' | 'none';
  object: ActorMention | null;
  preps: PrepPhrase[];
  passive: boolean;
  negated: boolean;
  modal: string | null;
  modality: Modality;
  /** Governing clause: for "X said Y attacked", the attack's parent is the "said" clause. */
  parent: number | null;
  /** "ready/willing/prepared to V": the clause states an intention. */
  intent: boolean;
  /** How this clause hangs off its parent. */
  link: 'complement' | 'infinitive' | 'gerund' | 'coordinated' | 'relative' | 'attribution' | null;
  /**
   * A further clause inside a non-restrictive relative clause between a subject and its verb ("Sweden, which abandoned
   * neutrality after Russia invaded Ukraine, joined NATO"): background about the subject, not the sentence's news.
   */
  background: boolean;
  /**
   * A relative clause with no relative pronoun, or with "that"/"which", whose gap is the governing verb's object noun:
   * "lifted the sanctions (that) it had imposed on Niger". What its phrases name is whom that thing concerns.
   * (Set by linkClauses; false when built, so every clause object has the same shape.)
   */
  aboutObject: boolean;
}

/** Relative pronouns that can stand for the object of their clause's verb ("X, which Y accuses of …"). */
const OBJECT_RELATIVES: ReadonlySet<string> = new Set(['WHICH', 'WHOM', 'WHO']);

/** Adverbs that report a happening as someone's claim, not as fact: "troops allegedly killed civilians". */
const ALLEGING = new Set(['ALLEGEDLY', 'PURPORTEDLY', 'SUPPOSEDLY']);
/** Prepositions that open a temporal phrase about another happening. */
const TEMPORAL = new Set(['AFTER', 'FOLLOWING', 'AMID']);
/** Adjectives that turn "to V" into an intention: "is willing to send". */
const INTENT_ADJ = new Set(['WILLING', 'READY', 'PREPARED', 'DETERMINED', 'EAGER', 'KEEN', 'SET', 'POISED', 'RESOLVED']);
/** Adjectives of intent whose negation is a refusal: "is not willing to talk" (not "is not ready", a matter of time). */
const REFUSING_ADJ = new Set(['WILLING', 'PREPARED']);
/** Finite forms of "be" that make a following "to V" a schedule: "are to resume talks". */
const BE_SCHEDULE = new Set(['IS', 'ARE', 'AM', 'WAS', 'WERE']);
/** Words before "to V" that make V someone's expectation, not a fact: "is expected to resume", "is likely to vote". */
const PROSPECT_ADJ = new Set(['EXPECTED', 'LIKELY', 'UNLIKELY', 'SUPPOSED']);
/** Nouns of pressure before "to V": "faces pressure to resign", "amid calls to step down". */
const PRESSURE_NOUNS = new Set(['PRESSURE', 'CALLS', 'DEMANDS', 'APPEALS', 'ULTIMATUM']);
/** A noun of pressure right before "to" at `to`, or before a "from X" phrase that ends there. */
function pressureBefore(tokens: Token[], to: number): boolean {
  let j = to - 1;
  if (!(tokens[j]?.pos === 'NOUN' && PRESSURE_NOUNS.has(tokens[j]?.norm ?? ''))) {
    let k = j;
    while (k > j - 6 && k > 0 && ['NOUN', 'PROPN', 'DET', 'ADJ', 'PRON'].includes(tokens[k]?.pos ?? '')) k--;
    if (tokens[k]?.norm !== 'FROM' || k === j) return false;
    j = k - 1;
  }
  return tokens[j]?.pos === 'NOUN' && PRESSURE_NOUNS.has(tokens[j]?.norm ?? '');
}
/** Verbs of intention the tagger can read as plural nouns: in "Kenya plans to deploy", "the army aims to retake"
 * ("plans" right after the subject's head noun) the infinitive is an intention, not an asserted event. */
const INTENT_NOUN = new Set(['plan', 'aim', 'hope', 'intend', 'pledge', 'promise', 'vow', 'seek', 'threaten']);
/** Spans of time: "four days of fighting". */
const DURATION = new Set(['HOURS', 'DAYS', 'NIGHTS', 'WEEKS', 'MONTHS', 'YEARS', 'DECADES', 'DAY', 'WEEK', 'MONTH', 'YEAR', 'DECADE']);
/** Past participles of affiliation that describe the noun before them: "hackers linked to X". */
export const AFFILIATION_PARTICIPLES: ReadonlySet<string> = new Set(['LINKED', 'TIED', 'AFFILIATED', 'ALLIED', 'CONNECTED']);
/** Past participles of allegation that open a reduced relative after a noun: "a man accused of spying". */
const ALLEGATION_PARTICIPLES = new Set(['ACCUSED', 'SUSPECTED', 'CHARGED', 'CONVICTED']);
/** Participles of equipping that, right after an actor and before "with", describe it: "gunmen armed with rifles". */
const EQUIPPED_PARTICIPLES = new Set(['ARMED', 'EQUIPPED', 'LADEN', 'LOADED']);
/**
 * Participles of feeling that, right after an actor and before what roused it, describe the actor: "protesters angered
 * by a pay rise torched …", "farmers frustrated over prices blocked …" (the feeling is why they acted, not a deed).
 */
const FEELING_PARTICIPLES = new Set(['ANGERED', 'OUTRAGED', 'ENRAGED', 'INCENSED', 'INFURIATED', 'FRUSTRATED', 'EMBOLDENED', 'FRIGHTENED', 'DISMAYED', 'EXASPERATED']);
/** What a feeling participle's cause is introduced by. */
const FEELING_PREPS = new Set(['BY', 'OVER', 'AT', 'WITH', 'ABOUT']);
/**
 * Is [from, to) a participle of equipping or feeling with its phrase ("armed with rifles", "angered by lawmakers'
 * housing allowances"), which describes the actor before it (see the skips in `analyseClauses`)?
 */
function describingPhrase(tokens: Token[], from: number, to: number): boolean {
  const part = tokens[from]?.norm ?? '';
  const prep = tokens[from + 1]?.norm ?? '';
  if (!((EQUIPPED_PARTICIPLES.has(part) && prep === 'WITH') || (FEELING_PARTICIPLES.has(part) && FEELING_PREPS.has(prep)))) return false;
  return from + 2 < to && tokens.slice(from + 2, to).every((x) => NOUN_PHRASE.has(x.pos) || x.text === "'" || x.text === "'s" || (x.pos === 'VERB' && /ING$/.test(x.norm)));
}
/** Is token `i` a hedge word opening "to be / to have been" + participle after a noun? */
function isHedge(tokens: Token[], i: number): boolean {
  let k = i + 2;
  if (tokens[i + 1]?.norm !== 'TO') return false;
  if (tokens[k]?.norm === 'HAVE') k++;
  return tokens[k]?.lemma === 'be' && pastParticiple(tokens[k + 1]) && hedgeBefore(tokens, k + 1) === i;
}

/** Verbs tagged VERB that are really copulas/light or not events by themselves. */
const NOT_MAIN = new Set(['be', 'have', 'do']);

export function isVerb(t: Token | undefined): boolean {
  return !!t && (t.pos === 'VERB' || (t.pos === 'AUX' && !NOT_MAIN.has(t.lemma) && !isAuxWord(t)));
}

/**
 * "have been on strike for a week", "is on hunger strike": a form of "be" before "on (hunger) strike" is the main verb
 * of a state of dissent (the verb lexicon's BE_ON_STRIKE, BE_ON_HUNGER_STRIKE).
 */
function onStrike(tokens: Token[], i: number): boolean {
  if (tokens[i]?.lemma !== 'be' || tokens[i + 1]?.norm !== 'ON') return false;
  return tokens[i + 2]?.norm === 'STRIKE' || (tokens[i + 2]?.norm === 'HUNGER' && tokens[i + 3]?.norm === 'STRIKE');
}

function isAuxWord(t: Token): boolean {
  return MODALS.has(t.norm);
}

/** "what it called", "what Kestria described": WHAT, then a pronoun or an actor, right before the verb at `i`. */
function namedWhat(tokens: Token[], mentions: ActorMention[], i: number): boolean {
  const prev = tokens[i - 1];
  if (prev?.pos === 'PRON' && tokens[i - 2]?.norm === 'WHAT') return true;
  const m = inMention(mentions, i - 1);
  return !!m && m.last === i - 1 && tokens[m.first - 1]?.norm === 'WHAT';
}

/**
 * Is `m` the owner named before a measure noun whose ON/AGAINST phrase names whom it hits ("restore UN sanctions on
 * Iran", "lifted EU sanctions on Syria", "U.S. export controls on China")? After a verb that imposes, keeps or lifts
 * the measure (`MEASURE_VERBS`) the measure's target, not its owner, is the verb's other party; the owner is no
 * object. (Judging the measure is aimed at its owner: "welcomed U.S. export controls on China".)
 */
function measureOwner(tokens: Token[], m: ActorMention, after: ActorMention[]): boolean {
  // (up to two nouns before it: "U.S. export controls")
  let j = m.last + 1;
  while (j < m.last + 3 && tokens[j]?.pos === 'NOUN' && !MEASURE_NOUNS.has(tokens[j]?.lemmaNorm ?? '')) j++;
  if (tokens[j]?.pos !== 'NOUN' || !MEASURE_NOUNS.has(tokens[j]?.lemmaNorm ?? '')) return false;
  const on = tokens[j + 1]?.norm;
  return (on === 'ON' || on === 'AGAINST') && after.some((x) => x.first === j + 2 || (x.first === j + 3 && tokens[j + 2]?.pos === 'DET'));
}

/** Is there a finite verb from token `from` on before the next comma or the end ("armed with rifles attacked")? */
function finiteAhead(tokens: Token[], from: number): boolean {
  for (let j = from; j < tokens.length; j++) {
    const t = tokens[j] as Token;
    if (t.norm === ',' || t.norm === ';' || t.norm === '.') return false;
    if (t.pos === 'VERB' && !/ING$/.test(t.norm)) return true;
  }
  return false;
}

/** Verbs of yielding whose TO is a preposition: "acceded to pressure", "succumbed to demands". */
const PREP_TO_VERBS = new Set(['accede', 'yield', 'bow', 'succumb', 'capitulate', 'relent', 'cave', 'bend']);

/**
 * Is the verb-tagged token `t` at `i` a form that modifies or belongs to a noun phrase — an adjective, part of a
 * compound, a participle describing the noun before it — and so starts no clause? (`analyseClauses`' test of each
 * verb is split into this and `noClauseOfItsOwn` to keep every part under the CLI's V8 limit on optimised functions,
 * --max-optimized-bytecode-size=2000 in src/cli/v8-flags.ts: as one loop analyseClauses had 3,441 bytes of bytecode
 * and was never optimised.)
 */
function modifierForm(tokens: Token[], mentions: ActorMention[], t: Token, i: number): boolean {
  // "extradited suspected militant X": an -ed form between a verb or determiner and a noun is an adjective
  // ("the two exiled dissidents"; "aid to besieged villages": also after a preposition, an inflected form after "to")
  const toInflected = tokens[i - 1]?.norm === 'TO' && t.norm !== t.lemmaNorm;
  // ("their disputed border": also after a possessive pronoun)
  const possessive = POSSESSIVES.has(tokens[i - 1]?.norm ?? '');
  // (... and after a possessive ending: "Maduro's claimed victory", "Moscow's attempted annexation")
  const ownerEnd = tokens[i - 1]?.norm === "'S" || tokens[i - 1]?.norm === '’S';
  // (not after a number that ends an actor's name: "the Group of Seven condemned North Korea")
  const nameEnd = tokens[i - 1]?.pos === 'NUM' && !!inMention(mentions, i - 1);
  // (... also before a number after a possessive: "its threatened 100 percent tariffs")
  const nounNext = ['ADJ', 'NOUN', 'PROPN'].includes(tokens[i + 1]?.pos ?? '') || ((possessive || ownerEnd) && tokens[i + 1]?.pos === 'NUM');
  // (not after a quantifier floated off the noun phrase before it, "Armenia and Azerbaijan both condemned Russia", nor
  // after "both" opening a clause before a name: "Both condemned Russia"; "both detained men" is a noun phrase)
  const opening = i === 1 || ['PUNCT', 'CCONJ', 'SCONJ'].includes(tokens[i - 2]?.pos ?? '');
  const floated = FLOATING_QUANTIFIERS.has(tokens[i - 1]?.norm ?? '')
    && (['NOUN', 'PROPN'].includes(tokens[i - 2]?.pos ?? '') || (tokens[i - 1]?.norm === 'BOTH' && opening && ['PROPN', 'DET'].includes(tokens[i + 1]?.pos ?? '')));
  if (t.pos === 'VERB' && /ED$/.test(t.norm) && (['VERB', 'DET', 'NUM', 'ADP'].includes(tokens[i - 1]?.pos ?? '') || toInflected || possessive || ownerEnd) && !nameEnd && !floated && nounNext) return true;
  // "acceded to pressure", "bowed to demands", "yielded to calls": after a verb whose TO is a preposition the word
  // after TO is a noun, not an infinitive
  if (t.pos === 'VERB' && tokens[i - 1]?.norm === 'TO' && PREP_TO_VERBS.has(tokens[i - 2]?.lemma ?? '')) return true;
  // "in his address on Tuesday", "their fire": a base or -s form right after a possessive determiner is a noun
  // (not "her", also an object: "helped her escape")
  if (t.pos === 'VERB' && possessive && tokens[i - 1]?.norm !== 'HER' && !/(?:ED|ING)$/.test(t.norm)) return true;
  // "Kestria-backed militias", "military-ruled X": a participle hyphenated to the word before is an adjective
  // (not after "test": "test-fired a missile" is the verb)
  if (t.pos === 'VERB' && tokens[i - 1]?.text === '-' && tokens[i - 1]?.end === t.start && tokens[i - 2]?.end === tokens[i - 1]?.start && tokens[i - 2]?.norm !== 'TEST') return true;
  // "live-fire drills", "a sit-in", "a shoot-out": a verb joined by a hyphen to the word after it is part of a
  // compound noun or modifier
  if (t.pos === 'VERB' && tokens[i + 1]?.text === '-' && tokens[i + 1]?.start === t.end && tokens[i + 2]?.start === tokens[i + 1]?.end) return true;
  // "a tanker suspected of damaging a cable", "a commander accused of planning attacks": an allegation participle
  // right after a noun with "of"/"with" next is a reduced relative about that noun (the active verb takes its
  // object first: "accused Kestria of ..."); the allegation is read from the complement (events.ts)
  if (t.pos === 'VERB' && ALLEGATION_PARTICIPLES.has(t.norm) && ['OF', 'WITH'].includes(tokens[i + 1]?.norm ?? '') && ['NOUN', 'PROPN'].includes(tokens[i - 1]?.pos ?? '')) return true;
  // "hackers linked to China's security ministry", "militias allied with X": a participle of affiliation after a
  // noun describes it; it starts no clause
  if (t.pos === 'VERB' && AFFILIATION_PARTICIPLES.has(t.norm) && ['TO', 'WITH'].includes(tokens[i + 1]?.norm ?? '') && (['NOUN', 'PROPN'].includes(tokens[i - 1]?.pos ?? '') || !!inMention(mentions, i - 1))) return true;
  // "gunmen armed with rifles attacked X": a participle of equipping after its actor, before "with", describes it
  if (t.pos === 'VERB' && EQUIPPED_PARTICIPLES.has(t.norm) && tokens[i + 1]?.norm === 'WITH' && !!inMention(mentions, i - 1) && finiteAhead(tokens, i + 2)) return true;
  // ... and so does one of feeling before its cause: "protesters angered by the pay rise torched X"
  if (t.pos === 'VERB' && FEELING_PARTICIPLES.has(t.norm) && FEELING_PREPS.has(tokens[i + 1]?.norm ?? '') && !!inMention(mentions, i - 1) && finiteAhead(tokens, i + 2)) return true;
  // "is set to visit", "is poised to strike": an adjective of readiness the tagger reads as a verb starts no clause;
  // the infinitive after it is the intention (INTENT_ADJ)
  // (an adverb may stand between: "was still determined to mend ties")
  if (t.pos === 'VERB' && INTENT_ADJ.has(t.norm) && (tokens[i - 1]?.lemma === 'be' || (tokens[i - 1]?.pos === 'ADV' && tokens[i - 2]?.lemma === 'be')) && tokens[i + 1]?.norm === 'TO') return true;
  // an -ing form between a possessive and a noun is a noun: "restrictions on ASML's chipmaking machines", "its working
  // groups"
  if (t.pos === 'VERB' && /ING$/.test(t.norm) && (possessive || ownerEnd) && tokens[i + 1]?.pos === 'NOUN') return true;
  return false;
}

/**
 * Is the verb-tagged token `t` at `i` no clause of its own for another reason: a hedged or reduced relative, a
 * participle after a noun, a naming verb in a free relative, an auxiliary before its verb? (`verbs`: the clause verbs
 * found before it.)
 */
function noClauseOfItsOwn(tokens: Token[], mentions: ActorMention[], verbs: number[], t: Token, i: number): boolean {
  // "after four days of fighting", "years of shelling": an -ing form after a span of time and "of" names the
  // activity over that span, background to the sentence's events, not a clause
  if (t.pos === 'VERB' && /ING$/.test(t.norm) && tokens[i - 1]?.norm === 'OF' && DURATION.has(tokens[i - 2]?.norm ?? '')) return true;
  // "arranged for the reopening of X": an -ing form after a determiner is a noun
  if (t.pos === 'VERB' && /ING$/.test(t.norm) && tokens[i - 1]?.pos === 'DET') return true;
  // "a missile believed to be fired by X": the hedge opens a reduced relative whose verb is the participle; it is
  // no clause of its own (see `hedgeBefore`)
  if (t.pos === 'VERB' && isHedge(tokens, i)) return true;
  // "welcomed the memos sent by X": after an earlier verb, a participle between a noun and "by" is a reduced
  // relative clause; X belongs to the noun phrase of that verb. When the noun is an actor ("rebels arrested by
  // X") the participle is a passive clause of its own (see `reducedRelative`).
  // (... also hedged: "was hit by a rocket believed to have been fired by X")
  const hedge = hedgeBefore(tokens, i);
  const nounAt = hedge >= 0 ? hedge - 1 : i - 1;
  if (t.pos === 'VERB' && verbs.length && t.norm !== t.lemmaNorm && !/ING$/.test(t.norm) && tokens[nounAt]?.pos === 'NOUN' && tokens[i + 1]?.norm === 'BY' && !inMention(mentions, nounAt)) return true;
  // "the roads leading into X": an -ing participle right after a noun modifies it; it starts no clause
  // (except after a text that says or orders something: "adopted a resolution demanding X", see `contentParticiple`)
  // (also after a name the verb acts on: "shot Palestinians protesting near the border", see `objectParticiple`)
  if (t.pos === 'VERB' && /ING$/.test(t.norm) && (tokens[i - 1]?.pos === 'NOUN' || (verbs.length > 0 && !!objectParticiple(tokens, mentions, verbs[verbs.length - 1] ?? -1, i))) && i > 1 && !issuedContent(tokens, verbs[verbs.length - 1] ?? -1, i)) return true;
  // "strikes on what it called militant camps", "what Kestria described as a provocation": a naming verb in a
  // free relative belongs to the noun phrase; the phrase after it is the outer verb's
  if (t.pos === 'VERB' && NAMING_VERBS.has(t.lemma) && namedWhat(tokens, mentions, i)) return true;
  // "to be" + participle handled by the participle; skip auxiliaries followed by another verb
  if (t.pos === 'AUX') {
    const nxt = nextNonAdv(tokens, i + 1);
    if (nxt !== null && isVerb(tokens[nxt])) return true;
  }
  // ... and "have" (tagged either way) before "been" + participle: "to have been fired"
  if (t.lemma === 'have' && tokens[i + 1]?.norm === 'BEEN' && isVerb(tokens[nextNonAdv(tokens, i + 2) ?? -1])) return true;
  return false;
}

export function analyseClauses(tokens: Token[], mentions: ActorMention[]): Clause[] {
  const verbs: number[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t || !(isVerb(t) || onStrike(tokens, i))) continue;
    if (inMention(mentions, i)) continue;
    if (modifierForm(tokens, mentions, t, i) || noClauseOfItsOwn(tokens, mentions, verbs, t, i)) continue;
    verbs.push(i);
  }
  const clauses: Clause[] = [];
  // a story's dateline ("KYIV (AP) —") is where the reporter is: nothing in it is a clause's subject or verb
  const dateline = datelineDash(tokens);
  for (let k = 0; k < verbs.length; k++) {
    const v = verbs[k] ?? 0;
    if (v <= dateline) continue;
    const prevVerb = Math.max(k > 0 ? (verbs[k - 1] ?? -1) : -1, dateline);
    const nextVerb = k + 1 < verbs.length ? (verbs[k + 1] ?? tokens.length) : tokens.length;
    clauses.push(buildClause(tokens, mentions, v, prevVerb, nextVerb));
  }
  linkClauses(tokens, clauses);
  linkAroundRelatives(tokens, mentions, clauses);
  linkAroundAttribution(tokens, mentions, clauses);
  linkReactionsToDeeds(tokens, clauses);
  linkDeedRelatives(tokens, clauses);
  return clauses;
}

/** Opening quotation marks (a straight double quote opens as well as closes). */
const OPENING_QUOTES = new Set(['\u201c', '\u2018', '"']);

const DASHES: ReadonlySet<string> = new Set(['-', '--', '–', '—']);
/** A word of a dateline's place, in capitals: "GAZA", "CITY", "ST.", "PORT-AU-PRINCE". */
const datelineWord = (t: Token | undefined): boolean => !!t && /^\p{Lu}[\p{Lu}.'’-]*$/u.test(t.text) && /\p{Lu}{2}/u.test(t.text);

/**
 * The index of the dash that ends a sentence's opening dateline — a place in capitals, then perhaps ", Country" or
 * ", March 3", then perhaps an agency in brackets: "KYIV (AP) —", "GAZA CITY, March 3 (Reuters) -", "NAIROBI, Kenya —";
 * -1 when the sentence opens with none.
 */
export function datelineDash(tokens: Token[]): number {
  let i = 0;
  while (datelineWord(tokens[i])) i++;
  if (i === 0 || i > 4) return -1;
  if (tokens[i]?.norm === ',') {
    i++;
    let words = 0;
    while (words < 4 && tokens[i] && (/^\p{Lu}/u.test(tokens[i]?.text ?? '') || (/^\d{1,2}$/.test(tokens[i]?.text ?? '') && MONTH_WORDS.has(tokens[i - 1]?.norm ?? '')))) {
      i++;
      words++;
    }
    if (!words) return -1;
  }
  if (tokens[i]?.text === '(') {
    const close = tokens.findIndex((t, k) => k > i && t.text === ')');
    if (close < 0 || close - i > 6) return -1;
    i = close + 1;
  }
  return DASHES.has(tokens[i]?.text ?? '') ? i : -1;
}

interface VerbGroup {
  g: number;
  negated: boolean;
  modal: string | null;
  passiveAux: boolean;
  infinitive: boolean;
  intent: boolean;
  pressed: boolean;
  alleged: boolean;
}

/**
 * The verb group of the clause verb at `v`: walk left over auxiliaries, adverbs, negation, "to" (not past `prevVerb`).
 * (`buildClause` is split into this, `clauseEnd` and `findSubject` to keep each part under the CLI's V8 limit on
 * optimised functions, --max-optimized-bytecode-size=2000 in src/cli/v8-flags.ts: as one function of 8,278 bytes of
 * bytecode it was never optimised.)
 */
function verbGroup(tokens: Token[], v: number, prevVerb: number): VerbGroup {
  let g = v;
  let negated = false;
  let modal: string | null = null;
  let passiveAux = false;
  let infinitive = false;
  let intent = false;
  // ("rebels believed to be backed by X": the backing is a belief; see `hedgeBefore`)
  let pressed = false;
  let alleged = ALLEGING.has(tokens[v + 1]?.norm ?? '') || hedgeBefore(tokens, v) >= 0;
  for (let j = v - 1; j > prevVerb; j--) {
    const t = tokens[j];
    if (!t) break;
    // "would “resolutely crush” any attempt": a quotation opened inside the verb group leaves its auxiliaries outside
    if (OPENING_QUOTES.has(t.text) && j > 0 && tokens[j - 1]?.pos === 'AUX') continue;
    // "can no longer absorb refugees", "will no longer accept": "no longer" negates the verb group it stands in (as
    // "not" does, with the modal before it: a refusal under "will")
    if ((t.norm === 'LONGER' && tokens[j - 1]?.norm === 'NO') || (t.norm === 'NO' && tokens[j + 1]?.norm === 'LONGER' && j + 1 < v)) {
      negated = true;
      g = j;
      continue;
    }
    if (t.pos === 'AUX' || t.pos === 'ADV' || t.pos === 'PART' || (t.pos === 'VERB' && t.lemma === 'be')) {
      if (NEGATORS.has(t.norm)) negated = true;
      else if (ALLEGING.has(t.norm)) alleged = true;
      // "has yet to respond", "is yet to sign": the act has not happened
      else if (t.norm === 'YET' && tokens[j + 1]?.norm === 'TO') negated = true;
      else if (HYPOTHETICAL_MODALS.has(t.norm) || NORMATIVE_MODALS.has(t.norm) || FUTURE_MODALS.has(t.norm)) modal ??= t.norm;
      else if (t.lemma === 'be' || t.lemma === 'get') passiveAux = true;
      else if (t.norm === 'TO') {
        infinitive = true;
        const before = tokens[j - 1];
        const head = tokens[j - 2];
        const verbAsNoun = before?.pos === 'NOUN' && INTENT_NOUN.has(before.lemma) && /S$/.test(before.norm) && (head?.pos === 'PROPN' || head?.pos === 'NOUN');
        if (INTENT_ADJ.has(before?.norm ?? '') || verbAsNoun) {
          intent = true;
          // "is not ready to talk", "must be willing to mediate": negation and modals before the adjective count
          for (let b = j - 2; b > prevVerb && b > j - 7; b--) {
            const x = tokens[b];
            if (!x || !(x.pos === 'AUX' || x.pos === 'ADV' || x.pos === 'PART' || x.lemma === 'be')) break;
            if (NEGATORS.has(x.norm)) negated = true;
            else if (NORMATIVE_MODALS.has(x.norm) || HYPOTHETICAL_MODALS.has(x.norm) || FUTURE_MODALS.has(x.norm)) modal ??= x.norm;
          }
          // "is not willing to resume talks", "was not prepared to accept": an unwillingness stated is a refusal, as
          // "will not" is
          if (negated && REFUSING_ADJ.has(before?.norm ?? '')) modal ??= 'WILL';
        }
        // "is unlikely to approve", "is expected to resume": a likelihood, not a happening; "was unable to deliver":
        // an inability (a schedule, "is about to", stays as PETRARCH codes it)
        else if (before?.norm === 'UNABLE') negated = true;
        // "has no intention to resume talks", "had no plans to send troops": a disavowed intention is a refusal, as
        // "will not resume talks" is (negated under a future modal; the events stage codes the refusal)
        else if (disavowedIntent(tokens, j)) {
          negated = true;
          modal ??= 'WILL';
        }
        // "the two sides are to resume talks next month", "the minister was to visit Y": a finite "be" right before
        // "to V" is a schedule or an arrangement, not a happening
        else if (before?.lemma === 'be' && BE_SCHEDULE.has(before.norm)) modal ??= 'WILL';
        else if (PROSPECT_ADJ.has(before?.norm ?? '')) modal ??= before?.norm ?? null;
        // "faces pressure to help Y", "is under pressure to resign", "faced calls to step down": what others press
        // for has not happened; it is demanded of the subject (by no one the clause names)
        // (also with who presses: "faces pressure from X to V")
        else if (pressureBefore(tokens, j)) pressed = true;
      }
      else if (t.pos === 'ADV' && !/LY$/.test(t.norm) && !['ALSO', 'STILL', 'ALREADY', 'NOW', 'JUST', 'AGAIN', 'REPORTEDLY', 'ALLEGEDLY', 'YET'].includes(t.norm)) break;
      g = j;
      continue;
    }
    break;
  }
  return { g, negated, modal, passiveAux, infinitive, intent, pressed, alleged };
}

/** The last token of the clause of the verb at `v`: before the next verb group or a hard boundary, and before the first comma. */
function clauseEnd(tokens: Token[], mentions: ActorMention[], v: number, nextVerb: number): number {
  let end = nextVerb - 1;
  for (let j = v + 1; j < nextVerb; j++) {
    const t = tokens[j];
    if (!t) break;
    // a temporal phrase ("after the killing of X", "following talks with Y") names another happening: its
    // actors are not this clause's participants
    const temporal = ((t.pos === 'ADP' || t.pos === 'SCONJ' || t.pos === 'VERB') && TEMPORAL.has(t.norm) && j > v + 1) || opensClause(tokens, j, nextVerb);
    // "demanded that X ...", "demanded on Friday that X ...": "that" right after the verb (adverbs and day
    // words aside) opens its complement, whose subject the verb's patterns may read
    // "between A and B whose ties ...": a relative clause about the last noun is not this verb's
    // "sanctioned settlers who it said had attacked X": a relative clause about the object is not this verb's
    // (nor a reduced one: "fired at students marching to the ministry", see `objectParticiple`; nor what a text says,
    // "rejected a bill banning opposition rallies", see `textContent`)
    // (nor a free relative after "in" that says what the deed was: "freed 40 prisoners in what opposition leaders called a
    // gesture ahead of talks with X", whose phrases are the relative's; "strikes on what it called camps in X" names
    // the target)
    const relative = t.norm === 'WHO' || t.norm === 'WHOM' || (t.norm === 'WHICH' && tokens[j - 1]?.norm === ',') || (t.norm === 'WHAT' && tokens[j - 1]?.norm === 'IN') || !!objectParticiple(tokens, mentions, v, j) || textContent(tokens, v, j);
    if (t.norm === ';' || t.norm === 'WHOSE' || relative || temporal || (t.pos === 'SCONJ' && BOUNDARY_SCONJ.has(t.norm) && !(t.norm === 'THAT' && onlyDayWords(tokens, v + 1, j))) || (t.pos === 'CCONJ' && isVerb(tokens[nextNonAdv(tokens, j + 1) ?? -1]))) {
      end = j - 1;
      break;
    }
  }
  // trim the end back over the next clause's auxiliaries / subject: stop before a mention that is the next verb's subject
  // objects and prepositional phrases stop at the first comma after the verb (", officials said")
  for (let j = v + 1; j <= end; j++) {
    if (tokens[j]?.norm === ',' && !inMention(mentions, j) && !betweenAdjectives(tokens, j) && !inNounList(tokens, j)) {
      end = j - 1;
      break;
    }
  }
  return end;
}

interface SubjectSearch {
  subject: ActorMention | null;
  subjectHow: Clause['subjectHow'];
  start: number;
  ofFallback: ActorMention | null;
  ppFallback: ActorMention | null;
  apposition: ActorMention | null;
}

/**
 * The subject of the clause whose verb group starts at `g` (verb token `verbTok`): the nearest mention to the left, not
 * inside a prepositional phrase, after `prevVerb`; with the fallbacks `buildClause` settles on when there is none.
 */
function findSubject(tokens: Token[], mentions: ActorMention[], g: number, prevVerb: number, verbTok: Token | undefined, adjunct: boolean, passive: boolean): SubjectSearch {
  let subject: ActorMention | null = null;
  let subjectHow: Clause['subjectHow'] = 'none';
  let start = g;
  let ofFallback: ActorMention | null = null;
  // "Evidence against X was presented by Y": the actor in a phrase of a passive's subject noun is what it is about
  let ppFallback: ActorMention | null = null;
  let apposition: ActorMention | null = null;
  let restrictive = false;
  let nounSpeakerAt = -1;
  for (let j = adjunct ? -1 : g - 1; j > prevVerb; j--) {
    const t = tokens[j];
    if (!t) break;
    if (t.norm === ';' || (t.pos === 'SCONJ' && BOUNDARY_SCONJ.has(t.norm) && !RELATIVE.has(t.norm))) break;
    // "sent troops after an explosion at a market in Somalia killed two soldiers": a subordinator read as a preposition
    // opens this clause when a noun phrase with its phrases runs from it into the verb group; an actor before it is
    // the clause before's
    if (t.pos === 'ADP' && SUBORDINATING_PREPS.has(t.norm) && j + 1 < g && tokens.slice(j + 1, g).every((x) => NOUN_PHRASE.has(x.pos) || x.pos === 'ADP' || x.text === "'s")) break;
    // "…, a source in the agency told Reuters": a noun phrase with no actor that opens an attribution after a comma
    // is its speaker; an actor in a phrase before the comma belongs to the clause before (an actor heading that
    // clause may still be the subject, with an appositive between: "X, a UK-based group that …, said")
    if (t.norm === ',' && !subject && !ofFallback && !ppFallback && ATTRIBUTION_VERBS.has(verbTok?.lemma ?? '') && nounClauseOpening(tokens, mentions, j + 1, g)) nounSpeakerAt = j;
    // "X condemned the attack in Y on Thursday and promised aid": a verb right after "and" (adverbs aside) shares
    // the subject of the verb before it; the actor just before "and" belongs to that verb's phrases
    if (t.pos === 'CCONJ' && prevVerb >= 0 && tokens.slice(j + 1, g).every((x) => x.pos === 'ADV')) break;
    // "the air strike on a school that killed dozens": a restrictive relative right before the verb has the noun
    // phrase before it as its subject, found as usual; but not past a verb form ("fighting along their disputed
    // border that killed dozens" is not the subject of the clause before)
    if (restrictive && t.pos === 'VERB') break;
    if (RELATIVE.has(t.norm) && t.pos === 'PRON' && j === g - 1 && ['NOUN', 'PROPN'].includes(tokens[j - 1]?.pos ?? '')) {
      restrictive = true;
      continue;
    }
    if (RELATIVE.has(t.norm) && (t.pos === 'PRON' || t.pos === 'DET' || t.pos === 'SCONJ') && tokens[j - 1]?.text === ',') {
      // relative clause: the antecedent is the mention before the comma
      const ante = [...mentions].reverse().find((m) => m.last < j - 1 && m.last >= j - 4);
      if (ante) {
        subject = ante;
        subjectHow = 'relative';
        start = j;
      }
      break;
    }
    const m = inMention(mentions, j);
    if (m) {
      const before = tokens[m.first - 1];
      // "came as the US leader prepared to ...": "as", "after", "before" ... tagged as prepositions open a clause
      // whose subject is the noun phrase right before its verb
      // ... and so does "with" before a participle's subject: "swapped prisoners, with Moscow freeing X"
      const absolute = before?.norm === 'WITH' && !!verbTok && /ING$/.test(verbTok.norm) && tokens.slice(m.last + 1, g).every((x) => x.pos === 'ADV');
      // ("after protesters angered by the pay rise torched X": the subject's describing participle phrase may stand
      // between)
      const opensClause = !!before && ((SUBORDINATING_PREPS.has(before.norm) && (tokens.slice(m.last + 1, g).every((x) => x.pos === 'NOUN' || x.pos === 'ADV') || describingPhrase(tokens, m.last + 1, g))) || absolute);
      // "aircraft including helicopter gunships killed …": the examples after "including" stand for the noun before
      // "fired tear gas at thousands of protesters who marched on parliament": "who" stands for the people right before
      // it, even inside a phrase ("the air strike on a school that killed dozens" keeps looking left)
      if (restrictive && m.last === g - 2 && tokens[g - 1]?.norm === 'WHO') {
        subject = m;
        subjectHow = 'direct';
        start = m.first;
        break;
      }
      if (before?.norm === 'INCLUDING') {
        ofFallback ??= m;
        j = m.first;
        continue;
      }
      if (before && before.pos === 'ADP' && !opensClause) {
        // inside a PP: keep looking left; "thousands of people", "members of X" keep it as a fallback
        // (a fronted phrase of time or place before a comma is not part of it: "Two days after the vote, thousands of
        // people took to the streets")
        // (nor is what comes before a word of time that opens this clause, when the phrase stands right before the verb:
        // "fired tear gas after hundreds of people rallied in the capital"; not "after months of student protests over
        // the collapse of a canopy that killed 15")
        const opened = afterSubordinator(tokens, prevVerb + 1, m.first);
        const adjacent = opened === prevVerb + 1 || tokens.slice(m.last + 1, g).every((x) => x.pos === 'ADV');
        if (before.norm === 'OF' && adjacent && onlyNounsBetween(tokens, afterFrontedPhrase(tokens, mentions, opened, m.first), m.first - 1)) ofFallback ??= m;
        // "a report by Amnesty alleged", "attacks by rebels killed": the BY phrase of an active verb's subject noun
        // names the noun's doer, who does what the noun does
        if (before.norm === 'BY' && !passive && byDoerNoun(tokens[m.first - 2]) && onlyNounsBetween(tokens, afterFrontedPhrase(tokens, mentions, prevVerb + 1, m.first), m.first - 1)) ofFallback ??= m;
        // "a 500-page report released in the Rwandan capital alleged": a report put out in a state's capital is that
        // state's, which alleges what the report does
        if (before.norm === 'IN' && !passive && releasedInCapital(tokens, m, prevVerb, g)) ofFallback ??= m;
        // ... and "a report from Amnesty International alleged", "observers from the OSCE said": the FROM phrase of a
        // document noun or of an observer noun names the body that speaks through it
        if (before.norm === 'FROM' && !passive && spokenFor(tokens[m.first - 2]) && onlyNounsBetween(tokens, afterFrontedPhrase(tokens, mentions, prevVerb + 1, m.first), m.first - 1)) ofFallback ??= m;
        if (passive && SUBJECT_NOUN_PREPS.has(before.norm) && nounPhraseStart(tokens, g, prevVerb) < m.first - 1) ppFallback ??= m;
        j = m.first;
        continue;
      }
      // "the mandate of UNMISS, the U.N. force in South Sudan, was extended": an appositive with phrases of its own
      // between commas right before the verb stands for the noun phrase before it, whose subject is looked for on
      // (the appositive itself when there is none)
      const head = appositiveHead(tokens, mentions, m, g, prevVerb);
      if (!head && !apposition && before?.text === ',' && !opensClause && apposedPhrase(tokens, m, g, prevVerb)) {
        apposition = m;
        ofFallback = null;
        ppFallback = null;
        j = m.first;
        continue;
      }
      subject = head ?? m;
      subjectHow = 'direct';
      start = subject.first;
      break;
    }
    if (t.pos === 'PRON' && ['HE', 'SHE', 'IT', 'THEY', 'WE', 'I'].includes(t.norm)) break;
  }
  if (ofFallback && ofFallback.last < nounSpeakerAt) ofFallback = null;
  if (ppFallback && ppFallback.last < nounSpeakerAt) ppFallback = null;
  return { subject, subjectHow, start, ofFallback, ppFallback, apposition };
}

/**
 * Is the BY phrase of mention `m` (in verb `v`'s clause) the agent of a participle describing a noun after the verb,
 * not of the verb: "withdrew its fighters under a deal brokered by Turkey"? Such a participle starts no clause of its
 * own (`noClauseOfItsOwn`), so its BY phrase falls to the verb, which it must not make passive.
 */
function nounParticipleBy(tokens: Token[], v: number, m: ActorMention): boolean {
  let b = m.first - 1;
  while (b > v && tokens[b]?.norm !== 'BY') b--;
  const p = tokens[b - 1];
  return !!p && p.i > v + 1 && p.pos === 'VERB' && p.norm !== p.lemmaNorm && !/ING$/.test(p.norm) && tokens[p.i - 1]?.pos === 'NOUN';
}

interface AgentState {
  passive: boolean;
  subject: ActorMention | null;
  subjectHow: Clause['subjectHow'];
  start: number;
}

/**
 * A participle with a BY phrase and no auxiliary ("rebels arrested by X", "a deal brokered by X"): what it is a passive
 * about, updating `s` (a part of `buildClause`, kept apart for the V8 limit on optimised functions).
 */
function byAgent(tokens: Token[], mentions: ActorMention[], v: number, hedge: number, s: AgentState): AgentState {
  const before = tokens[v - 1];
  // ("a drone shot down by Ukraine", "fighters rounded up by the army": a phrasal verb's particle stands between;
  // "by far" is no agent: "Ukraine shot down by far the most drones")
  const by = nextNonAdv(tokens, VERB_PARTICLES.has(tokens[v + 1]?.norm ?? '') && tokens[v + 2]?.norm === 'BY' ? v + 2 : v + 1) ?? -1;
  const byNext = tokens[by]?.norm === 'BY' && tokens[by + 1]?.norm !== 'FAR';
  // (also set off by a comma: "Iraqi forces, backed by coalition aircraft, ...", or hedged: "rebels believed to be
  // backed by X")
  const nounAt = hedge >= 0 ? hedge - 1 : v - 1;
  const near = byNext ? (inMention(mentions, nounAt) ?? (tokens[nounAt]?.norm === ',' ? inMention(mentions, nounAt - 1) : undefined)) : undefined;
  // ("talks in Doha mediated by X and Y": a place after "in"/"at" that follows a noun naming no actor only says
  // where the noun was; the participle is about the noun, not the place)
  // (the noun may open the sentence, where the tagger reads it as a name: "Talks in Doha mediated by X ended")
  const thing = tokens[near ? near.first - 2 : -1];
  const placeOfThing = !!near && !!thing && ['IN', 'AT'].includes(tokens[near.first - 1]?.norm ?? '') && (thing.pos === 'NOUN' || (thing.i === 0 && thing.pos === 'PROPN')) && !inMention(mentions, near.first - 2);
  const adjacent = placeOfThing ? undefined : near;
  if (placeOfThing) {
    s.passive = true;
    s.subject = null;
    s.subjectHow = 'none';
  } else if (adjacent && adjacent.kind !== 'pronoun') {
    // "rebels arrested by X", even inside a prepositional phrase ("the attack on rebels arrested by X")
    s.passive = true;
    if (s.subject !== adjacent) s.subjectHow = 'relative';
    s.subject = adjacent;
    s.start = Math.min(s.start, adjacent.first);
  } else if (!s.subject) s.passive = true;
  // ... also with a phrase before the BY phrase ("an agreement forced on X by Y"): the participle takes no object
  // (or set off by a comma after a noun or name that is no actor: "a trawler in the Drake Passage, disputed by X and Y")
  else if ((byNext || tokens[v + 1]?.pos === 'ADP') && before && (before.pos === 'NOUN' || (byNext && before.norm === ',' && ['NOUN', 'PROPN'].includes(tokens[v - 2]?.pos ?? '') && !inMention(mentions, v - 2)))
    && !(s.subject.first <= v - 1 && s.subject.last >= v - 1)) {
    s.passive = true;
    s.subject = null;
    s.subjectHow = 'none';
  }
  return s;
}

/**
 * The object and prepositional phrases among the mentions `after` the verb `v` (a part of `buildClause`, kept apart for
 * the V8 limit on optimised functions).
 */
function objectAndPreps(tokens: Token[], v: number, after: ActorMention[]): { object: ActorMention | null; preps: PrepPhrase[] } {
  let object: ActorMention | null = null;
  const preps: PrepPhrase[] = [];
  for (const m of after) {
    const prepTok = prepBefore(tokens, m, v);
    // "near the border with Belarus": the country across a border says where; it is a participant only when nothing
    // else is ("marched to the border with X"), so its phrase is marked BORDER, which no target list names
    // (... and so does a country's adjective before "border": "near the Venezuelan border")
    const border = (!!prepTok && ['WITH', 'OF'].includes(prepTok.norm) && /^(BORDERS?|FRONTIERS?)$/.test(tokens[tokens.indexOf(prepTok) - 1]?.norm ?? ''))
      || (!!prepTok && /^(BORDERS?|FRONTIERS?)$/.test(tokens[m.last + 1]?.norm ?? ''));
    const outer = (prepTok?.norm === 'OF' || (prepTok?.norm === 'BY' && tokens[prepTok.i - 1]?.pos === 'NOUN')) && !border ? conjoinedPrep(tokens, prepTok.i - 1, v)?.norm : undefined;
    if (prepTok) preps.push({ prep: border ? 'BORDER' : mediatorPhrase(tokens, prepTok, m, v) ? 'MEDIATOR' : allegedPhrase(tokens, v, m.first) ? 'ALLEGED' : settingPhrase(tokens, prepTok, v) ? 'SETTING' : topicRelation(tokens, prepTok) ? 'TOPIC' : prepTok.norm, mention: m, outer });
    else if (!object && !(MEASURE_VERBS.has(tokens[v]?.lemma ?? '') && measureOwner(tokens, m, after))) object = m;
  }
  return { object, preps };
}

/**
 * Is the BY phrase at `prep` on the mention `m` the go-between of a deal named on a noun after the verb `v` ("signed a
 * deal brokered by Turkey", "in a prisoner exchange (jointly) mediated by the UAE")? Its actor is the mediator
 * (coding/mediation.ts), never a party to the clause's verb; the phrase is marked MEDIATOR, which no target list names.
 * ("The deal was brokered by Turkey": the participle is the clause's own verb, and its BY phrase its doer.)
 */
function mediatorPhrase(tokens: Token[], prep: Token, m: ActorMention, v: number): boolean {
  return prep.norm === 'BY' && prep.i > v + 2 && goBetween(tokens, m);
}

/** Is `m` the mediator of a deal named on a noun: "a truce brokered by X", "a swap (jointly) mediated by the UAE", "an X-brokered deal"? */
export function goBetween(tokens: Token[], m: ActorMention): boolean {
  if (tokens[m.last + 1]?.text === '-' && MEDIATING_PARTICIPLES.has(tokens[m.last + 2]?.norm ?? '')) return true;
  let k = m.first - 1;
  while (tokens[k]?.pos === 'DET') k--;
  if (tokens[k]?.norm !== 'BY') return false;
  const p = tokens[k - 1]?.pos === 'ADV' ? k - 2 : k - 1;
  return MEDIATING_PARTICIPLES.has(tokens[p]?.norm ?? '') && tokens[p - 1]?.pos === 'NOUN';
}

function buildClause(tokens: Token[], mentions: ActorMention[], v: number, prevVerb: number, nextVerb: number): Clause {
  const group = verbGroup(tokens, v, prevVerb);
  const { g, passiveAux, intent, pressed, alleged } = group;
  let { negated, modal, infinitive } = group;
  // "had no intention of resuming talks", "there is no question of lifting sanctions": a gerund after a disavowed
  // intention is refused, as its infinitive is ("no plans to")
  if (!negated && /ING$/.test(tokens[v]?.norm ?? '') && g === v && tokens[v - 1]?.norm === 'OF' && disavowedIntent(tokens, v - 1)) {
    negated = true;
    modal ??= 'WILL';
  }
  // "missiles capable of striking targets in China": what a thing is capable of doing is a capacity, not a deed
  const capacity = /ING$/.test(tokens[v]?.norm ?? '') && g === v && tokens[v - 1]?.norm === 'OF' && CAPACITY_ADJECTIVES.has(tokens[v - 2]?.norm ?? '');
  // "a missile believed to be fired by X": a hedged reduced relative, no infinitive complement of "believed"
  const hedge = hedgeBefore(tokens, v);
  if (hedge >= 0) infinitive = false;
  const verbTok = tokens[v];
  // ("was hit by", "were put on trial": a participle written like its verb is one after "be")
  const participle = !!verbTok && (/(ED|EN|WN|NE|UNG|LT|PT)$/.test(verbTok.norm) || verbTok.norm !== verbTok.lemma.toUpperCase() || (passiveAux && IRREGULAR_PARTICIPLES.has(verbTok.norm))) && !/ING$/.test(verbTok.norm);
  let passive = passiveAux && participle;
  // clause end: next verb group or a hard boundary
  const end = clauseEnd(tokens, mentions, v, nextVerb);
  // ("for a World Bank-administered fund": a mention glued by a hyphen to a participle of running or paying for the
  // noun after it modifies that noun; it is no object of the verb)
  const after = mentions.filter((m) => m.first > v && m.last <= end && !hyphenModifier(tokens, m) && !agentModifier(tokens, mentions, m));
  // ", killing eight people": a participle after a comma has the subject of the clause before it (linkClauses)
  const adjunct = !!verbTok && verbTok.pos === 'VERB' && /ING$/.test(verbTok.norm) && tokens[g - 1]?.norm === ',';
  // subject: nearest mention to the left, not inside a prepositional phrase, within the boundary
  const found = findSubject(tokens, mentions, g, prevVerb, verbTok, adjunct, passive);
  let { subject, subjectHow, start } = found;
  const { ofFallback, ppFallback, apposition } = found;
  // (the noun phrase before an appositive ends at its opening comma)
  const phraseEnd = apposition ? apposition.first - 1 : g;
  if (!subject && ofFallback) {
    subject = ofFallback;
    subjectHow = 'direct';
    // (a passive's subject phrase starts at its head noun, which the verb's patterns may name: "the mandate of MONUSCO
    // was extended" is a mandate extended)
    start = Math.min(start, passive ? nounPhraseStart(tokens, phraseEnd, prevVerb) : ofFallback.first);
  }
  if (!subject && ppFallback) {
    subject = ppFallback;
    subjectHow = 'direct';
    start = nounPhraseStart(tokens, phraseEnd, prevVerb);
  }
  // (as appositiveHead: a noun phrase with no country gives way to its appositive, "The commander, General X, met Y")
  if (apposition && (!subject || (subject.codes.every((c) => c.startsWith('---')) && !apposition.codes.every((c) => c.startsWith('---'))))) {
    subject = apposition;
    subjectHow = 'direct';
    start = apposition.first;
  }
  // "there were ten soldiers killed": the participle is a passive about the noun after "there be"
  if (subject && g === v && participle && !passive) {
    let k = subject.first - 1;
    while (k > 0 && ['NUM', 'DET', 'ADJ'].includes(tokens[k]?.pos ?? '')) k--;
    if (tokens[k]?.lemma === 'be' && tokens[k - 1]?.norm === 'THERE') passive = true;
  }
  // "The seizure of a Greek tanker by Iran's Revolutionary Guards was condemned by the EU": a passive verb whose patient
  // is an act named as a noun with its doer after "by" is about that doer (the noun's own "of" phrase is what it was
  // done to)
  if (passive) {
    const doer = deedNounDoer(tokens, mentions, g, prevVerb);
    if (doer) {
      subject = doer;
      subjectHow = 'direct';
    }
  }
  // object and prepositional phrases
  const { object: direct, preps } = objectAndPreps(tokens, v, after);
  let object = direct;
  // "Belarus, which Warsaw accuses of pushing migrants": a relative clause whose relative pronoun comes before a subject
  // of its own has its gap in the object; with no object after the verb, the antecedent before the comma is the object
  // (what follows a preposition right after the verb is no object of it: "which Nairobi accuses of arming rebels";
  // "for" is one too, however tagged: "which Israel has criticised for hosting X")
  // (a bare role with no country as the relative's subject is too vague a party: "whom the authorities blame")
  if (!passive && subject && subjectHow === 'direct' && !subject.codes.every((x) => x.startsWith('---'))) {
    const rel = tokens[subject.first - 1];
    const ante = rel && OBJECT_RELATIVES.has(rel.norm) && tokens[subject.first - 2]?.norm === ',' ? inMention(mentions, subject.first - 3) : undefined;
    const next = tokens[nextNonAdv(tokens, v + 1) ?? -1];
    if (ante && ante.kind !== 'pronoun' && (!next || next.pos === 'ADP' || next.pos === 'PUNCT' || next.norm === 'FOR' || next.norm === 'AS') && (!object || object.first > next!.i)) object = ante;
  }
  // passive without aux: "designated by X" after a noun; "a deal brokered by X": the patient is the noun before
  // the participle, not an actor further left
  // "a missile believed to be fired by X", "rebels thought to be backed by Y": the hedged participle is a passive
  // about the noun before the hedge (an actor, or a thing that is no participant)
  if (hedge >= 0 && passive) {
    const noun = inMention(mentions, hedge - 1);
    subject = noun ?? null;
    subjectHow = noun ? 'relative' : 'none';
    start = noun ? noun.first : hedge;
  }
  if (!passive && participle && g === v && preps.some((p) => p.prep === 'BY' && !nounParticipleBy(tokens, v, p.mention))) {
    ({ passive, subject, subjectHow, start } = byAgent(tokens, mentions, v, hedge, { passive, subject, subjectHow, start }));
  }
  if (!negated && (noObject(tokens, v) || neitherSubject(tokens, prevVerb, g) || neitherVerb(tokens, g))) negated = true;
  const modality: Modality = negated ? 'negated' : modal ? modalityOf(modal) : capacity ? 'hypothetical' : intent ? 'future' : pressed ? 'demanded' : alleged ? 'alleged' : 'asserted';
  return {
    verb: v,
    groupStart: g,
    start,
    end,
    subject,
    subjectHow,
    object,
    preps,
    passive,
    negated,
    modal,
    modality,
    intent,
    parent: null,
    link: infinitive && !intent ? 'infinitive' : adjunct ? 'coordinated' : null,
    background: false,
    aboutObject: false,
  };
}

/** Words of time that may stand between a noun phrase and its verb: "by X last month was condemned". */
const TIME_BEFORE_VERB: ReadonlySet<string> = new Set(['LAST', 'THIS', 'EARLIER', 'WEEK', 'MONTH', 'YEAR', 'WEEKEND', 'ON', 'IN', ...CALENDAR_WORDS]);

/** Prepositions after an act's noun that name what it was done to: "the seizure of", "attacks on", "strikes against". */
const DEED_OBJECT_PREPS: ReadonlySet<string> = new Set(['OF', 'ON', 'AGAINST']);

/**
 * The doer of an act named as a noun right before verb group `g`: "the seizure of a tanker by Iran (last month)" ->
 * Iran. The phrase must open the clause (after the previous verb): a noun, an OF phrase, then BY and the doer, with
 * nothing but words of time after it.
 */
function deedNounDoer(tokens: Token[], mentions: ActorMention[], g: number, prevVerb: number): ActorMention | undefined {
  let j = g - 1;
  while (j > prevVerb + 1 && (tokens[j]?.pos === 'ADV' || TIME_BEFORE_VERB.has(tokens[j]?.norm ?? ''))) j--;
  const m = inMention(mentions, j);
  if (!m || m.last !== j || m.kind === 'pronoun') return undefined;
  let b = m.first - 1;
  while (tokens[b]?.pos === 'DET') b--;
  if (tokens[b]?.norm !== 'BY') return undefined;
  // left of BY: [DET] [ADJ…] NOUN OF/ON/AGAINST …, with no verb, comma or clause word in it
  let start = prevVerb + 1;
  while (start < b && tokens[start]?.pos === 'PUNCT') start++;
  let k = start;
  while (k < b && (tokens[k]?.pos === 'DET' || tokens[k]?.pos === 'ADJ')) k++;
  // (a sentence's first word may be read as a name: "Attacks on ships by X were condemned")
  if (!(tokens[k]?.pos === 'NOUN' || (k === 0 && tokens[k]?.pos === 'PROPN' && !inMention(mentions, k))) || !DEED_OBJECT_PREPS.has(tokens[k + 1]?.norm ?? '')) return undefined;
  for (let x = k + 2; x < b; x++) if (!NOUN_PHRASE.has(tokens[x]?.pos ?? '') && tokens[x]?.pos !== 'ADP' && !inMention(mentions, x)) return undefined;
  return m;
}

/**
 * "reached no agreement", "fired no shots": a verb whose object is quantified by "no" says the thing did not
 * happen. "No" alone ("said no to the plan", "voted no") is an answer, not a quantifier: a noun phrase must follow.
 */
function noObject(tokens: Token[], v: number): boolean {
  const k = nextNonAdv(tokens, v + 1);
  if (k === null || tokens[k]?.norm !== 'NO') return false;
  const next = tokens[k + 1];
  // "no fewer than ten", "no more than two": a number, not a denial
  if (!next || (['FEWER', 'MORE', 'LESS'].includes(next.norm) && tokens[k + 2]?.norm === 'THAN')) return false;
  return ['NOUN', 'PROPN', 'ADJ', 'NUM'].includes(next.pos);
}

/**
 * "Neither Moscow nor Kyiv has agreed": a subject of the form "neither … nor …" denies the verb for both. (A "neither"
 * right after a form of "be" denies that predicate, no later verb: "the election was neither free nor fair, EU
 * monitors said".)
 */
function neitherSubject(tokens: Token[], prevVerb: number, g: number): boolean {
  let neither = -1;
  for (let j = prevVerb + 1; j < g; j++) {
    const n = tokens[j]?.norm;
    if (n === 'NEITHER') neither = BE_FORMS.has(tokens[j - 1]?.norm ?? '') ? -1 : j;
    else if (n === 'NOR' && neither >= 0) return true;
    else if (n === ',' || n === ';') neither = -1;
  }
  return false;
}

/**
 * "neither confirmed nor denied the report", "can neither confirm nor deny that X struck": verbs joined by "neither …
 * nor" deny each of them (the first stands right after "neither", the second right after a "nor" whose "neither" is
 * earlier in the sentence with no sentence-internal stop between).
 */
function neitherVerb(tokens: Token[], g: number): boolean {
  const before = tokens[g - 1]?.norm;
  if (before === 'NEITHER') {
    for (let j = g + 1; j < tokens.length && j < g + 12; j++) {
      const n = tokens[j]?.norm;
      if (n === 'NOR') return true;
      if (n === ';' || n === '.') return false;
    }
    return false;
  }
  if (before !== 'NOR') return false;
  for (let j = g - 2; j >= 0 && j > g - 14; j--) {
    const n = tokens[j]?.norm;
    if (n === 'NEITHER') return true;
    if (n === ';' || n === '.') return false;
  }
  return false;
}

function modalityOf(modal: string): Modality {
  if (FUTURE_MODALS.has(modal)) return 'future';
  if (NORMATIVE_MODALS.has(modal)) return 'demanded';
  return 'hypothetical';
}


/** A compass word tagged as a proper noun: "Eastern Ukraine", "North Darfur", "Central Mali". */
export const compassName = (t: Token | undefined): boolean =>
  !!t && t.pos === 'PROPN' && /^(?:(?:NORTH|SOUTH)(?:EAST|WEST)?|EAST|WEST)(?:ERN)?$|^CENTRAL$/.test(t.norm);

/** A mention glued by a hyphen to a participle of running, paying for or mediating the noun after it: "World Bank-administered fund", "a Qatar-brokered truce". */
function hyphenModifier(tokens: Token[], m: ActorMention): boolean {
  const h = tokens[m.last + 1];
  const p = tokens[m.last + 2];
  return h?.text === '-' && h.start === tokens[m.last]?.end && p?.start === h.end && (MANAGING_PARTICIPLES.has(p.norm) || MEDIATING_PARTICIPLES.has(p.norm)) && tokens[m.last + 3]?.pos === 'NOUN';
}

/** Do tokens `from`..`to` (exclusive) open with an article or a noun and hold a noun outside every mention? */
function nounClauseOpening(tokens: Token[], mentions: ActorMention[], from: number, to: number): boolean {
  const first = tokens[from];
  if (!first || !['DET', 'NOUN'].includes(first.pos)) return false;
  for (let k = from; k < to; k++) if (tokens[k]?.pos === 'NOUN' && !inMention(mentions, k)) return true;
  return false;
}

/** A possessive ending: "Egypt's". */
const isPossessive = (t: Token | undefined): boolean => !!t && (t.norm === "'S" || t.norm === '’S') && t.pos !== 'VERB' && t.pos !== 'AUX';

/** The preposition governing a mention, if any: "with the government of X", "to Y". */
function prepBefore(tokens: Token[], m: ActorMention, v: number): Token | null {
  for (let j = m.first - 1; j > v; j--) {
    const t = tokens[j];
    if (!t) return null;
    // "at least eight people" is a count, not a phrase
    if (t.norm === 'AT' && (tokens[j + 1]?.norm === 'LEAST' || tokens[j + 1]?.norm === 'MOST')) continue;
    // ... and so is "more than 200 migrants", "fewer than ten"
    if (t.norm === 'THAN' && ['MORE', 'FEWER', 'LESS'].includes(tokens[j - 1]?.norm ?? '') && tokens[j + 1]?.pos === 'NUM') continue;
    // ... and "over 150 prisoners", "about 40 soldiers", "up to 300 migrants" (verb-patterns' `partitive`, its "of"
    // after a quantity aside: "dozens of prisoners" keeps its phrase)
    if (t.norm !== 'OF' && partitive(tokens, j)) {
      if (t.norm === 'TO' && j - 1 > v) j--;
      continue;
    }
    // "through Egypt's El Arish port", "to Kenya's Mombasa port": a possessor before the name (and the name's words
    // before the mention) is in the same phrase
    if (t.pos === 'PROPN') {
      let k = j;
      while (k - 1 > v && tokens[k - 1]?.pos === 'PROPN') k--;
      if (isPossessive(tokens[k - 1])) {
        j = k;
        continue;
      }
    }
    if (isPossessive(t)) {
      while (j - 1 > v && (tokens[j - 1]?.pos === 'PROPN' || tokens[j - 1]?.pos === 'DET')) j--;
      continue;
    }
    // "from war-torn X": a hyphenated modifier, with the word before its hyphen
    if (t.text === '-' && tokens[j - 1]?.end === t.start && tokens[j + 1]?.start === t.end) {
      j--;
      continue;
    }
    // ... whatever the tagger made of the word after its hyphen: "to an international peace-keeping force"
    const hyphen = tokens[j - 1];
    if (hyphen?.text === '-' && hyphen.end === t.start && tokens[j - 2]?.end === hyphen.start && j - 2 > v) continue;
    // "shot down a Kenyan helicopter", "rounded up X", "blew up X": a particle right after the verb belongs to the
    // verb; the noun phrase after it is the object ("blown up over X": the preposition nearer the noun counts)
    if (j === v + 1 && VERB_PARTICLES.has(t.norm)) return null;
    if (t.pos === 'ADP' || (t.pos === 'PART' && t.norm === 'TO') || (t.pos === 'SCONJ' && ['AS', 'THAN'].includes(t.norm))) return t;
    // "in southern X", "in south X" (tagged ADV), "to the three X"
    if (t.pos === 'DET' || t.pos === 'ADJ' || t.pos === 'NUM' || t.pos === 'ADV') continue;
    // "by pro-Russian rebels": a hyphenated modifier read as one proper noun; "over Eastern Ukraine": a compass word
    // written with a capital
    if (t.pos === 'PROPN' && (/^\p{L}+-\p{L}+$/u.test(t.text) || compassName(t))) continue;
    // "agreed on a ceasefire and hostage release deal": a noun joined by "and"/"or" to a prepositional phrase's noun
    // is in that phrase
    if (t.pos === 'CCONJ') return conjoinedPrep(tokens, j - 1, v);
    return null;
  }
  return null;
}

/** The preposition of a noun phrase ending at `k` (nouns, names, determiners, adjectives, numbers), or null. */
/**
 * "in the presence of X", "on the sidelines of the X summit", "at a ceremony attended by X": is the phrase opened by
 * `prep` about the setting of the act (a witness, host or venue), which names no party to it? Such phrases are marked
 * SETTING, which no target list names.
 */
function settingPhrase(tokens: Token[], prep: Token, v: number): boolean {
  const before = tokens[prep.i - 1];
  if (prep.norm === 'OF' && SETTING_NOUNS.has(before?.norm ?? '')) return !!conjoinedPrep(tokens, prep.i - 1, v);
  // "during the visit of X", "during a visit by X": the traveller of a visit that says when is the visit's party, not
  // the clause's (the visit is coded from its noun)
  if ((prep.norm === 'OF' || prep.norm === 'BY') && TRAVEL_NOUNS.has(before?.lemmaNorm ?? '')) return TIME_PREPS.has(conjoinedPrep(tokens, prep.i - 1, v)?.norm ?? '');
  // (the participle's noun in a phrase of place or time: "welcomed the talks hosted by Qatar" is about Qatar's hosting)
  return prep.norm === 'BY' && ATTENDANCE_PARTICIPLES.has(before?.norm ?? '') && SETTING_PREPS.has(conjoinedPrep(tokens, prep.i - 2, v)?.norm ?? '');
}

/**
 * "detained a tanker suspected of damaging a cable between Finland and Estonia", "arrested a businessman accused of
 * laundering money for Mexican cartels": is the phrase at `at` inside the gerund complement of an allegation
 * participle on a noun after verb `v` (with no comma between)? Such a phrase tells what the noun is suspected of, not
 * whom the verb's act is aimed at, so it is marked ALLEGED, which no target list names. (A noun complement ends the
 * allegation: "extradited a man accused of fraud to Argentina" sends him to Argentina.)
 */
function allegedPhrase(tokens: Token[], v: number, at: number): boolean {
  for (let j = at - 1; j > v + 1; j--) {
    const t = tokens[j];
    if (!t || t.norm === ',' || t.norm === ';') return false;
    if (t.pos === 'VERB' && ALLEGATION_PARTICIPLES.has(t.norm) && ['OF', 'WITH'].includes(tokens[j + 1]?.norm ?? '') && ['NOUN', 'PROPN'].includes(tokens[j - 1]?.pos ?? '')) return /ING$/.test(tokens[j + 2]?.norm ?? '');
  }
  return false;
}

function conjoinedPrep(tokens: Token[], k: number, v: number): Token | null {
  for (let j = k; j > v; j--) {
    const t = tokens[j];
    if (!t) return null;
    if (t.pos === 'ADP') return t;
    if (!['NOUN', 'PROPN', 'DET', 'ADJ', 'NUM'].includes(t.pos)) return null;
  }
  return null;
}

/** "restored complete, full diplomatic ties": a comma inside a list of adjectives before their noun. */
function betweenAdjectives(tokens: Token[], comma: number): boolean {
  const [before, after, then] = [tokens[comma - 1], tokens[comma + 1], tokens[comma + 2]];
  // ("a 37-month, $7 billion loan": a hyphenated measure before a comma and an amount modifies the same noun)
  const hyphen = tokens[comma - 2];
  const measure = before?.pos === 'NOUN' && hyphen?.text === '-' && hyphen.end === before.start && tokens[comma - 3]?.pos === 'NUM' && (after?.pos === 'SYM' || after?.pos === 'NUM');
  return measure || (before?.pos === 'ADJ' && (after?.pos === 'ADJ' || after?.pos === 'ADV') && (then?.pos === 'ADJ' || then?.pos === 'NOUN')) || betweenNounModifiers(tokens, comma);
}

/**
 * "launched artillery, mortar and rocket fire": a comma inside a list of nouns that modify one head noun after the
 * last of them (noun, comma, noun ... "and"/"or", noun, head noun).
 */
function betweenNounModifiers(tokens: Token[], comma: number): boolean {
  if (tokens[comma - 1]?.pos !== 'NOUN') return false;
  let k = comma + 1;
  while (tokens[k]?.pos === 'NOUN' && tokens[k + 1]?.text === ',') k += 2;
  return tokens[k]?.pos === 'NOUN' && tokens[k + 1]?.pos === 'CCONJ' && tokens[k + 2]?.pos === 'NOUN' && tokens[k + 3]?.pos === 'NOUN';
}

/**
 * "banned exports of gallium, germanium and antimony to X": a comma between bare common nouns of a list after "of"
 * that "and"/"or" closes ("of N, N and N") is inside one noun phrase; the phrases after the list are still the verb's.
 * So is a list right after a verb or participle, as its object: "delivered food, fuel and medicine to Gaza", "sent
 * planes carrying tents, blankets and medical supplies to Myanmar".
 */
function inNounList(tokens: Token[], comma: number): boolean {
  if (tokens[comma - 1]?.pos !== 'NOUN') return false;
  let b = comma - 1;
  while (tokens[b - 1]?.pos === 'NOUN' || tokens[b - 1]?.pos === 'ADJ') b--;
  while (tokens[b - 1]?.pos === 'DET' || tokens[b - 1]?.pos === 'NUM') b--;
  if (tokens[b - 1]?.norm !== 'OF' && tokens[b - 1]?.pos !== 'VERB') return false;
  let j = comma + 1;
  for (let guard = 0; guard < 12; guard++) {
    while (tokens[j]?.pos === 'ADJ') j++;
    if (tokens[j]?.pos !== 'NOUN') return false;
    while (tokens[j]?.pos === 'NOUN') j++;
    const t = tokens[j];
    if (t?.pos === 'CCONJ') {
      let k = j + 1;
      while (tokens[k]?.pos === 'ADJ' || tokens[k]?.pos === 'DET') k++;
      return tokens[k]?.pos === 'NOUN';
    }
    if (t?.norm !== ',') return false;
    j++;
  }
  return false;
}

/** Tags of a noun phrase with its prepositional phrases ("The US commander in Iraq"). */
const NP_WITH_PHRASES = new Set(['DET', 'ADJ', 'NUM', 'NOUN', 'PROPN', 'ADP']);

/**
 * "The X commander in Y, General Z, held talks": a name set off by commas right before the verb group is an
 * appositive; the subject is the noun phrase it renames (when that names a country or organisation). The name may
 * be a modifier of the appositive's own noun ("Peru, a key U.S. ally in the region, refused": the ally is Peru).
 */
function appositiveHead(tokens: Token[], mentions: ActorMention[], m: ActorMention, g: number, prevVerb: number): ActorMention | null {
  let c = g - 1;
  while (c > m.last && tokens[c]?.pos === 'ADV') c--;
  if (tokens[c]?.text !== ',' || !tokens.slice(m.last + 1, c).every((t) => NP_WITH_PHRASES.has(t.pos) || t.text === "'s")) return null;
  let a = m.first - 1;
  while (a > prevVerb && (tokens[a]?.pos === 'NOUN' || tokens[a]?.pos === 'PROPN') && !inMention(mentions, a)) a--;
  if (tokens[a]?.text !== ',') return null;
  for (const h of mentions) {
    if (h.last >= a || h.first <= prevVerb || tokens[h.first - 1]?.pos === 'ADP') continue;
    if (!tokens.slice(h.last + 1, a).every((t) => NP_WITH_PHRASES.has(t.pos))) continue;
    return h.codes.every((c) => c.startsWith('---')) ? null : h;
  }
  return null;
}

/** Nouns of a text that sets out findings: "a report", "the inquiry's findings". */
const DOCUMENT_NOUNS = new Set(['REPORT', 'STUDY', 'INQUIRY', 'INVESTIGATION', 'PROBE', 'AUDIT', 'DOSSIER', 'FINDING', 'REVIEW', 'ASSESSMENT']);
/** Nouns of people sent to watch or look into something, who speak for the body that sent them: "observers from X". */
const OBSERVER_NOUNS = new Set(['OBSERVER', 'MONITOR', 'INSPECTOR', 'INVESTIGATOR', 'EXPERT']);
/** A document noun or an observer noun (singular or plural; a sentence's first word may be tagged a name). */
function spokenFor(t: Token | undefined): boolean {
  if (!t || (t.pos !== 'NOUN' && t.pos !== 'PROPN')) return false;
  const one = t.norm.endsWith('S') ? t.norm.slice(0, -1) : t.norm;
  return DOCUMENT_NOUNS.has(t.lemmaNorm) || OBSERVER_NOUNS.has(one) || DOCUMENT_NOUNS.has(one);
}
/** Participles of putting a text out: "a report released/published/issued in …". */
const RELEASE_PARTICIPLES = new Set(['RELEASED', 'PUBLISHED', 'ISSUED', 'PRESENTED', 'UNVEILED']);

/**
 * Is `m` the state in "<document> released [on a day] in the <Nat> capital" / "in <State>'s capital", the phrase running
 * into the verb group at `g` (the participle is the verb before, `prevVerb`)? A city's name ("released in Geneva") names
 * no state that puts the text out.
 */
function releasedInCapital(tokens: Token[], m: ActorMention, prevVerb: number, g: number): boolean {
  const capital = tokens[m.last + 1]?.text === "'s" ? m.last + 2 : m.last + 1;
  if (tokens[capital]?.norm !== 'CAPITAL' || !tokens.slice(capital + 1, g).every((t) => t.pos === 'ADV')) return false;
  if (!RELEASE_PARTICIPLES.has(tokens[prevVerb]?.norm ?? '') || !DOCUMENT_NOUNS.has(tokens[prevVerb - 1]?.lemmaNorm ?? '')) return false;
  // (only a day between the participle and "in": "released Tuesday in", "published on Monday in")
  return onlyDayWords(tokens, prevVerb + 1, m.first - 1);
}

/** A noun whose BY phrase names its doer: not a participle mistagged as a noun ("a report written by X"). */
function byDoerNoun(t: Token | undefined): boolean {
  return !!t && (t.pos === 'NOUN' || t.pos === 'PROPN') && !(t.lemmaNorm !== t.norm && /(ED|EN)$/.test(t.norm));
}

/**
 * "gave a speech on relations with Asia", "spoke about its ties with Uganda": the WITH phrase of a relations noun in a
 * phrase of topic names what is talked about, not a party to the act. Such phrases are marked TOPIC, which no target
 * list names.
 */
function topicRelation(tokens: Token[], prep: Token): boolean {
  if (prep.norm !== 'WITH' || !RELATION_NOUNS.has(tokens[prep.i - 1]?.norm ?? '')) return false;
  let j = prep.i - 2;
  while (['DET', 'ADJ', 'PRON', 'NOUN'].includes(tokens[j]?.pos ?? '')) j--;
  return TOPIC_PREPS.has(tokens[j]?.norm ?? '');
}

/**
 * Is `m` an appositive (with its head noun and phrases) between a comma after a noun and a comma right before the verb
 * group at `g` ("the mandate of UNMISS, the U.N. force in South Sudan, was extended")? (An appositive on an actor
 * that heads the phrase, "X, the U.N. force, said", is appositiveHead's.)
 */
function apposedPhrase(tokens: Token[], m: ActorMention, g: number, prevVerb: number): boolean {
  const close = g - 1;
  if (tokens[close]?.text !== ',' || m.last >= close) return false;
  if (!tokens.slice(m.last + 1, close).every((t) => NP_WITH_PHRASES.has(t.pos))) return false;
  const open = m.first - 1;
  return open - 1 > prevVerb && ['NOUN', 'PROPN'].includes(tokens[open - 1]?.pos ?? '');
}

/** Prepositions that also subordinate a clause: "as X prepared", "after X attacked". */
const SUBORDINATING_PREPS = new Set(['AS', 'AFTER', 'BEFORE', 'SINCE', 'UNTIL', 'WHILE', 'UNLESS']);

/** "... as Valdorian forces attacked": a subordinating preposition whose noun phrase runs into the next verb group. */
function opensClause(tokens: Token[], j: number, nextVerb: number): boolean {
  const t = tokens[j];
  if (!t || t.pos !== 'ADP' || !SUBORDINATING_PREPS.has(t.norm) || nextVerb >= tokens.length) return false;
  let g = nextVerb;
  while (g > j + 1 && ['AUX', 'ADV', 'PART'].includes(tokens[g - 1]?.pos ?? '')) g--;
  return g > j + 1 && tokens.slice(j + 1, g).every((x) => ['DET', 'ADJ', 'NUM', 'NOUN', 'PROPN'].includes(x.pos) || x.text === "'s");
}

/** Prepositions by which a passive's subject noun names whom it concerns: "evidence against X", "aid to Y". */
const SUBJECT_NOUN_PREPS = new Set(['AGAINST', 'ON', 'TO', 'FOR', 'WITH', 'OVER']);

/** First token of the noun phrase (prepositional phrases included) that ends right before token `g`. */
function nounPhraseStart(tokens: Token[], g: number, prevVerb: number): number {
  let j = g - 1;
  while (j > prevVerb && ['DET', 'NUM', 'NOUN', 'PROPN', 'ADJ', 'ADP'].includes(tokens[j]?.pos ?? '')) j--;
  return j + 1;
}

/** The first token after the last comma (outside mentions) in [from, to): where a subject starts after a fronted phrase. */
function afterFrontedPhrase(tokens: Token[], mentions: ActorMention[], from: number, to: number): number {
  for (let k = to - 1; k >= from; k--) if (tokens[k]?.norm === ',' && !inMention(mentions, k)) return k + 1;
  return from;
}

/** Just after the last word between `from` and `to` that subordinates a clause ("after", "as", "since"), or `from`. */
function afterSubordinator(tokens: Token[], from: number, to: number): number {
  for (let k = to - 1; k >= from; k--) {
    const t = tokens[k];
    if (t && (t.pos === 'ADP' || t.pos === 'SCONJ') && SUBORDINATING_PREPS.has(t.norm)) return k + 1;
  }
  return from;
}

/**
 * "Thousands of people", "a group of X", "tens of thousands of X": only a noun phrase (quantities chained by "of")
 * stands between the clause start and "of".
 */
function onlyNounsBetween(tokens: Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const pos = tokens[k]?.pos;
    if (pos !== 'DET' && pos !== 'NUM' && pos !== 'NOUN' && pos !== 'PROPN' && pos !== 'ADJ' && tokens[k]?.norm !== 'OF') return false;
  }
  return true;
}
