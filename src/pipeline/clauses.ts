/**
 * Stage 4 — clause analysis from tagged tokens: for each main verb, its verb group (auxiliaries, negation,
 * modals, voice), subject, direct object, prepositional phrases, the clause that governs it (reported speech,
 * infinitive complements) and its modality. No parse tree: boundaries come from verbs, subordinators and
 * punctuation, which is what makes this fast.
 */
import type { ActorMention, Modality, Token } from '../types.js';

export interface PrepPhrase {
  prep: string;
  mention: ActorMention;
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
}

const NEGATORS = new Set(['NOT', "N'T", 'NEVER', 'N’T', 'NO LONGER']);
const HYPOTHETICAL = new Set(['WOULD', 'COULD', 'MIGHT', 'MAY', "'D"]);
const NORMATIVE = new Set(['MUST', 'SHOULD', 'OUGHT']);
const FUTURE = new Set(['WILL', 'SHALL', "'LL", 'WO']);
/** Adverbs that report a happening as someone's claim, not as fact: "troops allegedly killed civilians". */
const ALLEGING = new Set(['ALLEGEDLY', 'PURPORTEDLY', 'SUPPOSEDLY']);
const BOUNDARY_SCONJ = new Set(['THAT', 'BECAUSE', 'ALTHOUGH', 'THOUGH', 'WHILE', 'IF', 'UNLESS', 'WHEN', 'AFTER', 'BEFORE', 'SINCE', 'AS', 'WHETHER', 'UNTIL']);
/** Verbs that attribute a preceding clause to a source when they follow it after a comma. */
const ATTRIBUTION_VERBS = new Set(['say', 'announce', 'tell', 'report', 'add', 'confirm', 'state', 'claim', 'note', 'declare', 'write', 'explain', 'insist']);
/** Prepositions that open a temporal phrase about another happening. */
const TEMPORAL = new Set(['AFTER', 'FOLLOWING', 'AMID']);
/** Adjectives that turn "to V" into an intention: "is willing to send". */
const INTENT_ADJ = new Set(['WILLING', 'READY', 'PREPARED', 'DETERMINED', 'EAGER', 'KEEN', 'SET', 'POISED', 'RESOLVED']);
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
const RELATIVE = new Set(['WHICH', 'WHO', 'THAT', 'WHOM']);
/** Possessive determiners, before which an -ed form is an adjective: "their disputed border". */
const POSSESSIVES = new Set(['THEIR', 'ITS', 'HIS', 'HER', 'OUR', 'MY', 'YOUR']);
/** Spans of time: "four days of fighting". */
const DURATION = new Set(['HOURS', 'DAYS', 'NIGHTS', 'WEEKS', 'MONTHS', 'YEARS', 'DECADES', 'DAY', 'WEEK', 'MONTH', 'YEAR', 'DECADE']);
/** Past participles of affiliation that describe the noun before them: "hackers linked to X". */
export const AFFILIATION_PARTICIPLES: ReadonlySet<string> = new Set(['LINKED', 'TIED', 'AFFILIATED', 'ALLIED', 'CONNECTED']);
/** Past participles of allegation that open a reduced relative after a noun: "a man accused of spying". */
const ALLEGATION_PARTICIPLES = new Set(['ACCUSED', 'SUSPECTED', 'CHARGED', 'CONVICTED']);
/** Participles that hedge a reduced relative's passive: "a missile believed to be fired by X", "men thought to have
 * been trained by Y". The hedge is on who did it; the act itself is reported as it happened (as for "suspected"). */
const HEDGE_PARTICIPLES = new Set(['BELIEVED', 'THOUGHT', 'SAID', 'REPORTED', 'KNOWN', 'UNDERSTOOD', 'PRESUMED', 'ALLEGED', 'SUSPECTED']);

/**
 * "NOUN believed to be V-ed", "NOUN thought to have been V-ed": when token `v` is such a participle, the index of the
 * hedge word (right after the noun the relative is about); else -1.
 */
function hedgeBefore(tokens: Token[], v: number): number {
  let j = v - 1;
  if (tokens[j]?.lemma !== 'be') return -1;
  j--;
  if (tokens[j]?.norm === 'HAVE') j--;
  if (tokens[j]?.norm !== 'TO') return -1;
  const h = tokens[j - 1];
  return h && HEDGE_PARTICIPLES.has(h.norm) && ['NOUN', 'PROPN'].includes(tokens[j - 2]?.pos ?? '') ? j - 1 : -1;
}

/** Is token `i` a hedge word opening "to be / to have been" + participle after a noun? */
function isHedge(tokens: Token[], i: number): boolean {
  let k = i + 2;
  if (tokens[i + 1]?.norm !== 'TO') return false;
  if (tokens[k]?.norm === 'HAVE') k++;
  return tokens[k]?.lemma === 'be' && pastParticiple(tokens[k + 1]) && hedgeBefore(tokens, k + 1) === i;
}

/** Weapons and means of attack that a passive's BY phrase may name in place of the doer: "hit by a drone fired by X". */
const INSTRUMENTS = new Set(['DRONE', 'MISSILE', 'ROCKET', 'SHELL', 'MORTAR', 'BOMB', 'GRENADE', 'MINE', 'LANDMINE', 'DEVICE', 'IED', 'ARTILLERY', 'AIRSTRIKE', 'STRIKE', 'TORPEDO', 'PROJECTILE', 'AIRCRAFT', 'JET', 'WARPLANE', 'HELICOPTER', 'SHIP', 'WARSHIP', 'VESSEL', 'SNIPER']);

/** Verbs followed by an object and a bare infinitive: "helped X join", "let X go", "made X pay". */
const BARE_INFINITIVE = new Set(['help', 'let', 'make', 'see', 'watch', 'hear', 'have']);
const CONDITIONAL = new Set(['IF', 'UNLESS']);
/** Verbs of speaking or judging: as an adjunct after an attribution (", X said, blaming Y") they are the speaker's. */
const SPEAKER_ADJUNCTS = new Set(['accuse', 'blame', 'dismiss', 'deny', 'reject', 'condemn', 'criticise', 'criticize', 'denounce', 'urge', 'warn', 'call', 'describe', 'praise', 'welcome', 'vow', 'pledge', 'promise', 'threaten', 'demand', 'insist', 'reiterate', 'cite', 'add', 'say', 'note', 'appeal']);
/** Verbs tagged VERB that are really copulas/light or not events by themselves. */
const NOT_MAIN = new Set(['be', 'have', 'do']);

export function isVerb(t: Token | undefined): boolean {
  return !!t && (t.pos === 'VERB' || (t.pos === 'AUX' && !NOT_MAIN.has(t.lemma) && !isAuxWord(t)));
}

function isAuxWord(t: Token): boolean {
  return HYPOTHETICAL.has(t.norm) || NORMATIVE.has(t.norm) || FUTURE.has(t.norm) || t.norm === 'CAN' || t.norm === 'CA';
}

const inMention = (mentions: ActorMention[], i: number): ActorMention | undefined =>
  mentions.find((m) => i >= m.first && i <= m.last);

/** Verbs that also name or describe: "what it called a provocation", "labelled the group a threat". */
export const NAMING_VERBS: ReadonlySet<string> = new Set(['call', 'name', 'describe', 'term', 'dub', 'label', 'brand']);

/** "what it called", "what Kestria described": WHAT, then a pronoun or an actor, right before the verb at `i`. */
function namedWhat(tokens: Token[], mentions: ActorMention[], i: number): boolean {
  const prev = tokens[i - 1];
  if (prev?.pos === 'PRON' && tokens[i - 2]?.norm === 'WHAT') return true;
  const m = inMention(mentions, i - 1);
  return !!m && m.last === i - 1 && tokens[m.first - 1]?.norm === 'WHAT';
}

/** Verbs of yielding whose TO is a preposition: "acceded to pressure", "succumbed to demands". */
const PREP_TO_VERBS = new Set(['accede', 'yield', 'bow', 'succumb', 'capitulate', 'relent', 'cave', 'bend']);

export function analyseClauses(tokens: Token[], mentions: ActorMention[]): Clause[] {
  const verbs: number[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t || !isVerb(t)) continue;
    if (inMention(mentions, i)) continue;
    // "extradited suspected militant X": an -ed form between a verb or determiner and a noun is an adjective
    // ("the two exiled dissidents"; "aid to besieged villages": also after a preposition, an inflected form after "to")
    const toInflected = tokens[i - 1]?.norm === 'TO' && t.norm !== t.lemmaNorm;
    // ("their disputed border": also after a possessive pronoun)
    const possessive = POSSESSIVES.has(tokens[i - 1]?.norm ?? '');
    // (not after a number that ends an actor's name: "the Group of Seven condemned North Korea")
    const nameEnd = tokens[i - 1]?.pos === 'NUM' && !!inMention(mentions, i - 1);
    if (t.pos === 'VERB' && /ED$/.test(t.norm) && (['VERB', 'DET', 'NUM', 'ADP'].includes(tokens[i - 1]?.pos ?? '') || toInflected || possessive) && !nameEnd && ['ADJ', 'NOUN', 'PROPN'].includes(tokens[i + 1]?.pos ?? '')) continue;
    // "acceded to pressure", "bowed to demands", "yielded to calls": after a verb whose TO is a preposition the word
    // after TO is a noun, not an infinitive
    if (t.pos === 'VERB' && tokens[i - 1]?.norm === 'TO' && PREP_TO_VERBS.has(tokens[i - 2]?.lemma ?? '')) continue;
    // "in his address on Tuesday", "their fire": a base or -s form right after a possessive determiner is a noun
    // (not "her", also an object: "helped her escape")
    if (t.pos === 'VERB' && possessive && tokens[i - 1]?.norm !== 'HER' && !/(?:ED|ING)$/.test(t.norm)) continue;
    // "Kestria-backed militias", "military-ruled X": a participle hyphenated to the word before is an adjective
    if (t.pos === 'VERB' && tokens[i - 1]?.text === '-' && tokens[i - 1]?.end === t.start && tokens[i - 2]?.end === tokens[i - 1]?.start) continue;
    // "live-fire drills", "a sit-in", "a shoot-out": a verb joined by a hyphen to the word after it is part of a
    // compound noun or modifier
    if (t.pos === 'VERB' && tokens[i + 1]?.text === '-' && tokens[i + 1]?.start === t.end && tokens[i + 2]?.start === tokens[i + 1]?.end) continue;
    // "a tanker suspected of damaging a cable", "a commander accused of planning attacks": an allegation participle
    // right after a noun with "of"/"with" next is a reduced relative about that noun (the active verb takes its
    // object first: "accused Kestria of ..."); the allegation is read from the complement (events.ts)
    if (t.pos === 'VERB' && ALLEGATION_PARTICIPLES.has(t.norm) && ['OF', 'WITH'].includes(tokens[i + 1]?.norm ?? '') && ['NOUN', 'PROPN'].includes(tokens[i - 1]?.pos ?? '')) continue;
    // "hackers linked to China's security ministry", "militias allied with X": a participle of affiliation after a
    // noun describes it; it starts no clause
    if (t.pos === 'VERB' && AFFILIATION_PARTICIPLES.has(t.norm) && ['TO', 'WITH'].includes(tokens[i + 1]?.norm ?? '') && (['NOUN', 'PROPN'].includes(tokens[i - 1]?.pos ?? '') || !!inMention(mentions, i - 1))) continue;
    // "after four days of fighting", "years of shelling": an -ing form after a span of time and "of" names the
    // activity over that span, background to the sentence's events, not a clause
    if (t.pos === 'VERB' && /ING$/.test(t.norm) && tokens[i - 1]?.norm === 'OF' && DURATION.has(tokens[i - 2]?.norm ?? '')) continue;
    // "is set to visit", "is poised to strike": an adjective of readiness the tagger reads as a verb starts no clause;
    // the infinitive after it is the intention (INTENT_ADJ)
    if (t.pos === 'VERB' && INTENT_ADJ.has(t.norm) && tokens[i - 1]?.lemma === 'be' && tokens[i + 1]?.norm === 'TO') continue;
    // "arranged for the reopening of X": an -ing form after a determiner is a noun
    if (t.pos === 'VERB' && /ING$/.test(t.norm) && tokens[i - 1]?.pos === 'DET') continue;
    // "a missile believed to be fired by X": the hedge opens a reduced relative whose verb is the participle; it is
    // no clause of its own (see `hedgeBefore`)
    if (t.pos === 'VERB' && isHedge(tokens, i)) continue;
    // "welcomed the memos sent by X": after an earlier verb, a participle between a noun and "by" is a reduced
    // relative clause; X belongs to the noun phrase of that verb. When the noun is an actor ("rebels arrested by
    // X") the participle is a passive clause of its own (see `reducedRelative`).
    // (... also hedged: "was hit by a rocket believed to have been fired by X")
    const hedge = hedgeBefore(tokens, i);
    const nounAt = hedge >= 0 ? hedge - 1 : i - 1;
    if (t.pos === 'VERB' && verbs.length && t.norm !== t.lemmaNorm && !/ING$/.test(t.norm) && tokens[nounAt]?.pos === 'NOUN' && tokens[i + 1]?.norm === 'BY' && !inMention(mentions, nounAt)) continue;
    // "the roads leading into X": an -ing participle right after a noun modifies it; it starts no clause
    // (except after a text that says or orders something: "adopted a resolution demanding X", see `contentParticiple`)
    if (t.pos === 'VERB' && /ING$/.test(t.norm) && tokens[i - 1]?.pos === 'NOUN' && i > 1 && !issuedContent(tokens, verbs[verbs.length - 1] ?? -1, i)) continue;
    // "strikes on what it called militant camps", "what Kestria described as a provocation": a naming verb in a
    // free relative belongs to the noun phrase; the phrase after it is the outer verb's
    if (t.pos === 'VERB' && NAMING_VERBS.has(t.lemma) && namedWhat(tokens, mentions, i)) continue;
    // "to be" + participle handled by the participle; skip auxiliaries followed by another verb
    if (t.pos === 'AUX') {
      const nxt = nextNonAdv(tokens, i + 1);
      if (nxt !== null && isVerb(tokens[nxt])) continue;
    }
    // ... and "have" (tagged either way) before "been" + participle: "to have been fired"
    if (t.lemma === 'have' && tokens[i + 1]?.norm === 'BEEN' && isVerb(tokens[nextNonAdv(tokens, i + 2) ?? -1])) continue;
    verbs.push(i);
  }
  const clauses: Clause[] = [];
  for (let k = 0; k < verbs.length; k++) {
    const v = verbs[k] ?? 0;
    const prevVerb = k > 0 ? (verbs[k - 1] ?? -1) : -1;
    const nextVerb = k + 1 < verbs.length ? (verbs[k + 1] ?? tokens.length) : tokens.length;
    clauses.push(buildClause(tokens, mentions, v, prevVerb, nextVerb));
  }
  linkClauses(tokens, clauses);
  linkAroundRelatives(tokens, mentions, clauses);
  linkAroundAttribution(tokens, mentions, clauses);
  linkReactionsToDeeds(tokens, clauses);
  return clauses;
}

function nextNonAdv(tokens: Token[], from: number): number | null {
  for (let j = from; j < tokens.length; j++) {
    const t = tokens[j];
    if (!t) return null;
    if (t.pos === 'ADV' || t.pos === 'PART') continue;
    return j;
  }
  return null;
}

function buildClause(tokens: Token[], mentions: ActorMention[], v: number, prevVerb: number, nextVerb: number): Clause {
  // verb group: walk left over auxiliaries, adverbs, negation, "to"
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
    if (t.pos === 'AUX' || t.pos === 'ADV' || t.pos === 'PART' || (t.pos === 'VERB' && t.lemma === 'be')) {
      if (NEGATORS.has(t.norm)) negated = true;
      else if (ALLEGING.has(t.norm)) alleged = true;
      // "has yet to respond", "is yet to sign": the act has not happened
      else if (t.norm === 'YET' && tokens[j + 1]?.norm === 'TO') negated = true;
      else if (HYPOTHETICAL.has(t.norm) || NORMATIVE.has(t.norm) || FUTURE.has(t.norm)) modal ??= t.norm;
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
            else if (NORMATIVE.has(x.norm) || HYPOTHETICAL.has(x.norm) || FUTURE.has(x.norm)) modal ??= x.norm;
          }
        }
        // "is unlikely to approve", "is expected to resume": a likelihood, not a happening; "was unable to deliver":
        // an inability (a schedule, "is about to", stays as PETRARCH codes it)
        else if (before?.norm === 'UNABLE') negated = true;
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
  // "a missile believed to be fired by X": a hedged reduced relative, no infinitive complement of "believed"
  const hedge = hedgeBefore(tokens, v);
  if (hedge >= 0) infinitive = false;
  const verbTok = tokens[v];
  // ("was hit by", "were put on trial": a participle written like its verb is one after "be")
  const participle = !!verbTok && (/(ED|EN|WN|NE|UNG|LT|PT)$/.test(verbTok.norm) || verbTok.norm !== verbTok.lemma.toUpperCase() || (passiveAux && IRREGULAR_PARTICIPLES.has(verbTok.norm))) && !/ING$/.test(verbTok.norm);
  let passive = passiveAux && participle;
  // clause end: next verb group or a hard boundary
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
    const relative = t.norm === 'WHO' || t.norm === 'WHOM' || (t.norm === 'WHICH' && tokens[j - 1]?.norm === ',');
    if (t.norm === ';' || t.norm === 'WHOSE' || relative || temporal || (t.pos === 'SCONJ' && BOUNDARY_SCONJ.has(t.norm) && !(t.norm === 'THAT' && onlyDayWords(tokens, v + 1, j))) || (t.pos === 'CCONJ' && isVerb(tokens[nextNonAdv(tokens, j + 1) ?? -1]))) {
      end = j - 1;
      break;
    }
  }
  // trim the end back over the next clause's auxiliaries / subject: stop before a mention that is the next verb's subject
  // objects and prepositional phrases stop at the first comma after the verb (", officials said")
  for (let j = v + 1; j <= end; j++) {
    if (tokens[j]?.norm === ',' && !inMention(mentions, j) && !betweenAdjectives(tokens, j)) {
      end = j - 1;
      break;
    }
  }
  const after = mentions.filter((m) => m.first > v && m.last <= end);
  // ", killing eight people": a participle after a comma has the subject of the clause before it (linkClauses)
  const adjunct = !!verbTok && verbTok.pos === 'VERB' && /ING$/.test(verbTok.norm) && tokens[g - 1]?.norm === ',';
  // subject: nearest mention to the left, not inside a prepositional phrase, within the boundary
  let subject: ActorMention | null = null;
  let subjectHow: Clause['subjectHow'] = 'none';
  let start = g;
  let ofFallback: ActorMention | null = null;
  // "Evidence against X was presented by Y": the actor in a phrase of a passive's subject noun is what it is about
  let ppFallback: ActorMention | null = null;
  let restrictive = false;
  for (let j = adjunct ? -1 : g - 1; j > prevVerb; j--) {
    const t = tokens[j];
    if (!t) break;
    if (t.norm === ';' || (t.pos === 'SCONJ' && BOUNDARY_SCONJ.has(t.norm) && !RELATIVE.has(t.norm))) break;
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
      const opensClause = !!before && ((SUBORDINATING_PREPS.has(before.norm) && tokens.slice(m.last + 1, g).every((x) => x.pos === 'NOUN' || x.pos === 'ADV')) || absolute);
      // "aircraft including helicopter gunships killed …": the examples after "including" stand for the noun before
      if (before?.norm === 'INCLUDING') {
        ofFallback ??= m;
        j = m.first;
        continue;
      }
      if (before && before.pos === 'ADP' && !opensClause) {
        // inside a PP: keep looking left; "thousands of people", "members of X" keep it as a fallback
        // (a fronted phrase of time or place before a comma is not part of it: "Two days after the vote, thousands of
        // people took to the streets")
        if (before.norm === 'OF' && onlyNounsBetween(tokens, afterFrontedPhrase(tokens, mentions, prevVerb + 1, m.first), m.first - 1)) ofFallback ??= m;
        if (passive && SUBJECT_NOUN_PREPS.has(before.norm) && nounPhraseStart(tokens, g, prevVerb) < m.first - 1) ppFallback ??= m;
        j = m.first;
        continue;
      }
      subject = appositiveHead(tokens, mentions, m, g, prevVerb) ?? m;
      subjectHow = 'direct';
      start = subject.first;
      break;
    }
    if (t.pos === 'PRON' && ['HE', 'SHE', 'IT', 'THEY', 'WE', 'I'].includes(t.norm)) break;
  }
  if (!subject && ofFallback) {
    subject = ofFallback;
    subjectHow = 'direct';
    start = Math.min(start, ofFallback.first);
  }
  if (!subject && ppFallback) {
    subject = ppFallback;
    subjectHow = 'direct';
    start = nounPhraseStart(tokens, g, prevVerb);
  }
  // "there were ten soldiers killed": the participle is a passive about the noun after "there be"
  if (subject && g === v && participle && !passive) {
    let k = subject.first - 1;
    while (k > 0 && ['NUM', 'DET', 'ADJ'].includes(tokens[k]?.pos ?? '')) k--;
    if (tokens[k]?.lemma === 'be' && tokens[k - 1]?.norm === 'THERE') passive = true;
  }
  // object and prepositional phrases
  let object: ActorMention | null = null;
  const preps: PrepPhrase[] = [];
  for (const m of after) {
    const prepTok = prepBefore(tokens, m, v);
    // "near the border with Belarus": the country across a border says where; it is a participant only when nothing
    // else is ("marched to the border with X"), so its phrase is marked BORDER, which no target list names
    const border = !!prepTok && ['WITH', 'OF'].includes(prepTok.norm) && /^(BORDERS?|FRONTIERS?)$/.test(tokens[tokens.indexOf(prepTok) - 1]?.norm ?? '');
    if (prepTok) preps.push({ prep: border ? 'BORDER' : prepTok.norm, mention: m });
    else if (!object) object = m;
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
  if (!passive && participle && g === v && preps.some((p) => p.prep === 'BY')) {
    const before = tokens[v - 1];
    const byNext = tokens[nextNonAdv(tokens, v + 1) ?? -1]?.norm === 'BY';
    // (also set off by a comma: "Iraqi forces, backed by coalition aircraft, ...", or hedged: "rebels believed to be
    // backed by X")
    const nounAt = hedge >= 0 ? hedge - 1 : v - 1;
    const adjacent = byNext ? (inMention(mentions, nounAt) ?? (tokens[nounAt]?.norm === ',' ? inMention(mentions, nounAt - 1) : undefined)) : undefined;
    if (adjacent && adjacent.kind !== 'pronoun') {
      // "rebels arrested by X", even inside a prepositional phrase ("the attack on rebels arrested by X")
      passive = true;
      if (subject !== adjacent) subjectHow = 'relative';
      subject = adjacent;
      start = Math.min(start, adjacent.first);
    } else if (!subject) passive = true;
    // ... also with a phrase before the BY phrase ("an agreement forced on X by Y"): the participle takes no object
    else if ((byNext || tokens[v + 1]?.pos === 'ADP') && before && before.pos === 'NOUN' && !(subject.first <= v - 1 && subject.last >= v - 1)) {
      passive = true;
      subject = null;
      subjectHow = 'none';
    }
  }
  if (!negated && (noObject(tokens, v) || neitherSubject(tokens, prevVerb, g))) negated = true;
  const modality: Modality = negated ? 'negated' : modal ? modalityOf(modal) : intent ? 'future' : pressed ? 'demanded' : alleged ? 'alleged' : 'asserted';
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
  };
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

/** "Neither Moscow nor Kyiv has agreed": a subject of the form "neither … nor …" denies the verb for both. */
function neitherSubject(tokens: Token[], prevVerb: number, g: number): boolean {
  let neither = -1;
  for (let j = prevVerb + 1; j < g; j++) {
    const n = tokens[j]?.norm;
    if (n === 'NEITHER') neither = j;
    else if (n === 'NOR' && neither >= 0) return true;
    else if (n === ',' || n === ';') neither = -1;
  }
  return false;
}

function modalityOf(modal: string): Modality {
  if (FUTURE.has(modal)) return 'future';
  if (NORMATIVE.has(modal)) return 'demanded';
  return 'hypothetical';
}

/** Particles of phrasal verbs the tagger reads as prepositions: "shot down", "rounded up", "fought off". */
const VERB_PARTICLES = new Set(['UP', 'DOWN', 'OFF', 'OUT', 'AWAY', 'BACK']);

/** A compass word tagged as a proper noun: "Eastern Ukraine", "North Darfur", "Central Mali". */
export const compassName = (t: Token | undefined): boolean =>
  !!t && t.pos === 'PROPN' && /^(?:(?:NORTH|SOUTH)(?:EAST|WEST)?|EAST|WEST)(?:ERN)?$|^CENTRAL$/.test(t.norm);

/** The preposition governing a mention, if any: "with the government of X", "to Y". */
function prepBefore(tokens: Token[], m: ActorMention, v: number): Token | null {
  for (let j = m.first - 1; j > v; j--) {
    const t = tokens[j];
    if (!t) return null;
    // "at least eight people" is a count, not a phrase
    if (t.norm === 'AT' && (tokens[j + 1]?.norm === 'LEAST' || tokens[j + 1]?.norm === 'MOST')) continue;
    // ... and so is "more than 200 migrants", "fewer than ten"
    if (t.norm === 'THAN' && ['MORE', 'FEWER', 'LESS'].includes(tokens[j - 1]?.norm ?? '') && tokens[j + 1]?.pos === 'NUM') continue;
    // "from war-torn X": a hyphenated modifier, with the word before its hyphen
    if (t.text === '-' && tokens[j - 1]?.end === t.start && tokens[j + 1]?.start === t.end) {
      j--;
      continue;
    }
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
function conjoinedPrep(tokens: Token[], k: number, v: number): Token | null {
  for (let j = k; j > v; j--) {
    const t = tokens[j];
    if (!t) return null;
    if (t.pos === 'ADP') return t;
    if (!['NOUN', 'PROPN', 'DET', 'ADJ', 'NUM'].includes(t.pos)) return null;
  }
  return null;
}

/** Verbs whose infinitive complement did not happen: "failed to protect", "refused to meet". */
const NOT_DONE = new Set(['fail', 'refuse', 'decline', 'neglect']);
/** Verbs whose complement can be a gerund of their own subject: "admitted killing", "resumed shelling". */
/** Verbs that keep someone from doing something: "banned X from V-ing". */
const PREVENTING = new Set(['ban', 'bar', 'prevent', 'prohibit', 'stop', 'block', 'keep', 'forbid', 'restrict', 'deter', 'exclude', 'obstruct', 'hinder']);
const GERUND_UNDONE = new Set(['deny', 'stop', 'cease', 'halt', 'quit', 'avoid', 'refrain']);
const GERUND_PROSPECT = new Set(['consider', 'discuss', 'contemplate', 'propose', 'suggest', 'recommend', 'risk', 'mull', 'weigh']);
const GERUND_TAKERS = new Set([...GERUND_UNDONE, ...GERUND_PROSPECT, 'admit', 'acknowledge', 'resume', 'continue', 'keep', 'begin', 'start', 'finish', 'complete']);
/** Verbs whose object may be followed by a finite complement clause ("said Israel attacked Syria"). */
const COMPLEMENT_VERBS = new Set(['say', 'claim', 'report', 'announce', 'confirm', 'deny', 'allege', 'believe', 'think', 'know', 'warn', 'insist', 'suggest', 'fear', 'hope', 'argue', 'acknowledge', 'admit', 'tell', 'state', 'declare', 'add', 'note', 'show', 'indicate', 'reveal', 'suspect', 'assert']);
/** Past participles that do not end in -ed/-en/-wn/-ne. */
const IRREGULAR_PARTICIPLES = new Set(['HELD', 'KEPT', 'LEFT', 'SENT', 'BUILT', 'CAUGHT', 'BROUGHT', 'FOUGHT', 'BOUGHT', 'SHOT', 'HIT', 'PUT', 'SET', 'CUT', 'HURT', 'SPREAD', 'LED', 'FED', 'FLED', 'MET', 'PAID', 'LAID', 'SOLD', 'TOLD', 'FOUND', 'BOUND', 'WON', 'LOST', 'SPENT', 'STRUCK', 'HUNG', 'BURNT', 'DEALT', 'MEANT', 'SOUGHT', 'TAUGHT', 'THOUGHT', 'SEIZED', 'SHUT']);
const pastParticiple = (t: Token | undefined): boolean => !!t && t.pos === 'VERB' && (/(?:ED|EN|WN|NE)$/.test(t.norm) || IRREGULAR_PARTICIPLES.has(t.norm));

/**
 * A reduced relative clause: a bare past participle right after a noun phrase that is the previous verb's object
 * or inside its prepositional phrase — "welcomed the release of a journalist detained in X", "signed a deal
 * brokered by Y". The noun phrase is the participle's patient (passive), not its agent.
 */
function reducedRelative(tokens: Token[], c: Clause, p: Clause): boolean {
  const m = c.subject;
  // (hedged: "a drone believed to be launched by X" is about the noun before the hedge)
  const hedge = hedgeBefore(tokens, c.verb);
  const at = hedge >= 0 ? hedge : c.verb;
  if (!m || m.kind === 'pronoun' || (c.groupStart !== c.verb && hedge < 0) || (c.link && c.link !== 'infinitive') || m.last < at - 2 || m.first < p.verb) return false;
  if (!pastParticiple(tokens[c.verb]) || COMPLEMENT_VERBS.has(tokens[p.verb]?.lemma ?? '')) return false;
  // the participle takes no object of its own ("shunned work" is active), and the previous verb is a real verb with
  // its own subject, not a mis-tagged adjective right before the noun ("the Israeli-occupied West Bank")
  if (['DET', 'NOUN', 'PROPN', 'NUM', 'PRON'].includes(tokens[c.verb + 1]?.pos ?? '')) return false;
  if (!p.subject || m.first === p.verb + 1) return false;
  for (let j = m.last + 1; j < at; j++) if (tokens[j]?.pos !== 'ADV') return false;
  return p.object === m || p.preps.some((x) => x.mention === m);
}

/**
 * Is `p` a participle modifying its subject ("gunmen wearing uniforms", "troops backed by tanks") before the
 * finite verb of `c`, which has no subject of its own? Only a phrase of nouns and prepositions lies between them.
 */
function participialModifier(tokens: Token[], c: Clause, p: Clause, between: Token[]): boolean {
  // (also hedged: "militants believed to be backed by X attacked Y")
  const hedge = hedgeBefore(tokens, p.verb);
  if (!p.subject || c.subject || c.link || p.link || (p.groupStart !== p.verb && hedge < 0) || p.subject.last !== (hedge >= 0 ? hedge : p.verb) - 1) return false;
  const part = tokens[p.verb];
  if (!part || !(part.norm.endsWith('ING') || (p.passive && pastParticiple(part)))) return false;
  const verb = tokens[c.verb];
  if (!verb || verb.norm.endsWith('ING') || (c.groupStart === c.verb && verb.lemmaNorm === verb.norm && !verb.norm.endsWith('S'))) return false;
  return between.length > 0 && between.every((t) => MODIFIER_PHRASE.has(t.pos));
}
const MODIFIER_PHRASE = new Set(['DET', 'ADJ', 'NUM', 'NOUN', 'PROPN', 'ADP', 'ADV']);

/** `reducedRelative` for a noun that is no actor: the tokens from the previous verb to the participle are one noun phrase. */
function thingRelative(tokens: Token[], c: Clause, p: Clause): boolean {
  if (c.subject || c.link || c.groupStart !== c.verb || tokens[c.verb - 1]?.pos !== 'NOUN' || c.verb - p.verb < 3) return false;
  if (!pastParticiple(tokens[c.verb]) || COMPLEMENT_VERBS.has(tokens[p.verb]?.lemma ?? '')) return false;
  if (['DET', 'NOUN', 'PROPN', 'NUM', 'PRON'].includes(tokens[c.verb + 1]?.pos ?? '')) return false;
  for (let j = p.verb + 1; j < c.verb; j++) if (!THING_PHRASE.has(tokens[j]?.pos ?? '')) return false;
  return true;
}
const THING_PHRASE = new Set(['DET', 'ADJ', 'NUM', 'NOUN', 'CCONJ']);

/** Attach clauses to their governors: complements of speech verbs, infinitives, coordinated verbs. */
function linkClauses(tokens: Token[], clauses: Clause[]): void {
  for (let k = 1; k < clauses.length; k++) {
    const c = clauses[k];
    const p = clauses[k - 1];
    if (!c || !p) continue;
    const between = tokens.slice(p.verb + 1, c.groupStart);
    // "After meeting Xi in Beijing, Macron said ...", "Before visiting Kyiv, the chancellor will stop in Warsaw": a
    // participle opening the sentence, set off by a comma, has the subject of the clause after it (and its tense);
    // that clause is neither its complement nor an attribution of it
    if (k === 1 && frontedParticiple(tokens, p) && c.subject && c.subjectHow === 'direct' && tokens[c.start - 1]?.norm === ',' && between.some((t) => t.norm === ',')) {
      p.subject = c.subject;
      p.subjectHow = 'controller';
      if (p.modality === 'asserted') p.modality = c.modality;
      continue;
    }
    // "Gunmen wearing uniforms attacked X", "Troops backed by tanks stormed Y": a participle right after its subject
    // describes it; the finite verb after the participle's phrase has that subject
    if (participialModifier(tokens, c, p, between) && p.subject) {
      c.subject = p.subject;
      c.subjectHow = 'direct';
      c.start = p.subject.first;
      p.link = 'relative';
      p.subjectHow = 'relative';
      continue;
    }
    // "adopted a resolution demanding a ceasefire", "issued a statement on Monday condemning X", "signed a decree
    // banning Y": an -ing participle after a text that says or orders something is what the text's author says or does
    if (contentParticiple(tokens, c, p)) {
      c.subject = p.subject;
      c.subjectHow = 'coordinated';
      c.start = c.groupStart;
      c.parent = k - 1;
      c.link = 'coordinated';
      if (c.modality === 'asserted') c.modality = p.modality;
      continue;
    }
    // "A rocket fired by X hit the convoy", "a drone believed to have been launched by X struck Y": a weapon with a
    // reduced relative naming who used it, as the subject of the next verb, makes that one its subject
    const user = instrumentRelative(tokens, p) ? (p.preps.find((x) => x.prep === 'BY')?.mention ?? null) : null;
    if (!c.subject && !c.link && user && tokens.slice(user.last + 1, c.groupStart).every((t) => t.pos === 'ADV')) {
      c.subject = user;
      c.subjectHow = 'direct';
      c.start = user.first;
      p.link = 'relative';
      p.parent = k;
      continue;
    }
    if (reducedRelative(tokens, c, p)) {
      c.passive = true;
      c.subjectHow = 'relative';
      c.parent = k - 1;
      c.link = 'relative';
      // "was attacked by a drone launched by X": the agent behind a passive's instrument is its agent
      const by = p.passive ? p.preps.find((x) => x.prep === 'BY' && x.mention === c.subject) : undefined;
      const agent = c.preps.find((x) => x.prep === 'BY')?.mention;
      if (by && agent && INSTRUMENTS.has(tokens[by.mention.last]?.lemmaNorm ?? '')) by.mention = agent;
      continue;
    }
    // "return weapons and equipment seized last year from X": a past participle right after the previous verb's
    // object noun (no actor, no auxiliary, no object of its own) describes that noun — a passive, not a second verb
    if (thingRelative(tokens, c, p)) {
      c.passive = true;
      c.parent = k - 1;
      c.link = 'relative';
      continue;
    }
    // "failed to protect X", "refused to meet Y": the infinitive's action did not happen
    if (c.link === 'infinitive' && NOT_DONE.has(tokens[p.verb]?.lemma ?? '') && c.modality === 'asserted') c.modality = 'negated';
    if (c.link === 'infinitive' && c.subject) {
      // "asked X to attack Y": X is written; the clause still depends on "asked"
      c.parent = k - 1;
      continue;
    }
    // "said they would boycott X, accusing Y of ...": an adjunct after a reported intention is the speaker's, said
    // as it was said; the intention is still to come
    if (c.link === 'coordinated' && !c.subject && p.link === 'complement' && p.modal && p.parent !== null && tokens[c.groupStart - 1]?.norm === ',') {
      const speech = clauses[p.parent];
      if (speech && ATTRIBUTION_VERBS.has(tokens[speech.verb]?.lemma ?? '')) {
        c.parent = p.parent;
        c.subject = speech.subject;
        c.subjectHow = 'coordinated';
        if (c.modality === 'asserted') c.modality = speech.modality;
        continue;
      }
    }
    // ", President X said, blaming militias", ", a spokesman said, dismissing as groundless claims that ...": an
    // adjunct of speaking or judging after an attribution is the speaker's own act, asserted as the saying is
    if (c.link === 'coordinated' && !c.subject && p.link === 'attribution' && p.subject && SPEAKER_ADJUNCTS.has(tokens[c.verb]?.lemma ?? '')) {
      c.parent = null;
      c.link = null;
      c.subject = p.subject;
      c.subjectHow = 'coordinated';
      c.modality = p.modality;
      continue;
    }
    // ", the ministry said, expanding its campaign": an adjunct after an attribution belongs to the reported clause
    if (c.link === 'coordinated' && !c.subject && p.link === 'attribution' && p.parent !== null) {
      const h = adjunctHead(tokens, clauses, p.parent);
      const reported = clauses[h];
      if (reported) {
        c.parent = h;
        c.subject = reported.subject;
        c.subjectHow = 'coordinated';
        if (c.modality === 'asserted') c.modality = reported.modality;
        continue;
      }
    }
    // "admitted killing two soldiers", "resumed shelling the city", "denied supplying drones": a gerund right after a
    // verb that takes one is its complement, done by the same subject; denying or stopping it asserts no such act,
    // considering or proposing it is only a possibility
    const governor = tokens[p.verb]?.lemma ?? '';
    // "banned women from studying", "prevented the convoy from reaching X": what someone is kept from doing does not
    // happen; the one kept from it is its subject
    if (tokens[c.groupStart - 1]?.norm === 'FROM' && c.groupStart === c.verb && tokens[c.verb]?.norm.endsWith('ING') && PREVENTING.has(governor) && (!c.subject || c.subject === p.object)) {
      c.parent = k - 1;
      c.subject = p.object ?? p.subject;
      c.subjectHow = 'controller';
      c.link = 'gerund';
      if (c.modality === 'asserted') c.modality = 'negated';
      continue;
    }
    if (!c.subject && !c.link && c.groupStart === c.verb && GERUND_TAKERS.has(governor) && tokens[c.verb]?.norm.endsWith('ING') && between.every((t) => t.pos === 'ADV')) {
      c.parent = k - 1;
      c.subject = p.subject;
      c.subjectHow = 'controller';
      c.link = 'gerund';
      if (c.modality === 'asserted') c.modality = GERUND_UNDONE.has(governor) ? 'negated' : GERUND_PROSPECT.has(governor) ? 'hypothetical' : p.modality;
      continue;
    }
    if (c.link === 'infinitive' && !c.subject) {
      c.parent = k - 1;
      c.subject = p.object && !p.passive ? p.object : p.subject;
      // "asked X to help Y": X is the subject of help; "agreed to meet Y": the parent's subject
      if (p.object && between.some((t) => t.norm === p.object?.text.toUpperCase())) c.subject = p.object;
      c.subjectHow = 'controller';
      if (c.start > p.verb) c.start = c.groupStart;
      continue;
    }
    // "helped militants join a group": a bare infinitive after the object of help/let/make depends on that verb
    if (c.subject && c.subject === p.object && BARE_INFINITIVE.has(tokens[p.verb]?.lemma ?? '') && tokens[c.verb]?.norm === tokens[c.verb]?.lemmaNorm && c.groupStart === c.verb) {
      c.parent = k - 1;
      c.link = 'infinitive';
      continue;
    }
    // "the civilians imprisoned for ... were released by X": a finite verb with no subject of its own takes the
    // subject of a reduced relative before it ("imprisoned" right after its noun, with no auxiliary), which is
    // then a passive about that noun
    if (!c.subject && c.groupStart < c.verb && !c.link) {
      const rel = [...clauses.slice(0, k)].reverse().find((x) => x.subject && x.subjectHow === 'direct' && x.groupStart === x.verb && x.subject.last === x.verb - 1 && /ED$|EN$/.test(tokens[x.verb]?.norm ?? ''));
      const span = rel?.subject ? tokens.slice(rel.subject.last + 1, c.groupStart) : [];
      const oneClause = span.every((t) => t.norm !== ',' && t.pos !== 'CCONJ' && !BOUNDARY_SCONJ.has(t.norm));
      // a reduced relative has no object: "imprisoned for ...", not "suspended aid deliveries"
      const noObject = ['ADP', 'SCONJ', 'ADV', 'PART'].includes(tokens[(rel?.verb ?? -2) + 1]?.pos ?? '');
      if (rel?.subject && oneClause && noObject) {
        c.subject = rel.subject;
        c.subjectHow = 'direct';
        c.start = rel.subject.first;
        rel.passive = true;
      }
    }
    // "Troops stormed the town, arrested dozens and burned homes": a verb after a comma in a list of verbs that
    // "and"/"or" closes shares the subject of the verb before it
    if ((!c.subject || listedObject(tokens, c, p)) && !c.link && !c.passive && c.groupStart === c.verb && p.subject && verbList(tokens, clauses, k) && between.length > 0 && between.every((t) => t.norm !== ';' && !(t.pos === 'SCONJ'))) {
      c.parent = k - 1;
      c.link = 'coordinated';
      c.subject = p.subject;
      c.subjectHow = 'coordinated';
      if (c.modality === 'asserted') c.modality = p.modality;
      continue;
    }
    // ("agreed to a full and immediate ceasefire": "and" between adjectives joins no clauses)
    // ("Riot police, using water cannon and rubber bullets, dispersed X": "and" inside a participle's phrase set off
    // by commas after the subject joins nouns, not clauses; the verb after the closing comma is the subject's)
    const setOff = setOffParticiple(tokens, p) && tokens[c.groupStart - 1]?.norm === ',';
    const hasCconj = between.some((t, i) => t.pos === 'CCONJ' && !(between[i - 1]?.pos === 'ADJ' && between[i + 1]?.pos === 'ADJ') && !(setOff && between.slice(i + 1).some((x) => x.norm === ','))) || c.link === 'coordinated';
    if (!c.subject && hasCconj && between.every((t) => !(t.pos === 'SCONJ'))) {
      // "accused X of sending balloons into its airspace and closed the border": a finite verb after "and" is joined
      // to the last finite verb, not to an -ing form in between
      const q = formMate(tokens, clauses, k);
      // ", retaliating for ...", ", accusing X of ...": a participle after a comma is done by the doer of the clause it
      // follows, not by the object that clause's verb made the subject of an infinitive ("ordered diplomats to leave,
      // retaliating for ...", "revoked Brazil's permission to represent X, accusing Y"), and past verbs with no subject
      // the tagger made of a noun phrase ("in a televised address, accusing ...")
      let h = q >= 0 ? q : tokens[c.groupStart - 1]?.norm === ',' && tokens[c.verb]?.norm.endsWith('ING') ? adjunctHead(tokens, clauses, k - 1) : k - 1;
      // "X protested after Y closed the border, and recalled its envoy": after a comma, "and" joins the verb to the
      // main clause, not to the clause of time or reason that the main clause carries
      if (tokens[c.groupStart - 1]?.norm === 'AND' && tokens[c.groupStart - 2]?.norm === ',') {
        const opened = (x: Clause | undefined): boolean => !!x && SUBORDINATE_OPENERS.has(tokens[x.start - 1]?.norm ?? '');
        let main = h;
        while (main > 0 && opened(clauses[main]) && clauses[main]?.link === null) main--;
        const m = clauses[main];
        if (main < h && m?.subject && !opened(m) && m.link === null) h = main;
      }
      const head = clauses[h] ?? p;
      c.parent = h;
      c.link = 'coordinated';
      c.subject = head.subject;
      c.subjectHow = 'coordinated';
      if (c.modality === 'asserted') c.modality = head.modality;
      continue;
    }
    // "Russia angered Japan by deploying missiles": a gerund of means after "by" is done by the doer of the clause it
    // follows, not by that clause's object before it
    if (!p.passive && p.subject && c.subject && c.subject === p.object && c.groupStart === c.verb && tokens[c.verb - 1]?.norm === 'BY' && tokens[c.verb]?.norm.endsWith('ING')) {
      c.parent = k - 1;
      c.link = 'gerund';
      c.subject = p.subject;
      c.subjectHow = 'controller';
      if (c.modality === 'asserted') c.modality = p.modality;
      continue;
    }
    // "..., the White House announced": a speech verb after a comma attributes the clause before it
    if (c.subject && c.subject.first > p.verb && ATTRIBUTION_VERBS.has(tokens[c.verb]?.lemma ?? '') && between.some((t) => t.norm === ',')) {
      c.parent = k - 1;
      c.link = 'attribution';
      continue;
    }
    // complement clause: the previous verb is a speech/cognition verb and this clause follows it (not a clause
    // of time or reason after it: "..., a correspondent said, two weeks after rebels kidnapped ...")
    // ... also a passive whose subject is a thing: "said a rocket was fired at it"
    const thingPassive = !c.subject && c.passive && c.modality === 'asserted' && between.length > 0 && between.every((t) => ['DET', 'ADJ', 'NUM', 'NOUN', 'AUX'].includes(t.pos) || t.norm === 'THAT');
    // (not a relative clause about the verb's object: "sanctioned settlers who it said had attacked X")
    if ((thingPassive || (c.subject && c.subject.first > p.verb)) && !between.some((t) => (BOUNDARY_SCONJ.has(t.norm) && t.norm !== 'THAT') || t.norm === 'WHO' || t.norm === 'WHOM')) {
      c.parent = k - 1;
      c.link = 'complement';
    }
    // a conditional: "if X strikes" anywhere before the subject in this clause
    for (let j = c.start - 1; j >= Math.max(0, c.start - 3); j--) {
      if (CONDITIONAL.has(tokens[j]?.norm ?? '')) c.modality = 'conditional';
    }
  }
  for (const c of clauses) {
    // "Trump and Putin to meet in Alaska": a headline's "X to V", with no verb governing the infinitive, is a
    // schedule ("X is to V"), not a happening
    if (c.link === 'infinitive' && c.parent === null && c.subject && c.subjectHow === 'direct' && c.subject.last === c.groupStart - 1 && c.modality === 'asserted') c.modality = 'future';
    for (let j = c.start - 1; j >= Math.max(0, c.start - 2); j--) {
      if (CONDITIONAL.has(tokens[j]?.norm ?? '')) c.modality = 'conditional';
      // "asked whether X had attacked Y": an embedded question
      else if (tokens[j]?.norm === 'WHETHER' && c.modality === 'asserted') c.modality = 'question';
    }
  }
  markQuestions(tokens, clauses);
}

/**
 * A non-restrictive relative clause between a subject and its verb: "Myanmar's military government, which seized
 * power in 2021, released 4,000 prisoners" — the verb after the closing comma has the antecedent as its subject;
 * in an object relative ("Kestria, which Valdoria attacked, condemned Morvane") the antecedent is also the
 * relative verb's object.
 */
function linkAroundRelatives(tokens: Token[], mentions: ActorMention[], clauses: Clause[]): void {
  for (let k = 1; k < clauses.length; k++) {
    const c = clauses[k];
    // (a speech verb right after a relative clause or participle set off by commas is the subject's, not an
    // attribution of that clause: "The Pentagon, citing intelligence, said ...", "Russia, which invaded X, said ...")
    if (!c || (c.link && c.link !== 'complement' && c.link !== 'attribution') || tokens[c.groupStart - 1]?.norm !== ',' || (c.subject && c.subjectHow !== 'direct')) continue;
    for (let r = k - 1; r >= 0; r--) {
      const rel = clauses[r];
      if (!rel) break;
      const open = relativeOpening(tokens, mentions, rel);
      if (!open) continue;
      // the comma before the verb closes the relative clause: no other comma or clause boundary in between
      // (a participle's own phrase may join nouns: "Riot police, using water cannon and tear gas, dispersed X")
      const nounsJoined = r === k - 1 && setOffParticiple(tokens, rel);
      if (tokens.slice(open.pronoun + 1, c.groupStart - 1).some((t) => t.norm === ',' || t.norm === ';' || (t.pos === 'CCONJ' && !nounsJoined))) break;
      // ... and a subject found inside the relative clause ("Valdoria, which attacked Morvane, condemned X") is its
      if (c.subject && c.subject.first < open.pronoun) break;
      c.subject = open.antecedent;
      c.subjectHow = 'direct';
      // a further clause inside the relative clause (", which abandoned neutrality after Russia invaded Ukraine,") dates
      // the description; its happening is background, not news (the relative's own verb is coded as before)
      if (RELATIVE.has(tokens[open.pronoun]?.norm ?? '')) for (let b = r + 1; b < k; b++) if (clauses[b]) (clauses[b] as Clause).background = true;
      // the main verb hangs where its relative clause hung ("said Kestria, which X supports, attacked Y")
      const inherited = rel.link === 'complement' && rel.parent !== null;
      c.parent = inherited ? rel.parent : null;
      c.link = inherited ? 'complement' : null;
      c.start = open.antecedent.first;
      if (rel.subjectHow === 'direct' && !rel.object && !rel.passive) rel.object = open.antecedent;
      break;
    }
  }
}

/**
 * Is clause `k` a middle member of a list of verbs: right after a comma, finite (no -ing adjunct, no participle
 * describing the noun before it), with the verbs after it joined by commas up to one joined by "and"/"or"?
 */
function verbList(tokens: Token[], clauses: Clause[], k: number): boolean {
  const c = clauses[k];
  if (!c || tokens[c.groupStart - 1]?.norm !== ',' || /ING$/.test(tokens[c.verb]?.norm ?? '')) return false;
  // (the member takes an object or a phrase of its own: "arrested dozens", not "the town, seized last week")
  if (!['DET', 'NOUN', 'PROPN', 'NUM', 'PRON', 'ADJ'].includes(tokens[c.verb + 1]?.pos ?? '')) return false;
  for (let n = k + 1; n < clauses.length; n++) {
    const x = clauses[n];
    const prev = clauses[n - 1];
    if (!x || !prev || (x.subject && !listedObject(tokens, x, prev)) || x.passive || x.groupStart !== x.verb || /ING$/.test(tokens[x.verb]?.norm ?? '')) return false;
    const gap = tokens.slice(prev.verb + 1, x.groupStart);
    if (gap.some((t) => t.norm === ';' || t.pos === 'SCONJ' || RELATIVE.has(t.norm))) return false;
    const joiner = tokens[x.groupStart - 1];
    if (joiner?.pos === 'CCONJ') return true;
    if (joiner?.norm !== ',') return false;
  }
  return false;
}

/**
 * For a finite verb `k` after "and" whose previous clause is an -ing form (a gerund complement or adjunct): the
 * index of the nearest earlier finite clause with a subject, or -1 to join the previous clause as usual.
 */
function formMate(tokens: Token[], clauses: Clause[], k: number): number {
  const c = clauses[k];
  const p = clauses[k - 1];
  const ing = (x: Clause): boolean => /ING$/.test(tokens[x.verb]?.norm ?? '') && x.groupStart === x.verb;
  if (!c || !p || ing(c) || !ing(p) || p.link === 'coordinated') return -1;
  for (let q = k - 2; q >= 0; q--) {
    const x = clauses[q];
    if (!x) break;
    if (!ing(x) && x.subject && x.link !== 'relative') return q;
  }
  return -1;
}

/** A passive participle with no actor subject right after a weapon noun ("a rocket fired by X", hedged or not). */
function instrumentRelative(tokens: Token[], p: Clause): boolean {
  if (!p.passive || p.subject || p.link || !p.preps.some((x) => x.prep === 'BY')) return false;
  const hedge = hedgeBefore(tokens, p.verb);
  if (p.groupStart !== p.verb && hedge < 0) return false;
  const noun = tokens[hedge >= 0 ? hedge - 1 : p.verb - 1];
  return !!noun && noun.pos === 'NOUN' && INSTRUMENTS.has(noun.lemmaNorm);
}

/** In "raided X, arrested Y, seized Z": the "subject" found for a verb after a comma is the object of the one before. */
function listedObject(tokens: Token[], c: Clause, p: Clause): boolean {
  const s = c.subject;
  return !!s && c.subjectHow === 'direct' && s.first > p.verb && s.last === c.groupStart - 2 && tokens[c.groupStart - 1]?.norm === ',' && (p.object === s || p.preps.some((x) => x.mention === s));
}

/**
 * An attribution set off by commas between a subject and its verb: "Israeli warplanes, the military said on Saturday,
 * had killed X" — the verb after the closing comma has the actor before the opening comma as its subject, and the
 * speech clause attributes it (as ", officials said" at the end does).
 */
function linkAroundAttribution(tokens: Token[], mentions: ActorMention[], clauses: Clause[]): void {
  for (let k = 1; k < clauses.length; k++) {
    const c = clauses[k];
    const p = clauses[k - 1];
    if (!c || !p || c.subject || c.link || p.link || p.parent !== null || tokens[c.groupStart - 1]?.norm !== ',') continue;
    if (!p.subject || p.subjectHow !== 'direct' || p.negated || p.modal || !ATTRIBUTION_VERBS.has(tokens[p.verb]?.lemma ?? '')) continue;
    // the speech clause is the speaker and its verb, with only words of time after it ("on Saturday")
    const open = p.subject.first - 1;
    if (tokens[open]?.norm !== ',' || p.groupStart !== p.subject.last + 1 || !onlyDayWords(tokens, p.verb + 1, c.groupStart - 1)) continue;
    const subject = mentions.find((m) => m.last === open - 1);
    if (!subject || tokens[subject.first - 1]?.pos === 'ADP') continue;
    c.subject = subject;
    c.subjectHow = 'direct';
    c.start = subject.first;
    p.parent = k;
    p.link = 'attribution';
  }
}

/** A participle with no subject opening the sentence, alone or after "after", "before", "while" ...: "After meeting X, ...". */
function frontedParticiple(tokens: Token[], p: Clause): boolean {
  if (p.subject || p.link || p.groupStart !== p.verb || !tokens[p.verb]?.norm.endsWith('ING')) return false;
  return p.verb === 0 || (p.verb === 1 && FRONTING.has(tokens[0]?.norm ?? ''));
}
// (not "before": "Before leaving for Beijing on Thursday, X was to give a speech" — what comes after the main clause's
// time is not established by it)
const FRONTING = new Set(['AFTER', 'SINCE', 'WHILE', 'UPON', 'WHEN']);

/**
 * A reaction in an appositive about the sentence's deed: "Putin signed treaties annexing four regions, a move that Kyiv
 * denounced as illegal", "declared Maduro the winner, a result the opposition rejected" — the reaction's object is the
 * doer of the main clause (the subject of the first clause that governs no other), and it is asserted on its own, not
 * a complement of the verb before it.
 */
function linkReactionsToDeeds(tokens: Token[], clauses: Clause[]): void {
  for (let k = 1; k < clauses.length; k++) {
    const c = clauses[k];
    // ("a step Iran's foreign minister called unjustified": naming the deed is no act on its doer)
    if (!c?.subject || c.subjectHow !== 'direct' || c.object || c.passive || NAMING_VERBS.has(tokens[c.verb]?.lemma ?? '')) continue;
    let j = c.subject.first - 1;
    if (['THAT', 'WHICH'].includes(tokens[j]?.norm ?? '')) j--;
    if (!DEED_NOUNS.has(tokens[j]?.lemmaNorm ?? '') || tokens[j]?.pos !== 'NOUN') continue;
    j--;
    while (tokens[j]?.pos === 'ADJ') j--;
    if (!['A', 'AN', 'THE'].includes(tokens[j]?.norm ?? '') || tokens[j - 1]?.norm !== ',') continue;
    const main = clauses.slice(0, k).find((x) => x.parent === null && x.subject && x.subjectHow === 'direct' && !x.passive && x.verb < j);
    if (!main?.subject) continue;
    c.object = main.subject;
    c.parent = null;
    c.link = null;
  }
}
/** Nouns that restate the deed of a clause: "…, a move that X condemned". */
const DEED_NOUNS = new Set(['MOVE', 'STEP', 'DECISION', 'RESULT', 'PLAN', 'PROPOSAL', 'ACTION', 'MEASURE', 'RULING', 'DECREE', 'ORDER', 'ANNOUNCEMENT', 'VERDICT', 'OUTCOME', 'POLICY', 'DECLARATION']);

/** The clause whose doer an adjunct participle after clause `k - 1` shares (see `linkClauses`). */
function adjunctHead(tokens: Token[], clauses: Clause[], from: number): number {
  let h = from;
  for (let guard = 0; guard < clauses.length; guard++) {
    const q = clauses[h];
    if (!q) break;
    const gov = q.parent !== null ? clauses[q.parent] : undefined;
    if (q.link === 'infinitive' && gov && q.subject && gov.object === q.subject) h = q.parent ?? h;
    // (not a verb after a comma, whose subject a relative clause before it may still give: "X, who ..., opened fire")
    else if (!q.subject && !q.passive && !q.link && h > 0 && tokens[q.groupStart - 1]?.norm !== ',') h--;
    else break;
  }
  return h;
}

/** A participle set off by a comma right after the verb group's start, with no subject of its own: ", using X, ...". */
function setOffParticiple(tokens: Token[], r: Clause): boolean {
  return r.groupStart === r.verb && !r.subject && tokens[r.verb - 1]?.norm === ',' && /(ED|EN|ING)$/.test(tokens[r.verb]?.norm ?? '');
}

/** ", which/who ..." opening clause `r`: the relative pronoun's index and the mention before its comma. */
function relativeOpening(tokens: Token[], mentions: ActorMention[], r: Clause): { pronoun: number; antecedent: ActorMention } | null {
  if (r.subjectHow === 'relative' && r.subject && RELATIVE.has(tokens[r.start]?.norm ?? '') && tokens[r.start - 1]?.norm === ',') return { pronoun: r.start, antecedent: r.subject };
  // ... or a participle set off by commas: "Iraqi forces, backed by coalition aircraft, launched an operation"
  if (r.groupStart === r.verb && tokens[r.verb - 1]?.norm === ',' && /(ED|EN|ING)$/.test(tokens[r.verb]?.norm ?? '')) {
    const antecedent = mentions.find((m) => m.last === r.verb - 2);
    if (antecedent) return { pronoun: r.verb - 1, antecedent };
  }
  const s = r.subject;
  if (!s || r.subjectHow !== 'direct') return null;
  const pron = s.first - 1;
  if (!['WHICH', 'WHOM'].includes(tokens[pron]?.norm ?? '') || tokens[pron - 1]?.norm !== ',') return null;
  const antecedent = mentions.find((m) => m.last === pron - 2);
  return antecedent ? { pronoun: pron, antecedent } : null;
}

/**
 * Questions: every clause before a "?" (back to the previous "?") asks rather than asserts — "Will X invade Y?",
 * and the quoted question in "“Did X attack?” the reporter asked", where the asking clause after it stays asserted.
 */
function markQuestions(tokens: Token[], clauses: Clause[]): void {
  let from = -1;
  for (let q = 0; q < tokens.length; q++) {
    if (tokens[q]?.norm !== '?') continue;
    for (const c of clauses) if (c.verb > from && c.verb < q && c.modality === 'asserted') c.modality = 'question';
    from = q;
  }
}

/** Texts that say or order something: an -ing participle after one is its content ("a resolution demanding X"). */
const CONTENT_NOUNS = new Set([
  'RESOLUTION', 'RESOLUTIONS', 'STATEMENT', 'STATEMENTS', 'COMMUNIQUE', 'DECLARATION', 'DECREE', 'DECREES', 'ORDER',
  'ORDERS', 'DIRECTIVE', 'PROCLAMATION', 'MOTION', 'LETTER', 'RULING', 'VERDICT', 'JUDGMENT', 'JUDGEMENT',
]);

/** Verbs by which a text is put out by its author: "adopted/passed/issued/signed a resolution demanding X". */
const ISSUING_VERBS = new Set(['adopt', 'pass', 'issue', 'sign', 'release', 'publish', 'approve', 'deliver', 'hand', 'send', 'make', 'read']);

/**
 * Is the -ing form at `v` the content of a CONTENT_NOUNS text that the verb at `prev` put out (ISSUING_VERBS), with
 * only the text's noun phrase and a time phrase between ("issued a statement on Monday condemning X")? A text with a
 * name or a possessive in its phrase may be someone else's ("blocked a European Union statement criticising X").
 */
function issuedContent(tokens: Token[], prev: number, v: number): boolean {
  if (prev < 0 || !ISSUING_VERBS.has(tokens[prev]?.lemma ?? '') || !/ING$/.test(tokens[v]?.norm ?? '')) return false;
  // the text is the last noun before the participle, or before a time phrase right before it
  let k = v - 1;
  for (let j = prev + 1; j < v; j++) if (tokens[j]?.norm === 'ON' && onlyDayWords(tokens, j, v)) { k = j - 1; break; }
  if (!CONTENT_NOUNS.has(tokens[k]?.norm ?? '')) return false;
  for (let j = prev + 1; j < k; j++) {
    const t = tokens[j];
    if (!t || !['DET', 'ADJ', 'NUM', 'NOUN', 'ADV'].includes(t.pos)) return false;
  }
  return true;
}

/** Is `c` an -ing participle that is the content of a text `p` put out (`issuedContent`)? Its subject is `p`'s. */
function contentParticiple(tokens: Token[], c: Clause, p: Clause): boolean {
  if (c.subject || c.link || c.groupStart !== c.verb || !p.subject || p.passive) return false;
  return issuedContent(tokens, p.verb, c.verb);
}

/** Words that open a clause of time or reason: "after Y closed the border". */
const SUBORDINATE_OPENERS = new Set(['AFTER', 'WHEN', 'AS', 'SINCE', 'BECAUSE', 'WHILE', 'BEFORE', 'UNTIL', 'ONCE']);

/** Words that say when, between a verb and its complement: "demanded on Friday that", "said again today that". */
const DAY_WORDS = new Set(['ON', 'TODAY', 'YESTERDAY', 'TONIGHT', 'MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY']);

function onlyDayWords(tokens: Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (tokens[k]?.pos !== 'ADV' && !DAY_WORDS.has(tokens[k]?.norm ?? '')) return false;
  return true;
}

/** "restored complete, full diplomatic ties": a comma inside a list of adjectives before their noun. */
function betweenAdjectives(tokens: Token[], comma: number): boolean {
  const [before, after, then] = [tokens[comma - 1], tokens[comma + 1], tokens[comma + 2]];
  return before?.pos === 'ADJ' && (after?.pos === 'ADJ' || after?.pos === 'ADV') && (then?.pos === 'ADJ' || then?.pos === 'NOUN');
}

/** Tags of a noun phrase with its prepositional phrases ("The US commander in Iraq"). */
const NP_WITH_PHRASES = new Set(['DET', 'ADJ', 'NUM', 'NOUN', 'PROPN', 'ADP']);

/**
 * "The X commander in Y, General Z, held talks": a name set off by commas right before the verb group is an
 * appositive; the subject is the noun phrase it renames (when that names a country or organisation).
 */
function appositiveHead(tokens: Token[], mentions: ActorMention[], m: ActorMention, g: number, prevVerb: number): ActorMention | null {
  if (tokens[m.last + 1]?.text !== ',' || tokens.slice(m.last + 2, g).some((t) => t.pos !== 'ADV')) return null;
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

/** Prepositions that also subordinate a clause: "as X prepared", "after X attacked". */
const SUBORDINATING_PREPS = new Set(['AS', 'AFTER', 'BEFORE', 'SINCE', 'UNTIL', 'WHILE']);

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
