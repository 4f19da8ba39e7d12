/**
 * Stage 5 — event coding: each clause's verb is looked up in the verb dictionaries, the block's patterns are
 * matched against the words and actors around it (the most specific full match wins), and the clause's
 * subject/object/prepositional actors become source and target. Also nominal events ("the killing of X"),
 * reported speech (the speaker of "X said Y attacked Z") and demands derived from "Y must ..." statements.
 */
import { requestCode } from '../cameo/requests.js';
import type { Lexicon } from '../dictionaries/lexicon.js';
import type { NounEntry, Transformation, VerbCode, VerbEntry } from '../dictionaries/verbs-reader.js';
import { tokenForms } from './tokenize.js';
import { spanText } from './actors.js';
import type { ActorMention, Modality, Token } from '../types.js';
import { compassName, goBetween, type Clause, type PrepPhrase } from './clauses.js';
import { ANAPHORIC_DETERMINERS, ASKING, askedForNoun, refusedObject, BOUNDARY_SCONJ, cancelledSubject, CLAIM_NOUNS, COMMANDING_VERBS, DEED_ANAPHORS, DEED_NOUNS, DENYING_VERBS, namesDeed, INTENT_VERBS, NAMING_VERBS, NOUN_PHRASE, OWNER_PRONOUNS, participleOnNoun, plannedPhrase, RELATIVE, bareQuantity, sharedObjectConjunct, SETTING_PREPS, STATE_ACT_NOUNS, TIME_PREPS, TOPIC_PREPS, TRAVEL_NOUNS, agentModifier, DEPARTURE_VERBS, inMention, onlyDayWords, participleReach, pastParticiple, permittedObject, presentTense, prospectObject, TIME_AFTER, USE_PARTICIPLES } from '../coding/clause-words.js';
import { atSea, borderAcross, LANDING_PREPS, LANDING_VERBS } from '../coding/sea-and-border.js';
import { CONDITIONAL } from '../coding/clause-links.js';
import { DENIED_LAWFUL_RULE, holdingHit, hostileLabelHit, JUDGING_LABEL_RULE, judgingLabelHit, labelStart } from '../coding/naming.js';
import { deedResult, timeGerundModality } from '../coding/deed-results.js';
import { BUILT_IN_RULE, COMPASS, LOCATIVE, contextCountry, countryOf, domesticAct, eachMember, hasRolePart, isRoleOnly, joinedHyphen, ledBy, localise, opposingCountry, ownerAfter, ownPrisoners, reactorCountry, sameCountry, stateCode, sentenceCountry, sharedCodeCompound, sharedCountry } from '../coding/actor-country.js';
import { townCountry, townTarget } from '../coding/town-country.js';
import { CLAIMING, SELF_CLAIM_RULE, claimsResponsibility, selfClaimedDeed } from '../coding/claims.js';
import { OBJECT_PARTICLES, matchVerb, partitive, preVerbFrom, wordMarks, type VerbHit } from '../coding/verb-patterns.js';
import { ATTEMPT_NOUNS, BODY_HEADS, BORDER_NOUNS, CALENDAR_WORDS, DEMAND_NOUNS, EVIDENCE_NOUNS, EXIT_NOUNS, FACILITY_NOUNS, MEASURE_NOUNS, MISSILE_NOUNS, MISSION_HEADS, MISSION_MARKS, MISSION_NOUNS, NAVAL_HEADS, ORDER_NOUNS, OWN_PLAN_NOUNS, PLACE_KIND_NOUNS, PLAN_NOUNS, PRESSURE_NOUNS, PSYCH_PREPS, PSYCH_VERBS, REFUSAL_MODALS, SIDING_NOUNS, SPEECH_VERBS, TIME_SPANS, TRADE_FLOWS, TRANSFER_NOUNS, VESSEL_NOUNS, WEAPON_SUBJECT_HEADS, WITH_INSTRUMENT_HEADS } from '../coding/word-classes.js';
import { mapPacked, objectArray } from './packed.js';

export interface CodedEvent {
  code: string;
  source: { mention: ActorMention; code: string } | null;
  target: { mention: ActorMention; code: string } | null;
  /** Token range of the evidence (verb group .. object) within the sentence. */
  first: number;
  last: number;
  modality: Modality;
  speaker: { mention: ActorMention; code: string } | null;
  verbRule: string;
  /**
   * 'unnamed': a violent act whose doer the text does not name (kept with no source); 'retold': a deed told again by
   * "the <deed>" as subject (`retells`; merge stage), 'further': "another <deed>", a new deed of that kind by the same
   * doer (coding/retold.ts).
   */
  kind: 'verb' | 'noun' | 'demand' | 'unnamed' | 'retold' | 'further';
  /**
   * A retold deed: the event it tells again, and whether its sentence says where it happened ("took place near X");
   * undefined for every other event. Every event is made with the property, last: one object shape, so the functions
   * reading events stay optimised (a retold event with one more key, or a spread copy, was a second shape).
   */
  retells: { event: CodedEvent; placed: boolean } | undefined;
}

/**
 * Prepositions that introduce a target when a clause has no direct object, in order of preference. In an active
 * clause a BY phrase is the agent of the noun the verb acts on ("condemned an attack by X"): X is the target
 * (a passive clause takes its BY phrase as the source before this list is consulted).
 */
/** Prepositions naming the state that hosts forces deployed: "to Lithuania", "in Lithuania". */
const HOSTED_PREPS = new Set(['TO', 'IN']);
/** Prepositions naming whom forces fight for: "to fight for X", "alongside X". */
const SERVED_PREPS = new Set(['FOR', 'ALONGSIDE']);
/** Names of seas and gulfs, which CAMEO codes as regions: after "over", "in", "at" they are where, not whom. */
const WATERS = /\b(?:SEA|GULF|OCEAN|MEDITERRANEAN)$|^(?:THE )?(?:SEA|GULF|BAY) OF\b/i;
const TARGET_PREPS = ['WITH', 'TO', 'AGAINST', 'ON', 'AT', 'FOR', 'TOWARD', 'TOWARDS', 'INTO', 'OVER', 'BETWEEN', 'AMONG', 'FROM', 'OF', 'ABOUT', 'BY', 'IN'];
/**
 * Verbs whose "of/for V-ing" complement is an allegation: "accused X of shelling", "blamed Y for the attack",
 * and punishments, whose "for V-ing" is the reason given: "jailed X for helping militants".
 */
const ALLEGATION = new Set([
  'accuse', 'blame', 'charge', 'suspect', 'condemn', 'criticize', 'criticise', 'denounce', 'fault',
  'jail', 'imprison', 'sentence', 'convict', 'arrest', 'detain', 'punish', 'fine', 'prosecute', 'indict', 'execute', 'expel', 'deport',
  // sanctions and listings, whose "for V-ing" is the reason given too: "sanctioned three firms for supplying drones",
  // "added 22 companies to its blacklist for helping Moscow"
  'sanction', 'blacklist', 'designate', 'list', 'add', 'penalize', 'penalise', 'ban',
]);
/** Verbs of causing another to act: "…, prompting X to V", "led X to V". */
const PROMPTING_VERBS: ReadonlySet<string> = new Set(['prompt', 'spur', 'lead', 'push', 'force', 'cause', 'provoke', 'drive', 'compel']);
/** Speech verbs whose complement clause is an allegation: "alleged that X killed Y". */
const ALLEGING_VERBS = new Set(['allege']);
/**
 * Speech verbs whose complement about another's hostile deed is the speaker's accusation (CAMEO 112, which "does not
 * imply that the alleged events have taken place") and the deed only alleged: "Moscow claimed that Ukrainian
 * saboteurs had blown up a bridge". A claim of one's own deed stays the reported event ("claimed its forces had
 * taken the village").
 */
const ACCUSING_SPEECH = new Set(['claim', 'allege']);
/**
 * Verbs of finding whose complement about another's coercion or force is the finder's accusation of the doer (an
 * inquiry or a report "found that X had tortured detainees", "concluded that Y shelled the town"): finding wrongdoing
 * accuses, as alleging does, but the deed is told as found, so it keeps the reading a statement gives it.
 */
const FINDING_VERBS = new Set(['find', 'conclude']);
/**
 * Does a verb report speech, thought or a finding: is its complement clause a reported event with its subject as the
 * speaker? (Verbs of finding are no verbs of speech elsewhere: "concluded talks with X" is no statement.)
 */
const tellsFinding = (lemma: string | undefined): boolean => !!lemma && (SPEECH_VERBS.has(lemma) || FINDING_VERBS.has(lemma));

/** Verbs of promising, whose "that … would" complement is an intention: "pledged that it would send troops". */
const PROMISING_VERBS: ReadonlySet<string> = new Set(['promise', 'pledge', 'vow', 'swear', 'assure', 'guarantee', 'commit']);
/** Verbs of going on with an act, whose gerund is the act: "would keep supplying", "would continue sending". */
const CONTINUING_VERBS: ReadonlySet<string> = new Set(['keep', 'continue', 'resume']);

/** The clause of going on whose gerund clause `c` is ("keep" of "keep supplying", "continue" of "continue sending"), if any. */
function continuedBy(tokens: Token[], clauses: Clause[], c: Clause): Clause | undefined {
  const p = c.parent !== null ? clauses[c.parent] : undefined;
  return c.link === 'gerund' && p && CONTINUING_VERBS.has(tokens[p.verb]?.lemma ?? '') ? p : undefined;
}

/**
 * "NATO promised to keep supplying air defences", "vowed to continue sending troops": the gerund of going on with an act
 * under an infinitive of a verb of intent is that intention, as "promised to supply" is (the infinitive's clause of
 * going on, which has no event of its own, is the intent verb's; the gerund's act takes its modality).
 */
function promisedContinuation(tokens: Token[], clauses: Clause[], c: Clause): boolean {
  const head = continuedBy(tokens, clauses, c);
  const gov = head?.parent != null ? clauses[head.parent] : undefined;
  return !!head && !!gov && head.link === 'infinitive' && head.subjectHow === 'controller' && c.subjectHow === 'controller' && !head.negated
    && !gov.passive && !!gov.subject && gov.modality === 'asserted' && INTENT_VERBS.has(tokens[gov.verb]?.lemma ?? '');
}

/**
 * Is clause `c` a "would" complement of a verb of saying or promising, the future of a past statement ("said it would
 * send troops", "pledged that it would send troops"), or the gerund of going on with it ("promised that the allies
 * would keep supplying air defences")?
 */
function reportedWould(tokens: Token[], clauses: Clause[], c: Clause): boolean {
  const head = continuedBy(tokens, clauses, c) ?? c;
  const gov = head.parent !== null ? clauses[head.parent] : undefined;
  const lemma = gov ? tokens[gov.verb]?.lemma : undefined;
  return head.modal === 'WOULD' && head.link === 'complement' && !!lemma && (tellsFinding(lemma) || PROMISING_VERBS.has(lemma));
}
/** Verbs that report a body's decision: "agreed to", "decided to", "voted to". */
const DECIDING_VERBS = new Set(['agree', 'decide', 'vote']);

/** Verbs of talking to someone, which with the media name an audience, not a partner. */
const AUDIENCE_VERBS = new Set(['speak', 'talk']);
/** Verbs whose complement is denied: "denied that its forces had shelled the town" (the verbs of denying a claim). */
const DENIAL = DENYING_VERBS;
/** Verbs whose object is a topic when a compound subject does them together: "A and B discussed trade". */
const TOPIC_VERBS = new Set(['discuss', 'debate']);
/** Verbs of exchange: done by a compound subject, each member does it to the others. */
const EXCHANGE = new Set(['swap', 'exchange', 'trade']);

/** A state, its government or its military ("ISR", "RUSGOV", "USAMIL"), not an IGO, NGO or armed group. */
/** An actor who can pay a visit: a state, its officials and leaders, or an organisation (not refugees or civilians). */
const VISITOR = /^(?:[A-Z]{3}(?:GOV|MIL|ELI|LEG|OPP|JUD|SPY)?|IGO[A-Z]*)$/;
const STATE_FORCE = /^(?!IGO|NGO|IMG|MNC)[A-Z]{3}(?:GOV|MIL)?$/;
/** A state's government, which with the state itself orders others' forces out (not its forces): "Mali", "the Malian junta". */
const HOST_STATE_ROLES: ReadonlySet<string> = new Set(['GOV']);

/**
 * A copy of mention `m` with other codes and rules, written out key by key in ActorMention's order: a spread copy
 * (`{ ...m, codes }`) has an object shape of its own, which deoptimises the functions that read mentions.
 */
const recoded = (m: ActorMention, codes: string[], rules: string[]): ActorMention => ({
  first: m.first, last: m.last, start: m.start, end: m.end, text: m.text, codes, name: m.name, rules, kind: m.kind, role: m.role,
});

/** The target "the source's own country" (`home`), a mention recoded from the source with rule `home-country:<tag>`. */
const homeTarget = (src: ActorMention, home: string, tag: string): { mention: ActorMention; code: string } => ({
  mention: recoded(src, [home], [...src.rules, `home-country:${tag}`]),
  code: home,
});

/** Roots of violence: assault, fight, mass violence. */
const VIOLENT_ROOTS = new Set(['18', '19', '20']);
/** Is `code` an attack or violence (roots 18-20, coercion 17x, a violent protest 145), whose unnamed doer the place it struck does not name? */
const attackRoot = (code: string | null | undefined): boolean => !!code && (VIOLENT_ROOTS.has(code.slice(0, 2)) || code.startsWith('17') || code.startsWith('145'));
/** Codes of cooperation, verbal or material (roots 01-09): what one refuses of them is not given. */
const COOPERATIVE_ROOT = /^0\d/;
/** A cyber attack (176): hostile like a violent act, so also recorded when the text names no doer. */
const CYBER_ATTACK = '176';
/** A role-only mention headed (singular or plural) by a noun of what an act was done with: "with rockets" (and "with
 * force", singular only: "clashed with security forces" names whom). */
const instrument = (m: ActorMention): boolean => {
  const last = m.text.slice(m.text.lastIndexOf(' ') + 1).toUpperCase();
  return isRoleOnly(m) && (last === 'FORCE' || WITH_INSTRUMENT_HEADS.has(last) || (last.endsWith('S') && WITH_INSTRUMENT_HEADS.has(last.slice(0, -1))));
};

/** Verbs whose "that" clause is what they demand: "demanded that Israel ease restrictions". */
const DEMAND_VERBS = new Set(['demand', 'urge', 'request', 'require', 'propose', 'recommend', 'order', 'insist']);
/** Verbs of demanding, not of commanding: what their object noun names is asked of others ("demanded the arrest of X"),
 * while "ordered the arrest of X" is done by the one in charge. */
const DEMANDING = new Set(['demand', 'insist']);
/**
 * Is clause `x`'s verb in the mandative subjunctive: the base form with no auxiliary but "not" or a passive "be"
 * ("that Iran release", "that Kenya not extradite him", "that the prisoners be freed")?
 */
function mandativeVerb(tokens: Token[], x: Clause): boolean {
  const v = tokens[x.verb];
  if (!v || x.modal) return false;
  const group = tokens.slice(x.groupStart, x.verb);
  if (group.some((t) => t.norm !== 'NOT' && t.norm !== 'BE')) return false;
  return group.some((t) => t.norm === 'BE') ? x.passive : v.norm === v.lemmaNorm;
}

/** Does the clause open with "that" right after a noun of demand ("its demand that Israel ease …", "its demand today
 * that …": words that say when may come between)? */
function demandNounBefore(tokens: Token[], c: Clause): boolean {
  const that = (c.subject && c.subject.first < c.verb ? c.subject.first : c.groupStart) - 1;
  if (tokens[that]?.norm !== 'THAT') return false;
  for (let n = that - 1; n >= that - 3 && n >= 0; n--) if (DEMAND_NOUNS.has(tokens[n]?.lemmaNorm ?? '') && onlyDayWords(tokens, n + 1, that)) return true;
  return false;
}


/**
 * The kind of noun that an infinitive starting at `to` ("to help") complements, a phrase naming whose it is allowed
 * between ("pressure from Congress to", "efforts by Egypt to"): 'demand', 'attempt', 'plan', or null.
 */
function aimNounBefore(tokens: Token[], to: number): 'demand' | 'attempt' | 'plan' | null {
  if (tokens[to]?.norm !== 'TO') return null;
  let k = to - 1;
  let p = k;
  // (a hyphenated name is one phrase: "a plot by al-Shabaab to attack X")
  while (p > 0 && (NOUN_PHRASE.has(tokens[p]?.pos ?? '') || (tokens[p]?.norm === '-' && NOUN_PHRASE.has(tokens[p - 1]?.pos ?? '')))) p--;
  if (p < k && ['FROM', 'BY', 'OF', 'ON'].includes(tokens[p]?.norm ?? '')) k = p - 1;
  const n = tokens[k];
  // ("an offensive to retake X": a word right after an article, before "to", is a noun whatever its tag)
  if (n?.pos !== 'NOUN' && !(n?.pos === 'ADJ' && ['A', 'AN'].includes(tokens[k - 1]?.norm ?? ''))) return null;
  return PRESSURE_NOUNS.has(n.lemmaNorm) ? 'demand' : ATTEMPT_NOUNS.has(n.lemmaNorm) ? 'attempt' : PLAN_NOUNS.has(n.lemmaNorm) ? 'plan' : null;
}

/** Is the verb's object a plan whose infinitive ("a plan to V") is the subject's own act? */
function ownPlanObject(tokens: Token[], verb: number, child: Clause): boolean {
  let j = verb + 1;
  while (tokens[j]?.pos === 'DET' || tokens[j]?.pos === 'ADJ' || tokens[j]?.pos === 'NUM') j++;
  return OWN_PLAN_NOUNS.has(tokens[j]?.lemmaNorm ?? '') && tokens[j + 1]?.norm === 'TO' && child.verb === j + 2;
}

/** Participles of purpose whose "at/towards V-ing" is what something is for: "a meeting aimed at establishing ties". */
const PURPOSE_PARTICIPLES = new Set(['AIMED', 'DESIGNED', 'INTENDED', 'GEARED', 'DIRECTED']);
/** "aimed at establishing X", "designed towards ending": a gerund of purpose has not happened. */
function purposeBefore(tokens: Token[], c: Clause): boolean {
  const prep = tokens[c.groupStart - 1]?.norm ?? '';
  const participle = tokens[c.groupStart - 2]?.norm ?? '';
  // ("a railway line used to deliver aid", "companies involved in delivering aid": what a thing is used for, or what
  // a group's business is, right after the noun it describes, is no deed that happened)
  if (tokens[c.verb - 1]?.norm === 'TO' && tokens[c.verb - 2]?.norm === 'USED' && tokens[c.verb - 3]?.pos === 'NOUN') return true;
  if (tokens[c.groupStart - 3]?.pos === 'NOUN' && prep === 'IN' && FUNCTION_PARTICIPLES.has(participle)) return true;
  return /ING$/.test(tokens[c.verb]?.norm ?? '') && ['AT', 'TOWARDS', 'TOWARD'].includes(prep) && PURPOSE_PARTICIPLES.has(participle);
}
/** Participles that describe a group by its business: "firms involved in delivering aid". */
const FUNCTION_PARTICIPLES = new Set(['INVOLVED', 'ENGAGED']);

/** Verbs that launch a weapon (not those that stop one: "intercepted a missile" is no launch). */
const LAUNCH_VERBS = new Set(['fire', 'launch', 'test', 'shoot']);

/** Roots of hostile acts (disapprove … use unconventional mass violence). */
const HOSTILE_ROOT = /^(1[1-9]|20)/;
/** Codes of coercion and force on people (17x–20x): what a bare number after such a verb counts ("arrested dozens"). */
const FORCE_ROOT = /^(?:1[7-9]|20)/;

/** Verbs of hoping, expecting or believing: another's future in their complement is no stated intention of that other. */
const EXPECTING_VERBS = new Set(['hope', 'expect', 'anticipate', 'wish', 'want', 'fear', 'predict', 'believe', 'think', 'doubt', 'worry', 'suspect', 'assume', 'trust']);

/**
 * "Kyiv's claims that Chinese nationals were fighting for Russia", "reports that X shelled Y": a clause after a noun
 * of claiming (with or without "that") is what was claimed, an allegation; "there was no sign (that) Russia had
 * planned an attack", "no evidence X was involved": a clause after "no" and a noun of evidence did not happen as far
 * as the text asserts.
 */
function nounBefore(tokens: Token[], c: Clause): 'alleged' | 'negated' | null {
  let j = (c.subject && c.subject.first < c.verb ? c.subject.first : c.groupStart) - 1;
  if (tokens[j]?.norm === 'THAT') j--;
  const noun = tokens[j];
  if (!noun || noun.pos !== 'NOUN') return null;
  if (CLAIM_NOUNS.has(noun.lemmaNorm) && (tokens[j + 1]?.norm === 'THAT' || /S$/.test(noun.norm))) return 'alleged';
  if (EVIDENCE_NOUNS.has(noun.lemmaNorm) && tokens[j - 1]?.norm === 'NO') return 'negated';
  return null;
}

/**
 * Codes of yielding: easing administrative sanctions or restrictions (081), political dissent (082), acceding to
 * demands (083), returning or releasing persons or property (084), easing economic sanctions (085), allowing
 * international involvement (086). A military retreat or withdrawal (087) can be a warning and is not among them.
 */
const EASING = /^08[1-6]/;

/** Verbs of obligation and purpose: their infinitive is bound or meant to happen, not reported as happened. */
const OBLIGING = new Set(['commit', 'oblige', 'obligate', 'require', 'bind', 'mean', 'design']);

/**
 * Verbs of bare wishing or trying: with an infinitive of their own subject they state an aim, nothing more; with another's
 * ("wants Putin to attack X", "expects Uganda to release the hostages", "expected Beijing to rein in Pyongyang") a
 * wish or a forecast of what that other may do, which neither did nor was asked to do.
 */
const WISH_VERBS = new Set(['seek', 'want', 'hope', 'aim', 'plan', 'intend', 'try', 'attempt', 'wish', 'strive', 'expect']);

/**
 * The CAMEO code of an intention to do a conflictual `code` (most specific first); cooperation is `requestCode`. The
 * codebook's 13x children follow the acts threatened: reducing relations 161 → 1313, aid 162 → 1311, sanctions 163 →
 * 1312, halting negotiations 164 → 134, mediation 165 → 135, expelling or withdrawing 166 → 136, administrative
 * sanctions 172x → 132x, blockade 191 → 1381, occupation 192 → 1382.
 */
const INTENT_FOR: [string, string][] = [
  ['161', '1313'], ['162', '1311'], ['163', '1312'], ['164', '134'], ['165', '135'], ['166', '136'],
  ['1721', '1321'], ['1722', '1322'], ['1723', '1323'], ['1724', '1324'], ['172', '132'], ['191', '1381'], ['192', '1382'],
  ['14', '133'], ['16', '131'], ['17', '137'], ['18', '138'], ['19', '138'], ['20', '1385'],
];

/** The index of the "to" before infinitive verb `v` (past adverbs: "to quickly lift"), or `v` when there is none. */
function toBefore(tokens: Token[], v: number): number {
  let j = v - 1;
  while (tokens[j]?.pos === 'ADV') j--;
  return tokens[j]?.norm === 'TO' ? j : v;
}

export function intentCodeFor(code: string | null): string | null {
  if (!code) return null;
  const cooperative = requestCode('03', code);
  if (cooperative) return cooperative;
  for (let k = code.length; k >= 2; k--) {
    const hit = INTENT_FOR.find(([c]) => c === code.slice(0, k));
    if (hit) return hit[1];
  }
  return null;
}

/**
 * The CAMEO refusal of a cooperative action (most specific first); null for conflictual ones. The codebook's 12x
 * children follow the acts they refuse: cooperation 06x → 121x, aid 07x → 122x ("refuse to extend military
 * assistance" is 1222), reform 083x → 123x, yielding 08x → 124x (release 084 → 1243, sanctions 085 → 1244,
 * international involvement 086 → 1245, de-escalation 087 → 1246), a meeting → 125, mediation 045 → 126.
 */
const REFUSAL_FOR: [string, string][] = [
  ['061', '1211'], ['062', '1212'], ['071', '1221'], ['072', '1222'], ['073', '1223'], ['074', '1224'], ['036', '125'], ['045', '126'], ['04', '125'],
  ['0831', '1231'], ['0832', '1232'], ['0833', '1233'], ['0834', '1234'], ['083', '123'],
  ['081', '1241'], ['082', '1242'], ['084', '1243'], ['085', '1244'], ['086', '1245'], ['087', '1246'], ['08', '124'], ['06', '121'], ['07', '122'],
  ['03', '120'], ['05', '120'], ['02', '120'], ['09', '120'],
];

export function refusalCodeFor(code: string | null): string | null {
  if (!code) return null;
  for (let k = code.length; k >= 2; k--) {
    const hit = REFUSAL_FOR.find(([c]) => c === code.slice(0, k));
    if (hit) return hit[1];
  }
  return null;
}

export function demandCodeFor(code: string | null): string {
  return requestCode('10', code) ?? '100';
}

const codesOf = (m: ActorMention | null): string[] => (m ? m.codes : []);

const PRONOUNS = new Set(['HE', 'SHE', 'IT', 'THEY', 'WE', 'I', 'ITS', 'THEIR', 'HIS', 'HER', 'OUR']);
/** Personal pronouns as objects: "accusing them of ...". */
const OBJECT_PRONOUNS = new Set(['THEM', 'HIM', 'HER', 'IT', 'US', 'ME']);

/** Verbs of leaving a body: with an organisation as object ("left ECOWAS", "quit NATO") or, for WITHDRAW, EXIT and
 * PULL, after FROM ("withdrew from the African Union"). */
const LEAVING_BODY = new Set(['LEAVE', 'QUIT', 'EXIT', 'WITHDRAW']);
const LEAVING_FROM = new Set(['WITHDRAW', 'EXIT']);
/** Verbs that make a departure public or complete it: "announced its withdrawal from X". */
const ANNOUNCING_EXIT = new Set(['ANNOUNCE', 'DECLARE', 'CONFIRM', 'COMPLETE', 'FINALIZE', 'FINALISE', 'FORMALIZE', 'FORMALISE']);

/** "announced its immediate withdrawal from": the exit noun right after the verb (a determiner, a possessive and
 * adjectives between) followed by FROM, as a token index, or -1. */
function exitFrom(tokens: Token[], v: number): number {
  let k = v + 1;
  while (k < v + 5 && (tokens[k]?.pos === 'DET' || tokens[k]?.pos === 'PRON' || tokens[k]?.pos === 'ADJ')) k++;
  return EXIT_NOUNS.has(tokens[k]?.norm ?? '') && tokens[k + 1]?.norm === 'FROM' ? k : -1;
}
/**
 * "Mali, Niger and Burkina Faso left ECOWAS", "Hungary quit NATO", "Morocco withdrew from the African Union": a state
 * leaving an intergovernmental organisation reduces relations with it (161), not a resignation (0831) nor a military
 * withdrawal (0874). Only a state leaves a body so ("Macron left the NATO summit" is travel); a person quitting a post at the UN resigns.
 * The hit is the verb's own entry in the 161 block (LEAVE_ALLIANCE, QUIT_TREATY, WITHDRAW_RECOGNITION).
 */
function bodyLeft(lex: Lexicon, tokens: Token[], c: Clause): VerbHit | null {
  const lemma = tokens[c.verb]?.lemmaNorm ?? '';
  // "pulled out of the ICC"; "announced its withdrawal from the WHO", "completed their exit from ECOWAS": the
  // decision to leave, made public, is the act
  const pulledOut = lemma === 'PULL' && tokens[c.verb + 1]?.norm === 'OUT' && tokens[c.verb + 2]?.norm === 'OF';
  const exitNoun = ANNOUNCING_EXIT.has(lemma) ? exitFrom(tokens, c.verb) : -1;
  if (!LEAVING_BODY.has(lemma) && !LEAVING_FROM.has(lemma) && !pulledOut && exitNoun < 0) return null;
  if (c.passive || !c.subject || !c.subject.codes.length || !c.subject.codes.every((x) => /^[A-Z]{3}$/.test(x) && countryOf(x) !== '')) return null;
  // (the whole object: "left NATO headquarters" leaves a place)
  const isBody = (m: ActorMention): boolean => m.codes.length > 0 && m.codes.every((x) => /^IGO/.test(x)) && !['NOUN', 'PROPN'].includes(tokens[m.last + 1]?.pos ?? '')
    && (tokens[m.last]?.pos === 'PROPN' || BODY_HEADS.has(tokens[m.last]?.norm ?? ''));
  let body: ActorMention | null = null;
  if (c.object && LEAVING_BODY.has(lemma) && lemma !== 'WITHDRAW' && isBody(c.object) && c.object.first <= c.verb + 2) body = c.object;
  const from = c.preps.find((x) => x.prep === 'FROM');
  if (!body && !c.object && LEAVING_FROM.has(lemma) && from && tokens[c.verb + 1]?.norm === 'FROM' && isBody(from.mention)) body = from.mention;
  const of = c.preps.find((x) => x.prep === 'OF');
  if (!body && pulledOut && of && of.mention.first <= c.verb + 4 && isBody(of.mention)) body = of.mention;
  if (!body && exitNoun >= 0 && from && from.mention.first <= exitNoun + 3 && isBody(from.mention)) body = from.mention;
  if (!body) return null;
  const entry = (lex.verbs.get(lemma) ?? []).find((e) => (e.code ?? e.block.code).forward === '161') ?? (lex.verbs.get('LEAVE') ?? []).find((e) => (e.code ?? e.block.code).forward === '161');
  if (!entry) return null;
  return { entry, code: { forward: '161', reverse: null }, rule: entry.id, pattern: null, source: null, target: body, last: body.last };
}

const NO_COUNTRIES: ReadonlySet<string> = new Set();

/**
 * `prior`: the events coded in the story's earlier sentences, in text order (a reaction to "the <deed>" looks back at
 * them: `priorDoer`). `story`: the countries the story's actors name (`storyCountries`), which tell apart the
 * namesakes of a town that places a role (`townCountry`).
 */

/**
 * How the clause's event is reported: by a speaker, denied, alleged or doubted (out of codeClauses: V8 optimises
 * no function of more than 2,000 bytes of bytecode under the coder's flags).
 */
function reportingOf(tokens: Token[], clauses: Clause[], k: number, c: Clause, hit: VerbHit | null | undefined, parent: Clause | undefined, parentTok: Token | undefined) {
  const reported = !!parent && c.link === 'complement' && !!parentTok && tellsFinding(parentTok.lemma);
  const attributedBy = clauses.find((x) => x.parent === k && x.link === 'attribution');
  const speakerMention = reported && parent?.subject ? parent.subject : (attributedBy?.subject ?? null);
  // "X denied that Y attacked Z": the denied event did not happen as far as the text asserts
  const denied = !!parent && c.link === 'complement' && !!parentTok && DENIAL.has(parentTok.lemma);
  // "accused X of killing Y": the killing is the accuser's allegation; the accusation is the asserted event
  const prevTok = k > 0 ? tokens[clauses[k - 1]?.verb ?? -1] : undefined;
  // "a report alleged that X killed Y": the killing is an allegation, not an asserted event ("allegedly" is the
  // clause stage's)
  // ("companies accused of supplying drones": the participle right before "of" is no clause of its own)
  // ("charging its neighbor with supporting dissidents": WITH after a verb of charging)
  const ofFor = ['OF', 'FOR'].includes(tokens[c.groupStart - 1]?.norm ?? '') || (tokens[c.groupStart - 1]?.norm === 'WITH' && CHARGING_VERBS.has(prevTokOf(tokens, clauses, k)?.lemma ?? ''));
  const claimedDeed = reported && c.modality === 'asserted' && ACCUSING_SPEECH.has(parentTok?.lemma ?? '') && HOSTILE_ROOT.test(hit?.code.forward ?? '')
    && !!speakerMention && !!c.subject && c.subject !== speakerMention && !sameCountry(c.subject, speakerMention);
  const foundDeed = reported && c.modality === 'asserted' && FINDING_VERBS.has(parentTok?.lemma ?? '') && FORCE_ROOT.test(hit?.code.forward ?? '')
    && !!speakerMention && !!c.subject && c.subject !== speakerMention && !sameCountry(c.subject, speakerMention);
  const ownClaim = reported && c.modality === 'asserted' && selfClaimedDeed(parentTok?.lemma, hit?.code.forward ?? '', speakerMention, c.subject);
  // ("blamed India for a bombing of a bus that killed five children": a relative clause inside the phrase of the
  // blamed deed is part of the allegation)
  const blamedDeed = !!parent && !!parentTok && ALLEGATION.has(parentTok.lemma) && !!c.subject && c.subject === parent.object && RELATIVE.has(tokens[c.groupStart - 1]?.norm ?? '')
    && tokens.slice(c.subject.last + 1, c.groupStart).some((t) => t.norm === 'FOR' || t.norm === 'OF');
  // ("a report accusing the army of killing villagers": a participle on a noun, which starts no clause, right before
  // the complement's doer)
  const alleged = (ofFor && ((!!prevTok && ALLEGATION.has(prevTok.lemma)) || ALLEGATION.has(tokens[c.groupStart - 2]?.lemma ?? '') || (!!c.subject && ALLEGATION.has(tokens[c.subject.first - 1]?.lemma ?? ''))))
    || blamedDeed || (reported && ALLEGING_VERBS.has(parentTok?.lemma ?? '')) || claimedDeed || ownClaim;
  // "alleged that X helped plan the killings and took part in them": what hangs off an alleged or denied clause
  const doubted = c.link === 'complement' ? null : doubtAbove(tokens, clauses, k);
  return { reported, attributedBy, speakerMention, denied, claimedDeed, foundDeed, ownClaim, alleged, doubted };
}

/** The verb token of the clause before clause `k`, if any. */
function prevTokOf(tokens: Token[], clauses: Clause[], k: number): Token | undefined {
  return k > 0 ? tokens[clauses[k - 1]?.verb ?? -1] : undefined;
}

/** Whether the clause's event is still pending under its governor (out of codeClauses, as `reportingOf`). */
function pendingOf(tokens: Token[], hits: (VerbHit | null)[], c: Clause, parent: Clause | undefined, parentTok: Token | undefined) {
  // an infinitive complement ("asked X to help Y", "wants to attack") is not itself an event that happened when
  // its governing verb is an event; under an eventless governor ("is about to", "scheduled to") it is
  const governorHit = c.link === 'infinitive' && c.parent !== null ? hits[c.parent] : null;
  const governed = !!governorHit && (!!(governorHit.code.forward || governorHit.code.reverse) || timetabled(governorHit));
  // "vowed to seize", "aims to retake": under a verb of intention with no code of its own the act is still to come
  // ("agreed to", "decided to" report a decision, and keep their governor's modality)
  const intended = c.link === 'infinitive' && !!parent && c.subjectHow === 'controller' && INTENT_VERBS.has(tokens[parent.verb]?.lemma ?? '') && !['agree', 'decide'].includes(tokens[parent.verb]?.lemma ?? '');
  // "an agreement that commits Rwanda to withdraw", "a ceremony meant to end the conflict", "the deal requires X to
  // V": what an obligation or a purpose binds someone to do has not happened yet
  const bound = c.link === 'infinitive' && !!parent && OBLIGING.has(tokens[parent.verb]?.lemma ?? '');
  // "demanded that Israel ease restrictions", "its demand that Israel ease …": what is demanded has not happened
  const demandedBy = (c.link === 'complement' && DEMAND_VERBS.has(parentTok?.lemma ?? '')) || demandNounBefore(tokens, c);
  // "wants Putin to attack X", "hopes Kestria will …": what one wishes another to do has not happened
  const wished = c.link === 'infinitive' && !!parent && c.subjectHow !== 'controller' && WISH_VERBS.has(tokens[parent.verb]?.lemma ?? '');
  // "faces pressure from Congress to help Y", "launched a bid to arrest Y": what a noun of pressure or of trying is
  // for has not happened
  const aim = c.link === 'infinitive' && c.modality === 'asserted' ? aimNounBefore(tokens, c.groupStart) : null;
  return { governorHit, governed, intended, bound, demandedBy, wished, aim };
}

/** Whether the clause's event is ahead, for a purpose, prolonged or asked of someone (out of codeClauses, as `reportingOf`). */
function aheadOf(tokens: Token[], clauses: Clause[], k: number, c: Clause, hit: VerbHit | null | undefined, parent: Clause | undefined, parentTok: Token | undefined, governed: boolean) {
  // "comes a day before Sarkozy heads to Beijing", "until the envoy arrives": an act in the present tense ("heads",
  // not "headed") in a clause of "before"/"until" is still to come
  const vt = tokens[c.verb];
  // ... and so is any act in a clause of "until"/"before"/"once" under an act itself not asserted ("said the bloc
  // would keep up the pressure until the Kremlin agreed to a ceasefire": the past tense is the reported speech's),
  // a refusal among them ("would not withdraw before Hamas released the hostages"; a past "did not withdraw until X
  // released them" tells that the release came)
  // (a clause of time opening the sentence is under the clause after it: "When Uganda withdraws, Kenya will reopen")
  const under = k > 0 ? clauses[k - 1] : c.start === 1 ? clauses[k + 1] : undefined;
  const pendingUnder = !!under && (PENDING_MODALITIES.has(under.modality) || (under.negated && !!under.modal && REFUSAL_MODALS.has(under.modal)));
  const ahead = c.modality === 'asserted' && ((['BEFORE', 'UNTIL'].includes(tokens[c.start - 1]?.norm ?? '') && c.groupStart === c.verb && !!vt
    && vt.norm !== vt.lemmaNorm && (vt.norm === `${vt.lemmaNorm}S` || vt.norm === `${vt.lemmaNorm}ES`))
    || (TIME_AHEAD.has(tokens[c.start - 1]?.norm ?? '') && pendingUnder)
    // ... and an act in the present in a clause of "after"/"when" under one ("will meet Y after it meets Z"; a past
    // "after Z attacked W" tells what happened)
    || (TIME_AFTER.has(tokens[c.start - 1]?.norm ?? '') && pendingUnder && presentTense(tokens, c.groupStart, c.verb)));
  const byNoun = c.modality === 'asserted' ? nounBefore(tokens, c) : null;
  const forPurpose = c.modality === 'asserted' && purposeBefore(tokens, c);
  // "the EU agreed to impose sanctions on Russia", "agreed to extend its sanctions on Russia", "ministers voted to renew
  // the embargo": a body's decision to impose a measure, or to prolong one it has in force, is that measure (163), as
  // decided, as "decided to impose" is; no threat of it, 1312 (a decision among the members is no warning to the
  // target; "threatened to", "vowed to", "plans to" keep theirs)
  const prolonged = c.link === 'infinitive' && !!parent && c.subjectHow === 'controller' && !c.negated && parent.modality === 'asserted'
    && DECIDING_VERBS.has(parentTok?.lemma ?? '') && !!hit?.code.forward?.startsWith('163');
  // (an infinitive under another takes what became of that one's event, not its clause's mood: "called on China to
  // use its influence to help end the war" asks for the helping as for the using)
  // "urged Uganda to withdraw", "asked X to help Y": what one is asked to do under a verb of asking is demanded of
  // them, as what one is "called on" to do already is (clause-links' addressee)
  const askedOf = governed && c.link === 'infinitive' && !!parent && !!c.subject && c.subject !== parent.subject && ASKING.has(parentTok?.lemma ?? '');
  return { ahead, byNoun, forPurpose, prolonged, askedOf };
}

/** The modality the clause's event takes (out of codeClauses, as `reportingOf`). */
function modalityOf(tokens: Token[], clauses: Clause[], modalities: (Modality | undefined)[], k: number, c: Clause, hit: VerbHit | null | undefined, parent: Clause | undefined, parentTok: Token | undefined,
  rep: ReturnType<typeof reportingOf>, pend: ReturnType<typeof pendingOf>, later: ReturnType<typeof aheadOf>) {
  const { denied, alleged, doubted } = rep;
  const { governed, intended, bound, demandedBy, wished, aim } = pend;
  const { ahead, byNoun, forPurpose, prolonged, askedOf } = later;
  // ("does not consider the junta legitimate": a denied holding of lawfulness is asserted criticism)
  const own: Modality = hit?.entry.id === DENIED_LAWFUL_RULE && c.modality === 'negated' ? 'asserted' : denied ? 'negated' : alleged ? 'alleged' : doubted ?? (byNoun ? byNoun : prolonged ? 'asserted' : askedOf && c.modality === 'asserted' ? 'demanded' : (governed || bound) && c.modality === 'asserted' ? 'modal' : intended && c.modality === 'asserted' ? 'future' : wished && c.modality === 'asserted' ? 'hypothetical' : (demandedBy || aim === 'demand') && c.modality === 'asserted' ? 'demanded' : aim === 'attempt' ? 'modal' : aim === 'plan' || ahead || forPurpose ? 'future' : (c.link === 'infinitive' || promisedContinuation(tokens, clauses, c)) && parent && c.modality === 'asserted' ? (modalities[c.parent ?? -1] ?? parent.modality) : c.modality);
  // "urged Arabs to unite and mobilise against X", "accused X of violating rights and sending arms": a verb joined by
  // "and" to one that was appealed for, alleged or only intended shares what became of it (a participle after a comma
  // is the subject's own further act, "attacked X, killing eight", unless it continues a list of gerunds: "of
  // violating rights, ignoring law")
  const listed = c.link === 'coordinated' && c.subjectHow === 'coordinated' && c.parent !== null
    && (tokens[c.groupStart - 1]?.norm !== ',' || !/ING$/.test(tokens[c.verb]?.norm ?? '') || /ING$/.test(tokens[parent?.verb ?? -1]?.norm ?? ''));
  const joined = listed && c.parent !== null ? modalities[c.parent] : undefined;
  // "accused Moscow of bombing a hospital, killing five", "threatened to attack, killing civilians": a result of a deed
  // that is no asserted act of the subject shares that deed's reading (coding/deed-results.ts)
  const result = own === 'asserted' && c.parent !== null ? deedResult(tokens, clauses, k, modalities[c.parent], ALLEGATION, DENIAL) : null;
  const timed = own === 'asserted' ? timeGerundModality(tokens, clauses, k, modalities) : null;
  const modality0: Modality = result ? result.modality : timed ?? (own === 'asserted' && joined && joined !== 'asserted' ? joined : own);
  // (the halt of an aid gerund, "stopped delivering aid", has the halting verb's modality: see haltedAid below)
  const haltsAid = c.link === 'gerund' && !!parent && HALTING.has(parentTok?.lemma ?? '') && c.subjectHow === 'controller' && modality0 === 'negated' && !!AID_REDUCTION[hit?.code.forward ?? ''];
  const modality: Modality = haltsAid && parent ? parent.modality : modality0;
  return { joined, result, modality };
}

/** The code a clause's verb asks for, refuses or halts (out of codeClauses, as `reportingOf`). */
function requestedCode(tokens: Token[], clauses: Clause[], hits: (VerbHit | null)[], k: number, c: Clause, hit: VerbHit, child: Clause | undefined, parent: Clause | undefined, parentTok: Token | undefined) {
  // ("promised to keep supplying air defences": what is promised is the gerund's act)
  const gerund = child && !hits[clauses.indexOf(child)]?.code.forward ? clauses.findIndex((x) => x.parent === clauses.indexOf(child) && promisedContinuation(tokens, clauses, x)) : -1;
  const childHit = child ? hits[gerund >= 0 ? gerund : clauses.indexOf(child)] : null;
  // ("demanded that Uganda release the activists", "insisted that X withdraw": a demand's "that" clause is what it
  // asks for, as an infinitive is; its code gives the demand's, 1053 here)
  // ("insisted that Iran release the detainees": insisting, a claim when its clause states something, demands what its
  // clause has in the mandative subjunctive; "insisted that Iran released them" stays a claim)
  const insistedOn = !child && hit.code.forward === '010' && DEMANDING.has(tokens[c.verb]?.lemma ?? '')
    && clauses.some((x) => x.parent === k && x.link === 'complement' && mandativeVerb(tokens, x));
  const demanded = !child && (hit.code.forward === '100' || insistedOn) ? clauses.findIndex((x) => x.parent === k && x.link === 'complement' && !x.negated && tokens[x.groupStart - 1]?.norm !== 'IF') : -1;
  const asked = child && !child.negated ? (childHit?.code.forward ?? null) : demanded >= 0 ? (hits[demanded]?.code.forward ?? null) : null;
  // "promised not to lift sanctions", "agreed not to hold talks": a bare intention whose infinitive is negated is
  // the refusal of that act when it is a cooperative one ("promised not to attack" stays a promise)
  const refusedAct = !hit.pattern && hit.code.forward?.startsWith('03') && child?.negated && child.link === 'infinitive' && child.subjectHow === 'controller'
    && INTENT_VERBS.has(tokens[c.verb]?.lemma ?? '') ? refusalCodeFor(childHit?.code.forward ?? null) : null;
  // "stopped delivering aid", "halted sending weapons to X": giving aid that its giver halts is the reduction of that
  // aid (162x), as it happened (the gerund alone did not happen)
  const haltedAid = c.link === 'gerund' && !!parent && HALTING.has(parentTok?.lemma ?? '') && c.subjectHow === 'controller' && AID_REDUCTION[hit.code.forward ?? ''] ? AID_REDUCTION[hit.code.forward ?? ''] : null;
  const code = refusedAct ? { forward: refusedAct, reverse: null } : haltedAid ? { forward: haltedAid, reverse: null } : insistedOn ? { forward: '100', reverse: null } : hit.code;
  return { childHit, asked, code };
}

/**
 * The code of the clause's event, or null when a bare intention or wish codes nothing of its own (out of
 * codeClauses, as `reportingOf`).
 */
function clauseCode(tokens: Token[], clauses: Clause[], hits: (VerbHit | null)[], k: number, c: Clause, hit: VerbHit, child: Clause | undefined, req: ReturnType<typeof requestedCode>) {
  const { childHit, asked, code } = req;
  // "wants to deepen ties", "agreed to lift sanctions": the intention is the event (coded on the complement
  // below), not the bare wanting or agreeing; a governor with its own event ("threatened to", "offered
  // troops to help") keeps it
  // ("seeks to join", "wants to deepen ties" are the subject's own aim, not an appeal to anyone: 02 too)
  const bareIntent = !hit.pattern && ['02', '03', '05'].includes(code.forward?.slice(0, 2) ?? '') && child?.subjectHow === 'controller';
  // "threatened to lift sanctions on X", "threatened to ease restrictions", "threatened to release the hostages":
  // yielding (easing a sanction, releasing people) is no coercive warning against the party it favours (the
  // codebook's 13 threaten harm), and the yielding itself is still to come
  if (!hit.pattern && code.forward?.startsWith('13') && child?.subjectHow === 'controller' && EASING.test(asked ?? '')) return null;
  if (bareIntent && asked && intentCodeFor(asked) && INTENT_VERBS.has(tokens[c.verb]?.lemma ?? '')) return null;
  // "pledged to send gang members to prison": an intention that a pattern reads off the infinitive's verb ("- *
  // TO_SEND [033]") is the promise of what that verb does; when the infinitive's own act is hostile (jailing, 173),
  // the promise is no cooperation, and the infinitive codes its intention (137) itself (a show of force, "pledged to
  // send troops", has no intention code of its own and keeps the pledge)
  if (hit.pattern && child && hit.last >= child.verb && code.forward?.startsWith('03') && intentCodeFor(childHit?.code.forward ?? null)?.startsWith('13')) return null;
  // "are seeking to deepen a partnership in energy": a wish with nothing codable in it is no event
  if (bareIntent && !asked && WISH_VERBS.has(tokens[c.verb]?.lemma ?? '')) return null;
  // "asked X to help Y", "ordered X to withdraw": a bare appeal or demand takes the code of what it asks for
  // "Putin met Erdogan on Monday": MEET's 036 is for heads that look ahead ("to meet", "will meet"); a past meeting
  // ("met", "has met") stated as having happened is a consultation (040)
  const met = code.forward === '036' && !hit.pattern && ['MEET', 'MEET_WITH'].includes(hit.entry.base) && c.modality === 'asserted' && !c.modal
    && (c.link === null || c.link === 'coordinated' || c.link === 'complement') && tokens[c.verb]?.norm === 'MET' && tokens.slice(c.groupStart, c.verb).every((t) => t.lemma === 'have' || t.pos === 'ADV');
  // "Beijing protested the sale of jets to Taiwan", "the ministry protested": a state, its officials or an
  // international body protesting complain officially (114); crowds, parties and unions demonstrate (14x)
  const official = code.forward?.startsWith('14') === true && hit.entry.base === 'PROTEST' && officialActor(hit.source ?? c.subject, tokens);
  const forward = official ? '114' : met ? '040' : (code.forward === '020' || code.forward === '100') && asked ? (requestCode(code.forward === '020' ? '02' : '10', asked) ?? code.forward) : code.forward;
  return { official, forward };
}

/** Whether the clause's verb is speech, naming or the like that codes no event here (out of codeClauses, as `reportingOf`). */
function codesNothing(tokens: Token[], clauses: Clause[], hits: (VerbHit | null)[], k: number, c: Clause, hit: VerbHit, forward: string | null | undefined): boolean {
  const hasComplement = clauses.some((x) => x.parent === k && x.link === 'complement');
  // "hoped French officials would be indicted", "expects Uganda to attack": hoping for or expecting a hostile act by or
  // on someone is no optimistic comment about them
  const hopedAgainst = forward === '013' && clauses.some((x, j) => x.parent === k && (x.link === 'complement' || x.link === 'infinitive') && !!x.subject
    && x.subject === c.object && HOSTILE_ROOT.test(hits[j]?.code.forward ?? ''));
  if (hopedAgainst) return true;
  // (a multi-word verb that names another act is that act: "reiterated its demand that X V" is the demand)
  // (its words in the verb's own phrase: "said there was no sign that ..." is no SAY_NO)
  // (so does a pattern of the object's that names one, when the complement is only the reason given: "added 14
  // firms to its sanctions list for supplying drones")
  const reasonOnly = clauses.every((x) => x.parent !== k || x.link !== 'complement' || ['OF', 'FOR'].includes(tokens[x.groupStart - 1]?.norm ?? ''));
  const namedAct = (hit.entry.after.length > 0 || (!!hit.pattern && reasonOnly)) && !forward?.startsWith('01') && tokens.slice(c.verb + 1, hit.last + 1).every((t) => t.pos !== 'AUX' && t.pos !== 'VERB');
  // ("a report alleged that France was aware of the plans": alleging is itself the accusation of the actor right after
  // "that", which a dictionary with a bare ALLEGE codes on the verb; the built-in ALLEGE_THAT names it)
  if (hasComplement && !namedAct && !allegesOf(tokens, c, forward) && (tellsFinding(tokens[c.verb]?.lemma) || tokens[c.verb]?.lemma === 'agree')) return true;
  // a bare statement ("..., a senior official said") is attribution, not an event: speech verbs need a target
  // (a multi-word verb names its own act: "declared martial law", "declared a ceasefire")
  // ("announced bans on travel to Canada": a "to" phrase hanging off another phrase's noun names no audience)
  if (SPEECH_VERBS.has(tokens[c.verb]?.lemma ?? '') && !hit.pattern && hit.last === c.verb && !c.object && !hit.target && !c.preps.some((p) => p.prep === 'TO' && !chainedPrep(tokens, p.mention, c.verb))) return true;
  // "told the media", "said to reporters": a statement to an unnamed audience is not an event between actors
  // (so is one to reporters anywhere: "told reporters in Doha")
  if (SPEECH_VERBS.has(tokens[c.verb]?.lemma ?? '') && !hit.pattern && c.object && (isRoleOnly(c.object) || c.object.codes.every((x) => x.slice(3) === 'MED')) && !hit.target) return true;
  // ... and so is one to a plural of people with no country ("told delegates", "told officials"), which names an
  // audience, not a party ("told the prime minister" is someone)
  const head = c.object ? tokens[c.object.last] : undefined;
  if (SPEECH_VERBS.has(tokens[c.verb]?.lemma ?? '') && c.object && isRoleOnly(c.object) && head && head.norm !== head.lemmaNorm && head.norm.endsWith('S') && !hit.target) return true;
  // "concluded a deal, ending a quarter of a century of talks", "ended decades of isolation": ending a span of
  // something says how long it lasted; it is no halt of its own
  if (tokens[c.verb]?.lemma === 'end' && !hit.target && endsSpan(tokens, c.verb)) return true;
  // "strikes on what it called terrorist camps", "called the attack a crime": naming, not an event of the verb
  // (a label that judges the deed is `judgingLabelHit`'s event: "called the attack a provocation")
  if (!hit.pattern && !hit.target && hit.entry.id !== JUDGING_LABEL_RULE && NAMING_VERBS.has(tokens[c.verb]?.lemma ?? '') && namingUse(tokens, c)) return true;
  return false;
}

/** A clause's source and target while codeClauses chooses them. */
interface Roles { src: ActorMention | null; tgt: ActorMention | null }

/** The roles of a passive or psych verb's clause (out of codeClauses, as `reportingOf`; `st` holds the source and target, updated). */
function passiveRoleChoice(lex: Lexicon, tokens: Token[], clauses: Clause[], hits: (VerbHit | null)[], k: number, c: Clause, hit: VerbHit, forward: string | null | undefined, st: Roles): void {
  let { src, tgt } = st;
  // "Germany is concerned about X", "Japan was worried by X": a psych verb's passive subject feels it, so it stays the
  // source, and the phrase names what the feeling is about
  if (c.passive && !hit.source && hit.entry.base !== 'BE' && !PSYCH_VERBS.has(tokens[c.verb]?.lemma ?? '')) {
    ({ src, tgt } = passiveRoles(c, tokens));
    src ??= agentOfAct(lex, tokens, c);
    // "three soldiers were killed when their convoy was ambushed by X", "two died as militants stormed their post": a
    // violent act with no named doer is the doer's of the violent act in the clause of "when"/"as" right after it
    if (!src && tgt && VIOLENT_ROOTS.has(forward?.slice(0, 2) ?? '')) src = whenDoer(tokens, clauses, hits, k);
    // "two French nationals were arrested in Tehran", "the man was detained at the airport in Minsk": an arrest, a
    // state's act, with no doer named is the act of the country where it was made (as "the arrest in Germany of X");
    // not one told of a noun ("the release of a journalist detained in Myanmar": the detention is who they are)
    // (people with no country of their own, "more than 70 protesters were arrested in Belgrade", "gang members were
    // arrested in raids in the port city of Guayaquil", are the place's, held by its state; not one person, whose
    // country is unknown, "a missionary was arrested in Uganda", nor people said to come from elsewhere, nor those a
    // BY phrase names another doer for, "detained by security guards at a mall")
    const unplaced = !!tgt && isRoleOnly(tgt);
    const crowd = unplaced && !!tgt && tokens[tgt.last]?.norm !== tokens[tgt.last]?.lemmaNorm && tokens[tgt.last + 1]?.norm !== 'FROM'
      && !tokens.slice(c.verb + 1, c.end + 1).some((t) => t.norm === 'BY');
    if (!src && tgt && (!unplaced || crowd) && c.link !== 'relative' && STATE_ARREST_CODES.has(forward ?? '')) {
      // (or "at" a place of the country: "were detained at Tbilisi airport")
      src = c.preps.find((p) => (p.prep === 'IN' || p.prep === 'AT') && p.mention !== tgt && countryOnly(p.mention))?.mention ?? null;
      const held = src && isRoleOnly(tgt) ? countryOf(src.codes[0] ?? '') : '';
      if (src && held) {
        tgt.codes = mapPacked(tgt.codes, (x) => held + x.slice(3));
        tgt.rules = [...tgt.rules, `place-country:${src.rules[0] ?? ''}`];
      }
    }
    // ... with no place named, a state's own opposition, officials, judges, press or citizens charged, sentenced or
    // held are held by that state ("the Ugandan opposition leader was charged with sedition"); nationals named by
    // their country alone may be held anywhere ("two Dutch nationals were arrested")
    // (not when a doer is named that is no actor: "was charged by a rival with lying")
    // (and only of the clause's own subject: "a journalist, who was detained last year while on a trip to X, …" is
    // told of a noun, whose arrest may be another state's)
    const agentless = c.subjectHow === 'direct' && !tokens.slice(c.verb + 1, c.end + 1).some((t, j) => t.norm === 'BY' && !reducedAgent(tokens, c.verb + 1 + j));
    // (nor when a phrase names another actor: "were arrested at the request of the military government" names one
    // who only asked)
    if (!src && tgt && c.link !== 'relative' && agentless && STATE_ARREST_CODES.has(forward ?? '') && c.preps.every((p) => p.mention === tgt)) src = homeState(tgt);
    // "hundreds of migrants were expelled from Algeria", "were deported from Libya": people expelled with no doer
    // named are expelled by the state they are sent out of (not a party or a body: "expelled from the party"); so
    // is one extradited or handed over ("was extradited from Spain to Italy": Spain handed him to Italy)
    if (!src && tgt && c.link !== 'relative' && agentless && SENT_OUT_CODES.has(forward ?? '')) src = c.preps.find((p) => p.prep === 'FROM' && p.mention !== tgt && countryOnly(p.mention))?.mention ?? null;
    // "The Venezuelan army was placed on maximum alert", "Iranian troops were deployed to the border": a country's
    // forces put on alert or moved with no doer named show their own country's force posture (15x); not when sent
    // to another country, where the sender could as well be helping its host (074) and is not named
    const forces = !src && !!tgt && tgt === c.subject && forward?.startsWith('15') && ownForces(tgt) ? tgt : null;
    if (forces && !c.preps.some((p) => (p.prep === 'TO' || p.prep === 'INTO') && !isRoleOnly(p.mention) && !sameCountry(p.mention, forces))) [src, tgt] = [forces, null];
  }
  // "Russia alarmed Japan by deploying missiles", "the decision angered China over X": an active psych verb's object
  // is the one who feels it, and the subject is what the feeling is about
  else if (!c.passive && !hit.source && !hit.target && c.object && src && PSYCH_VERBS.has(tokens[c.verb]?.lemma ?? '')) [src, tgt] = [c.object, src];
  // ... and a passive one's is what its phrase names, not a later phrase ("outraged by the Russian attack on Kyiv")
  if (c.passive && !hit.target && PSYCH_VERBS.has(tokens[c.verb]?.lemma ?? '')) {
    const about = c.preps.find((p) => PSYCH_PREPS.has(p.prep ?? '') && p.mention !== src && !(src && sameCountry(p.mention, src)));
    if (about) tgt = about.mention;
  }
  st.src = src;
  st.tgt = tgt;
}

/** The clause's target after the first choice: labels, shared objects, topics, settings and venues (out of codeClauses, as `reportingOf`). */
function refinedTarget(tokens: Token[], mentions: ActorMention[], clauses: Clause[], hits: (VerbHit | null)[], targets: (ActorMention | null)[], k: number, c: Clause, hit: VerbHit,
  forward: string | null | undefined, src: ActorMention | null, tgt0: ActorMention | null): ActorMention | null {
  let tgt = tgt0;
  // ("calling the incursion a violation of the country's sovereignty": an actor in a judging label is not judged)
  if (tgt && hit.entry.id === JUDGING_LABEL_RULE && tgt.first >= labelStart(tokens, c)) tgt = null;
  // "beat and arrested dozens of demonstrators": a bare verb right before "and" another verb shares its object
  const sharer = tgt ? undefined : sharedObjectConjunct(tokens, clauses, k);
  if (sharer) tgt = sharer.object ?? quantifiedObject(tokens, sharer);
  // "used water cannon against demonstrators and arrested dozens": an act of force joined by "and" to another, whose
  // object is a bare number of people, counts the people the first acted on ("condemned Uganda and arrested dozens"
  // counts no Ugandans)
  if (!tgt && !hit.target && c.link === 'coordinated' && c.subjectHow === 'coordinated' && c.parent !== null && FORCE_ROOT.test(forward ?? '')
    && FORCE_ROOT.test(hits[c.parent]?.code.forward ?? '') && bareQuantity(tokens, c.verb)) tgt = targets[c.parent] ?? null;
  // "resumed shelling Kharkiv": a verbal noun that names the act ("shelling" is also a military role) is not the
  // target; the actor right after it is
  if (!hit.target && tgt && tgt === c.object && tgt.kind === 'agent' && tokens[tgt.last]?.norm.endsWith('ING')) {
    const act = tgt;
    tgt = mentions.find((m) => m.first === act.last + 1) ?? pickPrep(c, tokens) ?? null;
  }
  // "A and B discussed Taiwan": what two parties discuss is their topic, not a third party; they deal with each other
  // ("A discussed Taiwan with B": the partner is named by "with")
  if (!hit.target && tgt && tgt === c.object && TOPIC_VERBS.has(tokens[c.verb]?.lemma ?? '')) {
    const partner = c.preps.find((p) => p.prep === 'WITH')?.mention;
    if (partner) tgt = partner;
    else if ((c.subject?.codes.length ?? 0) > 1) tgt = null;
  }
  // "expanded its campaign against X": an opponent named by "against" is not the partner of a cooperative act
  if (!hit.target && tgt && tgt !== c.object && COOPERATIVE_ROOTS.has(forward?.slice(0, 2) ?? '') && c.preps.find((p) => p.mention === tgt)?.prep === 'AGAINST') tgt = null;
  // "A and B signed the deal in the presence of X", "met on the sidelines of the X summit": for a compound subject
  // of a cooperative act, an actor inside a phrase of setting is a witness or a venue; the members act on each other
  if (!hit.target && tgt && tgt !== c.object && src === c.subject && (src?.codes.length ?? 0) > 1 && COOPERATIVE_ROOTS.has(forward?.slice(0, 2) ?? '') && SETTING_PREPS.has(c.preps.find((p) => p.mention === tgt)?.outer ?? '')) tgt = null;
  // "protesters rallied near the Israeli embassy in London", "marched to the US consulate": a protest at a state's
  // embassy is aimed at that state, not at the country where it is held
  const mission = !hit.target && forward?.startsWith('14') && (!tgt || tgt !== c.object) ? c.preps.find((p) => MISSION_NOUNS.has(tokens[p.mention.last]?.lemmaNorm ?? '') && !isRoleOnly(p.mention)) : undefined;
  if (mission) tgt = mission.mention;
  // "Chinese leaders gathered in Beijing", "officials met in Nairobi": a meeting's place in the subject's own
  // country (or the only one an unplaced subject has) is where it was held, not whom they met (a visit's or a host's
  // place is another matter)
  const venue = !hit.target && tgt && src && tgt !== c.object && /^04[01456]/.test(forward ?? '') && tgt.codes.every((x) => /^[A-Z]{3}$/.test(x)) && (sameCountry(src, tgt) || isRoleOnly(src))
    && LOCATIVE.has(c.preps.find((p) => p.mention === tgt)?.prep ?? '');
  if (venue) tgt = null;
  // "A and B signed a prisoner exchange agreement", "signed a refugee deal": a role with no country in the singular,
  // modifying the noun after it, says what a verbal act of cooperation (03-05) is about, not whom it is with (what is
  // given, "kept supplying air defence systems", may still be for those the role names)
  if (!hit.target && tgt && tgt === c.object && nounModifier(tokens, tgt) && VERBAL_COOPERATION.test(forward ?? '')) tgt = pickPrep(c, tokens);
  return tgt;
}

/** Codes of verbal cooperation: intents, consultation, diplomatic cooperation (03-05). */
const VERBAL_COOPERATION = /^0[345]/;
/** Is mention `m` a role with no country, in the singular, that modifies the noun right after it ("a prisoner exchange")? */
const nounModifier = (tokens: Token[], m: ActorMention): boolean =>
  isRoleOnly(m) && tokens[m.last + 1]?.pos === 'NOUN' && tokens[m.last]?.norm === tokens[m.last]?.lemmaNorm;

/** The clause's target when the act serves or sends to someone: extraditions, peacekeeping, causes (out of codeClauses, as `reportingOf`). */
function servedTarget(lex: Lexicon, tokens: Token[], mentions: ActorMention[], clauses: Clause[], c: Clause, hit: VerbHit, forward: string | null | undefined, child: Clause | undefined, src: ActorMention | null, tgt0: ActorMention | null): ActorMention | null {
  let tgt = tgt0;
  // "extradited X to Britain", "was extradited by Lebanon to the UAE", "handed the suspect over to the ICC": judicial
  // cooperation is aimed at where the person is sent, not at the person (the codebook's note on 063)
  const sentTo = !hit.target && forward?.startsWith('063') ? c.preps.find((p) => p.prep === 'TO' && p.mention !== src && !isRoleOnly(p.mention)) : undefined;
  if (sentTo) tgt = sentTo.mention;
  // ... and so is an extradition refused ("refused to extradite the businessman to Venezuela", "rejected the
  // extradition of X to the United States"): the state it would have gone to (the TO phrase of the refused
  // extradition, the verb's or its infinitive's), not the person
  const refusedTo = !hit.target && forward === '121' ? extraditedTo(tokens, mentions, c, child) : undefined;
  if (refusedTo && refusedTo !== src) tgt = refusedTo;
  // "extended the mandate of the U.N. mission in South Sudan": peacekeeping (074) is provided to the country the force
  // serves in, named right after it, not to the force
  // (also one whose name holds the country, "the UN Mission in South Sudan", and a mandate ended: 1661)
  const force = !hit.target && (forward?.startsWith('074') || forward === '1661') && tgt?.codes.every((x) => x.endsWith('PKO')) ? tgt : null;
  const host = force && tokens[force.last + 1]?.norm === 'IN' ? mentions.find((m) => m.first === force.last + 2 && !isRoleOnly(m)) : force ? hostNamedIn(lex, tokens, force) : undefined;
  if (host) tgt = host;
  // "retaliating for the expulsion of Russian staff", "struck back over the killing of X": an actor in the phrase of
  // an event noun inside a prepositional phrase takes part in that deed, which is the cause; it is not the target
  // of a violent act
  if (!hit.target && tgt && VIOLENT_ROOTS.has(forward?.slice(0, 2) ?? '') && causeDeed(lex, tokens, tgt)) tgt = null;
  return tgt;
}

/** Codes of an appeal or demand that people or property be released or returned (0253, 1053). */
const RELEASE_ASKED: ReadonlySet<string> = new Set(['0253', '1053']);
/** Verbs of holding people or things that a participle on the released names: "hostages held by X", "a tanker seized by Y". */
const HOLDING_PARTICIPLES: ReadonlySet<string> = new Set(['hold', 'detain', 'seize', 'capture', 'jail', 'imprison', 'abduct', 'kidnap', 'deport', 'arrest', 'take', 'keep', 'intern', 'impound', 'confiscate']);

/**
 * "demanded the release of the hostages held by Hamas", "called for the return of children deported by Russia": a release
 * or return asked for is asked of whoever holds them, the BY phrase of a participle of holding on the released; with no
 * BY phrase, the country they are held in ("hostages held in Gaza"); `st` updated (out of codeClauses, as `reportingOf`).
 */
function holderTarget(tokens: Token[], clauses: Clause[], c: Clause, hit: VerbHit, forward: string | null | undefined, st: Roles): void {
  const held = st.tgt;
  // (and a release welcomed or praised is the holder's deed judged: "welcomed the release of hostages held by Hamas", as
  // "praised the release of hostages by Hamas")
  // (only one the BY phrase names: "welcomed the release of a Canadian reporter detained in Iran" welcomes a release)
  const welcomed = forward === '051' && !!held && releaseOf(tokens, held);
  if (hit.target || !held || held === c.object || !(RELEASE_ASKED.has(forward ?? '') || welcomed)) return;
  const holder = holderOf(tokens, clauses, held, welcomed);
  if (holder && !(st.src && holder.codes.every((x) => st.src?.codes.includes(x)))) st.tgt = holder;
}

/** Nouns of setting free or giving back (lemmas): "the release of", "the return of". */
const RELEASE_NOUNS: ReadonlySet<string> = new Set(['RELEASE', 'RETURN', 'FREEING', 'HANDOVER', 'REPATRIATION']);

/** Is mention `m` the OF phrase of a noun of release: "the release of (the) hostages", "the return of 20 children"? */
function releaseOf(tokens: Token[], m: ActorMention): boolean {
  let j = m.first - 1;
  while (j > 0 && ['DET', 'NUM', 'ADJ'].includes(tokens[j]?.pos ?? '')) j--;
  return tokens[j]?.norm === 'OF' && RELEASE_NOUNS.has(tokens[j - 1]?.lemmaNorm ?? '');
}

/**
 * Who holds the people or things of mention `held`: the BY phrase of a passive participle of holding on them ("hostages
 * held by Hamas", "children deported by Russia"), else (unless `byOnly`) the country it names them held in ("hostages
 * held in Gaza"); null when none is named.
 */
function holderOf(tokens: Token[], clauses: Clause[], held: ActorMention, byOnly = false): ActorMention | null {
  const rel = clauses.find((x) => x.link === 'relative' && x.passive && x.subject?.first === held.first && HOLDING_PARTICIPLES.has(tokens[x.verb]?.lemma ?? ''));
  return (rel && (rel.preps.find((p) => p.prep === 'BY' && !isRoleOnly(p.mention)) ?? (byOnly ? undefined : rel.preps.find((p) => p.prep === 'IN' && countryOnly(p.mention))))?.mention) ?? null;
}

/**
 * A mediation's parties (045), `st` updated: not people a deed is done to ("brokered the release of four hostages": a
 * role with no country in an OF phrase is none); with none named, the members of the subject of the clause it hangs
 * off ("A and B held talks in Muscat, with Oman acting as mediator") (out of codeClauses, as `reportingOf`).
 */
function mediatedParties(tokens: Token[], clauses: Clause[], c: Clause, forward: string | null | undefined, st: Roles): void {
  if (forward !== '045') return;
  // (a role given the sentence's one country is still no party: "context-country")
  const tgt = st.tgt;
  if (tgt && (isRoleOnly(tgt) || tgt.rules.some((r) => r.startsWith('context-country'))) && c.preps.find((p) => p.mention === tgt)?.prep === 'OF') st.tgt = null;
  const gov = !st.tgt && c.parent !== null ? clauses[c.parent] : undefined;
  if (gov?.subject && gov.subject !== st.src && gov.subject.codes.length > 1 && gov.verb < c.verb) st.tgt = gov.subject;
}

/** The clause's target from its infinitive, complement, prompter, relative clause or topic (out of codeClauses, as `reportingOf`). */
function dependentTarget(tokens: Token[], mentions: ActorMention[], clauses: Clause[], c: Clause, hit: VerbHit, forward: string | null | undefined, child: Clause | undefined, src: ActorMention | null, tgt0: ActorMention | null, parent: Clause | undefined, parentTok: Token | undefined, k: number) {
  let tgt = tgt0;
  // (not when the one asked to act is a noun phrase that names no actor: "urged both sides to allow aid into Gaza"
  // is addressed to the sides, not to Gaza; like a role with no country, they belong to the sentence's one country:
  // "praised Kenya's election and urged the candidates to settle disputes in court")
  const unnamed = !!child && child.subjectHow === 'controller' && !child.subject && ASKING.has(tokens[c.verb]?.lemma ?? '');
  if (!tgt && child && !unnamed) tgt = child.object ?? pickPrep(child, tokens);
  // ("Iran warned that it would strike Israel": the warner itself, as the subject of the complement "that" opens, is no
  // object; the complement's is the target)
  const ownComplement = forward?.startsWith('13') && tgt && tgt === c.object && src && tgt.codes.join() === src.codes.join() && tokens[tgt.first - 1]?.norm === 'THAT' && onlyDayWords(tokens, c.verb + 1, tgt.first - 1) ? clauses.find((x) => x.parent === k && x.link === 'complement' && x.subject === tgt) : undefined;
  if (ownComplement) tgt = ownComplement.object ?? pickPrep(ownComplement, tokens);
  const one = !tgt && unnamed ? sentenceCountry(tokens, mentions) : null;
  if (one) tgt = recoded(one.from, [one.country], [...one.from.rules, 'context-country:addressee']);
  // "detained nine U.N. staff, prompting Guterres to demand their release", "fired rockets, prompting Israel to
  // retaliate": a hostile or verbal reaction that a deed prompts, with no one else named, is aimed at the deed's doer
  // (not a cooperative act: "prompting Israel to evacuate towns" helps its own people)
  if (!tgt && !hit.target && parent && c.link === 'infinitive' && c.subject && c.subject === parent.object && PROMPTING_VERBS.has(parentTok?.lemma ?? '') && parent.subject && !sameCountry(parent.subject, c.subject) && !COOPERATIVE_ROOTS.has(forward?.slice(0, 2) ?? '')) tgt = parent.subject;
  // "carried out a cyber attack that disrupted services of Russia's railway": a hostile act named by the verb's
  // own words, aimed at no one, is aimed where the relative clause right after its noun acts
  const actRelative = !tgt && !hit.target && HOSTILE_ROOT.test(forward ?? '') && RELATIVE.has(tokens[hit.last + 1]?.norm ?? '') ? clauses.find((x) => x.verb === hit.last + 2 && !x.subject) : undefined;
  if (actRelative) tgt = actRelative.object ?? pickPrep(actRelative, tokens);
  // "A and B held talks on Ukraine", "signed an agreement to share data on North Korean threats": for a compound
  // subject of a cooperative act, an actor in a phrase of topic (its own or its infinitive's) is what the members
  // deal about; they act on each other
  const topical = (x: Clause | undefined): boolean => TOPIC_PREPS.has(x?.preps.find((p) => p.mention === tgt)?.prep ?? '');
  if (!hit.target && tgt && tgt !== c.object && tgt !== child?.object && src === c.subject && (src?.codes.length ?? 0) > 1 && COOPERATIVE_ROOTS.has(forward?.slice(0, 2) ?? '') && (topical(c) || topical(child))) tgt = null;
  // ("approved a grant to help restore Syria's grid": aid is for whom the act it helps is done, through "help")
  const helped = !tgt && child && UNILATERAL_AID.test(forward ?? '') && tokens[child.verb]?.lemma === 'help' ? clauses.find((x) => x.parent === clauses.indexOf(child) && x.link === 'infinitive') : undefined;
  if (helped) tgt = helped.object ?? pickPrep(helped, tokens);
  return { tgt, actRelative };
}

/** The clause's target from a condition, a reason, or a considered or denied deed (out of codeClauses, as `reportingOf`). */
function conditionTarget(tokens: Token[], clauses: Clause[], hits: (VerbHit | null)[], k: number, c: Clause, hit: VerbHit, forward: string | null | undefined, child: Clause | undefined,
  parent: Clause | undefined, modality: Modality, official: boolean, src: ActorMention | null, tgt0: ActorMention | null) {
  let tgt = tgt0;
  // "threatened to strike unless Israel rescinded X", "will boycott the vote unless the president resigns": a threat,
  // or an act not yet done, with no target (or only the doer's own people: "threatened to recall its ambassador unless
  // X ...") is aimed at whoever must meet the condition that follows it
  // (a condition on the doer itself names no one else: "threatened to close the strait if it was attacked")
  if ((!tgt || (src && sameCountry(src, tgt))) && !hit.target && (forward?.startsWith('13') || modality !== 'asserted')) {
    const cond = conditionSubject(tokens, clauses, (child ?? c).end);
    if (cond && !(src && sameCountry(src, cond))) tgt = cond;
  }
  // "If Azerbaijan attacks, Armenia will defend itself, its defence minister warned", "... itself if Azerbaijan attacks,
  // its minister warned": a warning told after what it says is aimed at whoever must meet that statement's condition
  if (!tgt && !hit.target && forward?.startsWith('13') && c.link === 'complement' && parent && parent.verb < c.verb) tgt = toldCondition(tokens, clauses, parent);
  // "Kenya recalled its ambassador after Uganda arrested X", "withdrew its troops after Kenya protested": a recall or
  // withdrawal of one's own envoys or forces is aimed at the other state, the doer of the deed it answers
  if (!hit.target && src && tgt && sameCountry(src, tgt) && OWN_PEOPLE_RECALL.test(forward ?? '')) tgt = reasonSubject(tokens, clauses, c.end, src) ?? tgt;
  // ("Venezuela protested after Washington announced sanctions": an official protest at no one answers that deed)
  if (!hit.target && src && !tgt && official) tgt = reasonSubject(tokens, clauses, c.end, src);
  // "lifted the sanctions it had imposed on Niger": a relative clause about the object thing names whom it concerns
  const aboutObject = !tgt && !hit.target ? clauses.find((x) => x.parent === k && x.aboutObject) : undefined;
  // (a phrase after its verb: "a state that Hezbollah's war with Israel left near collapse" concerns no one)
  if (aboutObject) tgt = pickPrep(aboutObject, tokens, null, false, aboutObject.preps.filter((p) => p.mention.first > aboutObject.verb));
  // "Iran denied that it had supplied missiles to Russia": a denial that one's own deed happened is aimed at whom the
  // deed would have concerned, and so is "Belgrade denied supplying ammunition to Ukraine" (the codebook's 016, a
  // denial of responsibility, whoever accused); "North Korea denied sending troops": one with no such party has no
  // target
  // (a denial of a deed is complete without a target: "denied land to X" is a refusal, "denied that ..." a denial)
  // "China warned that it would take countermeasures if the Philippines went ahead": a threat aimed at no one else is
  // aimed at whom its condition is about (the subject of the "if" clause that closes what was said)
  if (forward?.startsWith('13') && !hit.target && src && (!tgt || sameCountry(tgt, src))) {
    const cond = conditionAfter(clauses, k, src);
    if (cond?.subject && !sameCountry(cond.subject, src) && !isRoleOnly(cond.subject)) tgt = cond.subject;
  }
  // "France is considering sending troops to Ukraine" (the codebook's 014: "Malaysia is considering giving money to
  // ... boat people"): a policy option considered is aimed at whom the act considered would be; that act is only a
  // possibility (clause-links)
  const consideredDeed = forward === '014' && !hit.target && !tgt && src ? clauses.find((x) => x.parent === k && x.link === 'gerund') : undefined;
  if (consideredDeed && src) {
    const other = consideredDeed.object && !isRoleOnly(consideredDeed.object) ? consideredDeed.object : pickPrep(consideredDeed, tokens);
    tgt = other && !sameCountry(src, other) ? other : null;
  }
  const deniedDeed = forward === '016' && !hit.target && src ? clauses.find((x) => x.parent === k && (x.link === 'gerund' || x.link === 'complement')) : undefined;
  // (the one denying is also its own country's forces or people: "the Kremlin denied that Russian jets had ...")
  if (deniedDeed && src && (!tgt || tgt.codes.every((x) => src?.codes.includes(x)) || sameCountry(tgt, src))) {
    const other = deniedDeed.object && !isRoleOnly(deniedDeed.object) ? deniedDeed.object : pickPrep(deniedDeed, tokens);
    tgt = other && !sameCountry(src, other) ? other : null;
  }
  // "Ethiopia accused Eritrea of arming rebels, an allegation Asmara dismissed as lies": a denial in a relative clause
  // on a noun of accusation after the accusation answers the accuser
  if (!tgt && !hit.target && forward === '016' && c.subject && c.subjectHow === 'direct' && CLAIM_NOUNS.has(tokens[c.subject.first - 1]?.lemmaNorm ?? '')) {
    let accuser: ActorMention | null = null;
    for (let j = k - 1; j >= 0 && !accuser; j--) if (hits[j]?.code.forward?.startsWith('11')) accuser = clauses[j]?.subject ?? null;
    if (accuser && !sameCountry(accuser, c.subject)) tgt = accuser;
  }
  return { tgt, deniedDeed };
}

/** The clause's first target: the pattern's, the object, an antecedent, a particle's, a destination or a phrase (out of codeClauses, as `reportingOf`). */
function firstTarget(tokens: Token[], mentions: ActorMention[], clauses: Clause[], hits: (VerbHit | null)[], targets: (ActorMention | null)[], k: number, c: Clause, hit: VerbHit, forward: string | null | undefined, quantified: ActorMention | null, src: ActorMention | null): ActorMention | null {
  // (an object pronoun coreference left unresolved is still the object: "accusing them of war crimes in Gaza" does
  // not accuse Gaza)
  const pronounObject = !c.object && OBJECT_PRONOUNS.has(tokens[c.verb + 1]?.norm ?? '') && !mentions.some((m) => m.first === c.verb + 1);
  // "fought off Hezbollah fighters", "beat back the rebels", "gunned down protesters": after these particles the actor
  // is the verb's object ("carried out an air strike on X" names the act after OUT, and its target after ON)
  const particle = !c.object && !hit.target && OBJECT_PARTICLES.has(hit.entry.after[0] ?? '') ? c.preps.find((p) => p.prep === hit.entry.after[0] && p.mention.first === c.verb + 2) : undefined;
  let tgt: ActorMention | null = hit.target ?? c.object ?? contactAntecedent(tokens, mentions, c) ?? particle?.mention ?? quantified ?? destination(tokens, c) ?? (pronounObject ? null : transferOwner(tokens, c) ?? pickPrep(c, tokens, targetPrepFor(forward), COOPERATIVE_ROOTS.has(forward?.slice(0, 2) ?? ''))) ?? null;
  tgt = refinedTarget(tokens, mentions, clauses, hits, targets, k, c, hit, forward, src, tgt);
  return tgt;
}

/** A journey's destination, or no target for those who travel along (out of codeClauses, as `reportingOf`; `st` updated). */
function journeyTarget(tokens: Token[], c: Clause, hit: VerbHit, forward: string | null | undefined, st: Roles): void {
  const src = st.src;
  let tgt = st.tgt;
  // "arrived in Doha for talks with U.S. envoys": a journey's destination (IN/AT/TO a country) is whom it visits; a
  // partner named only inside the journey's purpose ("for talks with X") is met later, not visited
  // ("arrived in Beijing with a delegation of business leaders", "flew to Doha with Iranian envoys": with no purpose
  // before it, "with" names who travels along; they host nothing, and with no destination abroad there is no host)
  const withAt = tgt && tgt !== c.object && tokens[tgt.first - 1]?.norm === 'WITH' ? tgt.first - 1 : -1;
  const journeyWith = !hit.target && forward === '042' && withAt > c.verb;
  const journeyFor = journeyWith && tokens.slice(c.verb + 1, withAt).some((t) => t.norm === 'FOR');
  const reached = journeyWith ? c.preps.find((p) => JOURNEY_END_PREPS.has(p.prep) && p.mention.first < withAt && countryOnly(p.mention) && !(src && sameCountry(src, p.mention))) : undefined;
  if (reached) tgt = reached.mention;
  else if (journeyWith && !journeyFor) tgt = null;
  st.tgt = tgt;
}

/** Whether a return, a departure, a docking or a journey home codes nothing (out of codeClauses, as `reportingOf`). */
function noJourneyEvent(tokens: Token[], c: Clause, hit: VerbHit, forward: string | null | undefined, src: ActorMention | null, tgt: ActorMention | null): boolean {
  // "returned to Nairobi", "came back from Kampala": a return with no thing returned after the verb is a journey,
  // not property given back (0842); a thing named after the place still is ("returned to Egypt the remains of X")
  const placeAfter = c.preps.find((p) => p.mention.first === c.verb + 2);
  const shifted = !!placeAfter && (!countryOnly(placeAfter.mention) || ['DET', 'NUM'].includes(tokens[placeAfter.mention.last + 1]?.pos ?? ''));
  if (!hit.pattern && forward === '0842' && !c.passive && !shifted && JOURNEY_PARTICLES.has(tokens[c.verb + 1]?.norm ?? '')) return true;
  // "troops left the hospital", "left the base in northern Syria": leaving a building or a common place is no
  // retreat; leaving a country or a named place in it is ("left Kherson", "left the city of Kherson")
  if (!hit.target && forward === '0874' && tokens[c.verb]?.lemmaNorm === 'LEAVE' && !(tgt && territoryLeft(tokens, c.verb, tgt))) return true;
  // ("A Russian tanker docked in Havana": a ship docking is a port call only for a navy's ships, see PORT_CALL)
  if (hit.entry.block.roles.includes('naval') && !(src && (NAVAL_HEADS.has(tokens[src.last]?.lemmaNorm ?? '') || src.codes.every((x) => /^[A-Z]{3}MIL/.test(x))))) return true;
  // "The Qatari prime minister arrived in Doha", "Ruto flew back to Nairobi for talks with X": a journey's end in the
  // traveller's own country is a return home, no visit (whoever waits there to meet him is met later, not visited);
  // a place visited as the verb's object ("visited flood-hit Kherson") is another matter
  const traveller = src;
  if (!hit.target && forward === '042' && traveller && !isRoleOnly(traveller) && !c.object && c.preps.some((p) => JOURNEY_END_PREPS.has(p.prep) && countryOnly(p.mention) && sameCountry(traveller, p.mention))
    && !c.preps.some((p) => JOURNEY_END_PREPS.has(p.prep) && countryOnly(p.mention) && !sameCountry(traveller, p.mention))) return true;
  return false;
}

/** A protest's place, and a coded actor in a phrase before a role with no country (out of codeClauses, as `reportingOf`; `st` updated). */
function placedTarget(tokens: Token[], mentions: ActorMention[], c: Clause, hit: VerbHit, forward: string | null | undefined, quantified: ActorMention | null, st: Roles): void {
  let tgt = st.tgt;
  // "US and British activists protested in Beijing": a protest is aimed at the country where it is held
  if (!tgt && forward?.startsWith('14')) tgt = c.preps.find((p) => (p.prep === 'IN' || p.prep === 'AT') && !isRoleOnly(p.mention))?.mention ?? null;
  // a role with no country ("fired artillery at Ukrainian positions") yields to a coded actor in a phrase
  if (!hit.target && tgt && (tgt === c.object || tgt === quantified) && isRoleOnly(tgt)) {
    const after = tokens[tgt.last + 1]?.norm ?? '';
    let gap = after === 'IN' || after === 'NEAR' ? 2 : COMPASS.test(after) && tokens[tgt.last + 2]?.norm === 'OF' ? 3 : 0;
    // ("rebels in Northern X": a compass word written with a capital before the place)
    if (gap === 2 && compassName(tokens[tgt.last + 2])) gap = 3;
    const local = gap ? mentions.find((m) => m.first === (tgt?.last ?? 0) + gap) : undefined;
    const better = pickPrep(c, tokens);
    // "troops in Kestria", "rebels southwest of Kestria" are Kestrian; otherwise the coded actor in a phrase is the target
    // (not to the country across a border: "killed 40 soldiers near the border with Niger")
    // (nor to the destination of a violent act: "took hostages back to Gaza"; a deportation's destination, 17x, is its
    // usual target)
    const prep = c.preps.find((p) => p.mention === better)?.prep;
    const destination = (prep === 'TO' || prep === 'INTO') && VIOLENT_ROOTS.has(forward?.slice(0, 2) ?? '');
    // (a place where it happened places the role instead: "killed 12 militants in a raid in North Waziristan" killed
    // Pakistani militants, not Pakistan; so for an arrest, "detained two opposition lawmakers at Tbilisi airport")
    const where = LOCATIVE.has(prep ?? '') && !!better && better.codes.every((x) => /^[A-Z]{3}$/.test(x)) && (VIOLENT_ROOTS.has(forward?.slice(0, 2) ?? '') || forward?.startsWith('173') === true) && !instrument(tgt);
    if (!local && better && !isRoleOnly(better) && prep !== 'BORDER' && !destination && !where) tgt = better;
  }
  st.tgt = tgt;
}

/** Verbs of a violent act done to people: their object is a person even when a town bears the name ("shot Lincoln"). */
const PERSON_ACTS: ReadonlySet<string> = new Set(['kill', 'murder', 'assassinate', 'shoot', 'wound', 'injure', 'abduct', 'kidnap', 'torture', 'execute', 'behead', 'beat', 'stab', 'hang', 'lynch', 'rape', 'assault']);
/** Codes of repression aimed at a place as much as at people: a crackdown, blockade or siege (145, 175). */
const PLACE_REPRESSION = new Set(['145', '175']);

/**
 * A violent act with no target on a town no actor dictionary names ("Russian troops shelled Vovchansk", `townTarget`:
 * the town's country); built-in verb dictionary only (out of codeClauses, as `reportingOf`; `st` updated).
 */
function townTargetOf(tokens: Token[], mentions: ActorMention[], c: Clause, hit: VerbHit, forward: string | null | undefined, story: ReadonlySet<string>, st: Roles): void {
  if (st.tgt || c.passive || hit.target || !BUILT_IN_RULE.test(hit.rule) || !(VIOLENT_ROOTS.has(forward?.slice(0, 2) ?? '') || PLACE_REPRESSION.has(forward ?? ''))) return;
  st.tgt = townTarget(tokens, mentions, c.verb, Math.min(c.end + 1, tokens.length), !PERSON_ACTS.has(tokens[c.verb]?.lemma ?? ''), story, st.src?.codes[0]?.slice(0, 3) ?? '');
}

/** An act between a compound's members, and the subject's own people yielding to another country's phrase (out of codeClauses, as `reportingOf`; `st` updated). */
function pairRoles(tokens: Token[], c: Clause, hit: VerbHit, forward: string | null | undefined, st: Roles): void {
  let { src, tgt } = st;
  // "Fighting between the army and the RSF flared", "fighting broke out between A and B": an act with no subject
  // between the members of a compound is between them, each way
  if (!src && !hit.source && SYMMETRIC_ROOTS.has(forward?.slice(0, 2) ?? '')) {
    // (also when the members share one code: "fighting between ELN guerrillas and FARC dissidents")
    const between = c.preps.find((p) => p.prep === 'BETWEEN' && (p.mention.codes.length > 1 || sharedCodeCompound(p.mention)))?.mention;
    if (between) src = tgt = between;
  }
  // "Serbia recalled its ambassador to Montenegro": the subject's own people are not the target when a phrase
  // names another country right after them or as where they went, were or came from ("dispatched inspectors to a
  // plant in central Iran"; not a partner deep in another phrase: "suspended the prime minister pending an inquiry
  // into a call with Cambodia's leader" suspends the prime minister)
  if (!hit.target && src && tgt && tgt === c.object && (sameCountry(src, tgt) || eachMember(src, tgt))) {
    const other = pickPrep(c, tokens);
    const object = tgt;
    const where = WHERE_PREPS.has(c.preps.find((p) => p.mention === other)?.prep ?? '');
    // (a country named only by the border something is near is no party: "kidnapped two soldiers near the Venezuelan
    // border")
    const across = c.preps.find((p) => p.mention === other)?.prep === 'BORDER';
    if (other && !across && !sameCountry(src, other) && !isRoleOnly(other) && (where || other.first - 1 <= object.last + 2)) tgt = other;
    // ("signed a pact allowing their troops to train": the subject's own people after a participle on the noun of a
    // cooperative act are the participle's object, no party to it — of another act they may be, "rejected a report
    // accusing its police of V-ing"; a phrase before the participle may name one: "arrested dozens
    // of demonstrators as protests against changes extending the president's rule entered a second day")
    else if (participleOnNoun(tokens, c.verb, object.first)) tgt = c.preps.find((p) => p.mention.last < object.first)?.mention ?? (COOPERATIVE_ROOTS.has(forward?.slice(0, 2) ?? '') ? null : tgt);
  }
  st.src = src;
  st.tgt = tgt;
}

/** Envoys recalled alongside a reduction of relations, and a retreat of one's own forces (out of codeClauses, as `reportingOf`; `st` updated; true for such a retreat). */
function withdrawnTarget(tokens: Token[], clauses: Clause[], hits: (VerbHit | null)[], targets: (ActorMention | null)[], k: number, c: Clause, hit: VerbHit, forward: string | null | undefined, st: Roles): boolean {
  const src = st.src;
  let tgt = st.tgt;
  // "expelling 12 Algerian diplomats and recalling its ambassador": the subject's own envoys withdrawn in a verb joined
  // to a reduction of relations with another state are withdrawn from that state
  if (!hit.target && src && tgt && tgt === c.object && sameCountry(src, tgt) && forward?.startsWith('16') && c.link === 'coordinated' && c.parent !== null) {
    const other = targets[c.parent];
    if (other && !isRoleOnly(other) && !sameCountry(other, src) && hits[c.parent]?.code.forward?.startsWith('16')) tgt = other;
  }
  // "Hamas freed the hostages and Israel pulled its troops back", "Russia shelled the town and Ukraine withdrew its
  // forces": a retreat of one's own forces that answers no "after" deed is from the other side of the clause "and"
  // joins it to; with no such side, from no one (one does not retreat from one's own forces)
  const retreatOwn = !hit.target && !!src && !!tgt && forward === '0874' && tgt === c.object && stateForcesOf(src, tgt);
  if (retreatOwn && src) tgt = andCounterpart(tokens, clauses, k, src);
  st.tgt = tgt;
  return retreatOwn;
}

/** Ships or troops shown, placed or sent (out of codeClauses, as `reportingOf`; `st` updated; the country forces were placed in, or ''). */
function forcesTarget(tokens: Token[], c: Clause, hit: VerbHit, forward: string | null | undefined, child: Clause | undefined, quantified: ActorMention | null, st: Roles): string {
  const src = st.src;
  let tgt = st.tgt;
  // "sailed a destroyer through the South China Sea": in a show of force, ships or troops with no country of their
  // own are the subject's means, not whom it is aimed at
  if (!hit.target && tgt && tgt === c.object && forward?.startsWith('15') && isRoleOnly(tgt) && tgt.codes.every((x) => x.endsWith('MIL'))) tgt = pickPrep(c, tokens);
  // "will station a brigade of 5,000 troops in Lithuania": forces a state deploys "in" a place (which the actor stage
  // reads as that place's forces) are its own, deployed to the place's country
  const placedForces = forward === '154' && !hit.target && src && tgt && tgt.codes.length === 1 && tgt.codes[0]?.endsWith('MIL') && !sameCountry(src, tgt)
    && tokens.slice(tgt.first + 1, tgt.last).some((t) => t.norm === 'IN') ? countryOf(tgt.codes[0] ?? '') : '';
  if (placedForces && tgt) tgt = recoded(tgt, [placedForces], [...tgt.rules, 'deployed-in']);
  // "sent thousands of troops to fight for Russia": one's own forces sent with no place named serve whom the purpose
  // infinitive names (its object, or whom it fights for or alongside)
  if (!hit.target && src && tgt && child && (tgt === c.object || tgt === quantified) && (isRoleOnly(tgt) || sameCountry(tgt, src)) && tgt.codes.every((x) => x.endsWith('MIL'))) {
    const served = child.object && !isRoleOnly(child.object) ? child.object : child.preps.find((p) => SERVED_PREPS.has(p.prep ?? '') && !isRoleOnly(p.mention))?.mention;
    if (served && !sameCountry(served, src)) tgt = served;
  }
  st.tgt = tgt;
  return placedForces;
}

/** Forces sent to help another party, a threat at one's own state, a group's examples (out of codeClauses, as `reportingOf`; `st` updated; the aid code, or null). */
function deployedAidOf(tokens: Token[], mentions: ActorMention[], clauses: Clause[], hits: (VerbHit | null)[], c: Clause, hit: VerbHit, forward: string | null | undefined, child: Clause | undefined, st: Roles): string | null {
  let { src, tgt } = st;
  // "North Korean troops have been sent to help Russia", "Kenya dispatched soldiers to assist Somalia", "were deployed
  // to protect Mozambique's gas fields": forces or police sent or deployed to help or protect another party provide
  // it military aid (072, the codebook's military and police personnel) or protection (074), no show of force; the
  // giver is the sender, or with no sender named the forces themselves, as their own country's (the helped party
  // does not place them)
  const aidAct = child && /^15[234]$/.test(forward ?? '') && !hit.target ? (hits[clauses.indexOf(child)]?.code.forward ?? '') : '';
  const helpedParty = aidAct.startsWith('07') && child?.object && !isRoleOnly(child.object) ? child.object : null;
  const deployer = !helpedParty ? null : c.passive ? (c.subject && c.subject.codes.length > 0 && c.subject.codes.every((x) => /(?:MIL|COP)$/.test(x)) ? c.subject : null) : src;
  const deployedAid = helpedParty && deployer && !sameCountry(deployer, helpedParty) ? (aidAct === '074' ? '074' : '072') : null;
  if (deployedAid) [src, tgt] = [deployer, helpedParty];
  // "warned that Beijing would take countermeasures": a threat whose only target is still the threatener's own state
  // (its own condition, which names another state, was taken above: "… if Washington went ahead") is aimed at no one
  if (forward?.startsWith('13') && !hit.target && src && tgt && !isRoleOnly(tgt) && sameCountry(src, tgt)) tgt = null;
  // "hosted more than 20 world leaders, including Russia's Vladimir Putin and India's Narendra Modi": a group with
  // no country is, for the event, the members the text names as examples
  if (tgt && isRoleOnly(tgt)) tgt = examplesOf(tgt, tokens, mentions) ?? tgt;
  st.src = src;
  st.tgt = tgt;
  return deployedAid;
}

/** A role with no country placed by its clause's places (out of codeClauses, as `reportingOf`). */
function placeRoles(tokens: Token[], mentions: ActorMention[], c: Clause, story: ReadonlySet<string>, src: ActorMention | null, tgt: ActorMention | null): void {
  // "Police in Caracas arrested ...", "protesters in Tehran": a role with no country takes the country of the
  // place its clause names
  for (const m of [src, tgt]) {
    if (m && isRoleOnly(m)) sharedCountry(m, tokens, mentions);
    if (m && isRoleOnly(m)) ownerAfter(m, tokens, mentions);
    if (m && isRoleOnly(m)) ledBy(m, tokens, mentions);
  }
  // (... or of a town the gazetteer knows and no actor dictionary names: "villagers near Kayes", coding/town-country)
  if (src && isRoleOnly(src) && !localise(src, tokens, mentions, src.last + 1, c.groupStart)) townCountry(src, tokens, mentions, src.last + 1, c.groupStart, story);
  // (... or the place of a participle that describes it: "aid to refugees fleeing the war in Liberia")
  if (tgt && isRoleOnly(tgt)) {
    const reach = participleReach(tokens, mentions, c.verb, c.end + 1);
    if (!localise(tgt, tokens, mentions, c.verb + 1, reach, src)) townCountry(tgt, tokens, mentions, c.verb + 1, reach, story);
  }
}

/** An adjunct's victims placed by its governing act, and a cooperative adjunct's partner (out of codeClauses, as `reportingOf`; `st` updated). */
function adjunctTarget(tokens: Token[], clauses: Clause[], hits: (VerbHit | null)[], targets: (ActorMention | null)[], c: Clause, hit: VerbHit, forward: string | null | undefined, result: { doer: ActorMention | null } | null | undefined, st: Roles): void {
  const src = st.src;
  let tgt = st.tgt;
  // "shelled X, killing eight people": unplaced victims of an adjunct are of the country its governing act hit
  // (not when the adjunct's doer is the one the governing act was aimed at: "accused Moscow of bombing X, killing five")
  const hit0 = c.parent !== null && c.subjectHow === 'coordinated' && tokens[c.groupStart - 1]?.norm === ',' && !result?.doer ? targets[c.parent] : null;
  const around = hit0 && !isRoleOnly(hit0) && hit0.codes.length === 1 ? countryOf(hit0.codes[0] ?? '') : '';
  if (tgt && isRoleOnly(tgt) && around) {
    tgt.codes = mapPacked(tgt.codes, (x) => around + x.slice(3));
    tgt.rules = [...tgt.rules, `place-country:${hit0?.rules[0] ?? ''}`];
  }
  // ... and so are those of a violent adjunct after an act aimed at a place that hit no actor: "launched a drone attack
  // on Kyiv, wounding at least 15 people" (the place a phrase of the governing clause names, not the doer's own)
  const aimedAt0 = !around && tgt && isRoleOnly(tgt) && !hit0 && c.parent !== null && c.subjectHow === 'coordinated' && tokens[c.groupStart - 1]?.norm === ','
    && !result?.doer && VIOLENT_ROOTS.has(forward?.slice(0, 2) ?? '')
    ? clauses[c.parent]?.preps.find((p) => PLACE_AIMED_PREPS.has(p.prep) && countryOnly(p.mention) && !(src && sameCountry(p.mention, src))) : undefined;
  const aimedCountry = aimedAt0 ? countryOf(aimedAt0.mention.codes[0] ?? '') : '';
  if (tgt && aimedAt0 && aimedCountry) {
    tgt.codes = mapPacked(tgt.codes, (x) => aimedCountry + x.slice(3));
    tgt.rules = [...tgt.rules, `place-country:${aimedAt0.mention.rules[0] ?? ''}`];
  }
  // "visited Kyiv, pledging more aid", "met Xi, offering talks": a cooperative adjunct that names no one is aimed
  // where its governing act was, when that act was cooperative too ("expelled the ambassador, giving him 72 hours")
  const govCode = c.parent !== null ? (hits[c.parent]?.code.forward ?? '') : '';
  // ... and so is a cooperative verb joined by "and" to one that met, visited or signed with its object ("met X and
  // signed an agreement": the agreement is with X)
  const partner0 = hit0 ?? (c.parent !== null && c.subjectHow === 'coordinated' && c.link === 'coordinated' && targets[c.parent] === clauses[c.parent]?.object ? targets[c.parent] : null);
  if (!tgt && !hit.target && partner0 && partner0 !== src && !isRoleOnly(partner0) && COOPERATIVE_ROOTS.has(forward?.slice(0, 2) ?? '') && COOPERATIVE_ROOTS.has(govCode.slice(0, 2))) tgt = partner0;
  st.tgt = tgt;
}

/** Roles with no country given one from the sentence, the act or the state that acts (out of codeClauses, as `reportingOf`). */
function roleCountries(tokens: Token[], mentions: ActorMention[], clauses: Clause[], speakers: ReadonlySet<ActorMention>, c: Clause, forward: string | null | undefined, code: VerbCode, src: ActorMention | null, tgt: ActorMention | null): void {
  // "Judge Ana Ruiz opened an inquiry into Chilean officials": a domestic role still without a country takes the
  // one country the sentence names
  // (a protest is held where its people live: "marched through Belgrade" places Serbian demonstrators)
  // ... and so is a seizure of power ("the military seized power from X": a coup is the country's own forces')
  // "Serbia arrested opposition leaders, sparking protests by students": a domestic role with no country whose
  // reaction the act draws (a reverse-only code of disapproval, approval or protest) is the acting state's people
  if (!forward && REACTION_ROOTS.has(code.reverse?.slice(0, 2) ?? '') && tgt && src && isRoleOnly(tgt) && !isRoleOnly(src)) reactorCountry(tgt, tokens, mentions, src);
  const protest = forward?.startsWith('14') === true || forward === '1724';
  if (src && (isRoleOnly(src) || hasRolePart(src))) contextCountry(src, tokens, mentions, protest ? null : tgt, true, 'context-country', attackRoot(forward));
  if (tgt && src) ownPrisoners(tgt, src, tokens, forward);
  // (and whom a restriction at home is imposed on: "Nicaragua suspended the opposition newspaper")
  // (and whom a state arrests or represses at home: "Serbia arrested opposition leaders", coding/actor-country's domesticAct)
  if (tgt && (isRoleOnly(tgt) || hasRolePart(tgt))) {
    const domestic = domesticAct(tgt, src, forward);
    contextCountry(tgt, tokens, mentions, protest || forward?.startsWith('172') === true || domestic ? null : src, false, domestic ? 'domestic-act' : 'context-country');
  }
  // "Israeli airstrikes on the Gaza Strip killed 27 people": the unplaced victims of a state's violent act in a
  // sentence naming one other country are that country's (not counting who reports it)
  if (tgt && isRoleOnly(tgt) && src && VIOLENT_ROOTS.has(forward?.slice(0, 2) ?? '')) opposingCountry(tgt, tokens, mentions, src, speakers, helpersOf(tokens, clauses, c, src, mentions));
  // "the military government ... arresting political opponents": an opposition the state acts on is its own
  const stateSrc = src && src.codes.length === 1 && /^[A-Z]{3}(?:GOV|MIL|JUD|COP|ELI)/.test(src.codes[0] ?? '') && countryOf(src.codes[0] ?? '') !== '' ? countryOf(src.codes[0] ?? '') : '';
  if (tgt && stateSrc && tgt.codes.length === 1 && tgt.codes[0] === '---OPP') {
    tgt.codes = [stateSrc + 'OPP'];
    tgt.rules = [...tgt.rules, `state-opposition:${src?.rules[0] ?? ''}`];
  }
}

/** A speaker's judgment of the deed it reports, aimed at its other side (out of codeClauses, as `reportingOf`). */
function judgedDeedTarget(tokens: Token[], clauses: Clause[], sources: (ActorMention | null)[], targets: (ActorMention | null)[], k: number, c: Clause, hit: VerbHit, forward: string | null | undefined, src: ActorMention | null, tgt0: ActorMention | null): ActorMention | null {
  let tgt = tgt0;
  // "…, the defence minister said, calling the interception unsafe": a speaker's judgment of "the <deed>" is aimed
  // at the side of the reported deed that is not the speaker's: its doer, or its target when the speaker's own
  // state did it ("filed a complaint over Canada's surtax, the ministry said, calling the measure protectionism")
  if (!tgt && src && !hit.target && VERBAL_ROOTS.has(forward?.slice(0, 2) ?? '') && c.link === null && k > 0) {
    const said = clauses[k - 1];
    const r = said?.link === 'attribution' && said.subject === src ? said.parent : null;
    if (r !== null && deedObject(tokens, c)) {
      const [rs, rt] = [sources[r], targets[r]];
      const other = (x: ActorMention | null | undefined): x is ActorMention => !!x && !isRoleOnly(x) && !sameCountry(x, src);
      tgt = other(rs) ? rs : other(rt) ? rt : null;
    }
  }
  return tgt;
}

/** Codes of asking for a release of people or property: demanded (1053), appealed for (0253). */
const RELEASE_DEMANDS: ReadonlySet<string> = new Set(['1053', '0253']);
/** Deeds that leave people or property held: a seizure (171), an arrest (173), an abduction (181). */
const HOLDING_DEEDS: readonly string[] = ['171', '173', '181'];

/** A judgment of "the <deed>" aimed at the doer of the latest such deed (out of codeClauses, as `reportingOf`; `st` updated; the DEED_ANAPHORS row's id, or null). */
function anaphorTarget(tokens: Token[], prior: readonly CodedEvent[], out: CodedEvent[], c: Clause, hit: VerbHit, forward: string | null | undefined, st: Roles): string | null {
  const src = st.src;
  let tgt = st.tgt;
  /** The DEED_ANAPHORS row that took the target from an earlier sentence (whose tokens are not this sentence's). */
  let anaphorId: string | null = null;
  // "Zelensky condemned the strike", "Pakistan's foreign ministry rejected the allegation": a disapproval or rejection
  // of "the <deed>" whose doer the sentence does not name is aimed at the doer of the latest such deed the story told
  // before (one does not condemn one's own deed: the speaker's side is passed over); a denial of "the allegation"
  // answers its accuser
  // ("condemned the strike as an attempt to choke off exports to Africa": what the deed is called names no target)
  // ("Israel struck depots in Lebanon, and Lebanon's president condemned the attack": the deed may be told earlier in
  // the same sentence)
  // ("Turkey called the deal historic", "Kyiv welcomed the package": praise that names the deed told before is aimed
  // at its doer, the parties of a deal signed by a compound)
  // (the story's deeds so far are joined into one list only when a judgment needs them: `prior` grows with the
  // story, and copying it for every clause made long documents quadratic)
  // "condemned the detention and demanded the immediate release of the fishermen", "demanded the release of the ship
  // and its crew": a release asked for with no holder named (the people or things held have no country, or are the
  // asker's own) is asked of whoever took them, the doer of the latest seizure, arrest or abduction the story told
  if (src && RELEASE_DEMANDS.has(forward ?? '') && (!tgt || isRoleOnly(tgt) || sameCountry(tgt, src)) && prior.length + out.length > 0) {
    const holder = priorDoer(out.length ? [...prior, ...out] : prior, HOLDING_DEEDS, src);
    if (holder) tgt = holder;
  }
  const judged = src && !hit.target && (DISAPPROVING_ROOTS.has(forward?.slice(0, 2) ?? '') || forward === '016' || forward === '051' || forward === '050') && prior.length + out.length > 0 ? deedAnaphor(tokens, c) : null;
  if (judged && tgt && tgt !== c.object && tokens[judged.head + 1]?.norm === 'AS' && tgt.first > judged.head) tgt = null;
  if (judged && tgt && tgt === c.object && tokens[tgt.first - 1]?.norm === 'WHAT') tgt = null;
  if (!tgt && src && judged) {
    const anaphor = judged;
    const doer = priorDoer(out.length ? [...prior, ...out] : prior, anaphor.roots, src);
    if (doer && anaphor) {
      tgt = doer;
      anaphorId = anaphor.id;
    }
  }
  st.tgt = tgt;
  return anaphorId;
}

/** A show of force answering a deed, a complaint lodged with a body, and speaking to the media (out of codeClauses, as `reportingOf`; `st` updated; true when the clause codes nothing). */
function answeredTarget(tokens: Token[], clauses: Clause[], k: number, c: Clause, hit: VerbHit, forward: string | null | undefined, st: Roles): boolean {
  const src = st.src;
  let tgt = st.tgt;
  // "Japan scrambled jets after Russian bombers flew near its airspace": a show of force aimed at no one is aimed at
  // the doer of the deed that provoked it, in the clause "after" or "following" opens right behind it
  if (!tgt && src && !hit.target && forward?.startsWith('15')) {
    const next = clauses[k + 1];
    const opener = next ? ANSWERING.has(tokens[next.start]?.norm ?? '') ? next.start : next.start - 1 : -1;
    const doer = next?.subject && next.subjectHow === 'direct' && ANSWERING.has(tokens[opener]?.norm ?? '') && opener > hit.last ? next.subject : null;
    if (doer && !isRoleOnly(doer) && !sameCountry(doer, src)) tgt = doer;
  }
  // "filed a complaint with the WTO over Canada's surtax": a complaint or suit lodged with an international body
  // over a state's measure is against that state
  if (tgt && src && (forward === '114' || forward === '115') && tgt.codes.every((x) => x.startsWith('IGO')) && c.preps.some((p) => p.mention === tgt && (p.prep === 'WITH' || p.prep === 'TO'))) {
    const over = c.preps.find((p) => (p.prep === 'OVER' || p.prep === 'AGAINST') && !isRoleOnly(p.mention) && p.mention.codes.every((x) => !x.startsWith('IGO')) && !sameCountry(p.mention, src));
    if (over) tgt = over.mention;
  }
  // "Speaking to reporters in Brussels, X said …": speaking to the media is no consultation with them
  if (!hit.target && tgt && AUDIENCE_VERBS.has(tokens[c.verb]?.lemma ?? '') && tgt.codes.length > 0 && tgt.codes.every((x) => x.endsWith('MED'))) return true;
  st.tgt = tgt;
  return false;
}

/** Each other, a verbal reaction's doer, an exchange among a compound (out of codeClauses, as `reportingOf`; `st` updated). */
function partnerTarget(lex: Lexicon, tokens: Token[], c: Clause, hit: VerbHit, forward: string | null | undefined, st: Roles): void {
  const src = st.src;
  let tgt = st.tgt;
  // "Israel and Hezbollah accused each other": a compound subject acting on "each other" acts on itself pairwise
  if (!tgt && src && src.codes.length > 1 && reciprocal(tokens, c)) tgt = src;
  // "condemned the attack on its embassy by Afghan militants", "praised the release of hostages by Hamas": a verbal
  // reaction to a deed is aimed at the deed's doer
  // (not for a light verb, whose noun is its own act: "lodged a protest with X over remarks by Y" targets X)
  const doer = !c.passive && !hit.target && !hit.rule.startsWith('light:') && VERBAL_ROOTS.has(forward?.slice(0, 2) ?? '') ? deedDoer(lex, tokens, c, hit.last + 1) : null;
  if (doer && doer !== src) tgt = doer;
  // "Russia and the United States swapped prisoners in Ankara": what a compound subject exchanges (its object) is
  // no partner; the exchange is between its members
  if (src && src.codes.length > 1 && !hit.target && EXCHANGE.has(tokens[c.verb]?.lemma ?? '') && (!tgt || tgt === c.object || !partnerPhrase(c, tgt))) tgt = src;
  // "Russia and Ukraine each freed 390 prisoners": what the two members of a compound each release with no country
  // of its own is the other's
  if (src && src.codes.length === 2 && !hit.target && tokens[src.last + 1]?.norm === 'EACH' && forward?.startsWith('084') && (!tgt || (tgt === c.object && isRoleOnly(tgt)))) tgt = src;
  st.tgt = tgt;
}

/** The code a state's force, a seizure of a place or a coup reads as instead of the verb's (out of codeClauses, as `reportingOf`; null: none). */
function forceCode(tokens: Token[], c: Clause, hit: VerbHit, forward: string | null | undefined, src: ActorMention | null, tgt: ActorMention | null): string | null {
  // "rebels seized Damascus", "captured Kherson": seizing a place, which codes to a bare state, is occupying
  // territory (192), not seizing property (171)
  const seized = forward === '171' && !hit.pattern && tgt && tgt === c.object && tgt.codes.length > 0 && tgt.codes.every((x) => /^[A-Z]{3}$/.test(x) && countryOf(x) !== '');
  // "Israel bombed Gaza", "Russia continued bombing Kharkiv": a state's or its military's bombing is from the air
  // (195); 183 is the non-military bombing of militants and criminals
  const stateBombing = forward === '183' && !!src && src.codes.length > 0 && src.codes.every((x) => STATE_FORCE.test(x));
  // "the junta arrested army officers": detaining soldiers is capture in conflict (181) between sides, but an arrest
  // (173) when a state's own authorities detain its own military
  const ownArrest = forward === '181' && (hit.entry.code ?? hit.entry.block.code).forward === '173' && !!src && !!tgt && !isRoleOnly(src) && sameCountry(src, tgt) && src.codes.every((x) => /^[A-Z]{3}(?:GOV|MIL|COP|JUD)/.test(x));
  // "police blocked the road", "troops blocked the highway": obstructing passage is a protest (144) by civilians, but
  // a state's forces closing a route restrict movement (191)
  const stateBlock = forward === '144' && !!src && src.codes.every((x) => /^(?:[A-Z]{3}|---)(?:GOV|MIL|COP|SPY)/.test(x));
  // "air defences destroyed 30 Ukrainian drones", "destroyed Russian tanks", "attacked the base, destroying tanks":
  // destroying weapons is disarmament (0873) only when they are one's own; another side's weapons destroyed — of
  // another country, or a pattern's object not of the doer's — are shot down or struck, an act of force (190)
  const arms = tgt;
  const foreignArms = forward === '0873' && !!src && !!arms && arms.codes.length > 0
    && (src.codes.every((x) => countryOf(x) !== '' && arms.codes.every((y) => countryOf(y) !== '' && countryOf(y) !== countryOf(x)))
      || (!!hit.pattern && arms === c.object && arms !== src && !isRoleOnly(src) && !sameCountry(src, arms)));
  // "soldiers said they had taken control of Guinea-Bissau": forces taking their own country (its name, not a town
  // of it) seize power, a coup (1724, as SEIZE's POWER), not an occupation
  const letters = (x: string): string => x.toUpperCase().replace(/[^A-Z]/g, '');
  const ownCountry = forward === '192' && !!src && !!tgt && !isRoleOnly(src) && sameCountry(src, tgt) && src.codes.every((x) => /^[A-Z]{3}(?:MIL|REB|UAF)/.test(x))
    && tgt.codes.every((x) => /^[A-Z]{3}$/.test(x)) && !!tgt.name && letters(tgt.text) === letters(tgt.name) && tgt.rules.every((r) => r.includes('countries'));
  return seized ? '192' : ownCountry ? '1724' : stateBombing ? '195' : ownArrest ? '173' : stateBlock ? '191' : foreignArms ? '190' : chargedState(tokens, c, forward, tgt);
}

/** Verbs of formal charging that are an accusation (112) when a whole state is charged: "charging its neighbor with …". */
const CHARGING_VERBS: ReadonlySet<string> = new Set(['charge', 'indict']);

/**
 * "Serbia lodged a protest with Albania, charging its neighbor with supporting dissidents": no state can be arrested or
 * indicted (173); a state charged with a deed is accused of it (112). Null otherwise.
 */
function chargedState(tokens: Token[], c: Clause, forward: string | null | undefined, tgt: ActorMention | null): string | null {
  return forward === '173' && !!tgt && tgt === c.object && CHARGING_VERBS.has(tokens[c.verb]?.lemma ?? '') && tgt.codes.length > 0 && tgt.codes.every((x) => /^[A-Z]{3}$/.test(x) && countryOf(x) !== '') ? '112' : null;
}

/** A border closed against the country across it, and where at sea a missile went (out of codeClauses, as `reportingOf`; `st` updated; true for a state's missile launch at no one, a show of force). */
function seaTarget(tokens: Token[], c: Clause, hit: VerbHit, forward: string | null | undefined, actRelative: Clause | undefined, st: Roles): boolean {
  const src = st.src;
  let tgt = st.tgt;
  // "North Korea fired a ballistic missile into the sea": a state's missile launch at no one is a show of force (150),
  // as CAMEO codes weapons tests
  // "closed its border with Belarus to freight traffic": a border closed is closed against the country across it, not
  // against those it bars
  const across = forward === '191' && !hit.target ? borderAcross(tokens, c.verb, c.preps) : null;
  if (across && src && !sameCountry(src, across)) tgt = across;
  const missileLaunch = LAUNCH_VERBS.has(tokens[c.verb]?.lemma ?? '') && tokens.slice(c.verb, hit.last + 1).some((t) => MISSILE_NOUNS.has(t.lemmaNorm));
  // ("fired a missile into Japan's exclusive economic zone", "launched a missile that fell into waters off Japan's
  // coast": where at sea a missile went or came down names no one it struck; "fired missiles at X's coast", "a
  // missile that hit a port on X's coast" name what was aimed at)
  const landedIn = (x: Clause): boolean => (x === c || LANDING_VERBS.has(tokens[x.verb]?.lemma ?? '')) && LANDING_PREPS.has(x.preps.find((p) => p.mention === tgt)?.prep ?? '');
  if (missileLaunch && tgt && !hit.target && (landedIn(c) || (!!actRelative && landedIn(actRelative))) && atSea(tokens, tgt)) tgt = null;
  const missileShow = !tgt && !!src && VIOLENT_ROOTS.has(forward?.slice(0, 2) ?? '') && src.codes.length > 0 && src.codes.every((x) => STATE_FORCE.test(x)) && missileLaunch;
  st.tgt = tgt;
  return missileShow;
}

/** Whether welcoming a visitor to one's own country is hosting (out of codeClauses, as `reportingOf`). */
function hostingWelcome(tokens: Token[], c: Clause, forward: string | null | undefined, src: ActorMention | null, tgt: ActorMention | null): boolean {
  // "welcomed President Trump to Riyadh": welcoming a visitor to one's own country is hosting (043), and the
  // visitor's visit (042) back
  const hosting = forward === '051' && tokens[c.verb]?.lemma === 'welcome' && !c.passive && !!src && !!tgt && tgt === c.object && !isRoleOnly(src) && !isRoleOnly(tgt)
    && tgt.codes.every((x) => VISITOR.test(x)) && !sameCountry(src, tgt) && c.preps.some((p) => p.prep === 'TO' && !!src && sameCountry(p.mention, src));
  return hosting;
}

/**
 * Whether forces sent to another state go within a peacekeeping, regional or multinational mission (out of codeClauses,
 * as `reportingOf`); `mission`: the sending verb's infinitive joins one (`sentOnMission`).
 */
function peacekeepingOf(tokens: Token[], mentions: ActorMention[], c: Clause, forward: string | null | undefined, src: ActorMention | null, tgt: ActorMention | null, mission: boolean): boolean {
  // "Rwanda sent 300 police officers to Mozambique as part of a regional mission": forces sent to another state within
  // a peacekeeping, regional or multinational mission provide it protection (074), not a show of force
  // (so do forces sent to keep the peace or to join such a mission, wherever it serves: "sent two frigates to join a
  // multinational naval mission", "will deploy troops to join the U.N. force"; the infinitive's own pattern says so)
  return /^15[234]$/.test(forward ?? '') && !!src && (mission
    || (!!tgt && !isRoleOnly(tgt) && countryOnly(tgt) && !sameCountry(src, tgt) && PEACE_MISSION_PREPS.has(c.preps.find((p) => p.mention === tgt)?.prep ?? '') && partOfMission(tokens, mentions, c.verb, c.end)));
}

/** Whether the sending verb of clause `k` sends forces to do what codes 074 ("sent frigates to join a naval mission"). */
function sentOnMission(clauses: Clause[], hits: (VerbHit | null)[], child: Clause | undefined, forward: string | null | undefined): boolean {
  return /^15[234]$/.test(forward ?? '') && !!child && hits[clauses.indexOf(child)]?.code.forward === '074';
}

/** The code a port call, peacekeeping (`peacekeepingOf`) or an expulsion reads as instead of the verb's (out of codeClauses, as `reportingOf`; null: none). */
function sentCode(tokens: Token[], c: Clause, hit: VerbHit, forward: string | null | undefined, src: ActorMention | null, tgt: ActorMention | null, peacekeeping: boolean): string | null {
  // "Two Russian warships arrived in Havana", "a frigate arrived at Karachi": a navy's ships reaching a port of another
  // country make a port call there, a visit by their state (042); troops arriving, and ships reaching open waters
  // ("arrived in the Caribbean", "arrived in Taiwanese waters"), deploy (154)
  const portCall = forward === '154' && hit.entry.block.roles.includes('travel') && !!src && !!tgt && !isRoleOnly(src) && countryOnly(tgt) && !sameCountry(src, tgt)
    && NAVAL_HEADS.has(tokens[src.last]?.lemmaNorm ?? '') && PORT_PREPS.has(c.preps.find((p) => p.mention === tgt)?.prep ?? '') && tokens[tgt.first]?.norm !== 'THE' && !['NOUN', 'PROPN'].includes(tokens[tgt.last + 1]?.pos ?? '');
  // "Mali expelled French troops", "the junta expelled the French forces": a state or its government ordering
  // another state's forces out of its territory terminates their presence (166); forces driving out an enemy's
  // ("Ukrainian troops expelled Russian forces", EXPEL's '- * &MILITARY [190]') fight it
  // "Pakistan expelled 800,000 Afghans", "Hungary expelled 30 Romanians": a state expelling a nation's people, named
  // by its plural demonym with no role, deports individuals (174), as EXPEL's MIGRANTS and NATIONALS patterns do; the
  // bare state ("expelled Russia from the council") is put out of a body (166)
  const peopleExpelled = forward === '166' && !hit.pattern && hit.entry.block.roles.includes('expulsion') && !c.passive && !!tgt && tgt === c.object && pluralDemonym(tokens, tgt);
  const forcesExpelled = forward === '190' && hit.entry.block.roles.includes('expulsion') && !c.passive && !!src && !!tgt && tgt === c.object && !isRoleOnly(src)
    && src.codes.every((x) => stateCode(x, HOST_STATE_ROLES, true)) && tgt.codes.length > 0 && tgt.codes.every((x) => /^[A-Z]{3}MIL/.test(x)) && !sameCountry(src, tgt);
  return forcesExpelled ? '166' : peopleExpelled ? '174' : peacekeeping ? '074' : portCall ? '042' : null;
}

/** The code of a missile shown, an office-holder removed by an institution, or the verb's own (out of codeClauses, as `reportingOf`). */
function lastCode(forward: string | null, src: ActorMention | null, missileShow: boolean): string | null {
  // "Kenya's Senate removed the deputy president from office", "lawmakers ousted the prime minister in a no-confidence
  // vote": an office-holder removed by a legislature or a court is sanctioned (172), not a leader yielding power
  // (0831, which stays for a government dismissing its own ministers)
  const removedByInstitution = forward === '0831' && !!src && src.codes.every((x) => /^(?:[A-Z]{3}|---)(?:LEG|JUD)/.test(x));
  return missileShow ? '150' : removedByInstitution ? '172' : forward;
}

/** Whether a command is given to one's own forces, no demand on another (out of codeClauses, as `reportingOf`). */
function commandsOwnForcesOf(tokens: Token[], c: Clause, act: string | null | undefined, src: ActorMention | null, tgt: ActorMention | null): boolean {
  // "Israel demanded the arrest of Hamas leaders", "insisted on the release of X": a deed a pattern reads off the
  // object noun of a verb of demanding (not of commanding, "ordered the arrest of X", which the one in charge does)
  // is demanded, as "demanded that X V" is; the asserted event is the demand itself
  // "the president ordered his troops to halt attacks", "Putin ordered Russian troops to withdraw": a command to one's
  // own forces is no demand (10x) on another actor
  const commandsOwnForces = !!act?.startsWith('10') && !!src && !!tgt && tgt !== src && COMMANDING_VERBS.has(tokens[c.verb]?.lemma ?? '')
    && tgt.codes.every((x) => /^(?:[A-Z]{3}|---)(?:MIL|COP|SPY)/.test(x))
    && (sameCountry(src, tgt) || OWNER_PRONOUNS.has(tokens[tgt.first]?.norm ?? '') || OWNER_PRONOUNS.has(tokens[tgt.first - 1]?.norm ?? ''));
  return commandsOwnForces;
}

/** A subject noun's upper-case lemma; a capitalised plural opening the sentence may be tagged as a name ("Rockets hit X"). */
const weaponLemma = (t: Token | undefined): string => (!t ? '' : t.pos === 'PROPN' && t.i === 0 ? t.norm.replace(/S$/, '') : t.lemmaNorm);

/** Whether a violent act's doer goes unnamed (out of codeClauses, as `reportingOf`). */
function unnamedDoerOf(tokens: Token[], mentions: ActorMention[], c: Clause, act: string | null | undefined, src: ActorMention | null, tgt: ActorMention | null): boolean {
  // a violent act whose doer the text does not name ("ten soldiers were killed in an ambush", "a roadside bomb killed
  // a U.S. soldier") is recorded with no source, as SPEC §3 allows: who was hit is news (a storm that "struck" a
  // country is no such act); so is a cyber attack ("the websites of Danish ministries were knocked offline")
  // (also when the weapon's noun has a phrase of place or time after it, "a car bomb in the market killed", "a roadside
  // bomb on Monday killed", or is named by the passive's BY phrase, "were killed by a roadside bomb")
  const unnamedDoer = !src && !!tgt && !isRoleOnly(tgt) && (VIOLENT_ROOTS.has(act?.slice(0, 2) ?? '') || act === CYBER_ATTACK)
    && ((c.passive && !tokens.slice(c.verb + 1, c.end + 1).some((t, j) => t.norm === 'BY' && !reducedAgent(tokens, c.verb + 1 + j))) || (c.passive && weaponAgent(tokens, mentions, c))
      || (!c.subject && (WEAPON_SUBJECT_HEADS.has(weaponLemma(tokens[c.groupStart - 1])) || WEAPON_SUBJECT_HEADS.has(phraseHead(tokens, phraseStart(tokens, c.groupStart), c.groupStart)?.lemmaNorm ?? '') || firedWeaponBefore(tokens, c.groupStart))));
  return unnamedDoer;
}

/** Parts of speech of a launch participle's phrase: "fired from a ship", "launched overnight from the sea". */
const LAUNCH_PHRASE: ReadonlySet<string> = new Set(['ADP', 'DET', 'ADJ', 'NUM', 'NOUN', 'ADV']);

/**
 * Whether the words right before verb group `g` are a weapon with a participle of firing whose phrase names no user:
 * "A missile fired from a ship struck Odesa", "a drone launched overnight hit X" (the doer goes unnamed).
 */
function firedWeaponBefore(tokens: Token[], g: number): boolean {
  let j = g - 1;
  while (j > 0 && g - j < 8 && LAUNCH_PHRASE.has(tokens[j]?.pos ?? '')) j--;
  return j > 0 && j < g - 1 && USE_PARTICIPLES.has(tokens[j]?.norm ?? '') && WEAPON_SUBJECT_HEADS.has(weaponLemma(tokens[j - 1]));
}

/** A border closed right after acting on another state (out of codeClauses, as `reportingOf`; `st` updated). */
function borderTarget(tokens: Token[], targets: (ActorMention | null)[], c: Clause, act: string | null | undefined, st: Roles): void {
  const src = st.src;
  let tgt = st.tgt;
  // "halted exports of bauxite", "banned rice exports": a trade embargo with no named target is a measure on every
  // buyer or seller, coded without a target
  // "accused Belarus of ... and closed the border": a border closed right after acting on another state is the
  // border with that state
  if (!tgt && src && act === '191' && c.link === 'coordinated' && c.parent !== null && tokens.slice(c.verb, c.end + 1).some((t) => BORDER_NOUNS.has(t.norm))) {
    const other = targets[c.parent];
    if (other && !isRoleOnly(other) && !sameCountry(other, src)) tgt = other;
  }
  st.tgt = tgt;
}

/** Whether a trade embargo or an asset freeze names no target (out of codeClauses, as `reportingOf`). */
function openEmbargoOf(tokens: Token[], c: Clause, hit: VerbHit, act: string | null | undefined, src: ActorMention | null, tgt: ActorMention | null): boolean {
  // ("threatened to impose tariffs on pharmaceutical imports": the flow may be named in the clause's phrase)
  // ... and so is an asset freeze whose holders have no country ("froze the assets of 21 individuals")
  const openEmbargo = !tgt && !!src && act?.startsWith('163') === true && tokens.slice(c.verb, Math.max(hit.last, c.end) + 1).some((t) => TRADE_FLOWS.has(t.lemmaNorm) || t.lemmaNorm === 'ASSET');
  return openEmbargo;
}

/** Whether a passage, a demolition, a vessel seized or ships escorted is complete with no target (out of codeClauses, as `reportingOf`). */
function thingActComplete(tokens: Token[], c: Clause, act: string | null | undefined, patient: Token | undefined, src: ActorMention | null, tgt: ActorMention | null): boolean {
  // "A U.S. destroyer and a Canadian frigate sailed through the Taiwan Strait": ships or aircraft passing
  // somewhere together each show force (150), not a joint exercise with each other
  const passage = act === '150' && !tgt && !!src && src.codes.length > 1 && PASSING.has(tokens[c.verb]?.lemma ?? '');
  // "Germany welcomed the agreement", "the UN praised the ceasefire": approval of a thing whose parties the text does
  // not name is a statement of its own, coded without a target
  // "Israeli forces demolished 40 homes": a demolition is complete without naming the owners (other destruction, "burned
  // tyres", "destroyed boats", needs whose property it was)
  const demolition = !tgt && !!src && !isRoleOnly(src) && act === '1712' && DEMOLISHING.has(tokens[c.verb]?.lemma ?? '');
  // "Finnish police seized the oil tanker Eagle S": so is the seizure of a ship or boat, whoever owns it
  // (and in the passive, "two tankers were seized by the coast guard": the patient is then the noun before the verb,
  // and the verb, having no object for its vessel pattern, is coded by its root, 171)
  const seizedVessel = !tgt && !!src && !isRoleOnly(src) && (act === '1711' || (c.passive && act === '171')) && (c.passive ? VESSEL_NOUNS.has(patient?.lemmaNorm ?? '') : vesselObject(tokens, c.verb));
  // "the navy escorted a convoy of merchant ships through the strait": protection given to ships is complete with its
  // giver, whoever owns them (the ships' owners, when named, are the target as usual)
  const escortedShips = !tgt && !!src && !isRoleOnly(src) && act === '074' && !c.passive && tokens[c.verb]?.lemma === 'escort' && shipsObject(tokens, c.verb);
  return passage || demolition || seizedVessel || escortedShips;
}

/**
 * Whether a joint mission is joined, complete with no target (out of codeClauses, as `reportingOf`; `st.tgt` cleared
 * when it names the mission or its owner); `mission`: sent to join it (`sentOnMission`).
 */
function missionJoinedOf(tokens: Token[], c: Clause, act: string | null | undefined, mission: boolean, st: Roles): boolean {
  const src = st.src;
  // "Greece joined the EU naval mission in the Red Sea", "sent two frigates to join a multinational naval mission": so is
  // a joint mission joined, whomever it protects (the force itself, or the body whose mission it is, "the EU", is no
  // recipient of it)
  const missionJoined = !!src && !isRoleOnly(src) && act === '074' && !c.passive && (mission || tokens[c.verb]?.lemma === 'join');
  const tgt = st.tgt;
  if (missionJoined && tgt && (MISSION_HEADS.has(tokens[tgt.last]?.norm ?? '') || missionOwner(tokens, tgt))) st.tgt = null;
  return missionJoined;
}

/** Whether a facility struck, a bare claim or a thing approved is complete with no target (out of codeClauses, as `reportingOf`). */
function deedComplete(tokens: Token[], c: Clause, hit: VerbHit, act: string | null | undefined, parentTok: Token | undefined, patient: Token | undefined, src: ActorMention | null, tgt: ActorMention | null): boolean {
  // "the rebels blew up a railway bridge", "militants bombed a power station", "drones launched from Yemen struck a
  // cargo ship": a violent act on a facility or a ship by a named
  // doer is complete with no actor hit (the facility's place, "a bridge in X", is the target when the sentence names
  // one: a phrase of the clause); a thing attacked in words ("attacked the proposal") is no facility, and a firm's
  // "hit" is its market's
  // (a blockade, an occupation or a truce broken needs whom it is aimed at; a subject shared with a verb of saying is
  // the speaker's, not the doer's: "the ministry said the fire spread and destroyed homes")
  // (also in the passive, "a convoy carrying food was ambushed by gunmen")
  const struckFacility = !tgt && !!src && !!act && (VIOLENT_ROOTS.has(act.slice(0, 2)) || act === '1712') && !AIMED_FORCE.test(act)
    && !(c.subjectHow === 'coordinated' && SPEECH_VERBS.has(parentTok?.lemma ?? '')) && !src.codes.some((x) => NON_VIOLENT_DOERS.test(x))
    && (c.passive ? struckThing(patient?.lemmaNorm ?? '', act) : facilityObject(tokens, c, hit, act));
  // "the group claimed responsibility": a claim with no deed or target named stands alone (the deed, if the story
  // tells one with no doer, is given the claimant and the claim its target afterwards: `attributeClaims`)
  const claimed = !tgt && act === '015' && claimsResponsibility(tokens, c);
  const approvedThing = !tgt && !!src && !isRoleOnly(src) && act === '051' && APPROVING.has(tokens[c.verb]?.lemma ?? '') && !c.passive && thingObject(tokens, c.verb);
  return struckFacility || claimed || approvedThing;
}

/** Whether a rejection or criticism of a state's act is aimed at the critic's own country (out of codeClauses, as `reportingOf`). */
function homeActOf(tokens: Token[], mentions: ActorMention[], c: Clause, hit: VerbHit, act: string | null | undefined, src: ActorMention | null, tgt: ActorMention | null): boolean {
  // "the opposition rejected the election results", "protesters denounced the verdict": a rejection or criticism of an
  // act of a state institution that names no one is aimed at the country whose act it is (the codebook's
  // "responsible parties" of 111, "the country ... affected" of 123), the critic's own when the sentence names no
  // other country; a state's executive organs are left out ("the State Department rejected the election results"
  // are most likely another country's)
  const homeAct = !tgt && !!src && !hit.target && /^1[12]/.test(act ?? '') && domesticCritic(src) && stateActObject(tokens, c)
    && mentions.every((m) => isRoleOnly(m) || sameCountry(m, src));
  return homeAct;
}

/** Whether a "should"/"must" complement of an intention verb is the governor's own intention (out of codeClauses, as `reportingOf`). */
function selfBoundOf(c: Clause, parent: Clause | undefined, parentTok: Token | undefined): boolean {
  // ("A and B agreed that their countries should cooperate": a "should"/"must" complement of an intention verb whose
  // subject is the governor's own is the governor's intention, as "agreed to cooperate" is, and no demand on itself)
  const selfBound = c.link === 'complement' && !!parent && c.modality === 'demanded' && !!c.modal && INTENT_VERBS.has(parentTok?.lemma ?? '')
    && !!c.subject && !!parent.subject && c.subject.codes.join() === parent.subject.codes.join();
  return selfBound;
}

/** Whether the clause's act is another's future the governor expects, or a body's schedule (out of codeClauses, as `reportingOf`). */
function notIntended(tokens: Token[], c: Clause, parent: Clause | undefined, parentTok: Token | undefined, rep: ReturnType<typeof reportingOf>, src: ActorMention | null, tgt: ActorMention | null): boolean {
  const { reported, attributedBy } = rep;
  // (nor is a passive "is expected to strike": others expect it; nor an intention with no holder, "…, expected to
  // be joined by X", or one whose act another does to its holder, "wants to be joined by X")
  // (nor is another's future that the governor hopes for or expects: "Kenya hopes Uganda will release the hostages"
  // states no intention of Uganda's)
  const othersFuture = c.link === 'complement' && !!parent && EXPECTING_VERBS.has(parentTok?.lemma ?? '') && !!c.subject && !!parent.subject
    && c.subject.codes.join() !== parent.subject.codes.join();
  // ("agreed to resume relations and reopen embassies": a verb joined to an intention shares it)
  // (nor is the writer's own schedule of an act with no partner, told with its date and attributed to no one: "the
  // Security Council will discuss the crisis next week" is a body's calendar, not an intention to meet anyone;
  // "Kenya and Uganda will meet on Tuesday" keeps its 036)
  const scheduled = !tgt && (src?.codes.length ?? 0) <= 1 && c.modality === 'future' && c.modal === 'WILL' && !reported && !attributedBy && c.link === null && datedAhead(tokens, c);
  return othersFuture || scheduled;
}

/** Whether the clause's event is coded as an intention (out of codeClauses, as `reportingOf`). */
function intendedAct(tokens: Token[], clauses: Clause[], intents: boolean[], k: number, c: Clause, parent: Clause | undefined, parentTok: Token | undefined, reported: boolean, governorHit: VerbHit | null | undefined, joined: ReturnType<typeof modalityOf>['joined'], code: VerbCode, selfBound: boolean, src: ActorMention | null): boolean {
  // "X will help Y", "X is ready to help Y", "X plans to help Y": the asserted event is the intention (CAMEO 03/13)
  // (only for the governor's own intention, "wants to help", not "wants Y to help", and only when asserted);
  // so is reported "would" ("X said it would help Y"), the future of a past statement
  const reportedFuture = reportedWould(tokens, clauses, c);
  // (a participle of purpose after a comma is the writer's account of a motive, not a stated intention: "suspended
  // sanctions, seeking to support the recovery")
  const purpose = !!parent && /ING$/.test(tokens[parent.verb]?.norm ?? '') && tokens[parent.groupStart - 1]?.norm === ',';
  // ("Israel could expand its operation in Lebanon if Hezbollah does not withdraw": a hostile act one's own side could
  // or would do if another does or fails to do something is a threat, as "will … if" is)
  const condSubject = c.modality === 'hypothetical' && (c.modal === 'COULD' || c.modal === 'WOULD') && !c.negated && src ? conditionAfter(clauses, k, src)?.subject : undefined;
  // (a warning or threat that says it is already one: "China warned that Beijing would retaliate if …" stays 130)
  const conditionalThreat = !!condSubject && !!src && !sameCountry(condSubject, src) && !!intentCodeFor(code.forward)?.startsWith('13')
    && !(c.link === 'complement' && THREAT_SPEECH_VERBS.has(parentTok?.lemma ?? ''));
  return !!(selfBound || c.modality === 'future' || conditionalThreat || c.intent || reportedFuture || promisedContinuation(tokens, clauses, c) || (!!joined && intents[c.parent ?? -1] === true) || (governorHit && parent && !purpose && !parent.passive && !!parent.subject && !c.passive && c.subjectHow === 'controller' && parent.modality === 'asserted' && INTENT_VERBS.has(tokens[parent.verb]?.lemma ?? '')));
}

/** The intention code the clause's event asserts, or null (out of codeClauses, as `reportingOf`). */
function intentCodeOf(tokens: Token[], c: Clause, parentTok: Token | undefined, code: VerbCode, intended: string | null, intent: boolean, prolonged: boolean, selfBound: boolean, modality: Modality, placedForces: string, tgt: ActorMention | null): string | null {
  // (an intention inside an alleged or denied report is no more asserted than the act: "rejected reports that Putin
  // had agreed to meet Zelenskiy")
  // (a threat to do a cooperative act is no intention to cooperate: "threatened to lift sanctions" is neither 0354 nor
  // a 13x threat; only hostile acts threatened are 13x)
  const threatened = parentTok?.lemma === 'threaten' || (c.intent && tokens[toBefore(tokens, c.verb) - 1]?.lemma === 'threaten');
  // ("will send 5,000 troops to Lithuania", "will station a brigade in Lithuania": a deployment to or in a state, which
  // hosts the troops, is an intention to protect it, 0334; a deployment "into" a state is no such thing)
  const hostedForces = code.forward === '154' && !!tgt && !isRoleOnly(tgt) && (!!placedForces || HOSTED_PREPS.has(c.preps.find((p) => p.mention === tgt)?.prep ?? '')) ? '0334' : null;
  // (forces to be sent on a peace mission are a commitment to provide peacekeepers, 0334, as the codebook's note on 074
  // has it: `intended` is then the act, 074, not the verb's own code)
  const icodeAny = intent && !prolonged && !c.negated && (c.modality !== 'demanded' || selfBound) && modality !== 'alleged' && modality !== 'negated' && modality !== 'question' ? (intentCodeFor(intended) ?? hostedForces) : null;
  const icode = threatened && !icodeAny?.startsWith('13') ? null : icodeAny;
  return icode;
}

/** Emits the clause's act, with its demand, show of force and intention (out of codeClauses, as `reportingOf`; true when the clause codes nothing more). */
function emitAct(out: CodedEvent[], tokens: Token[], mentions: ActorMention[], c: Clause, hit: VerbHit, act: string | null, icode: string | null, src: ActorMention | null, tgt: ActorMention | null, modality: Modality, speaker: CodedEvent['speaker'], base: Pick<CodedEvent, 'first' | 'last' | 'verbRule' | 'kind'>,
  flags: ActFlags): boolean {
  const { demandedDeed, unnamedDoer, complete, homeAct, openEmbargo, commandsOwnForces, stoppedAttempt } = flags;
  // ("they would meet X": an act that is its own intention, MEET's 036, is that asserted intention, coded once)
  if (icode && icode === act && modality !== 'asserted') emitPairs(out, icode, src, tgt, 'asserted', speaker, rebased(base, base.first, `intent:${hit.rule}`, 'verb'));
  // ("nearly all of them were shot down by Israel, the US, Britain and Jordan": the agents of a passive hostile act
  // whose patient is no actor did not act on each other)
  else if (c.passive && !tgt && (src?.codes.length ?? 0) > 1 && !COOPERATIVE_ROOTS.has(act?.slice(0, 2) ?? '')) return true;
  // ("Britain, Canada and Australia …, breaking with decades of policy": what a compound's particle verb names after its
  // particle is a thing it broke with, not each other)
  else if (!tgt && (src?.codes.length ?? 0) > 1 && !COOPERATIVE_ROOTS.has(act?.slice(0, 2) ?? '') && thingAfterParticle(tokens, mentions, hit.last)) return true;
  else if (commandsOwnForces || stoppedAttempt) return true;
  else {
    emitPairs(out, act, src, tgt, demandedDeed ? 'demanded' : modality, speaker, unnamedDoer ? rebased(base, base.first, base.verbRule, 'unnamed') : base, complete, homeAct);
    if (demandedDeed) emitPairs(out, demandCodeFor(act), src, tgt, 'asserted', speaker, rebased(base, base.first, `demand:${hit.rule}`, 'demand'));
    // "Russia and China held joint drills around Japan": a compound's joint exercise around or near a third party is
    // also a show of force at it (150: "targets are actors against whom the source mobilizes its military capabilities")
    const aimedAt = (act === '062' || act === '150') && !tgt && src && src.codes.length > 1 ? c.preps.find((p) => SHOWN_AT_PREPS.has(p.prep) && !isRoleOnly(p.mention) && !p.mention.codes.some((x) => src.codes.some((y) => y.slice(0, 3) === x.slice(0, 3)))) : undefined;
    if (aimedAt) emitPairs(out, '150', src, aimedAt.mention, modality, speaker, rebased(base, base.first, `shown-at:${hit.rule}`, base.kind));
    // (the intention or threat of an open embargo is as complete: "threatened to impose tariffs on imports")
    if (icode) emitPairs(out, icode, src, tgt, 'asserted', speaker, rebased(base, base.first, `intent:${hit.rule}`, 'verb'), openEmbargo);
  }
  return false;
}

/** Emits the speaker's accusation, finding or own claim of the reported deed, and a refusal (out of codeClauses, as `reportingOf`). */
function emitReported(out: CodedEvent[], tokens: Token[], clauses: Clause[], hits: (VerbHit | null)[], k: number, c: Clause, parent: Clause | undefined, rep: ReturnType<typeof reportingOf>, hit: VerbHit, code: VerbCode, src: ActorMention | null, tgt: ActorMention | null, speaker: CodedEvent['speaker'], base: Pick<CodedEvent, 'first' | 'last' | 'verbRule' | 'kind'>): void {
  const { speakerMention, claimedDeed, foundDeed, ownClaim } = rep;
  // "Moscow claimed that Ukrainian saboteurs had blown up a bridge": the claim is the speaker's accusation of the doer
  // (an alleging verb that coded its own accusation of that doer has made it: see allegesOf)
  if (claimedDeed && parent && !(parent.object === c.subject && allegesOf(tokens, parent, hits[c.parent ?? -1]?.code.forward))) emitPairs(out, '112', speakerMention, c.subject, parent.modality, null, rebased(base, parent.groupStart, `claim:${hit.rule}`, 'verb'));
  // "a UN inquiry found that Syrian forces had tortured detainees": the finding accuses the doer
  if (foundDeed && parent) emitPairs(out, '112', speakerMention, c.subject, parent.modality, null, rebased(base, parent.groupStart, `finding:${hit.rule}`, 'verb'));
  if (ownClaim && parent) emitPairs(out, '015', speakerMention, tgt, parent.modality, null, rebased(base, parent.groupStart, `${SELF_CLAIM_RULE} ${hit.rule}`, 'verb'));
  // "X will not / would not help Y": the asserted event is the refusal (CAMEO 12)
  // ("will not send weapons unless Kyiv guarantees X": a refusal offered to be lifted on a condition is conditional)
  if (c.negated && c.modal && REFUSAL_MODALS.has(c.modal)) {
    const rcode = refusalCodeFor(code.forward);
    if (rcode) emitPairs(out, rcode, src, tgt, underCondition(tokens, clauses, k) ? 'conditional' : 'asserted', speaker, rebased(base, base.first, `refusal:${hit.rule}`, 'verb'));
  }
}

/** Emits the reverse event, the visit a host receives and a demand (out of codeClauses, as `reportingOf`). */
/** Nouns of a meeting a third party hosts or mediates between two others, and the code of the parties' meeting: talks
 * are negotiation (046: "holding talks" is negotiation, the codebook's 046 note), a meeting or summit is a meeting at a
 * "third" location (044). */
const HOSTED_MEETINGS: ReadonlyMap<string, string> = new Map([
  ...['TALKS', 'NEGOTIATIONS', 'DIALOGUE', 'DISCUSSIONS', 'CONSULTATIONS'].map((w) => [w, '046'] as const),
  ...['MEETING', 'MEETINGS', 'SUMMIT'].map((w) => [w, '044'] as const),
]);

/**
 * "Qatar hosted talks between Israel and Hamas", "Egypt hosted a meeting between A and B": the host's 043 is also the
 * meeting of the compound after "between" (the codebook's 044 example codes the parties' meeting beside the host's),
 * each way; the code of that meeting (HOSTED_MEETINGS), or null. The noun must head the verb's object right before
 * "between" ("hosted the foreign ministers of A and B" is the guests' visit only). Mediated talks stay the mediator's
 * 045 alone (the codebook's 045 note: the mediation code takes precedence).
 */
function hostedMeeting(tokens: Token[], c: Clause, forward: string | null | undefined, tgt: ActorMention | null): string | null {
  if (!tgt || forward !== '043' || (tgt.codes.length < 2 && !sharedCodeCompound(tgt))) return null;
  const between = tgt.first - (tokens[tgt.first - 1]?.pos === 'DET' ? 2 : 1);
  if (tokens[between]?.norm !== 'BETWEEN' || !c.preps.some((p) => p.prep === 'BETWEEN' && p.mention === tgt)) return null;
  // (only the verb's own object phrase before it: "a new round of indirect talks between")
  if (tokens.slice(c.verb + 1, between).some((t) => t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'PUNCT')) return null;
  return HOSTED_MEETINGS.get(tokens[between - 1]?.norm ?? '') ?? null;
}

function emitReverse(out: CodedEvent[], tokens: Token[], mentions: ActorMention[], clauses: Clause[], c: Clause, hit: VerbHit, code: VerbCode, src: ActorMention | null, tgt: ActorMention | null, modality: Modality, speakerMention: ActorMention | null, speaker: CodedEvent['speaker'], base: Pick<CodedEvent, 'first' | 'last' | 'verbRule' | 'kind'>, hosting: boolean, selfBound: boolean): void {
  // a reverse event with no counterpart is the phrase's actor alone: "enjoyed support from A and B" with no
  // subject is no event among A and B (that reading is for a compound subject). The second code of `[042:043]` is
  // the verb's inherent passive meaning (PETRARCH): the object's side of an active verb with a subject of its own
  // ("X visited Y": Y hosted X); a passive clause, and a verb whose subject comes from its governor ("is scheduled
  // to attend", "arrived and visited") or a coordinated verb, code the first meaning only. A reverse-only code
  // (`[:075]`) is always the reading.
  const ownSubject = !c.passive && c.subjectHow !== 'controller' && c.subjectHow !== 'coordinated';
  // ("The killing of X by Y drew criticism from Z": a reaction drawn by a deed is aimed at the doer named by "by",
  // not at the victim after "of"; with no doer named there is no target)
  let reactedTo = src;
  if (!code.forward && src && tokens[src.first - 1]?.norm === 'OF') {
    const by = tokens.findIndex((t, j) => j > src.last && j < c.groupStart && t.norm === 'BY');
    reactedTo = by > 0 ? (mentions.find((m) => m.first > by && m.last < c.groupStart) ?? null) : null;
  }
  // ("A satellite launched by Iran drew a rebuke from France": a deed named by a noun with its passive participle
  // is the participle's doer's)
  if (!code.forward && !src && c.subjectHow === 'none') reactedTo = participleDoer(tokens, clauses, c);
  // ("Lebanon received Macron": the host's 043 is the guest's visit, 042, only for a guest received as the object who
  // can visit: "received a letter from X" and "received refugees" are no visit)
  const guestless = code.forward === '043' && (!tgt || tgt !== c.object || !tgt.codes.every((x) => VISITOR.test(x)));
  if (!guestless && (reactedTo || (tgt?.codes.length ?? 0) === 1) && (ownSubject || !code.forward)) emitPairs(out, code.reverse, tgt, reactedTo, modality, speaker, base);
  if (hosting) emitPairs(out, '042', tgt, src, modality, speaker, base);
  emitPairs(out, hostedMeeting(tokens, c, code.forward, tgt), tgt, tgt, modality, speaker, base);
  // "Y must (not) V": the speaker demands it of Y ("Y faces pressure to V" names no one who demands: no event)
  if (c.modality === 'demanded' && c.subject && c.modal && !selfBound) {
    const demand = demandCodeFor(code.forward);
    emitPairs(out, demand, speakerMention, c.subject, 'asserted', speaker, rebased(base, base.first, `demand:${hit.rule}`, 'demand'));
  }
}

/** What codeClauses' emission needs to know of the clause's act besides its roles (`actFlags`). */
interface ActFlags {
  /** A command to one's own forces: no demand on another. */
  commandsOwnForces: boolean;
  /** Others' attempt stopped ("stopped a bid to free the hostages"): prevented, no relations cut. */
  stoppedAttempt: boolean;
  /** A deed a verb of demanding reads off its object noun: demanded, and the demand asserted. */
  demandedDeed: boolean;
  /** A violent act whose doer the text does not name. */
  unnamedDoer: boolean;
  /** A trade embargo or asset freeze with no named target. */
  openEmbargo: boolean;
  /** An act complete with no target (`emitPairs`' `targetless`). */
  complete: boolean;
  /** A rejection or criticism of a state's act aimed at the critic's own country (`emitPairs`' `home`). */
  homeAct: boolean;
}

/**
 * The clause's act's flags (out of codeClauses, as `reportingOf`; `st` updated by a border closed after acting on a
 * state). `completed`: a denied deed or a retreat of one's own forces, complete with no target.
 */
function actFlags(tokens: Token[], mentions: ActorMention[], targets: (ActorMention | null)[], c: Clause, hit: VerbHit, forward: string | null, act: string | null, modality: Modality, parentTok: Token | undefined, completed: boolean, mission: boolean, st: Roles): ActFlags {
  const src = st.src;
  const commandsOwnForces = commandsOwnForcesOf(tokens, c, act, src, st.tgt);
  // "police stopped a bid to free the hostages", "halted an attempt to storm the building": an attempt of others
  // stopped is prevented, no relations cut (one's own suspended still is: "suspended its bid to join the EU")
  const stoppedAttempt = forward === '160' && !hit.pattern && !c.passive && othersAttempt(tokens, c.verb, c.end);
  const demandedDeed = !!hit.pattern && !!act && !act.startsWith('10') && modality === 'asserted' && DEMANDING.has(tokens[c.verb]?.lemma ?? '');
  const unnamedDoer = unnamedDoerOf(tokens, mentions, c, act, src, st.tgt);
  borderTarget(tokens, targets, c, act, st);
  const missionJoined = missionJoinedOf(tokens, c, act, mission, st);
  const tgt = st.tgt;
  const openEmbargo = openEmbargoOf(tokens, c, hit, act, src, tgt);
  const patient = c.passive && !c.subject ? passivePatient(tokens, c) : undefined;
  const complete = openEmbargo || completed || missionJoined || thingActComplete(tokens, c, act, patient, src, tgt) || deedComplete(tokens, c, hit, act, parentTok, patient, src, tgt);
  const homeAct = homeActOf(tokens, mentions, c, hit, act, src, tgt);
  return { commandsOwnForces, stoppedAttempt, demandedDeed, unnamedDoer, openEmbargo, complete, homeAct };
}

/** The clause's target, unless it is the source itself: then the pattern's own target, or none (out of codeClauses, as `reportingOf`). */
function otherThanSource(c: Clause, hit: VerbHit, src: ActorMention | null, tgt: ActorMention | null): ActorMention | null {
  // (a compound between whose members an act is done keeps itself as the target when its members share one code,
  // which pairs of codes cannot tell apart: emitPairs codes its one code on itself)
  if (tgt === src && !(src && sharedCodeCompound(src) && c.preps.some((p) => p.prep === 'BETWEEN' && p.mention === src))) return hit.target && hit.target !== src ? hit.target : null;
  return tgt;
}

/** What codeClauses knows of the sentence while it codes its clauses in turn (the arrays filled by the clauses before). */
interface SentenceCase {
  lex: Lexicon;
  tokens: Token[];
  mentions: ActorMention[];
  clauses: Clause[];
  hits: (VerbHit | null)[];
  targets: (ActorMention | null)[];
  sources: (ActorMention | null)[];
  speakers: ReadonlySet<ActorMention>;
  prior: readonly CodedEvent[];
  out: CodedEvent[];
  story: ReadonlySet<string>;
}

/**
 * The clause's source and target, chosen in steps (each out of codeClauses' per-clause closure: V8 optimises no
 * function of more than 2,000 bytes of bytecode under the coder's flags, and that closure was 29,305), with what the
 * steps found on the way; null when the clause codes nothing.
 */
function chooseRoles(s: SentenceCase, k: number, c: Clause, hit: VerbHit, forward: string | null, child: Clause | undefined, parent: Clause | undefined, parentTok: Token | undefined,
  modality: Modality, official: boolean, code: VerbCode, result: ReturnType<typeof modalityOf>['result']) {
  const { lex, tokens, mentions, clauses, hits, targets, sources, speakers, prior, out, story } = s;
  const quantified = c.object ? null : quantifiedObject(tokens, c);
  const st: Roles = { src: hit.source ?? result?.doer ?? c.subject, tgt: null };
  st.tgt = firstTarget(tokens, mentions, clauses, hits, targets, k, c, hit, forward, quantified, st.src);
  journeyTarget(tokens, c, hit, forward, st);
  if (noJourneyEvent(tokens, c, hit, forward, st.src, st.tgt)) return null;
  placedTarget(tokens, mentions, c, hit, forward, quantified, st);
  townTargetOf(tokens, mentions, c, hit, forward, story, st);
  passiveRoleChoice(lex, tokens, clauses, hits, k, c, hit, forward, st);
  st.tgt = servedTarget(lex, tokens, mentions, clauses, c, hit, forward, child, st.src, st.tgt);
  holderTarget(tokens, clauses, c, hit, forward, st);
  mediatedParties(tokens, clauses, c, forward, st);
  // "the cabinet approved a plan to take control of X", "adopted a proposal to annex Y": approving one's own plan
  // endorses no one; what the plan would do is coded on its infinitive, not asserted
  if (!hit.target && forward === '051' && child && child.subjectHow === 'controller' && ownPlanObject(tokens, c.verb, child)) return null;
  const dep = dependentTarget(tokens, mentions, clauses, c, hit, forward, child, st.src, st.tgt, parent, parentTok, k);
  st.tgt = dep.tgt;
  const { actRelative } = dep;
  const cond = conditionTarget(tokens, clauses, hits, k, c, hit, forward, child, parent, modality, official, st.src, st.tgt);
  st.tgt = cond.tgt;
  const { deniedDeed } = cond;
  pairRoles(tokens, c, hit, forward, st);
  const retreatOwn = withdrawnTarget(tokens, clauses, hits, targets, k, c, hit, forward, st);
  const placedForces = forcesTarget(tokens, c, hit, forward, child, quantified, st);
  const deployedAid = deployedAidOf(tokens, mentions, clauses, hits, c, hit, forward, child, st);
  placeRoles(tokens, mentions, c, story, st.src, st.tgt);
  adjunctTarget(tokens, clauses, hits, targets, c, hit, forward, result, st);
  roleCountries(tokens, mentions, clauses, speakers, c, forward, code, st.src, st.tgt);
  st.tgt = judgedDeedTarget(tokens, clauses, sources, targets, k, c, hit, forward, st.src, st.tgt);
  const anaphorId = anaphorTarget(tokens, prior, out, c, hit, forward, st);
  if (answeredTarget(tokens, clauses, k, c, hit, forward, st)) return null;
  return { st, actRelative, deniedDeed, retreatOwn, placedForces, deployedAid, anaphorId };
}

export function codeClauses(lex: Lexicon, tokens: Token[], mentions: ActorMention[], clauses: Clause[], prior: readonly CodedEvent[] = [], story: ReadonlySet<string> = NO_COUNTRIES): CodedEvent[] {
  // (an array with object elements even while empty: see `objectArray`; the claims step read empty and filled ones)
  const out = objectArray<CodedEvent>();
  // "The US claimed that they had attacked Iraq": a pronoun subject of a complement refers to the speaker
  clauses.forEach((c, k) => {
    const p = c.parent !== null ? clauses[c.parent] : clauses[k - 1];
    if (!p || c.subject || (c.link !== 'complement' && c.link !== null)) return;
    if (c.parent === null && !SPEECH_VERBS.has(tokens[p.verb]?.lemma ?? '') && !INTENT_VERBS.has(tokens[p.verb]?.lemma ?? '')) return;
    // (a relative clause is about the noun before its pronoun: "agreed ... along their border that killed dozens")
    const rel = tokens[c.groupStart - 1];
    if (rel?.pos === 'PRON' && ['THAT', 'WHO', 'WHICH'].includes(rel.norm)) return;
    const before = tokens.slice(p.verb + 1, c.groupStart);
    if (before.some((t) => PRONOUNS.has(t.norm)) && p.subject) {
      c.subject = p.subject;
      c.subjectHow = 'controller';
      c.parent = clauses.indexOf(p);
      c.link = 'complement';
    }
  });
  const present = wordMarks(lex, tokens);
  // a governing verb's patterns see up to its infinitive's verb ("agreed to lift" may match "- * TO_LIFT",
  // but "sanctions" after it belongs to lift)
  // ... and none sees into a later clause with a subject of its own that does not depend on it ("condemned the
  // allegations, as Kigali said it hoped X would be indicted for war crimes": the war crimes are not the condemnation's)
  /** Each clause's infinitive child, the clause that carries its real event: "agreed to lift the sanctions on Iran". */
  const children = mapPacked(clauses, (_, k) => clauses.find((x) => x.parent === k && x.link === 'infinitive'));
  const hits = mapPacked(clauses, (c, k) => {
    const child = children[k];
    const next = clauses.find((x, j) => j > k && x.subjectHow === 'direct' && x.start > c.verb && (x.parent !== k || x.link === 'complement'));
    // ... nor into its own -ing adjunct after a comma ("postponed the election, sparking protests": the protests are
    // the adjunct's, not what was postponed)
    const adjunct = clauses.find((x, j) => j > k && x.parent === k && x.link === 'coordinated' && tokens[x.groupStart - 1]?.norm === ',' && x.groupStart === x.verb && /ING$/.test(tokens[x.verb]?.norm ?? ''));
    const limit = Math.min(child ? child.verb + 1 : tokens.length, next ? next.groupStart : tokens.length, adjunct ? adjunct.groupStart : tokens.length);
    const h0 = matchVerb(lex, tokens, mentions, c, present, limit, child ? child.verb : -1, () => preVerbFrom(tokens, mentions, clauses, k));
    const h = h0?.entry.block.roles.includes('pressing') && !pressingAppeal(tokens, c, child) ? null : h0;
    // ("ordered airstrikes on X", "pressed on with its offensive": a violent deed commanded or carried on is the deed)
    // ("Attacks on shipping were ordered by X": the order of a deed is the deed, coded from the noun)
    const driven = c.passive ? passiveDrivenDeed(lex, tokens, mentions, clauses, c) : (!h || !h.pattern) ? drivenDeedHit(lex, tokens, mentions, c) : null;
    return hostileLabelHit(tokens, c) ?? judgingLabelHit(tokens, c) ?? holdingHit(tokens, c) ?? bodyLeft(lex, tokens, c) ?? driven ?? (h && (h.code.forward || h.code.reverse || h.pattern) ? h : lightVerbHit(lex, tokens, mentions, c) ?? h);
  });
  const transformed = applyTransformations(lex, tokens, clauses, hits, out);
  /** The target each clause's event took (for the victims of an adjunct after it). */
  const targets: (ActorMention | null)[] = [];
  /** The modality each clause's event took (for a verb joined to it by "and"). */
  const modalities: (Modality | undefined)[] = [];
  /** Whether each clause's event was coded as an intention. */
  const intents: boolean[] = [];
  /** The source each clause's event took (for a judgment of "the <deed>" after it). */
  const sources: (ActorMention | null)[] = [];
  /** Who reports the sentence's events (the subjects of its speech verbs): they do not place the victims. */
  const speakers = new Set<ActorMention>();
  for (const c of clauses) if (c.subject && (c.link === 'attribution' || tellsFinding(tokens[c.verb]?.lemma))) speakers.add(c.subject);
  clauses.forEach((c, k) => {
    const hit = hits[k];
    // (a clause of background inside a relative clause codes nothing: see Clause.background)
    if (transformed.has(k) || c.background) return;
    const parent = c.parent !== null ? clauses[c.parent] : undefined;
    // "adopted sanctions against Russia, targeting 200 vessels": what a measure "targets" is what it is aimed at, no
    // attack of its own
    if (parent && aimedMeasure(tokens, c, parent, hits[c.parent ?? -1] ?? null)) return;
    const parentTok = parent ? tokens[parent.verb] : undefined;
    const rep = reportingOf(tokens, clauses, k, c, hit, parent, parentTok);
    const { reported, speakerMention } = rep;
    const child = children[k];
    const pend = pendingOf(tokens, hits, c, parent, parentTok);
    const { governorHit } = pend;
    const later = aheadOf(tokens, clauses, k, c, hit, parent, parentTok, pend.governed);
    const { prolonged } = later;
    const { joined, result, modality } = modalityOf(tokens, clauses, modalities, k, c, hit, parent, parentTok, rep, pend, later);
    modalities[k] = modality;
    if (!hit) return;
    if (!hit.code.forward && !hit.code.reverse) return;
    const req = requestedCode(tokens, clauses, hits, k, c, hit, child, parent, parentTok);
    const { code } = req;
    const chosen = clauseCode(tokens, clauses, hits, k, c, hit, child, req);
    if (!chosen) return;
    const { official, forward } = chosen;
    // speech verbs with a complement clause carry no event of their own: the reported event has the speaker
    if (codesNothing(tokens, clauses, hits, k, c, hit, forward)) return;
    const roles = chooseRoles({ lex, tokens, mentions, clauses, hits, targets, sources, speakers, prior, out, story }, k, c, hit, forward, child, parent, parentTok, modality, official, code, result);
    if (!roles) return;
    const { st, actRelative, deniedDeed, retreatOwn, placedForces, deployedAid, anaphorId } = roles;
    const src = st.src;
    let tgt = st.tgt;
    targets[k] = tgt;
    sources[k] = src;
    tgt = otherThanSource(c, hit, src, tgt);
    const base = {
      first: Math.min(c.groupStart, src && src.first > c.start - 1 ? src.first : c.groupStart),
      last: Math.max(hit.last, tgt && !anaphorId ? tgt.last : hit.last),
      verbRule: anaphorId ? `${hit.rule} ${anaphorId}` : hit.rule,
      kind: 'verb' as const,
    };
    const speaker = speakerMention && speakerMention.codes[0] ? { mention: speakerMention, code: speakerMention.codes[0] } : null;
    st.tgt = tgt;
    partnerTarget(lex, tokens, c, hit, forward, st);
    const code1 = forceCode(tokens, c, hit, forward, src, st.tgt);
    const missileShow = seaTarget(tokens, c, hit, forward, actRelative, st);
    tgt = st.tgt;
    const hosting = hostingWelcome(tokens, c, forward, src, tgt);
    const mission = sentOnMission(clauses, hits, child, forward);
    const peacekeeping = peacekeepingOf(tokens, mentions, c, forward, src, tgt, mission);
    const act = deployedAid ?? sentCode(tokens, c, hit, forward, src, tgt, peacekeeping) ?? (hosting ? '043' : code1 ?? lastCode(forward, src, missileShow));
    const flags = actFlags(tokens, mentions, targets, c, hit, forward, act, modality, parentTok, !!deniedDeed || retreatOwn, mission, st);
    tgt = st.tgt;
    const selfBound = selfBoundOf(c, parent, parentTok);
    const intent = !notIntended(tokens, c, parent, parentTok, rep, src, tgt) && intendedAct(tokens, clauses, intents, k, c, parent, parentTok, reported, governorHit, joined, code, selfBound, src);
    intents[k] = intent;
    const icode = intentCodeOf(tokens, c, parentTok, code, peacekeeping ? act : code.forward, intent, prolonged, selfBound, modality, placedForces, tgt);
    if (emitAct(out, tokens, mentions, c, hit, act, icode, src, tgt, modality, speaker, base, flags)) return;
    emitReported(out, tokens, clauses, hits, k, c, parent, rep, hit, code, src, tgt, speaker, base);
    emitReverse(out, tokens, mentions, clauses, c, hit, code, src, tgt, modality, speakerMention, speaker, base, hosting, selfBound);
  });
  return out;
}


/** Words of a noun phrase that opens the sentence, before a participle on its head noun. */
const OPENING_PHRASE: ReadonlySet<string> = new Set(['DET', 'ADJ', 'NOUN', 'NUM', 'PROPN']);
/**
 * The doer named by "by" after a passive participle on the head noun of clause `c`'s subject phrase, when that phrase
 * opens the sentence and the participle's phrases run up to `c`'s verb ("A satellite launched by Iran's Revolutionary
 * Guards on Saturday drew …"); null otherwise ("After talks hosted by Qatar, the plan drew …").
 */
function participleDoer(tokens: Token[], clauses: Clause[], c: Clause): ActorMention | null {
  const p = clauses.find((x) => x.verb < c.groupStart && x.passive && !x.subject && x.verb > 0);
  if (!p || tokens[p.verb - 1]?.pos !== 'NOUN' || !tokens.slice(0, p.verb).every((t) => OPENING_PHRASE.has(t.pos))) return null;
  const by = p.preps.find((x) => x.prep === 'BY')?.mention;
  if (!by || by.last >= c.groupStart) return null;
  return tokens.slice(by.last + 1, c.groupStart).every((t) => t.pos !== 'PUNCT' && t.pos !== 'VERB' && t.pos !== 'AUX') ? by : null;
}

/** The destination of a departure verb: a "for X" phrase right after the verb ("left yesterday for X", "set off for X"). */
function destination(tokens: Token[], c: Clause): ActorMention | null {
  if (!DEPARTURE_VERBS.has(tokens[c.verb]?.lemma ?? '')) return null;
  for (let j = c.verb + 1; j <= c.verb + 3; j++) {
    const t = tokens[j];
    if (!t || t.pos === 'PUNCT' || t.pos === 'VERB') return null;
    if (t.norm === 'FOR') return c.preps.find((p) => p.prep === 'FOR' && p.mention.first > j && p.mention.first <= j + 3)?.mention ?? null;
    if (t.pos === 'ADP' && t.norm !== 'OFF' && t.norm !== 'OUT') return null;
  }
  return null;
}

/**
 * A reaction to a deed named by a noun of sending ("Caracas condemned the dispatch of U.S. destroyers to the
 * Caribbean", "Seoul denounced the deployment of Russian troops to the border") is aimed at the deed's doer, the owner
 * of what is sent (its OF phrase), not where it is sent (TO); a BY phrase after the noun names the doer first.
 */
function transferOwner(tokens: Token[], c: Clause): ActorMention | null {
  let j = c.verb + 1;
  while (tokens[j]?.pos === 'DET' || tokens[j]?.pos === 'ADJ') j++;
  if (!TRANSFER_NOUNS.has(tokens[j]?.norm ?? '') || tokens[j + 1]?.norm !== 'OF') return null;
  const by = c.preps.find((p) => p.prep === 'BY' && p.mention.first > j && !isRoleOnly(p.mention));
  return by?.mention ?? c.preps.find((p) => p.prep === 'OF' && p.mention.first > j + 1 && p.mention.first <= j + 4 && !isRoleOnly(p.mention))?.mention ?? null;
}

/**
 * Source and target of a passive clause: "Y was attacked by X"; when the subject is a thing, not an actor ("a
 * rocket was fired at Y from X"), the place it came from is the source and a phrase names the target.
 */
function passiveRoles(c: Clause, tokens?: Token[]): { src: ActorMention | null; tgt: ActorMention | null } {
  const by = c.preps.find((p) => p.prep === 'BY')?.mention ?? (tokens ? c.preps.find((p) => orderedBy(tokens, p.mention))?.mention : null) ?? null;
  if (c.subject) return { src: by, tgt: c.subject };
  // "Sanctions were imposed on Iran by the United States": a finite passive whose subject is no actor leaves the
  // target to a phrase (not a reduced relative, "a doctor sent to Israel by X", whose noun is the patient)
  const finite = !!tokens && tokens.slice(c.groupStart, c.verb).some((t) => t.lemma === 'be' || t.lemma === 'get');
  if (by && finite) return { src: by, tgt: pickPrep(c, tokens, null, false, c.preps.filter((p) => p.mention !== by)) };
  if (by) return { src: by, tgt: null };
  const from = c.preps.find((p) => p.prep === 'FROM')?.mention ?? null;
  return { src: from, tgt: from ? pickPrep(c, tokens, null, false, c.preps.filter((p) => p.mention !== from)) : null };
}

/** The plural of a people's name: "Indonesians", "Britons", "Israelis" (not a city's: "Paris"). */
const PEOPLE_PLURAL = /(?:ANS|ONS|[^R]IS)$/;

/**
 * Is `m` a state, its government or its officials, or an international body ("Beijing", "the ministry", "the EU"),
 * not a people named by its plural ("Thousands of Indonesians")?
 */
function officialActor(m: ActorMention | null, tokens: Token[]): boolean {
  if (!m || m.codes.length === 0) return false;
  if (m.kind === 'actor' && m.codes.every((x) => /^[A-Z]{3}$/.test(x)) && PEOPLE_PLURAL.test(tokens[m.last]?.norm ?? '')) return false;
  return m.codes.every((x) => /^IGO/.test(x) || (/^(?:[A-Z]{3}|---)(?:GOV|ELI)?$/.test(x) && x !== '---'));
}

/** Is `m` a country's armed forces or police ("the Venezuelan army", "Iranian troops")? */
function ownForces(m: ActorMention): boolean {
  return m.codes.length > 0 && m.codes.every((x) => /^[A-Z]{3}(?:MIL|COP)/.test(x) && !x.startsWith('---'));
}

/** Prepositions that put an act under a command: "on the orders of", "under a directive from", "at the behest of". */
const UNDER_ORDER_PREPS = new Set(['ON', 'UNDER', 'BY', 'AT', 'FOLLOWING', 'UPON']);

/**
 * Is `m` the one who gave the command that a passive was done under ("were detained on the orders of the interior
 * minister", "on orders from X", "by order of X", "at the behest of X")? Then it is the passive's doer.
 */
function orderedBy(tokens: Token[], m: ActorMention): boolean {
  let k = m.first - 1;
  if (!['OF', 'FROM', 'BY'].includes(tokens[k]?.norm ?? '')) return false;
  k--;
  if (tokens[k]?.pos !== 'NOUN' || !ORDER_NOUNS.has(tokens[k]?.lemmaNorm ?? '')) return false;
  k--;
  while (k > 0 && (tokens[k]?.pos === 'DET' || tokens[k]?.pos === 'ADJ')) k--;
  return UNDER_ORDER_PREPS.has(tokens[k]?.norm ?? '');
}

/**
 * The head noun of a noun phrase from `from` that only phrases of place or time follow up to `to` (a preposition and
 * noun-phrase words): "a car bomb" in "a car bomb in the market", "a roadside bombing near the town of X on Sunday".
 */
function phraseHead(tokens: Token[], from: number, to: number): Token | undefined {
  let k = from;
  while (k < to && NOUN_PHRASE.has(tokens[k]?.pos ?? '')) k++;
  if (k === from || tokens[k - 1]?.pos !== 'NOUN') return undefined;
  for (let j = k; j < to && tokens[j]?.pos !== 'PUNCT'; j++) if (tokens[j]?.pos !== 'ADP' && !NOUN_PHRASE.has(tokens[j]?.pos ?? '')) return undefined;
  return tokens[k - 1];
}

/**
 * Where the run of noun-phrase words and prepositions that ends right before `to` starts (a subject the clause found no
 * actor in); a subordinator read as a preposition opens it ("declared an emergency after an explosion at a police
 * station killed four officers": the subject is the explosion's phrase).
 */
function phraseStart(tokens: Token[], to: number): number {
  let k = to - 1;
  while (k >= 0 && ((tokens[k]?.pos === 'ADP' && !BOUNDARY_SCONJ.has(tokens[k]?.norm ?? '')) || NOUN_PHRASE.has(tokens[k]?.pos ?? ''))) k--;
  return k + 1;
}

/** A passive's one BY phrase that names a weapon and no actor: "were killed by a roadside bomb", "wounded by a mine". */
function weaponAgent(tokens: Token[], mentions: ActorMention[], c: Clause): boolean {
  const bys = tokens.flatMap((t, j) => (j > c.verb && j <= c.end && t.norm === 'BY' ? [j] : []));
  const by = bys[0];
  if (bys.length !== 1 || by === undefined) return false;
  const head = phraseHead(tokens, by + 1, c.end + 1);
  // (an actor inside the weapon's own words names its user: "by a Russian missile"; a place after it does not)
  return !!head && WEAPON_SUBJECT_HEADS.has(head.lemmaNorm) && !mentions.some((m) => m.first > by && m.first <= head.i && !isRoleOnly(m));
}

/** "were killed in Israeli tank shelling": an actor qualifying a violent act in a phrase of a passive is its agent. */
function agentOfAct(lex: Lexicon, tokens: Token[], c: Clause): ActorMention | null {
  for (const p of c.preps) {
    // (a name or demonym, "Israeli", "U.S."; not a common noun the dictionary happens to list)
    // (the act's noun may be inside the mention: "Russian shelling" is a mention of the forces that shell)
    let name = p.mention.last;
    while (name > p.mention.first && !/^\p{Lu}/u.test(tokens[name]?.text ?? '')) name--;
    if ((p.prep !== 'IN' && p.prep !== 'BY' && p.prep !== 'DURING') || !/^\p{Lu}/u.test(tokens[name]?.text ?? '')) continue;
    const nounish = (t: Token | undefined): boolean => t?.pos === 'NOUN' || (t?.pos === 'VERB' && /ING$/.test(t.norm));
    for (let j = name + 1; j <= p.mention.last + 3 && nounish(tokens[j]); j++) {
      const t = tokens[j];
      const entries = t ? [...(lex.verbs.get(t.norm) ?? []), ...(lex.verbs.get(t.lemmaNorm) ?? [])] : [];
      if (entries.some((v) => VIOLENT_ROOTS.has((v.code ?? v.block.code).forward?.slice(0, 2) ?? ''))) return p.mention;
    }
  }
  return null;
}

/** Is the preposition before `m` chained to an earlier phrase's noun ("bans on travel to Canada") rather than the verb at `v`? */
function chainedPrep(tokens: Token[], m: ActorMention, v: number): boolean {
  let j = m.first - 2;
  while (j > v && NOUN_PHRASE.has(tokens[j]?.pos ?? '')) j--;
  return j > v && tokens[j]?.pos === 'ADP';
}

/**
 * "deported dozens of migrants to Mexico", "took scores of hostages back to Gaza": the OF phrase of a quantity right
 * after the verb is its object, before any other phrase.
 */
function quantifiedObject(tokens: Token[], c: Clause): ActorMention | null {
  for (const p of c.preps) {
    if (p.prep !== 'OF') continue;
    let k = p.mention.first - 1;
    while (k > c.verb && (tokens[k]?.pos === 'DET' || tokens[k]?.pos === 'ADJ' || tokens[k]?.pos === 'NUM')) k--;
    if (tokens[k]?.norm !== 'OF' || !partitive(tokens, k)) continue;
    // the quantity follows the verb, a number or an approximator aside: "killed at least dozens of", "arrested some 200 of"
    let q = k - 1;
    while (q > c.verb + 1 && (tokens[q - 1]?.pos === 'NUM' || tokens[q - 1]?.pos === 'DET' || tokens[q - 1]?.pos === 'ADJ')) q--;
    return q <= c.verb + 2 ? p.mention : null;
  }
  return null;
}

/**
 * The preposition that names the target of an act coded `code` before all others: "against" for a hostile act
 * ("announced bans on travel to Canada against Russian officers"), "from" for a withdrawal ("withdrew from the
 * Syrian side to the Israeli-occupied sector"); null when the usual order applies.
 */
function targetPrepFor(code: string | null | undefined): string | null {
  if (HOSTILE_ROOT.test(code ?? '')) return 'AGAINST';
  return code?.startsWith('087') ? 'FROM' : null;
}

/**
 * Prepositions of where, around a place: what they name is no partner in cooperation ("gathered outside parliament",
 * "met near the border" is no meeting with parliament or the neighbour); a protest or a show of force there may be
 * aimed at it ("rallied near the U.S. embassy", "staged drills around Taiwan").
 */
const LOCATIVE_PREPS = new Set(['OUTSIDE', 'NEAR', 'AROUND', 'BESIDE', 'BEHIND', 'OPPOSITE', 'INSIDE', 'ALONG', 'NEARBY']);

/** Is `m` in a WITH phrase after a noun of siding ("in solidarity with (the) X")? */
function sidingWith(tokens: Token[], m: ActorMention): boolean {
  const w = tokens[m.first - 1]?.norm === 'WITH' ? m.first - 1 : tokens[m.first - 2]?.norm === 'WITH' && tokens[m.first - 1]?.pos === 'DET' ? m.first - 2 : -1;
  return w > 0 && SIDING_NOUNS.has(tokens[w - 1]?.norm ?? '');
}

/**
 * Phrases the clauses stage marks as naming no party to the act: its setting ("in the presence of X"), a topic ("a
 * speech on relations with X"), what the object is suspected of ("a tanker suspected of damaging a cable between X
 * and Y"), the go-between of a deal named on a noun ("signed a deal brokered by X").
 */
const NO_PARTY_PHRASES: ReadonlySet<string> = new Set(['SETTING', 'TOPIC', 'ALLEGED', 'MEDIATOR']);

/**
 * Nouns of one state's relation to another, whose phrase names the other party: "Chinese support for Russia", "Iran's
 * backing of the Houthis", "North Korea's cooperation with Russia".
 */
const RELATION_NOUNS: ReadonlySet<string> = new Set(['SUPPORT', 'BACKING', 'AID', 'ASSISTANCE', 'HELP', 'COOPERATION', 'TIES', 'RELATIONS',
  'LINKS', 'INVOLVEMENT', 'INTERFERENCE', 'MEDDLING', 'ALLIANCE', 'PARTNERSHIP', 'RAPPROCHEMENT', 'SPONSORSHIP', 'FUNDING', 'FINANCING',
  'DEALINGS', 'SUPPLIES', 'SHIPMENTS', 'DELIVERIES', 'EXPORTS']);

/**
 * "voiced concerns about Chinese support for Russia", "warned over Iran's backing of the Houthis": a phrase right after a
 * noun of relation (`RELATION_NOUNS`) whose owner is another phrase's actor belongs to that noun (the relation's other
 * party), not to the verb; the owner is whom the verb is about. (Not the subject's own state's relations: "a speech on
 * US relations with Asia" by a US president is about Asia.)
 */
function nounComplement(tokens: Token[], preps: readonly PrepPhrase[], x: PrepPhrase, own: readonly string[]): boolean {
  const at = x.mention.first - (tokens[x.mention.first - 1]?.pos === 'DET' ? 2 : 1);
  const noun = tokens[at - 1];
  if (noun?.pos !== 'NOUN' || !RELATION_NOUNS.has(noun.norm) || tokens[at]?.pos !== 'ADP') return false;
  const owner = tokens[at - 2]?.text === "'s" || tokens[at - 2]?.text === '’s' ? at - 3 : at - 2;
  const home = new Set(own.map((c) => c.slice(0, 3)));
  return preps.some((y) => y !== x && y.mention.last === owner && y.mention.codes.length > 0 && !isRoleOnly(y.mention) && !y.mention.codes.every((c) => home.has(c.slice(0, 3))));
}

/** A phrase of `preps` (the clause's own unless a filtered list is passed) naming the clause's target. */
function pickPrep(c: Clause, tokens: Token[] | undefined, first: string | null = null, partner = false, preps: readonly PrepPhrase[] = c.preps): ActorMention | null {
  // (no phrase, no target: every way below finds none; most clauses have no phrase, so this is the common case)
  if (!preps.length) return null;
  // "A and B held talks in Ankara": a place after "in" is where, not whom, when the subject is a compound
  const compound = (c.subject?.codes.length ?? 0) > 1;
  // (the subject's own codes: a handful, read without building a Set per call)
  const own = c.subject?.codes ?? [];
  const ownCode = (code: string): boolean => own.includes(code);
  const preferred = first ? preps.find((x) => x.prep === first && !x.mention.codes.every(ownCode)) : undefined;
  if (preferred) return preferred.mention;
  for (const p of TARGET_PREPS) {
    // ... and a BY phrase names the agent of a noun before it: "A and B signed a pact during a visit by X to C" (unless
    // that noun is the verb's own object, whose doer is whom the verb is aimed at: "A and B condemned the storming of
    // the mosque by X")
    if (compound && (p === 'IN' || p === 'AT' || (p === 'BY' && !(tokens && preps.some((x) => x.prep === 'BY' && objectAgent(tokens, c, x.mention)))))) continue;
    // a phrase naming the subject itself ("Egypt hosted talks ... in Cairo") is not its target
    // (nor, for a compound subject, a role without a country in what they deal with: "A and B agreed on a hostage
    // release deal")
    const topic = compound && (p === 'ON' || p === 'OVER' || p === 'ABOUT');
    // (nor a weapon named by WITH: "attacked a refinery in Russia with drones" is aimed at Russia, not at the drones)
    // (nor a sea or gulf where it happened: "released flares near an Australian aircraft over the South China Sea",
    // "flew over the Sea of Japan")
    const water = p === 'OVER' || p === 'IN' || p === 'AT';
    // (nor one that only modifies the noun the phrase is about: "A and B resumed talks on a C troop withdrawal")
    // (a loop, not find: this runs for each of TARGET_PREPS, and a callback would be made each time)
    for (const x of preps) {
      if (x.prep !== p || x.mention.codes.every(ownCode) || (tokens && nounComplement(tokens, preps, x, own))) continue;
      if ((topic && (isRoleOnly(x.mention) || tokens?.[x.mention.last + 1]?.pos === 'NOUN')) || (p === 'WITH' && instrument(x.mention)) || (water && WATERS.test(x.mention.text))) continue;
      // (nor those an act is done for or along with: "fired a missile at X in solidarity with Palestinians")
      if (p === 'WITH' && tokens && sidingWith(tokens, x.mention)) continue;
      // (nor the agent of a participle on a noun: "closed the border in a move condemned by X")
      if (p === 'BY' && tokens && participleAgent(tokens, x.mention)) continue;
      return x.mention;
    }
  }
  // (nor a phrase of setting, nor the other party of relations talked about: "a speech on relations with X", nor, for a
  // partner, a place around which it happened)
  // (nor, here either, what an act was done with: "will respond with force if …", nor the agent of a participle on the
  // noun of the act's frame: "released 50 prisoners under a deal brokered by X")
  // (nor a capacity with no country named by AS, the subject's own: "acted as a mediator"; "resigned as Bangladesh's prime
  // minister" names the office left)
  return compound ? null : (preps.find((x) => !NO_PARTY_PHRASES.has(x.prep) && !(x.prep === 'AS' && isRoleOnly(x.mention)) && !WATERS.test(x.mention.text) && !(partner && LOCATIVE_PREPS.has(x.prep)) && !(x.prep === 'WITH' && instrument(x.mention))
    && !(x.prep === 'BY' && tokens && framedAgent(tokens, x.mention, c.verb)))?.mention ?? null);
}

/**
 * The events of a clause or noun with sources and no target that some reading gives targets of their own (each other,
 * the source's home): pushed to `out`, and true; false when none applies (see emitPairs).
 * (Out of emitPairs: V8 optimises no function of more than 2,000 bytes of bytecode under the coder's flags, and
 * emitPairs was 3,401; see the commit for the figures.)
 */
function targetlessPairs(out: CodedEvent[], code: string, src: ActorMention | null, sources: string[], modality: Modality, speaker: CodedEvent['speaker'], base: Pick<CodedEvent, 'first' | 'last' | 'verbRule' | 'kind'>, home: boolean): boolean {
  if (sources.length > 1 && (SYMMETRIC_ROOTS.has(code.slice(0, 2)) || code === '019') && !UNILATERAL_AID.test(code) && !MEDIATION.test(code)) {
    // "A, B and C met": a compound subject with no target acts on each other (for interactions only: people
    // who protest together do not protest against each other; donors who pledge or give aid together give it to
    // someone else); of the statements, only agreeing is with each other ("the two leaders agreed that …")
    for (const s of sources) for (const t of sources) if (s !== t) out.push(coded(base, code, src ? { mention: src, code: s } : null, src ? { mention: src, code: t } : null, modality, speaker));
    return true;
  }
  if (sources.length === 2 && code.startsWith('12') && (RECIPROCAL_REJECTIONS.has(code) || pairOfSides(src))) {
    // "Armenia and Azerbaijan rejected a proposed truce", "the two sides rejected the plan": the two parties to a
    // settlement, or the sides a story named, reject it toward each other
    const [a, b] = sources as [string, string];
    out.push(coded(base, code, { mention: src as ActorMention, code: a }, { mention: src as ActorMention, code: b }, modality, speaker));
    out.push(coded(base, code, { mention: src as ActorMention, code: b }, { mention: src as ActorMention, code: a }, modality, speaker));
    return true;
  }
  if ((code.startsWith('172') || code === '082' || code === '133' || home) && src) {
    // "imposed a nationwide curfew", "declared martial law": an administrative sanction with no target is a measure
    // taken at home; its target is the source's own country
    // ... and so is "the unions called off their strike" (082): the dissent eased was against the country's rulers
    // ... and so is "the opposition said it would call protests if …" (133): the dissent threatened is against them too
    // ... and so is "the opposition rejected the election results" (11x/12x of a state's act: `home`)
    for (const s of sources) {
      const home = countryOf(s);
      if (home) out.push(coded(base, code, { mention: src, code: s }, homeTarget(src, home, code.slice(0, 3)), modality, speaker));
    }
    return true;
  }
  if (code === '0871' && src && !isRoleOnly(src)) {
    // "the junta declared a temporary ceasefire", "the rebels agreed to a ceasefire in the east": a truce declared with
    // no other side named is made with the side at home (a government's or an armed group's own country); a state
    // named alone declares it at no one in particular
    for (const s of sources) {
      const home = s.length > 3 ? countryOf(s) : null;
      out.push(coded(base, code, { mention: src, code: s }, home ? homeTarget(src, home, '0871') : null, modality, speaker));
    }
    return true;
  }
  if (code === '0831' && src) {
    // "the prime minister resigned", "the president stepped down": an office-holder who gives up power with no
    // challenger named yields to the country as a whole (the codebook's other target for 0831); only a state office
    // holds such power (a bank's head resigning is no political event)
    for (const s of sources) {
      const home = countryOf(s);
      if (home && STATE_OFFICE.test(s)) out.push(coded(base, code, { mention: src, code: s }, homeTarget(src, home, '0831'), modality, speaker));
    }
    return true;
  }
  return false;
}

/**
 * One coded event. Built field by field (not by spreading `base`): the events of a sentence then share one object
 * shape, which keeps this hot path cheap. The field order is `CodedEvent`'s, as every event is built.
 */
export function coded(
  base: Pick<CodedEvent, 'first' | 'last' | 'verbRule' | 'kind'>,
  code: string,
  source: CodedEvent['source'],
  target: CodedEvent['target'],
  modality: Modality,
  speaker: CodedEvent['speaker'],
): CodedEvent {
  return { first: base.first, last: base.last, verbRule: base.verbRule, kind: base.kind, code, source, target, modality, speaker, retells: undefined };
}

type EventBase = Pick<CodedEvent, 'first' | 'last' | 'verbRule' | 'kind'>;

/**
 * `base` with another start, rule or kind, written out key by key: a spread copy (`{ ...base, verbRule }`) has a map
 * of its own (V8 clones a literal's map with its fields generalised), and `emitPairs`, optimised on the literals, was
 * deoptimised ("wrong map" at `base.kind`) by the first copy to reach it.
 */
function rebased(base: EventBase, first: number, verbRule: string, kind: CodedEvent['kind']): EventBase {
  return { first, last: base.last, verbRule, kind };
}

function emitPairs(
  out: CodedEvent[],
  code: string | null,
  src: ActorMention | null,
  tgt: ActorMention | null,
  modality: Modality,
  speaker: CodedEvent['speaker'],
  base: Pick<CodedEvent, 'first' | 'last' | 'verbRule' | 'kind'>,
  targetless = false,
  home = false,
): void {
  if (!code) return;
  const sources = codesOf(src);
  const targets = codesOf(tgt);
  if (!sources.length) {
    // a demand heard inside a quote has no written source yet: the quote stage gives it the speaker; a nominal
    // mention with no source ("the killing of X") is kept as evidence for the event it names (merge stage)
    if ((base.kind === 'demand' || base.kind === 'noun' || base.kind === 'unnamed') && targets.length) for (const t of targets) out.push(coded(base, code, null, tgt ? { mention: tgt, code: t } : null, modality, speaker));
    return;
  }
  // "French and Egyptian warships launched war games": a show of force that a compound stages together, at no one, is
  // their joint exercise (062)
  if (!targets.length && sources.length > 1 && code === '150' && !targetless) code = '062';
  if (!targets.length && targetlessPairs(out, code, src, sources, modality, speaker, base, home)) return;
  if (!targets.length && !TARGETLESS_ROOTS.has(code.slice(0, 2)) && !(TARGETLESS_CODES.has(code) && !!src && !isRoleOnly(src)) && !targetless) return;
  for (const s of sources.length ? sources : [null]) {
    for (const t of targets.length ? targets : [null]) {
      // one actor acting on itself is no event, except a protest in its own country ("Iraqi Kurds demonstrated in Kirkuk")
      // or coercion at home of a distinct person or body of the same code (`SAME_CODE_ROOTS`)
      // "their" after a compound stands for each member: "Kenya and Uganda deployed their troops" is each one's own
      // troops, as "its" would be; but the embassies or envoys of a compound that interacts ("Saudi Arabia and Iran
      // reopened their embassies", "recalled their ambassadors") are each other's side, one event per pair of members
      if (s && t && src && tgt && eachMember(src, tgt) && (countryOf(s) === countryOf(t)) === (SYMMETRIC_ROOTS.has(code.slice(0, 2)) && t.slice(3, 6) === 'GOV')) continue;
      // (the members of a compound mediator mediate together, never with each other nor with a member's own state:
      // "a truce brokered by Turkey and the UN", "talks in Cairo mediated by Egypt and Qatar")
      if (MEDIATION.test(code) && s && t && sources.length > 1 && sources.some((x) => countryOf(x) !== '' && countryOf(x) === countryOf(t))) continue;
      // (a state's money put into its own central bank or treasury is no economic aid: "Pakistan deposited $1 billion in
      // its central bank")
      if (code === '071' && s && t && countryOf(s) === countryOf(t) && OWN_PURSE_SOURCE.test(s) && OWN_PURSE.test(t)) continue;
      // (a compound whose members share one code acting on each other, "clashes between ELN guerrillas and FARC
      // dissidents", is two actors of that code, as "A and B" of two codes would be)
      if (s && t && s === t && !(src === tgt && !!src && sharedCodeCompound(src) && SYMMETRIC_ROOTS.has(code.slice(0, 2))) && !(src !== tgt && SAME_CODE_ROOTS.test(code) && !(tgt && code.startsWith('17') && REFERRING_KINDS.has(tgt.kind)))) {
        // ... but a denial stands without a target: "Israel's military denied that its soldiers had fired on X"
        if (code === '016' && src !== tgt) out.push(coded(base, code, src ? { mention: src, code: s } : null, null, modality, speaker));
        continue;
      }
      out.push(coded(base, code, s && src ? { mention: src, code: s } : null, t && tgt ? { mention: tgt, code: t } : null, modality, speaker));
    }
  }
}

/** Nominal events: "the killing of X", "an attack on Y by Z", "X's invasion of Y". */
export function codeNouns(lex: Lexicon, tokens: Token[], mentions: ActorMention[], clauses: Clause[]): CodedEvent[] {
  const out = objectArray<CodedEvent>();
  const { words, lemmas } = tokenForms(tokens);
  const subjects = new Set<ActorMention>();
  for (const c of clauses) if (c.subject) subjects.add(c.subject);
  for (let i = 0; i < tokens.length; i++) {
    // (the tagger reads a capitalised first word as a name: "Clashes between A and B erupted")
    // (... and a deed the actor stage read as a role there: "Airstrikes on Gaza were ordered by X")
    if (tokens[i]?.pos !== 'NOUN' && !(i === 0 && tokens[i]?.pos === 'PROPN' && !mentions.some((m) => m.first === 0 && !isRoleOnly(m)))) continue;
    const hit = lex.nouns.longest(words, i, lemmas);
    if (!hit) continue;
    i = codeNoun(tokens, mentions, clauses, subjects, i, hit, out);
  }
  return out;
}

/** The actors of an event noun's phrase (`nounPhraseActors`). */
interface NounActors {
  src: ActorMention | null;
  tgt: ActorMention | null;
  tgtPrep: string;
  betweenIn: Clause | undefined;
}

/**
 * The actors of the phrase of the event noun at `i`, ending at `last`: its target ("of X", "on X", "against X" within
 * a few tokens after it, and the preposition), its doer ("by X"), and the clause a compound "between A and B" heads.
 */
function nounPhraseActors(tokens: Token[], mentions: ActorMention[], clauses: Clause[], noun: NounEntry, i: number, last: number): NounActors {
  // target: "of X" / "on X" / "against X" within a few tokens after the noun
  let tgt: ActorMention | null = null;
  let src: ActorMention | null = null;
  let betweenIn: Clause | undefined;
  let tgtPrep = '';
  for (const m of mentions) {
    if (m.first <= last || m.first > last + 6) continue;
    const gap = tokens.slice(last + 1, m.first);
    // ("strikes on what it called camps": the subject of a free relative is not the noun's complement)
    if (gap.some((t) => t.pos === 'VERB' || t.norm === ',' || t.norm === 'WHAT')) continue;
    // ("the killing of dozens of villagers": an "of" of quantity is not the phrase's preposition)
    const prep = [...gap].reverse().find((t, r) => t.pos === 'ADP' && !partitive(tokens, m.first - 1 - r));
    if (!prep) continue;
    if (attachesToOtherNoun(tokens, mentions, last, prep)) continue;
    // ("a truce mediated by Qatar with X": the go-between is no party to the truce; coding/mediation.ts codes it)
    if (prep.norm === 'BY' && goBetween(tokens, m)) continue;
    // ("the visit of the French president to X": the OF phrase of a journey names its traveller)
    // ("negotiations on a C troop withdrawal": talks about a thing that a country's name only modifies are not with it)
    const topicModifier = prep.norm === 'ON' && noun.code.forward?.startsWith('04') === true && tokens[m.last + 1]?.pos === 'NOUN';
    if (prep.norm === 'BY' || (prep.norm === 'OF' && TRAVEL_NOUNS.has(tokens[i]?.lemmaNorm ?? '') && prep.i === last + 1)) src ??= m;
    else if (['OF', 'ON', 'AGAINST', 'AT', 'WITH', 'TO'].includes(prep.norm) && !topicModifier && !tgt) {
      tgt = m;
      tgtPrep = prep.norm;
    }
    // "clashes between the army and the RSF": between the members of a compound, each way
    // (only heading the first clause's subject: "mediated talks between A and B", "brokered a ceasefire between A and
    // B" are the mediator's acts)
    else if (prep.norm === 'BETWEEN' && (m.codes.length > 1 || sharedCodeCompound(m)) && !src && !tgt && SYMMETRIC_ROOTS.has(noun.code.forward?.slice(0, 2) ?? '') && clauses.every((c) => c.verb > m.last)) {
      src = tgt = m;
      betweenIn = clauses[0];
    }
  }
  // "the arrest of Istanbul Mayor Ekrem Imamoglu by Turkish police": a BY phrase right after the noun's complement
  // names the doer, however long the complement's name
  if (!src && tgt && tokens[tgt.last + 1]?.norm === 'BY') {
    const after = tgt.last + 2;
    src = mentions.find((m) => m.first >= after && m.first <= after + 2 && tokens.slice(after, m.first).every((t) => t.pos === 'DET' || t.pos === 'ADJ')) ?? null;
  }
  // "during a visit by his Solomon Islands counterpart Jeremiah Manele to Canberra": a TO phrase right after a journey's
  // traveller names where the journey went, however long the traveller's name
  if (src && !tgt && TRAVEL_NOUNS.has(tokens[i]?.lemmaNorm ?? '') && tokens[src.last + 1]?.norm === 'TO') {
    const after = src.last + 2;
    tgt = mentions.find((m) => m.first >= after && m.first <= after + 2 && tokens.slice(after, m.first).every((t) => t.pos === 'DET' || t.pos === 'ADJ')) ?? null;
    if (tgt) tgtPrep = 'TO';
  }
  // "welcomed the release of three Israeli hostages held by Hamas", "secured the release of a Russian pilot from
  // Ukraine": a release with no doer named is made by whoever the BY phrase says held the released (`holderOf`), or the state they are
  // released from (not of people with no country, who take the sentence's one country when no doer is named: "the
  // release of journalists jailed by Belarus" frees Belarusian journalists)
  // (a place they were held in is not enough: "welcomed the release of a Canadian reporter detained in Iran" may be a
  // court's or a deal's doing)
  if (!src && tgt && !isRoleOnly(tgt) && noun.code.forward?.startsWith('084')) src = holderOf(tokens, clauses, tgt, true) ?? releasedFrom(tokens, mentions, tgt);
  return { src, tgt, tgtPrep, betweenIn };
}

/** The state named by a FROM phrase right after the released people of mention `m`: "the release of a pilot from Ukraine". */
function releasedFrom(tokens: Token[], mentions: ActorMention[], m: ActorMention): ActorMention | null {
  if (tokens[m.last + 1]?.norm !== 'FROM') return null;
  return mentions.find((x) => x.first === m.last + 2 && countryOnly(x)) ?? null;
}

/**
 * The clause whose subject makes the journey or holds the meeting that the noun at `i` names in a phrase of time or
 * setting (see codeNoun), or undefined.
 */
function settingHolder(tokens: Token[], clauses: Clause[], i: number, travel: boolean, meeting: boolean, tgt: ActorMention | null): Clause | undefined {
  let j = i - 1;
  while (j > 0 && (tokens[j]?.pos === 'ADJ' || POSSESSIVE_DET.has(tokens[j]?.norm ?? '') || (meeting && tokens[j]?.pos === 'NOUN'))) j--;
  // (trailing, "in"/"at" after a noun hang on that noun: "anticipated a breakthrough in talks with X")
  const prepOk = travel || TIME_PREPS.has(tokens[j]?.norm ?? '') || j === 0 || !['NOUN', 'PROPN'].includes(tokens[j - 1]?.pos ?? '');
  if (!(travel ? TIME_PREPS : MEETING_PREPS).has(tokens[j]?.norm ?? '') || !prepOk) return undefined;
  let holder = j === 0 && tgt ? fronted(tokens, clauses, tgt.last) : [...clauses].reverse().find((c) => c.verb < j && c.subject && !c.passive);
  // ("urged A and B to exercise restraint during a phone call with A's minister": the call is the asker's, not
  // that of an infinitive or a verb joined to it)
  while (holder && (holder.link === 'infinitive' || holder.link === 'coordinated') && holder.parent !== null && clauses[holder.parent]?.subject && !clauses[holder.parent]?.passive) holder = clauses[holder.parent];
  return holder;
}

/**
 * Codes the event noun at token `i` (a dictionary noun ending before `hit.end`) into `out`; returns the index of its
 * last token, or `i` when it codes nothing.
 * (Out of codeNouns, with `nounPhraseActors`: V8 optimises no function of more than 2,000 bytes of bytecode under the
 * coder's flags, and codeNouns was 3,918, run unoptimised; see the commit for the figures.)
 */
function codeNoun(tokens: Token[], mentions: ActorMention[], clauses: Clause[], subjects: ReadonlySet<ActorMention>, i: number, hit: { end: number; values: NounEntry[] }, out: CodedEvent[]): number {
  // (an event noun in a clause of background: "Sweden, which joined after the invasion of Ukraine, ..."; or heading
  // the subject of a relative clause in the past perfect: "a state that Hezbollah's war with Israel had left near
  // collapse" — a happening before the story's time, told as background)
  if (clauses.some((c) => (c.background && i > c.start && i <= c.end) || pastPerfectRelativeSubject(tokens, c, i))) return i;
  const noun: NounEntry | undefined = hit.values[0];
  const inside = inMention(mentions, i);
  // (a deed the actor stage read as a role, heading a passive verb's subject, is still the deed: "Airstrikes on Gaza
  // were ordered by X")
  if (!noun || (inside && subjects.has(inside) && !(isRoleOnly(inside) && passiveDoer(tokens, mentions, clauses, inside.first, hit.end - 1)))) return i;
  const last = hit.end - 1;
  // ("asylum seekers", "aid workers": the event noun modifies a role noun after it; the phrase names people, no act)
  if (inside && inside.kind === 'agent' && last < inside.last && tokens[inside.last]?.pos === 'NOUN') return i;
  const found = nounPhraseActors(tokens, mentions, clauses, noun, i, last);
  let src = found.src;
  let tgt = found.tgt;
  const tgtPrep = found.tgtPrep;
  const betweenIn = found.betweenIn;
  // the noun as the object of a clause: "Israel carried out an air strike on X", "launched an airstrike against X" —
  // the clause's subject is the doer, and the clause's modality is the event's ("did not launch an airstrike")
  // (only for verbs that perform what the noun names: "condemned the Israeli airstrike" is a reaction to it)
  // (also with weapon words before the noun: "launched tank and artillery fire on X")
  const weapons = !!inside && agentModifier(tokens, mentions, inside);
  const gov = clauses.find((c) => c.verb < i && DOER_VERBS.has(tokens[c.verb]?.lemma ?? '') && ((!!inside && (c.object === inside || (weapons && objectSlot(tokens, c.verb, inside.first)))) || objectSlot(tokens, c.verb, i)));
  if (gov && !gov.passive && gov.subject && !src && (!inside || isRoleOnly(inside))) src = gov.subject;
  // "The strike on Gaza was ordered by Israel's prime minister", "the raid was carried out by Russian troops": the
  // deed heading the subject of a passive verb of doing or commanding is done by its BY phrase, and takes the
  // clause's modality ("was not carried out by X"; an indefinite deed approved is still to come)
  const doneBy = !gov && (!src || src === inside) && (!inside || isRoleOnly(inside)) ? passiveDoer(tokens, mentions, clauses, inside?.first ?? i, last) : undefined;
  if (doneBy) src = doneBy.doer;
  const doneModality = doneBy && passiveDeedModality(tokens, doneBy);
  // "said on Monday during a visit to Vilnius", "met X on his first trip to Y": a visit in a phrase of time is made
  // by the subject of the clause it belongs to
  // "In a phone call with X's president, the Chinese leader called for restraint", "During talks with Y, Blinken
  // urged ...": a meeting with someone (04, its WITH phrase naming the other party) in a phrase of setting is held by
  // the subject of the clause it belongs to — the clause before it, or, fronted at the sentence's start, the one
  // after its comma
  const travel = TRAVEL_NOUNS.has(tokens[i]?.lemmaNorm ?? '');
  const meeting = !travel && tgtPrep === 'WITH' && noun.code.forward?.startsWith('04') === true;
  const visitor = !src && !inside && (travel || meeting) ? settingHolder(tokens, clauses, i, travel, meeting, tgt) : undefined;
  if (visitor?.subject) src = visitor.subject;
  // "claimed responsibility for the attack on X", "took responsibility for the bombing": the claimant is the deed's
  // doer (the codebook codes the deed with the claimant as its source, besides the claim, 015)
  const claimant = !src && !inside ? responsibilityClaim(tokens, clauses, i) : undefined;
  if (claimant?.subject) src = claimant.subject;
  // possessive or adjectival source before the noun: "Iran's attack", "a U.S. airstrike"
  if (!src && inside) src = inside;
  // "repelled an attack by X", "fought off an assault by X", "beat back a Russian offensive": the attack fought off
  // was made on the subject of the clause (whose force against X is the verb's own event, the REPEL block)
  // (the doer may be the clause's object right before the noun: "beat back a Russian offensive")
  const repelled = /^1[89]/.test(noun.code.forward ?? '') ? repellingClause(tokens, clauses, inside?.first ?? i) : undefined;
  if (repelled && !src && repelled.object?.last === i - 1) src = repelled.object;
  if (repelled?.subject && !tgt && src && src !== repelled.subject) tgt = repelled.subject;
  // "security forces foiled an assassination attempt on the president", "police prevented a bombing of the embassy",
  // "an attempt on his life was thwarted": a deed prevented was not done (an attack foiled or thwarted was fought off,
  // and made: REPELLING_VERBS; "failed to prevent" or "did not stop" one leaves it done)
  if (preventedDeed(tokens, clauses, noun.code.forward, inside?.first ?? i, repelled)) return i;
  // ("Iran's missile and drone attack", "Russia's massive drone strike": a weapon naming the attack is no doer when
  // a possessive before the noun phrase names one)
  if (!src || (src === inside && isRoleOnly(inside))) {
    let j = (inside?.first ?? i) - 1;
    while (j > (inside?.first ?? i) - 5 && ['ADJ', 'NOUN', 'CCONJ'].includes(tokens[j]?.pos ?? '')) j--;
    const before = mentions.find((m) => m.last === j - 1 && ["'S", '’S'].includes(tokens[j]?.norm ?? ''));
    if (before) src = before;
  }
  // "the arrest in Germany of a Libyan suspect", "the detention of X in France": an arrest, a state's act, with no doer
  // named is the act of the country where it was made, named by "in" inside the noun's phrase (as a clause's subject:
  // after a verb the arrest may be one demanded or feared, "demanded the arrest of X in Turkey")
  const subjectNoun = !clauses.some((c) => c.verb < i && i <= c.end);
  if (!src && subjectNoun && STATE_ARREST_CODES.has(noun.code.forward ?? '')) {
    const end = Math.max(tgt?.last ?? last, last) + 3;
    const where = mentions.find((m) => m !== tgt && m.first > i && m.first <= end && tokens[m.first - 1]?.norm === 'IN' && countryOnly(m)
      && tokens.slice(i + 1, m.first).every((t) => t.pos !== 'VERB' && t.norm !== ','));
    if (where) src = where;
  }
  // "Chile and Peru held talks on Bolivia": a compound's talks on a third party are with each other (its verb's event);
  // what follows "on" is what they talk about ("Chile held talks on Bolivia" keeps it)
  if (tgt && src && src !== tgt && src.codes.length > 1 && TOPIC_PREPS.has(tgtPrep) && noun.code.forward?.startsWith('04') === true) tgt = null;
  const code = noun.code.forward;
  // "launched military drills", "conducted a missile test": a deed complete with its doer alone (TARGETLESS_CODES)
  // stands with no target when a clause's subject performs it
  if (!tgt && !(((gov && src === gov.subject) || (doneBy && src === doneBy.doer)) && !!code && TARGETLESS_CODES.has(code) && !!src && !isRoleOnly(src))) return i;
  if (i > 0 && NEG_BEFORE_NOUN.has(tokens[i - 1]?.norm ?? '')) return i;
  if (!code) return i;
  // "the killing of dozens of villagers by gunmen": roles with no country take the one country the sentence names,
  // as a verb's roles do
  if (tgt && isRoleOnly(tgt)) contextCountry(tgt, tokens, mentions, src);
  if (src && isRoleOnly(src)) contextCountry(src, tokens, mentions, tgt, true, 'context-country', attackRoot(code));
  const prospect = gov ? null : nounProspect(tokens, clauses, noun, i, inside?.first ?? i);
  const planned = !gov && plannedPhrase(tokens, i);
  // (an attack fought off was made, whether or not it was repelled; "will repel any attack by X" is to come)
  const repelledModality = repelled && (repelled.modality === 'negated' ? 'asserted' : repelled.modality);
  emitPairs(out, code, src, tgt, planned ? 'future' : gov ? gov.modality : doneModality ? doneModality : repelledModality ? repelledModality : prospect ? prospect : visitor ? (meeting && visitor.modality === 'negated' ? 'asserted' : visitor.modality) : claimant ? claimant.modality : betweenIn ? betweenIn.modality : 'asserted', null, { first: i, last: tgt?.last ?? last, verbRule: noun.id, kind: 'noun' });
  return last;
}

/**
 * The modality of a deed done in a passive clause (`passiveDoer`): the clause's, but an indefinite deed approved
 * ("a ground offensive was approved by X") is still to come.
 * (Out of codeNoun, as is `nounProspect`: V8 optimises no function of more than 2,000 bytes of bytecode under the
 * coder's flags.)
 */
function passiveDeedModality(tokens: Token[], doneBy: { clause: Clause; start: number }): Modality {
  return APPROVING_VERBS.has(tokens[doneBy.clause.verb]?.lemma ?? '') && doneBy.clause.modality === 'asserted'
    && !DEFINITE_OPENERS.has(tokens[doneBy.start]?.norm ?? '') && tokens[doneBy.start + 1]?.norm !== "'S" ? 'future' : doneBy.clause.modality;
}

/**
 * The modality of the event noun at `i` (its phrase starting at `from`) that no clause performs, when it is not told
 * as done; else null.
 * (Out of codeNoun: V8 optimises no function of more than 2,000 bytes of bytecode under the coder's flags.)
 */
function nounProspect(tokens: Token[], clauses: Clause[], noun: NounEntry, i: number, from: number): Modality | null {
  // ("threatened airstrikes against X", "called for the arrest of Y": an act threatened or asked for is not done;
  // "freed two nationals ahead of Araghchi's talks with Barrot": a happening "ahead of" which another came is to come)
  // ("refused the extradition of X to Y", "calls for the release of Z": cooperation refused or asked for is not given;
  // a hostile deed rejected, "rejected the invasion of X", is denounced, and happened)
  const refused = COOPERATIVE_ROOT.test(noun.code.forward ?? '') ? refusedObject(tokens, clauses, from) : undefined;
  return prospectObject(tokens, clauses, from) ?? permittedObject(tokens, clauses, from) ?? cancelledSubject(tokens, clauses, i)
    ?? (askedForNoun(tokens, from) ? 'demanded' : refused ? (refused.modality === 'negated' ? 'asserted' : 'negated') : accusedNoun(tokens, clauses, from) ? 'alleged' : null);
}

/** Verbs that lay a deed on someone: "accused X of the bombing", "blamed Y for the attack", "held Z responsible for the killing". */
const LAYING_BLAME: ReadonlySet<string> = new Set(['accuse', 'blame', 'suspect', 'hold']);

/**
 * Is the event noun phrase at `from` (its first token) a deed laid on someone: the OF/FOR phrase after an accusing verb's
 * object ("accused Russia of the shelling of X", "blamed Hezbollah for the attack on Y", "held Israel responsible for
 * the killing of Z"), or the object of "blame" itself ("blamed the bombing on India")? It is alleged, not told as done.
 */
function accusedNoun(tokens: Token[], clauses: Clause[], from: number): boolean {
  let j = from - 1;
  while (j > 0 && ['DET', 'ADJ', 'NUM', 'NOUN'].includes(tokens[j]?.pos ?? '')) j--;
  const prep = tokens[j]?.norm === 'OF' || tokens[j]?.norm === 'FOR';
  // (the last clause in order whose verb stands before the noun, found without copying the list)
  let c: Clause | undefined;
  for (let k = clauses.length - 1; k >= 0 && !c; k--) if ((clauses[k] as Clause).verb < from) c = clauses[k];
  const lemma = c ? tokens[c.verb]?.lemma ?? '' : '';
  if (!c || !LAYING_BLAME.has(lemma) || c.passive) return false;
  if (!prep) return lemma === 'blame' && j === c.verb;
  // ("held X responsible for": only with "responsible" before the phrase)
  return j > c.verb + 1 && (lemma !== 'hold' || tokens[j - 1]?.norm === 'RESPONSIBLE');
}

/** Prepositions of the matter an actor is pressed over: "pressed Beijing over its trade practices". */
const PRESSED_OVER = new Set(['OVER', 'ON', 'ABOUT']);

/**
 * Whether a clause of the PRESS block ("pressed", "pushed", "leaned on") is an appeal: an actor presses another
 * actor — its object, or the actor "leaned on" — to act (an infinitive whose subject is that actor: "pressed Israel to
 * allow aid") or over a matter ("pressed Beijing over its trade practices"). "Pressed ahead with", "pushed into the
 * town", "pushed the rebels out of X" and a deed that "pushed X to V" are no appeal.
 */
function pressingAppeal(tokens: Token[], c: Clause, child: Clause | undefined): boolean {
  if (!c.subject || c.passive) return false;
  const pressed = c.object ?? (tokens[c.verb + 1]?.norm === 'ON' ? c.preps.find((p) => p.prep === 'ON' && p.mention.first <= c.verb + 3)?.mention : undefined);
  if (!pressed) return false;
  if (child && child.subject === pressed && child.groupStart > pressed.last) return true;
  return PRESSED_OVER.has(tokens[pressed.last + 1]?.norm ?? '');
}

/** Prepositions of a phrase of setting that leave a meeting's holder to their clause: "in a phone call with X", "during talks with Y". */
const MEETING_PREPS: ReadonlySet<string> = new Set(['DURING', 'IN', 'AT', 'ON']);

/**
 * The main clause after a phrase fronted at the sentence's start and ending at `end` ("In a call with X, <subject>
 * <verb> ..."): the first clause after the phrase's comma, when its subject comes after the comma and is not passive.
 */
function fronted(tokens: Token[], clauses: Clause[], end: number): Clause | undefined {
  const comma = tokens.findIndex((t, k) => k > end && t.norm === ',');
  if (comma < 0 || comma > end + 4) return undefined;
  const c = clauses.find((x) => x.verb > comma);
  return c?.subject && !c.passive && c.subject.first > comma && c.subject.last < c.verb ? c : undefined;
}

/**
 * The clause that claims responsibility for the event noun at `i` ("claimed responsibility for the suicide attack"):
 * "responsibility for", then only the noun's modifiers, right after a claiming verb (words that say when may come
 * between).
 */
function responsibilityClaim(tokens: Token[], clauses: Clause[], i: number): Clause | undefined {
  let j = i - 1;
  while (j > 0 && NOUN_PHRASE.has(tokens[j]?.pos ?? '') && tokens[j]?.norm !== 'RESPONSIBILITY') j--;
  if (tokens[j]?.norm !== 'FOR' || tokens[j - 1]?.norm !== 'RESPONSIBILITY') return undefined;
  // ("claimed full responsibility for": an adjective or determiner may stand before the noun)
  let r = j - 1;
  while (tokens[r - 1]?.pos === 'ADJ' || tokens[r - 1]?.pos === 'DET') r--;
  return clauses.find((c) => c.verb === r - 1 && !c.passive && CLAIMING.has(tokens[c.verb]?.lemma ?? ''));
}

/** Is token `i` in the subject of relative clause `c` ("that/which X ... had V-ed")? */
function pastPerfectRelativeSubject(tokens: Token[], c: Clause, i: number): boolean {
  // (after a noun: "said that X's war had ..." is a complement, not a relative clause)
  if (i < c.start || i >= c.groupStart || !['THAT', 'WHICH'].includes(tokens[c.start - 1]?.norm ?? '') || tokens[c.start - 2]?.pos !== 'NOUN') return false;
  return tokens.slice(c.groupStart, c.verb).some((t) => t.norm === 'HAD');
}

const SPAN_WORDS = new Set(['QUARTER', 'HALF', 'OF', 'MORE', 'THAN', 'NEARLY', 'ALMOST', 'OVER']);

/** Is the object of the verb at `v` a span of time "of" something ("ending two decades of war")? */
function endsSpan(tokens: Token[], v: number): boolean {
  for (let j = v + 1; j <= v + 7; j++) {
    const t = tokens[j];
    if (!t) return false;
    if (TIME_SPANS.has(t.norm) && tokens[j + 1]?.norm === 'OF') return true;
    // (the span opens the object: "a quarter of a century of", "more than two decades of")
    if (!['DET', 'NUM', 'ADJ'].includes(t.pos) && !SPAN_WORDS.has(t.norm)) return false;
  }
  return false;
}

const POSSESSIVE_DET = new Set(['A', 'AN', 'THE', 'HIS', 'HER', 'THEIR', 'ITS']);

/** Tags between a verb and its object's head noun: "carried out an air strike", "launched two new airstrikes". */
const OBJECT_SLOT = new Set(['DET', 'ADJ', 'NUM']);

/** Is token `i` in the object slot of the verb at `v`: after it, with only determiners, adjectives, numbers and a particle between? */
function objectSlot(tokens: Token[], v: number, i: number): boolean {
  let j = v + 1;
  if (['OUT', 'UP', 'OFF'].includes(tokens[j]?.norm ?? '') && j < i) j++;
  // (a quantity's "of" with its noun stands in the slot too: "carried out a series of airstrikes", "launched a wave of
  // attacks")
  for (; j < i; j++) if (!OBJECT_SLOT.has(tokens[j]?.pos ?? '') && !(tokens[j + 1]?.norm === 'OF' && partitive(tokens, j + 1)) && !(tokens[j]?.norm === 'OF' && partitive(tokens, j))) return false;
  return true;
}

/**
 * Is a verb event's participant `v` the noun event's `n`: the same code, or the same role mention that the verb's clause
 * gave a country after the noun event took its code ("carried out a suicide bombing on a police centre in Peshawar":
 * the clause placed the police, `localise`)?
 */
const sameParticipant = (v: CodedEvent['target'], n: CodedEvent['target']): boolean =>
  v?.code === n?.code || (!!v && !!n && v.mention === n.mention && n.code.startsWith('---') && v.code.slice(3) === n.code.slice(3));

/**
 * A sentence's events from verbs and from event nouns, without doubles: a noun event inside a verb event's evidence,
 * between the same participants, is the same happening ("Israel carried out an air strike on X": carry out 190, air
 * strike 195; "denied that it launched an airstrike on X"). The verb event stays, with its modality, and takes the
 * noun's code when that is the more specific one of the same root (and the noun's rule beside its own).
 */
export function joinEvents(verbs: CodedEvent[], nouns: CodedEvent[]): CodedEvent[] {
  if (!nouns.length || !verbs.length) return verbs.length ? verbs : nouns;
  const kept: CodedEvent[] = [];
  for (const n of nouns) {
    const v = verbs.find((e) => (e.kind === 'verb' || e.kind === 'unnamed') && sameParticipant(e.source, n.source) && sameParticipant(e.target, n.target)
      && n.first >= e.first && n.first <= e.last && e.code.slice(0, 2) === n.code.slice(0, 2));
    if (!v) {
      kept.push(n);
      continue;
    }
    if (v.code !== n.code && v.code.length === 3 && v.code.endsWith('0')) {
      v.code = n.code;
      v.verbRule = `${v.verbRule} ${n.verbRule}`;
    }
  }
  return kept.length ? [...verbs, ...kept] : verbs;
}

/**
 * The preposition belongs to another noun between the event noun and it: "a protest with Tokyo over remarks by
 * the prime minister" — the prime minister made the remarks, not the protest. A noun phrase that holds an actor
 * ("the killing of a Palestinian teenager by settlers") does not take the preposition from the event noun.
 */
function attachesToOtherNoun(tokens: Token[], mentions: ActorMention[], nounLast: number, prep: Token): boolean {
  const p = tokens.indexOf(prep, nounLast + 1);
  let k = p - 1;
  let noun = false;
  while (k > nounLast && NOUN_PHRASE.has(tokens[k]?.pos ?? '')) {
    if (mentions.some((m) => m.first <= k && m.last >= k)) return false;
    if (tokens[k]?.pos === 'NOUN') noun = true;
    k--;
  }
  return noun && k > nounLast;
}

/** The conditional clause right after clause `k` and the clauses it governs, which are all `src`'s own, if any:
 * "warned that it would V if X …" (not another speaker's: "…, and Japan said it would protest if X …"). */
function conditionAfter(clauses: readonly Clause[], k: number, src: ActorMention): Clause | undefined {
  for (let j = k + 1; j < clauses.length; j++) {
    const x = clauses[j];
    if (!x) break;
    if (x.modality === 'conditional') return x;
    if (x.parent === null || (x.subject && !sameCountry(x.subject, src))) break;
  }
  return undefined;
}

/** Does the verb group end at `last` in a particle ("break with") whose phrase is a thing, no actor ("decades of policy")? */
function thingAfterParticle(tokens: Token[], mentions: readonly ActorMention[], last: number): boolean {
  if (tokens[last]?.pos !== 'ADP') return false;
  let j = last + 1;
  while (['DET', 'ADJ', 'NUM'].includes(tokens[j]?.pos ?? '')) j++;
  return tokens[j]?.pos === 'NOUN' && !inMention(mentions, j);
}

/**
 * Is the BY at `by` the agent of a participle after a noun ("in an attack claimed by X", "a drone fired by Y"), which
 * names who did that noun's act, not who did the clause's?
 */
function reducedAgent(tokens: Token[], by: number): boolean {
  return pastParticiple(tokens[by - 1]) && tokens[by - 2]?.pos === 'NOUN';
}

/** Is `m` the agent of a participle on a noun, "by" and its determiners right before it ("a move condemned by the AU")? */
function participleAgent(tokens: Token[], m: ActorMention): boolean {
  let b = m.first - 1;
  while (b > 0 && tokens[b]?.pos === 'DET') b--;
  return tokens[b]?.norm === 'BY' && reducedAgent(tokens, b);
}

/**
 * Is `m` the BY phrase of the noun phrase right after the clause's verb, its object: "condemned the storming of the
 * Al-Aqsa compound by X", "rejected the proposal by X"? Only nouns (a verbal noun after its article too), their modifiers
 * and OF phrases (words joined by a hyphen too) come between the verb and "by".
 */
function objectAgent(tokens: Token[], c: Clause, m: ActorMention): boolean {
  let b = m.first - 1;
  while (b > c.verb && tokens[b]?.pos === 'DET') b--;
  if (tokens[b]?.norm !== 'BY') return false;
  let noun = false;
  for (let k = c.verb + 1; k < b; k++) {
    const t = tokens[k] as Token;
    // (a verbal noun after its article is a noun, however tagged: "the storming of …")
    if (t.pos === 'NOUN' || (t.norm.endsWith('ING') && tokens[k - 1]?.pos === 'DET')) noun = true;
    else if (!NOUN_PHRASE.has(t.pos) && t.norm !== 'OF' && !joinedHyphen(tokens, k)) return false;
  }
  return noun;
}

/**
 * Prepositions of an act's frame, the deal, time or circumstance it was done under: "released prisoners under a deal
 * brokered by X", "withdrew after talks mediated by Y", "amid protests organised by Z". A participle's agent on their
 * noun did that noun's act, not the clause's (the owner or user of the object itself is a party: "struck a building
 * used by X").
 */
const FRAME_PREPS: ReadonlySet<string> = new Set(['UNDER', 'AFTER', 'FOLLOWING', 'DURING', 'AMID']);

/** Is `m` the agent of a participle on the noun of a frame phrase after verb `v` (see `FRAME_PREPS`)? */
function framedAgent(tokens: Token[], m: ActorMention, v: number): boolean {
  if (!participleAgent(tokens, m)) return false;
  let b = m.first - 1;
  while (b > 0 && tokens[b]?.pos === 'DET') b--;
  for (let j = b - 2; j > v; j--) {
    const t = tokens[j];
    if (t?.pos === 'ADP' || t?.pos === 'SCONJ') return FRAME_PREPS.has(t.norm);
    if (!t || !NOUN_PHRASE.has(t.pos)) return false;
  }
  return false;
}

/** Roots of interactions that a compound subject performs with each other: intend, consult, cooperate, aid, yield, reduce relations, fight. */
const SYMMETRIC_ROOTS = new Set(['03', '04', '05', '06', '07', '08', '16', '19']);

/** Verbs that halt what their gerund names: "stopped delivering aid", "halted sending weapons". */
const HALTING = new Set(['stop', 'halt', 'cease', 'suspend', 'quit']);
/** Aid given (07x) and its reduction or halt (162x). */
const AID_REDUCTION: Readonly<Record<string, string>> = { '070': '162', '071': '1621', '072': '1622', '073': '1623' };
/**
 * Codes whose doer may act on another mention of its own code: a protest in its own country (14x: "Iraqi Kurds
 * demonstrated in Kirkuk"), and coercion at home (17x): an administrative sanction ("declared martial law in Dhaka")
 * or the arrest, charge, sentence or jailing of a distinct person or body ("Chinese authorities detained a former
 * defence minister", "a court jailed the governor of Giza": CHNGOV -> CHNGOV). Cooperation with oneself stays no event.
 */
const SAME_CODE_ROOTS = /^1[47]/;
/**
 * ... but not when the coerced is a pronoun or short form given the doer's code ("Kenyan police raided the Ugandan
 * embassy and arrested its head": "its" read as the police themselves would have been written "their own").
 */
const REFERRING_KINDS = new Set<ActorMention['kind']>(['pronoun', 'coref']);

/** Aid promised or given (033x, 07x): one side gives, so a compound of donors does not give to each other. */
const UNILATERAL_AID = /^(?:033|07)/;
/** Mediation offered or done (039, 045): co-mediators act between others, not on each other ("talks mediated by Qatar and Turkey"). */
const MEDIATION = /^(?:039|045)/;
/**
 * Rejections of what two parties would agree with each other (talks 125, a truce or de-escalation 1246): rejected by
 * both of them, with no proposer named, each rejects the other's. (A plan, 127, is as often a third party's: "Britain
 * and France rejected the plan"; rejected by "the two sides" it is theirs.)
 */
const RECIPROCAL_REJECTIONS: ReadonlySet<string> = new Set(['125', '1246']);
/** Does `m` name two parties as the sides of one dispute: "the two sides", "both sides", "both" (coref's pair descriptions)? */
const pairOfSides = (m: ActorMention | null): boolean => !!m && m.kind === 'coref' && (m.rules[0]?.startsWith('coref:description:pair-') ?? false);

/** Where forces sent on a peace mission go: "sent troops to Haiti", "deployed police in Mozambique". */
const PEACE_MISSION_PREPS = new Set(['TO', 'IN', 'INTO']);

/** "as part of a regional mission", "as part of the U.N.-backed multinational force" after the verb at `v` (within its
 * clause, ending at `end`): a mission head after "as part of", with a mark of a peace mission or an international
 * organisation's name before it. */
function partOfMission(tokens: Token[], mentions: ActorMention[], v: number, end: number): boolean {
  for (let j = v + 1; j + 2 <= end; j++) {
    if (tokens[j]?.norm !== 'AS' || tokens[j + 1]?.norm !== 'PART' || tokens[j + 2]?.norm !== 'OF') continue;
    let marked = false;
    for (let k = j + 3; k <= end && k < j + 12; k++) {
      const t = tokens[k];
      if (!t || t.norm === ',' || t.pos === 'VERB' && !/ED$/.test(t.norm)) break;
      if (MISSION_MARKS.has(t.norm) || mentions.some((m) => m.first <= k && m.last >= k && m.codes.some((x) => x.startsWith('IGO')))) marked = true;
      if (MISSION_HEADS.has(t.norm) && (tokens[k + 1]?.norm !== 'OF')) return marked;
    }
    return false;
  }
  return false;
}

/** Whether actor `m` names the body whose mission follows it: "the EU naval mission", "the U.N. peacekeeping force". */
function missionOwner(tokens: Token[], m: ActorMention): boolean {
  for (let k = m.last + 1; k <= m.last + 3; k++) {
    const t = tokens[k];
    if (!t || !['ADJ', 'NOUN', 'PROPN'].includes(t.pos)) return false;
    if (MISSION_HEADS.has(t.norm)) return true;
  }
  return false;
}

/** Roots of cooperation: intend, consult, cooperate diplomatically or materially, aid, yield. */
const COOPERATIVE_ROOTS = new Set(['03', '04', '05', '06', '07', '08']);


/** Verbs of ships and aircraft passing through or over somewhere: "sailed through the strait", "flew over the islands". */
const PASSING = new Set(['sail', 'fly', 'overfly', 'transit', 'pass', 'enter', 'violate', 'breach', 'intrude', 'buzz', 'patrol']);

/** Verbs of demolition: "demolished", "razed", "bulldozed" homes. */
const DEMOLISHING = new Set(['demolish', 'raze', 'bulldoze', 'flatten']);

/** Verbs of approval whose object may be a thing: "welcomed the agreement", "praised the decision". */
const APPROVING = new Set(['welcome', 'praise', 'hail', 'applaud', 'commend', 'laud', 'endorse']);

/** The named members after a group ("leaders, including X and Y", "states such as X"), as one mention, or null. */
function examplesOf(m: ActorMention, tokens: Token[], mentions: ActorMention[]): ActorMention | null {
  let k = m.last + 1;
  if (tokens[k]?.norm === ',') k++;
  if (tokens[k]?.norm === 'INCLUDING') k++;
  else if (tokens[k]?.norm === 'SUCH' && tokens[k + 1]?.norm === 'AS') k += 2;
  else return null;
  const x = mentions.find((y) => y.first === k);
  return x && !isRoleOnly(x) ? x : null;
}

/** Is the clause's object "the <deed>" ("calling the interception unsafe", "denounced the move")? */
function deedObject(tokens: Token[], c: Clause): boolean {
  let k = c.verb + 1;
  if (!['THE', 'THIS', 'THAT'].includes(tokens[k]?.norm ?? '')) return false;
  k++;
  while (tokens[k]?.pos === 'ADJ') k++;
  return tokens[k]?.pos === 'NOUN' && DEED_NOUNS.has(tokens[k]?.lemmaNorm ?? '');
}

/** Quotation marks that may open a deed's name in a speaker's own words: "what it called the “illegal seizure”". */
const QUOTE_MARKS: ReadonlySet<string> = new Set(['“', '"', '‘', "'"]);

/**
 * The object "the <deed>" of a clause as a DEED_ANAPHORS row and the index of its noun ("condemned the attack",
 * "rejected these allegations", "denounced the decision as a provocation").
 */
function deedAnaphor(tokens: Token[], c: Clause): { id: string; roots: readonly string[]; head: number } | null {
  // (the speaker of "what it called" is no object: "protested against what it called the “illegal seizure”")
  if (c.passive || (c.object && tokens[c.object.first - 1]?.norm !== 'WHAT')) return null;
  let k = c.verb + 1;
  // ("protested against the seizure", "protested against what it called the “illegal seizure” of the vessel": the
  // deed after a preposition of protest, or named by the speaker's own words)
  if (tokens[k]?.norm === 'AGAINST' || tokens[k]?.norm === 'OVER') k++;
  if (tokens[k]?.norm === 'WHAT' && NAMING_VERBS.has(tokens[k + 2]?.lemma ?? '') && tokens[k + 1]?.pos === 'PRON') k += 3;
  if (!ANAPHORIC_DETERMINERS.has(tokens[k]?.norm ?? '')) return null;
  k++;
  while (tokens[k]?.pos === 'ADJ' || QUOTE_MARKS.has(tokens[k]?.text ?? '')) k++;
  const t = tokens[k];
  // the noun heads its phrase: "the attack on X" names its own target; "the strike plan" is another thing ("the
  // strike as an attempt to …" says what it was); a phrase after it with no actor names none ("the bombing on
  // Thursday", "the attack on the hotel")
  if (!t || t.pos !== 'NOUN' || tokens[k + 1]?.pos === 'NOUN') return null;
  if (tokens[k + 1]?.pos === 'ADP' && tokens[k + 1]?.norm !== 'AS' && c.preps.some((p) => p.mention.first > k + 1 && p.mention.first <= k + 4)) return null;
  const row = DEED_ANAPHORS.get(t.lemmaNorm);
  return row ? { ...row, head: k } : null;
}

/**
 * The doer of the latest asserted deed in `prior` of one of `roots`, done by a side other than `src`'s (a named actor,
 * not a bare role); null when there is none.
 */
function priorDoer(prior: readonly CodedEvent[], roots: readonly string[], src: ActorMention): ActorMention | null {
  for (let j = prior.length - 1; j >= 0; j--) {
    const e = prior[j] as CodedEvent;
    if (e.modality !== 'asserted' || !namesDeed(roots, e.code)) continue;
    const doer = e.source?.mention;
    // (a state may condemn a deed of its own country's people, a government "the walkout" of its rail workers; a
    // protest's doer named by its country alone, "French air traffic controllers", is that country's people)
    if (!doer || isRoleOnly(doer) || (sameCountry(doer, src) && (domesticCritic(doer) || peopleProtest(doer, e.code)) === domesticCritic(src))) continue;
    return doer;
  }
  return null;
}

/** Verbs of accepting, whose refusal is a rejection of their object: "refused to accept the results". */
const ACCEPTING = new Set(['accept', 'recognise', 'recognize', 'acknowledge']);

/** Verbs of helping one actor do something: "sent soldiers to help Niger fight jihadists", "trained Mali to fight". */
const HELPING_VERBS: ReadonlySet<string> = new Set(['help', 'assist', 'aid', 'enable', 'train', 'support']);

/**
 * The actors on the side of the doer of clause `c`, which "help" it do so: the subjects of the clauses above `c` from
 * the first whose object is the doer ("France helped Mali fight the insurgents": France), and the subjects of those
 * governing them ("Chad sent soldiers to help Niger fight": the soldiers, and Chad who sent them). They are no opposing side.
 */
function helpersOf(tokens: Token[], clauses: Clause[], c: Clause, doer: ActorMention, mentions?: ActorMention[]): Set<ActorMention> {
  const out = new Set<ActorMention>();
  // (nor whom a later adjunct of accusing or saying names: "arrested a dozen army officers, accusing Ivory Coast of
  // sheltering the plotters" does not make the officers Ivory Coast's)
  if (mentions) {
    const at = clauses.indexOf(c);
    for (const d of clauses) {
      if (d.parent !== at || d.verb < c.verb || !ACCUSING_ADJUNCTS.has(tokens[d.verb]?.lemma ?? '')) continue;
      for (const m of mentions) if (m.first > d.verb && m.last <= d.end) out.add(m);
    }
  }
  let helping = false;
  for (let q = c.link === 'infinitive' ? c.parent : null; q !== null; q = clauses[q]?.parent ?? null) {
    const p = clauses[q];
    if (!p) break;
    if (!helping && p.object === doer && HELPING_VERBS.has(tokens[p.verb]?.lemma ?? '')) helping = true;
    if (helping && p.subject) out.add(p.subject);
    if (p.link !== 'infinitive') break;
  }
  return out;
}

/** Verbs (lemmas) of an adjunct that accuses or reports, whose actors are not the parties to the act it hangs off. */
const ACCUSING_ADJUNCTS: ReadonlySet<string> = new Set(['accuse', 'blame', 'say', 'claim', 'allege', 'cite', 'charge']);

/** Verbs (lemmas) that say what a measure is aimed at: "sanctions targeting 200 vessels", "…, hitting its exports". */
const AIMING_VERBS: ReadonlySet<string> = new Set(['target', 'hit']);

/**
 * Is clause `c` a verb of aiming (`AIMING_VERBS`) hanging off a clause that imposes a measure — one coded as reducing
 * relations or as sanctions (16x), or whose words up to `c` name a measure (`MEASURE_NOUNS`: "imposed new tariffs on
 * Monday targeting Chinese steel")?
 */
function aimedMeasure(tokens: Token[], c: Clause, parent: Clause, parentHit: VerbHit | null): boolean {
  if (!AIMING_VERBS.has(tokens[c.verb]?.lemma ?? '') || parent.verb > c.verb) return false;
  return (parentHit?.code.forward ?? '').startsWith('16') || tokens.slice(parent.verb + 1, c.groupStart).some((t) => MEASURE_NOUNS.has(t.lemmaNorm));
}

/**
 * A mention of a nation's people by a plural demonym alone ("Afghans", "800,000 Syrians"): one capitalised word ending
 * in -s, coded by a bare country, that is not the country's own name ("Philippines").
 */
function pluralDemonym(tokens: Token[], m: ActorMention): boolean {
  const head = tokens[m.last];
  return m.first === m.last && m.kind === 'actor' && m.codes.length === 1 && /^[A-Z]{3}$/.test(m.codes[0] ?? '') && !!head && !!m.name
    && /^\p{Lu}\p{Ll}+s$/u.test(head.text) && head.text !== m.name;
}

/** Is `m`, a doer of a protest (root 14), named by a country code alone: the country's people, not its state? */
const peopleProtest = (m: ActorMention, code: string): boolean => code.startsWith('14') && m.codes.length > 0 && m.codes.every((x) => x.length === 3 && countryOf(x) !== '');
/** A critic of its own state's acts: an actor of a country that is not the state or its executive organs. */
const domesticCritic = (m: ActorMention): boolean => m.codes.length > 0 && m.codes.every((x) => countryOf(x) !== '' && !/^[A-Z]{3}(?:(?:GOV|MIL|COP|SPY).*)?$/.test(x));

/**
 * Is what the clause acts on an act of a state institution ("rejected the official election results", "turned down the
 * finance bill"; in the passive, "the verdict was denounced by X")? The head noun of the noun phrase after the verb
 * (its particles aside), or before a passive's verb group.
 */
function stateActObject(tokens: Token[], c: Clause): boolean {
  if (c.passive) return tokens[c.groupStart - 1]?.pos === 'NOUN' && STATE_ACT_NOUNS.has(tokens[c.groupStart - 1]?.lemmaNorm ?? '');
  let k = c.verb + 1;
  while (k <= c.verb + 3 && ['ADV', 'PART', 'ADP'].includes(tokens[k]?.pos ?? '')) k++;
  // ("refused to accept the election results", "refused to recognise the results": what is not accepted is rejected)
  if (tokens[k - 1]?.norm === 'TO' && ACCEPTING.has(tokens[k]?.lemma ?? '')) k++;
  let head = -1;
  for (; ['DET', 'ADJ', 'NOUN', 'NUM'].includes(tokens[k]?.pos ?? ''); k++) if (tokens[k]?.pos === 'NOUN') head = k;
  return head >= 0 && STATE_ACT_NOUNS.has(tokens[head]?.lemmaNorm ?? '');
}

/** Does a noun phrase (an article, adjectives, nouns; not a pronoun or a name) follow the verb at `v`? */
/** Is the noun phrase right after verb `v` a ship or boat: "seized the oil tanker Eagle S"? */
/**
 * The head noun of a passive's subject that names no actor ("Two oil tankers were seized by X"): the noun right before
 * the verb group, or before a participle's phrase between them ("tankers bound for Venezuela were seized", "a convoy
 * carrying food was ambushed").
 */
function passivePatient(tokens: Token[], c: Clause): Token | undefined {
  let end = c.groupStart - 1;
  for (let k = end; k > 0 && (NOUN_PHRASE.has(tokens[k]?.pos ?? '') || tokens[k]?.pos === 'ADP' || tokens[k]?.pos === 'VERB'); k--) {
    if (tokens[k]?.pos === 'VERB' && tokens[k - 1]?.pos === 'NOUN') {
      end = k - 1;
      break;
    }
  }
  return tokens[end]?.pos === 'NOUN' ? tokens[end] : undefined;
}

function vesselObject(tokens: Token[], v: number): boolean {
  for (let k = v + 1; NOUN_PHRASE.has(tokens[k]?.pos ?? ''); k++) if (VESSEL_NOUNS.has(tokens[k]?.lemmaNorm ?? '')) return true;
  return false;
}

/** Is the object of verb `v` ships or a convoy, also "a convoy of merchant vessels" (one OF inside the phrase)? */
function shipsObject(tokens: Token[], v: number): boolean {
  let of = false;
  for (let k = v + 1; NOUN_PHRASE.has(tokens[k]?.pos ?? '') || (!of && k > v + 1 && tokens[k]?.norm === 'OF' && (of = true)); k++) {
    if (VESSEL_NOUNS.has(tokens[k]?.lemmaNorm ?? '') || tokens[k]?.lemmaNorm === 'CONVOY') return true;
  }
  return false;
}

/** Prepositions of a place an act is aimed at or done in: "an attack on Kyiv", "strikes in Ukraine". */
const PLACE_AIMED_PREPS: ReadonlySet<string> = new Set(['ON', 'AGAINST', 'AT', 'IN']);
/** Force that needs whom it is aimed at: a blockade (191), an occupation (192), a ceasefire violated (196). */
const AIMED_FORCE = /^19[126]/;
/** Doers whose "hit" or "attack" is no violence: firms and the media ("the company hit the market"). */
const NON_VIOLENT_DOERS = /^(?:[A-Z]{3}|---)(?:BUS|MED)/;

/**
 * Is the object of the clause's verb a facility ("blew up a railway bridge", "set fire to a church")? The noun phrase
 * right after the verb (after a multi-word verb's own words, or a particle), by the head it ends in.
 */
function facilityObject(tokens: Token[], c: Clause, hit: VerbHit, act: string): boolean {
  // (a pattern's words may reach past the object: the verb's own words are then counted from the verb)
  let k = hit.pattern ? c.verb + 1 + hit.entry.after.length : hit.last + 1;
  if (PARTICLES_BEFORE_OBJECT.has(tokens[k]?.norm ?? '') && k <= c.end) k++;
  // (the phrase's last noun is its head: "a power station overnight", with an adjective of time after it)
  let head: Token | undefined;
  for (; k <= c.end && NOUN_PHRASE.has(tokens[k]?.pos ?? ''); k++) if (tokens[k]?.pos === 'NOUN') head = tokens[k];
  return !!head && struckThing(head.lemmaNorm, act);
}

/**
 * A facility (lemma), which a violent act or destruction by a named doer may strike with no actor hit, or a ship that
 * an attack (18-20) struck: "struck a cargo ship in the Red Sea" (boats destroyed, 1712, are a state's or a smuggler's:
 * whose, the sentence must say).
 */
const struckThing = (lemma: string, act: string): boolean => FACILITY_NOUNS.has(lemma) || (VESSEL_NOUNS.has(lemma) && VIOLENT_ROOTS.has(act.slice(0, 2)));
/** Particles between a verb and its object: "blew up a bridge", "burned down a school", "took out a radar". */
const PARTICLES_BEFORE_OBJECT: ReadonlySet<string> = new Set(['UP', 'DOWN', 'OUT', 'OFF']);

function thingObject(tokens: Token[], v: number): boolean {
  let k = v + 1;
  while (tokens[k]?.pos === 'DET' || tokens[k]?.pos === 'ADJ') k++;
  return tokens[k]?.pos === 'NOUN';
}

/**
 * Roots whose events are complete without a target: appeals, intentions, investigations (CAMEO 09: "opened a war
 * crimes investigation" need not name whom), demands, protests.
 */
const TARGETLESS_ROOTS = new Set(['02', '03', '09', '10', '14']);
/**
 * Codes below other roots whose act is complete with its doer alone (CAMEO 191, "impose blockade, restrict
 * movement": "closed the corridor", "sealed the border", "laid siege to the town"): what is closed is a place or a
 * route, and whom it shuts in or out the text need not name. So are a show or build-up of force (15x: drills, weapons
 * tests, mobilisation, alerts), aimed at no one in particular, and a veto (129, "formally reject a legislative
 * proposal or resolution": "Russia vetoed a draft resolution" names the text, not a body), and so is a threat of a
 * blockade (1381, "threatened to close the strait"), as the blockade it threatens would be.
 * For 191, a doer with no country ("police surrounded the building") is too little.
 */
/** A state or its government, and its own central bank or treasury (071 between them is no aid). */
const OWN_PURSE_SOURCE = /^[A-Z]{3}(?:GOV|BUS)?$/;
const OWN_PURSE = /^[A-Z]{3}(?:GOV|BUS)$/;
const TARGETLESS_CODES = new Set(['191', '1381', '150', '151', '152', '153', '154', '155', '075', '129']);
/** Arrests and detentions (173): acts only a state's authorities make, so the country where they are made makes them. */
const STATE_ARREST_CODES: ReadonlySet<string> = new Set(['173']);

/** Words right after a verb of giving back that make it a journey: "returned to Nairobi", "returned from talks". */
const JOURNEY_PARTICLES: ReadonlySet<string> = new Set(['TO', 'FROM', 'BACK', 'HOME', 'IN', 'AT', 'ON', 'AFTER', 'WITH', '.']);
/** Prepositions of a port reached: "arrived in Havana", "arrived at Karachi". */
const PORT_PREPS: ReadonlySet<string> = new Set(['IN', 'AT']);
/** Words that open a phrase of time after a noun phrase: "last month", "this week", "early on Monday". */
const TIME_OPENERS: ReadonlySet<string> = new Set(['LAST', 'NEXT', 'THIS', 'EARLY', 'EARLIER', 'LATE', 'LATER', 'OVERNIGHT', 'YESTERDAY', 'TODAY']);
/**
 * Is `m`, right after the verb at `v`, the whole of what is left, and a country or a named place in one ("left Mali",
 * "left southern Lebanon", "left the town of Bakhmut"; not "left the Zaporizhzhia plant" or "the base in Syria")?
 */
function territoryLeft(tokens: Token[], v: number, m: ActorMention): boolean {
  if (!countryOnly(m)) return false;
  // (a phrase that runs on names a thing in the place, "the Zaporizhzhia nuclear plant", unless a word of a settled
  // area ends it: "the Kyiv region")
  let end = m.last + 1;
  // (a phrase of time after it is not part of it: "left eastern Congo last month", "left Kherson Friday")
  const runsOn = (t: Token | undefined): boolean => !!t && ['ADJ', 'NOUN', 'PROPN'].includes(t.pos) && !TIME_OPENERS.has(t.norm) && !CALENDAR_WORDS.has(t.norm);
  while (runsOn(tokens[end])) end++;
  if (end > m.last + 1 && !(end === m.last + 2 && PLACE_KIND_NOUNS.has(tokens[m.last + 1]?.norm ?? ''))) return false;
  if (m.first === v + 1) return true;
  const between = tokens.slice(v + 1, m.first).map((t) => t.norm);
  return between.length === 3 && between[0] === 'THE' && PLACE_KIND_NOUNS.has(between[1] ?? '') && between[2] === 'OF';
}
/** Prepositions of a journey's end: "arrived in Doha", "landed at Entebbe", "flew to Kampala". */
const JOURNEY_END_PREPS: ReadonlySet<string> = new Set(['IN', 'AT', 'TO']);
/**
 * Acts that send people out of a state, whose FROM phrase names that state when no doer is: expulsions of people
 * (174, 166 before a pattern names whom, and the mass expulsion of civilians, 201), acts only a state makes at its
 * borders, and a judicial handover (063: "was extradited from Spain").
 */
const SENT_OUT_CODES: ReadonlySet<string> = new Set(['174', '166', '201', '063']);
/** Roles a state holds within itself: its opposition, government, legislature, judiciary, press and citizens. */
const DOMESTIC_ROLE = /^([A-Z]{3})(?:OPP|GOV|LEG|JUD|MED|CVL)/;
/**
 * The state whose own domestic role mention `m` is ("the Ugandan opposition leader" → Uganda), as a mention of that
 * country standing on `m`'s tokens; null for a bare nationality ("two Dutch nationals"), a role with no country or
 * more than one country.
 */
function homeState(m: ActorMention): ActorMention | null {
  const homes = new Set(m.codes.map((x) => DOMESTIC_ROLE.exec(x)?.[1] ?? ''));
  const [home] = homes;
  if (homes.size !== 1 || !home || home === '---') return null;
  return recoded(m, [home], [...m.rules, 'home-state:173']);
}

/** Does mention `m` name one country and nothing more (a country or a place in it: "Germany", "Tehran")? */
function countryOnly(m: ActorMention): boolean {
  return m.codes.length === 1 && /^[A-Z]{3}$/.test(m.codes[0] ?? '');
}
/** A code of a state office: government, legislature, judiciary, military, police, intelligence. */
/**
 * Codes of a state's offices (a leader's elite code with the office the text gives: "Nepal's Prime Minister K.P. Sharma
 * Oli" is NPLELIGOV when the dictionary's dated office has just ended, as on the day of a resignation).
 */
const STATE_OFFICE = /^[A-Z]{3}(?:ELI)?(?:GOV|LEG|JUD|MIL|COP|SPY)/;

const NEG_BEFORE_NOUN = new Set(['NO', 'ANY', 'POSSIBLE', 'POTENTIAL', 'FUTURE', 'NEW', 'FURTHER']);

/**
 * PETRARCH-style transformations from the verb dictionaries (`~ a (b . ATTACK) SAY = a b 112`): a governing
 * verb and the event of its complement become one event. Verbs are named by a verb of their block. Returns
 * the indexes of the clauses consumed (the governing clause and its complement).
 */
function applyTransformations(lex: Lexicon, tokens: Token[], clauses: Clause[], hits: (VerbHit | null)[], out: CodedEvent[]): Set<number> {
  const used = new Set<number>();
  if (!lex.transformations.length) return used;
  clauses.forEach((c, k) => {
    if (c.parent === null || used.has(k)) return;
    const p = clauses[c.parent];
    const ph = hits[c.parent];
    const ch = hits[k];
    if (!p || !ph || !ch) return;
    for (const t of lex.transformations) {
      const m = transformationParts(t);
      if (!m) continue;
      const [, a, cs, ct, lowVerb, upVerb, xs, xt, result] = m;
      if (!sameBlock(lex, ph.entry, upVerb ?? '') || (lowVerb !== 'Q' && !sameAction(lex, ch, lowVerb ?? ''))) continue;
      const speaker = p.subject;
      // "said it will attack", "said Y would attack": a future or possible attack is no claim and no accusation
      if (c.modality !== 'asserted' && !(c.negated && c.modal && REFUSAL_MODALS.has(c.modal))) continue;
      const passive = c.passive && !ch.source ? passiveRoles(c) : null;
      const childSrc = ch.source ?? (passive ? passive.src : c.subject);
      const childTgt = ch.target ?? (passive ? passive.tgt : c.object ?? pickPrep(c, tokens));
      if (!speaker) continue;
      if (cs === a && childSrc !== speaker) continue;
      // `_`: the complement has no subject of its own ("wants to attack"), not "wants Y to attack"
      if (cs === '_' && (c.link !== 'infinitive' || c.subjectHow !== 'controller')) continue;
      if (cs !== a && cs !== '_' && cs !== '.' && (!childSrc || childSrc === speaker)) continue;
      const bind = (v: string | undefined): ActorMention | null => (v === a ? speaker : v === cs ? childSrc : v === ct ? childTgt : null);
      const code = result === 'Q' ? ch.code.forward : result ?? null;
      const src = bind(xs);
      const tgt = bind(xt === cs && cs !== a ? cs : xt);
      const base = { first: p.groupStart, last: Math.max(ch.last, tgt ? tgt.last : ch.last), verbRule: `${t.id} ${ph.rule} ${ch.rule}`, kind: 'verb' as const };
      const tTarget = tgt ?? (xt === cs ? childSrc : null);
      emitPairs(out, code, src, tTarget, c.modality === 'asserted' ? p.modality : c.modality, null, base);
      if (c.negated && c.modal && REFUSAL_MODALS.has(c.modal)) {
        emitPairs(out, refusalCodeFor(code), src, tTarget, underCondition(tokens, clauses, k) ? 'conditional' : 'asserted', null, rebased(base, base.first, `refusal:${base.verbRule}`, base.kind));
      }
      used.add(k);
      if (c.parent !== null) used.add(c.parent);
      // "X claimed that Y had attacked Z and taken W": verbs coordinated with the transformed one are part of the
      // same statement
      clauses.forEach((x, i) => {
        if (x.parent === k && x.link === 'coordinated') used.add(i);
      });
      return;
    }
  });
  return used;
}

/** A transformation's parts (`a (b . ATTACK) SAY = a b 112`), read once per transformation; null when malformed. */
const transformationParts = (() => {
  const parts = new WeakMap<Transformation, RegExpExecArray | null>();
  return (t: Transformation): RegExpExecArray | null => {
    let m = parts.get(t);
    if (m === undefined) {
      m = /^(\w)\s*\(\s*(\S)\s+(\S)\s+(\w+)\s*\)\s*(\w+)\s*=\s*(\S)\s+(\S)\s+(\w+)\s*$/.exec(t.text);
      parts.set(t, m);
    }
    return m;
  };
})();

/**
 * Does a coded complement stand for a transformation's lower verb? Its own block, or, for a verb of violence
 * ("~ a (b . ATTACK) SAY"), any violent event: "said a rocket was fired at it", "said Y shelled Z".
 */
function sameAction(lex: Lexicon, hit: VerbHit, name: string): boolean {
  if (sameBlock(lex, hit.entry, name)) return true;
  const own = (lex.verbs.get(name) ?? [])[0];
  const ownCode = own ? (own.code ?? own.block.code).forward : null;
  return VIOLENT_ROOTS.has(ownCode?.slice(0, 2) ?? '') && VIOLENT_ROOTS.has(hit.code.forward?.slice(0, 2) ?? '');
}

/**
 * Is a verb hit a timetable ("was scheduled to V", a block marked `@timetable`, as the built-in verb lexicon's TIMETABLE
 * block is)? It codes nothing of its own, yet what it times has not happened (a lexicon without such a block keeps "is
 * scheduled to V" a happening).
 */
const timetabled = (hit: VerbHit): boolean => hit.entry.block.roles.includes('timetable');

function sameBlock(lex: Lexicon, entry: VerbEntry, name: string): boolean {
  if (entry.base === name || entry.block.name === name) return true;
  return (lex.verbs.get(name) ?? []).some((v) => v.block === entry.block);
}

/** Light verbs whose object names the event: "staged a hunger strike", "launched an attack on", "held a summit". */
const LIGHT_VERBS = new Set(['stage', 'hold', 'launch', 'conduct', 'carry', 'mount', 'begin', 'start', 'continue', 'make', 'issue', 'wage', 'step', 'resume', 'give', 'take', 'lodge', 'file', 'impose', 'unleash', 'deliver', 'announce', 'complete', 'speed', 'accelerate']);

/**
 * Verbs whose subject performs the act their object noun names ("launched an airstrike", "carried out raids"), for
 * noun events (`codeNouns`). Not LIGHT_VERBS: a noun after "announced", "imposed" or "gave" keeps its own doer there
 * (measured: taking the light verbs changes events on the benchmark corpus and lowers plover-gsr and heldout).
 */
const DOER_VERBS = new Set([
  'launch', 'carry', 'conduct', 'stage', 'mount', 'wage', 'make', 'undertake', 'perform', 'execute', 'unleash', 'order',
  'resume', 'continue', 'begin', 'start', 'step', 'intensify', 'escalate', 'deliver', 'hold', 'organize', 'organise', 'lead', 'fire',
  'command', 'press',
]);

/**
 * Verbs of fighting off an attack, with the particle each takes (null: none): "repelled an attack", "fought off an
 * assault", "fended off", "beat back an offensive", "foiled an attack by X", "thwarted an assault".
 */
const REPELLING_VERBS: ReadonlyMap<string, string | null> = new Map([
  ['repel', null], ['repulse', null], ['fight', 'OFF'], ['fend', 'OFF'], ['beat', 'BACK'], ['foil', null], ['thwart', null],
]);

/**
 * The active clause whose verb of fighting off (`REPELLING_VERBS`) has the noun at `i` as its object's head, with a
 * subject: only determiners, adjectives and numbers between them, or the clause's object right before the noun ("beat
 * back a Russian offensive").
 */
function repellingClause(tokens: Token[], clauses: Clause[], i: number): Clause | undefined {
  return clauses.find((c) => {
    const verb = tokens[c.verb];
    if (c.verb >= i || c.passive || !c.subject || !verb || !REPELLING_VERBS.has(verb.lemma)) return false;
    const particle = REPELLING_VERBS.get(verb.lemma);
    if (particle && tokens[c.verb + 1]?.norm !== particle) return false;
    const end = c.object?.last === i - 1 ? c.object.first : i;
    for (let j = c.verb + (particle ? 2 : 1); j < end; j++) if (!OBJECT_SLOT.has(tokens[j]?.pos ?? '')) return false;
    return true;
  });
}

/** Whether the object of the verb at `v` (its clause ending at `end`) is an attempt no owner's word claims: "a bid to", "the attempts to", not "its bid". */
function othersAttempt(tokens: Token[], v: number, end: number): boolean {
  for (let k = v + 1; k <= end; k++) if (tokens[k]?.pos === 'NOUN') return ATTEMPT_NOUNS.has(tokens[k]?.lemmaNorm ?? '') && objectSlot(tokens, v, k);
  return false;
}

/** Verbs of preventing a deed before it is done: "foiled a plot", "prevented a bombing", "averted an attack" (lemmas). */
const PREVENTING_VERBS: ReadonlySet<string> = new Set(['foil', 'thwart', 'prevent', 'avert', 'forestall', 'stop', 'disrupt', 'frustrate', 'preempt']);

/**
 * The clause whose verb of preventing (`PREVENTING_VERBS`, not negated) has the noun at `i` as its object's head ("foiled
 * an assassination attempt") or, in the passive, in its subject ("an attempt on his life was foiled").
 */
function preventingClause(tokens: Token[], clauses: Clause[], i: number): Clause | undefined {
  return clauses.find((c) => !c.negated && c.modality !== 'negated' && PREVENTING_VERBS.has(tokens[c.verb]?.lemma ?? '')
    && (c.passive ? c.start <= i && i < c.verb : c.verb < i && objectSlot(tokens, c.verb, i)));
}

/** Whether the violent deed `code` a noun at `i` names was prevented (`preventingClause`) rather than fought off (`repelled`: an attack or assault). */
function preventedDeed(tokens: Token[], clauses: Clause[], code: string | null | undefined, i: number, repelled: Clause | undefined): boolean {
  const prevented = /^1[89]/.test(code ?? '') ? preventingClause(tokens, clauses, i) : undefined;
  return !!prevented && !(prevented === repelled && /^(?:19|182)/.test(code ?? ''));
}

/** The words of extradition: "extradite", "extradition". */
const EXTRADITION_WORDS: ReadonlySet<string> = new Set(['EXTRADITE', 'EXTRADITION']);

/**
 * The state an extradition a clause refuses would have sent the person to: the TO phrase after an extradition word
 * in the clause or its infinitive ("refused the extradition of X to Spain", "declined to extradite X to Spain"; a
 * passive's subject phrase, "the extradition of X to Spain was rejected"), a state, not a role.
 */
function extraditedTo(tokens: Token[], mentions: ActorMention[], c: Clause, child: Clause | undefined): ActorMention | undefined {
  if (c.passive) {
    const word = tokens.findIndex((t, j) => j < c.groupStart && EXTRADITION_WORDS.has(t.lemmaNorm));
    return word < 0 ? undefined : mentions.find((m) => m.first > word && m.last < c.groupStart && tokens[m.first - 1]?.norm === 'TO' && !isRoleOnly(m));
  }
  for (const x of child ? [c, child] : [c]) {
    for (const p of x.preps) {
      if (p.prep !== 'TO' || isRoleOnly(p.mention)) continue;
      const from = Math.min(x.start, c.start);
      if (tokens.slice(from, p.mention.first).some((t) => EXTRADITION_WORDS.has(t.lemmaNorm))) return p.mention;
    }
  }
  return undefined;
}

/**
 * Verbs whose BY phrase, in the passive, names the doer of the deed their subject noun names: "the strike was carried
 * out by X", "the raid was ordered by Y", "the offensive was authorised by Z" (the active's DOER_VERBS and
 * DEED_DRIVERS, and verbs of approving a deed or committing it).
 */
const PASSIVE_DOER_VERBS: ReadonlySet<string> = new Set([...DOER_VERBS, 'direct', 'approve', 'authorise', 'authorize', 'perpetrate', 'commit']);
/** Those of them that approve a deed, which an indefinite deed ("a ground offensive was approved") has still to follow. */
const APPROVING_VERBS: ReadonlySet<string> = new Set(['approve', 'authorise', 'authorize']);
/** Words a deed's subject phrase may hold between its head noun and its passive verb ("the strike on Gaza was", "has been"). */
const DEED_SUBJECT_TAIL: ReadonlySet<string> = new Set(['ADP', 'DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'AUX', 'ADV', 'PART', 'CCONJ']);

/**
 * The passive clause of `PASSIVE_DOER_VERBS` whose subject phrase the event noun at `i` (to `last`) heads, and the actor
 * its BY phrase names: "The strike on Gaza was ordered by Israel's prime minister", "Attacks on shipping have been carried
 * out by the Houthis". The noun opens its phrase (only determiners, adjectives, names and nouns before it, from the
 * sentence's start or a clause boundary) and nothing but that phrase stands between it and the verb (no verb, no
 * comma: "the strike, which killed ten, was ..." is left alone).
 */
function passiveDoer(tokens: Token[], mentions: ActorMention[], clauses: Clause[], i: number, last: number): { clause: Clause; doer: ActorMention; start: number } | undefined {
  let j = i - 1;
  while (j >= 0 && (BEFORE_DEED.has(tokens[j]?.pos ?? '') || ["'S", '’S', '-'].includes(tokens[j]?.norm ?? ''))) j--;
  // (after a verb of saying the phrase opens its complement: "Kenya said the raid had been conducted by X")
  if (j >= 0 && !(tokens[j]?.pos === 'SCONJ' || tokens[j]?.norm === 'THAT' || (tokens[j]?.pos === 'PUNCT' && tokens[j]?.norm !== '-') || (tokens[j]?.pos === 'VERB' && SPEECH_VERBS.has(tokens[j]?.lemma ?? '')))) return undefined;
  const c = clauses.find((x) => x.verb > last);
  if (!c || !c.passive || !PASSIVE_DOER_VERBS.has(tokens[c.verb]?.lemma ?? '')) return undefined;
  for (let k = last + 1; k < c.verb; k++) if (!DEED_SUBJECT_TAIL.has(tokens[k]?.pos ?? '')) return undefined;
  // the BY phrase right after the verb (or its particle: "carried out by", "stepped up by")
  let b = c.verb + 1;
  while (b <= c.verb + 2 && (tokens[b]?.pos === 'ADV' || tokens[b]?.pos === 'ADP') && tokens[b]?.norm !== 'BY') b++;
  if (tokens[b]?.norm !== 'BY') return undefined;
  const doer = mentions.find((m) => m.first > b && m.first <= b + 3 && tokens.slice(b + 1, m.first).every((t) => t.pos === 'DET' || t.pos === 'ADJ'));
  return doer ? { clause: c, doer, start: j + 1 } : undefined;
}
/** Words that open a definite deed, one told as done: "the offensive was approved by X" (not "a new offensive was"). */
const DEFINITE_OPENERS: ReadonlySet<string> = new Set(['THE', 'THIS', 'THAT', 'THESE', 'THOSE', 'ITS', 'THEIR', 'HIS', 'HER']);
/** Words before a deed noun inside its own phrase: "the Israeli air strike", "Russia's assault". */
const BEFORE_DEED: ReadonlySet<string> = new Set(['DET', 'ADJ', 'NUM', 'PROPN', 'NOUN']);

/**
 * Verbs that command or carry on a violent deed their object noun names, whose event is that deed with their subject
 * as its doer: "ordered airstrikes on X", "directed rocket fire at Y", "pressed its offensive", "pressed on with the
 * assault", "pushed ahead with its offensive". Any other object keeps the verb's own sense ("ordered X to withdraw" is a
 * demand, "pressed X to V" an appeal, "pushed ahead with the reform" nothing).
 */
const DEED_DRIVERS: ReadonlySet<string> = new Set(['order', 'direct', 'command', 'press', 'push']);
/** Particles between a verb of DEED_DRIVERS and WITH before the deed carried on: "pressed on with", "pushed ahead with". */
const CARRY_ON_PARTICLES: ReadonlySet<string> = new Set(['ON', 'AHEAD', 'FORWARD']);

/** A verb of DEED_DRIVERS coded by the violent event noun (root 18-20) it takes as object; null for any other object. */
function drivenDeedHit(lex: Lexicon, tokens: Token[], mentions: ActorMention[], c: Clause): VerbHit | null {
  const vt = tokens[c.verb];
  // ("a commander who had directed rocket fire at X": a deed in the past perfect is background, as codeNouns reads it)
  if (!vt || !DEED_DRIVERS.has(vt.lemma) || c.passive || tokens[c.verb - 1]?.norm === 'HAD') return null;
  let from = c.verb + 1;
  if (CARRY_ON_PARTICLES.has(tokens[from]?.norm ?? '') && tokens[from + 1]?.norm === 'WITH') from += 2;
  const hit = objectNounHit(lex, tokens, mentions, c, from, true);
  return hit && VIOLENT_ROOTS.has(hit.code.forward?.slice(0, 2) ?? '') ? hit : null;
}

/**
 * A passive verb of DEED_DRIVERS or of approving whose subject phrase a violent deed heads, with its doer in the BY phrase ("Attacks on
 * shipping were ordered by the Houthi leadership"): the order is that deed's, which `codeNouns` codes with the doer as
 * its source, and no demand or approval of its own (no code: the hit takes the verb's place so that none of its patterns does).
 */
function passiveDrivenDeed(lex: Lexicon, tokens: Token[], mentions: ActorMention[], clauses: Clause[], c: Clause): VerbHit | null {
  const vt = tokens[c.verb];
  if (!vt || !(DEED_DRIVERS.has(vt.lemma) || APPROVING_VERBS.has(vt.lemma))) return null;
  const { words, lemmas } = tokenForms(tokens);
  for (let i = 0; i < c.verb; i++) {
    // (the tagger reads a capitalised first word as a name: "Attacks on shipping were ordered by X")
    if (tokens[i]?.pos !== 'NOUN' && !(i === 0 && tokens[i]?.pos === 'PROPN')) continue;
    const hit = lex.nouns.longest(words, i, lemmas);
    const noun = hit?.values[0];
    if (!hit || !noun || !VIOLENT_ROOTS.has(noun.code.forward?.slice(0, 2) ?? '')) continue;
    const inside = inMention(mentions, i);
    if (passiveDoer(tokens, mentions, clauses, inside?.first ?? i, hit.end - 1)?.clause !== c) return null;
    const block = { id: noun.id, name: 'PASSIVE_DEED', code: { forward: null, reverse: null }, patterns: [], roles: [] };
    const entry: VerbEntry = { id: noun.id, base: vt.lemmaNorm, forms: [], before: [], after: [], code: block.code, block };
    return { entry, code: block.code, rule: `passive-deed:${noun.id}`, pattern: null, source: null, target: null, last: c.verb };
  }
  return null;
}

/** A light verb coded by the event noun it takes as object, before any prepositional target. */
function lightVerbHit(lex: Lexicon, tokens: Token[], mentions: ActorMention[], c: Clause): VerbHit | null {
  return LIGHT_VERBS.has(tokens[c.verb]?.lemma ?? '') ? objectNounHit(lex, tokens, mentions, c, c.verb + 1) : null;
}

/**
 * The event noun a verb takes as object from token `from` on, as the verb's hit. With `roleNouns`, an event noun the
 * actor stage read as a role ("airstrikes", a military agent word) is the object too ("ordered airstrikes on X").
 */
function objectNounHit(lex: Lexicon, tokens: Token[], mentions: ActorMention[], c: Clause, from: number, roleNouns = false): VerbHit | null {
  const vt = tokens[c.verb];
  if (!vt) return null;
  const { words, lemmas } = tokenForms(tokens);
  for (let j = from; j <= c.end && j < tokens.length; j++) {
    const t = tokens[j];
    // "sped up the withdrawal", "carried out a test launch": the verb's particle right after it
    if (j === c.verb + 1 && (t?.norm === 'UP' || (t?.norm === 'OUT' && vt.lemma === 'carry'))) continue;
    // ("launched artillery, mortar and rocket fire": a bare agent word modifying the noun after it, alone or in a list
    // of such nouns, is no object)
    if (!t || (t.pos === 'ADP' && t.norm !== 'OF') || t.pos === 'VERB'
      || mentions.some((m) => m.first === j && !agentModifier(tokens, mentions, m) && !(roleNouns && isRoleOnly(m) && lex.nouns.longest(words, j, lemmas)))) break;
    // ("carried out a nuclear test": a compound event noun may open with its adjective)
    if (t.pos !== 'NOUN' && t.pos !== 'ADJ') continue;
    const hit = lex.nouns.longest(words, j, lemmas) ?? testedWeapon(lex, tokens, j, c.end);
    const noun = hit?.values[0];
    if (!hit || !noun || !noun.code.forward) continue;
    const block = { id: noun.id, name: 'LIGHT', code: noun.code, patterns: [], roles: [] };
    const entry: VerbEntry = { id: noun.id, base: vt.lemmaNorm, forms: [], before: [], after: [], code: noun.code, block };
    return { entry, code: noun.code, rule: `light:${noun.id}`, pattern: null, source: null, target: null, last: hit.end - 1 };
  }
  return null;
}

/**
 * The country a peacekeeping force's own name places it in ("the UN Mission in South Sudan", "the UN peacekeeping force
 * in Cyprus"), as a mention of the words after IN; undefined when the name has none (or the place has more than one
 * country code).
 */
function hostNamedIn(lex: Lexicon, tokens: Token[], force: ActorMention): ActorMention | undefined {
  const { words } = tokenForms(tokens);
  for (let j = force.first; j < force.last; j++) {
    if (tokens[j]?.norm !== 'IN') continue;
    const k = tokens[j + 1]?.norm === 'THE' ? j + 2 : j + 1;
    const hit = lex.actors.longest(words, k);
    const codes = new Set(hit?.values.flatMap((e) => e.codes.map((x) => x.code.slice(0, 3))));
    const first = tokens[k];
    const last = tokens[(hit?.end ?? 0) - 1];
    if (!hit || hit.end - 1 > force.last || codes.size !== 1 || !first || !last) continue;
    const code = [...codes][0] ?? '';
    if (!/^[A-Z]{3}$/.test(code) || countryOf(code) === '') continue;
    return { first: k, last: hit.end - 1, start: first.start, end: last.end, text: spanText(tokens, k, hit.end - 1), codes: [code], name: null, rules: ['host-in-name'], kind: 'actor', role: undefined };
  }
  return undefined;
}

/**
 * Does `tgt` stand in a phrase that names a partner of an exchange ("swapped prisoners with X")? Any other phrase
 * ("exchange data through a system linked to U.S. radars", "on threats from X") leaves a compound subject exchanging
 * with each other.
 */
const partnerPhrase = (c: Clause, tgt: ActorMention): boolean => ['WITH', 'BETWEEN'].includes(c.preps.find((p) => p.mention === tgt)?.prep ?? '');

/** Nouns of a trial of a weapon, and the weapons whose trial is a test in the nominal list (MISSILE_TEST). */
const TRIAL_NOUNS: ReadonlySet<string> = new Set(['TEST', 'LAUNCH', 'TEST-FIRING', 'TEST-LAUNCH', 'FIRING']);
const TESTED_WEAPONS: ReadonlyMap<string, string[]> = new Map([['MISSILE', ['MISSILE', 'TEST']], ['ICBM', ['MISSILE', 'TEST']], ['WARHEAD', ['WEAPONS', 'TEST']], ['TORPEDO', ['WEAPONS', 'TEST']]]);

/**
 * "conducted a test of a new hypersonic missile", "carried out a launch of its Fatah-4 cruise missile": a trial noun
 * at `j` whose OF phrase (up to `end`) names a weapon is that weapon's test, as the nominal list codes it.
 */
function testedWeapon(lex: Lexicon, tokens: Token[], j: number, end: number): ReturnType<Lexicon['nouns']['longest']> {
  if (!TRIAL_NOUNS.has(tokens[j]?.lemmaNorm ?? '') || tokens[j + 1]?.norm !== 'OF') return null;
  for (let k = j + 2; k <= end && k < tokens.length; k++) {
    const t = tokens[k];
    if (!t || t.pos === 'VERB' || (t.pos === 'ADP' && t.norm !== 'OF')) return null;
    const compound = TESTED_WEAPONS.get(t.lemmaNorm);
    const found = compound ? lex.nouns.longest(compound, 0) : null;
    if (found) return { ...found, end: k + 1 };
  }
  return null;
}

/**
 * A naming use of a verb such as "call": its object was fronted ("what it called X", "which they called X"), or
 * two noun phrases follow it ("called the attack a crime", "called it unacceptable") — the second describes the first.
 */
function namingUse(tokens: Token[], c: Clause): boolean {
  const before = tokens[(c.subject ? c.subject.first : c.groupStart) - 1]?.norm;
  if (before === 'WHAT' || before === 'WHICH') return true;
  // (a label after a named phrase the tagger split: "called the missile launch a warning")
  if (labelStart(tokens, c) >= 0) return true;
  let k = c.verb + 1;
  if (tokens[k]?.pos === 'PRON' && ['IT', 'THEM', 'HIM', 'HER', 'THIS', 'THAT'].includes(tokens[k]?.norm ?? '')) k++;
  else {
    // the first noun phrase, with its prepositional phrases ("the attack on France")
    const start = k;
    k = nounPhraseEnd(tokens, k);
    while (k > start && tokens[k]?.pos === 'ADP' && nounPhraseEnd(tokens, k + 1) > k + 1) k = nounPhraseEnd(tokens, k + 1);
    if (k === start) return false;
  }
  const next = tokens[k];
  return !!next && (next.pos === 'DET' || next.pos === 'ADJ' || next.pos === 'NOUN' || next.text === '"' || next.text === '“');
}

/** The index after a plain noun phrase starting at `k` (determiners, adjectives, nouns, names, numbers, "'s"). */
function nounPhraseEnd(tokens: Token[], k: number): number {
  let j = k;
  while (tokens[j] && (NOUN_PHRASE.has(tokens[j]?.pos ?? '') || tokens[j]?.norm === "'S")) {
    // a determiner after the first word starts another noun phrase ("called Iran a threat")
    if (j > k && tokens[j]?.pos === 'DET' && tokens[j - 1]?.norm !== "'S") break;
    // and an adjective after a noun is a predicate ("called the decision unacceptable")
    if (tokens[j]?.pos === 'ADJ' && (tokens[j - 1]?.pos === 'NOUN' || tokens[j - 1]?.pos === 'PROPN') && j > k) break;
    j++;
  }
  return j;
}

/**
 * The doubt a clause inherits from the complement it hangs off (as a coordinated verb, an infinitive or a gerund):
 * 'alleged' under "alleged that …" or "accused X of …", 'negated' under "denied that …"; null when none.
 */
function doubtAbove(tokens: Token[], clauses: Clause[], k: number): 'alleged' | 'negated' | null {
  let c = clauses[k];
  for (let hops = 0; c && c.parent !== null && hops < 8; hops++) {
    const p = clauses[c.parent];
    if (!p) return null;
    const lemma = tokens[p.verb]?.lemma ?? '';
    // (a deed one is accused "of" or blamed "for" is alleged, with what hangs off it: "accused Guyana of provoking a
    // conflict by allowing U.S. troops to …")
    const charged = ALLEGATION.has(lemma) && ['OF', 'FOR'].includes(tokens[c.groupStart - 1]?.norm ?? '');
    if (c.link === 'complement') return ALLEGING_VERBS.has(lemma) || charged ? 'alleged' : DENIAL.has(lemma) ? 'negated' : null;
    if (c.link !== 'coordinated' && c.link !== 'infinitive' && c.link !== 'gerund') return null;
    // (a participle after a comma is the speaker's own act: "denied that its troops fired first, accusing Bangkok of …")
    if (c.link === 'coordinated' && tokens[c.groupStart - 1]?.norm === ',' && /ING$/.test(tokens[c.verb]?.norm ?? '')) return null;
    c = p;
  }
  return null;
}

/**
 * Is clause `k` a refusal on offer: an "unless" after its verb, before the next clause that is not the condition ("will
 * not send weapons unless Kyiv guarantees ...")? Its lifting is set as a condition on the other side, so it is
 * conditional. A refusal that holds "if" something happens is still one: the CAMEO manual codes "will not accept any
 * more refugees if war starts" as a refusal.
 */
function underCondition(tokens: Token[], clauses: Clause[], k: number): boolean {
  const c = clauses[k];
  if (!c) return false;
  const next = clauses.find((x, j) => j > k && x.modality !== 'conditional');
  const stop = next ? next.start : tokens.length;
  for (let j = c.verb + 1; j < stop; j++) {
    const t = tokens[j];
    if (!t || t.norm === '.' || t.norm === ';') return false;
    if (t.norm === 'UNLESS') return true;
  }
  return false;
}

/** Codes of recalling one's own people or pulling them back: reduce or break relations (161), retreat militarily (0874). */
const OWN_PEOPLE_RECALL = /^(?:161|0874)$/;
/** Conjunctions opening the clause of a deed another act answers: "recalled its envoy after X arrested", "scrambled
 * jets following Russian flights". */
const ANSWERING: ReadonlySet<string> = new Set(['AFTER', 'FOLLOWING']);

/** The subject, of another country than `src`, of an "after" clause that starts right after token `end`, or null. */
function reasonSubject(tokens: Token[], clauses: Clause[], end: number, src: ActorMention): ActorMention | null {
  if (!ANSWERING.has(tokens[end + 1]?.norm ?? '')) return null;
  const subject = clauses.find((x) => x.start === end + 2 && x.subjectHow === 'direct')?.subject ?? null;
  return subject && !sameCountry(subject, src) && !isRoleOnly(subject) ? subject : null;
}

/** Are `forces` the military of state `src` (a state, its government or its military): "Israel pulled its troops back"? */
function stateForcesOf(src: ActorMention, forces: ActorMention): boolean {
  const state = src.codes.length > 0 && src.codes.every((x) => /^[A-Z]{3}(?:GOV|MIL)?$/.test(x) && countryOf(x) !== '');
  return state && forces.codes.length > 0 && forces.codes.every((x) => x.length === 6 && x.endsWith('MIL') && src.codes.some((y) => countryOf(y) === countryOf(x)));
}

/** The subject, of another country than `src`, of the clause right before clause `k` when "and" joins the two. */
function andCounterpart(tokens: Token[], clauses: Clause[], k: number, src: ActorMention): ActorMention | null {
  const c = clauses[k];
  const before = clauses[k - 1];
  if (!c || !before || c.subjectHow !== 'direct' || tokens[c.start - 1]?.norm !== 'AND' || before.verb >= c.start) return null;
  const other = before.subjectHow === 'direct' ? before.subject : null;
  return other && !isRoleOnly(other) && !sameCountry(other, src) ? other : null;
}

/** The subject of an "unless"/"if" clause that starts right after token `end`, or null. */
function conditionSubject(tokens: Token[], clauses: Clause[], end: number): ActorMention | null {
  if (!CONDITIONAL.has(tokens[end + 1]?.norm ?? '')) return null;
  return clauses.find((x) => x.modality === 'conditional' && x.start === end + 2 && x.subjectHow === 'direct')?.subject ?? null;
}

/**
 * The subject of the condition of statement clause `told`: the clause itself when it is the condition ("... if
 * Azerbaijan attacks, X warned"), the "if"/"unless" clause right after it, or one that opens the sentence before it
 * with a comma ("If Azerbaijan attacks, Armenia will ...").
 */
function toldCondition(tokens: Token[], clauses: Clause[], told: Clause): ActorMention | null {
  if (told.modality === 'conditional' && told.subjectHow === 'direct' && CONDITIONAL.has(tokens[told.start - 1]?.norm ?? '')) return told.subject;
  const fronted = clauses.find((x) => x.modality === 'conditional' && x.subjectHow === 'direct' && x.end < told.start && CONDITIONAL.has(tokens[x.start - 1]?.norm ?? '') && tokens[x.end + 1]?.text === ',');
  return conditionSubject(tokens, clauses, told.end) ?? fronted?.subject ?? null;
}

/** "each other" or "one another" after the verb, in its clause (as object or after a preposition). */
function reciprocal(tokens: Token[], c: Clause): boolean {
  for (let k = c.verb + 1; k <= c.end; k++) {
    const a = tokens[k]?.norm;
    const b = tokens[k + 1]?.norm;
    if ((a === 'EACH' && b === 'OTHER') || (a === 'ONE' && b === 'ANOTHER')) return true;
  }
  return false;
}


/**
 * The doer of the violent act in the clause that "when" or "as" opens right after clause `k` (its BY phrase when
 * passive, else its subject), or null.
 */
function whenDoer(tokens: Token[], clauses: Clause[], hits: (VerbHit | null)[], k: number): ActorMention | null {
  const c = clauses[k];
  const d = clauses[k + 1];
  const code = hits[k + 1]?.code.forward ?? '';
  if (!c || !d || !VIOLENT_ROOTS.has(code.slice(0, 2))) return null;
  const gap = tokens.slice(c.verb + 1, d.groupStart);
  const w = gap.findIndex((t) => t.norm === 'WHEN' || (t.norm === 'AS' && t.pos === 'SCONJ'));
  if (w < 0 || gap.slice(0, w).some((t) => t.norm === ';' || t.pos === 'VERB')) return null;
  const doer = d.passive ? (d.preps.find((p) => p.prep === 'BY')?.mention ?? null) : d.subjectHow === 'direct' ? d.subject : null;
  return doer && !isRoleOnly(doer) ? doer : null;
}

/** Roots of verbal reactions: statements, appeals, intentions, praise, accusations, demands, rejections, threats, protests. */
/** Roots of a reaction one draws from others: approval, disapproval, protest ("drew criticism from", "sparked protests by"). */
const REACTION_ROOTS = new Set(['05', '11', '14']);

/**
 * The actor a relative clause with no relative word ("a contact clause") accuses or punishes, right before its subject:
 * "sanctioned settlers and a youth group it accused of violence against Palestinians", "a man police arrested for
 * spying" — an allegation verb with no object of its own, "of"/"for" right after it, and a noun phrase of another
 * country ending at its subject (its head noun may stand between). Its OF/FOR phrase is what the accused did, not a
 * party to the accusation.
 */
function contactAntecedent(tokens: Token[], mentions: ActorMention[], c: Clause): ActorMention | null {
  if (c.object || c.passive || !c.subject || c.subjectHow !== 'direct' || !ALLEGATION.has(tokens[c.verb]?.lemma ?? '')) return null;
  if (!['OF', 'FOR'].includes(tokens[c.verb + 1]?.norm ?? '') || !tokens.slice(c.subject.last + 1, c.verb).every((t) => t.pos === 'AUX' || t.pos === 'ADV')) return null;
  const at = c.subject.first;
  const m = mentions.find((x) => x !== c.subject && (x.last === at - 1 || (x.last === at - 2 && tokens[at - 1]?.pos === 'NOUN')));
  // (one of the accused's own country is rather a pronoun read wrong: "New Delhi's expulsion of a Pakistani official it
  // accused of espionage" does not make Pakistan the accuser)
  // (nor is a role with no country, "detained three men they accused of smuggling", an accused between actors)
  return m && !isRoleOnly(m) && !sameCountry(m, c.subject) ? m : null;
}

/**
 * Does clause `c`, whose verb codes `code`, allege something of the actor right after its "that" with a code of
 * disapproval (11x) of its own: "alleged that France was aware of …" (a dictionary's ALLEGE among verbs of saying
 * leaves the accusation to the claim rule)?
 */
function allegesOf(tokens: Token[], c: Clause, code: string | null | undefined): boolean {
  return !!code?.startsWith('11') && ALLEGING_VERBS.has(tokens[c.verb]?.lemma ?? '') && !!c.object && tokens[c.object.first - 1]?.norm === 'THAT';
}

/** Verbs that already say what they report is a warning or threat: a conditional under them keeps their own code. */
const THREAT_SPEECH_VERBS: ReadonlySet<string> = new Set(['warn', 'threaten', 'caution', 'vow']);
const VERBAL_ROOTS = new Set(['01', '02', '03', '05', '10', '11', '12', '13', '14']);
/** Words after NEXT that make a date still to come: "next week", "next month". */
const PERIOD_WORDS = new Set(['WEEK', 'MONTH', 'YEAR', ...CALENDAR_WORDS]);

/** Does clause `c` name the date of its act after the verb: "next week", "on Monday", "later this month"? */
function datedAhead(tokens: Token[], c: Clause): boolean {
  for (let j = c.verb + 1; j <= c.end; j++) {
    const t = tokens[j]?.norm ?? '';
    if (t === 'NEXT' && PERIOD_WORDS.has(tokens[j + 1]?.norm ?? '')) return true;
    if ((t === 'ON' || t === 'THIS') && CALENDAR_WORDS.has(tokens[j + 1]?.norm ?? '')) return true;
  }
  return false;
}

/** Words opening a clause of a time still to come when what it bounds is not asserted. */
const TIME_AHEAD = new Set(['UNTIL', 'BEFORE', 'ONCE']);
/** Modalities of an act not (yet) done: a clause of time under one is not done either. */
const PENDING_MODALITIES: ReadonlySet<Modality> = new Set(['hypothetical', 'future', 'conditional', 'modal', 'demanded']);
/** Roots of disapproving or rejecting what someone did (aimed at another's deed, never one's own). */
const DISAPPROVING_ROOTS = new Set(['11', '12']);
/** Prepositions of a place a joint exercise is held at as a show of force: "joint drills around Japan". */
const SHOWN_AT_PREPS: ReadonlySet<string> = new Set(['AROUND', 'NEAR']);
/** Prepositions of where someone went, was or came from. */
const WHERE_PREPS = new Set(['TO', 'INTO', 'FROM', 'IN', 'AT']);

/** The BY phrase of an event noun after `from` in the clause ("the attack on X by Y" → Y), or null. */
/** Is mention `m` in an OF/BY phrase of an event noun that is itself in a FOR/OVER phrase ("for the expulsion of X")? */
function causeDeed(lex: Lexicon, tokens: Token[], m: ActorMention): boolean {
  let j = m.first - 1;
  // ("retaliating for a strike on its consulate": the deed's victim, after a possessive, is in its phrase too)
  while (j > 0 && (tokens[j]?.pos === 'ADJ' || POSSESSIVE_DET.has(tokens[j]?.norm ?? ''))) j--;
  if (!['OF', 'BY', 'ON', 'AGAINST'].includes(tokens[j]?.norm ?? '')) return false;
  j--;
  const { words, lemmas } = tokenForms(tokens);
  // (an event noun, or a noun that is a lexicon verb's form: "a strike on", "the raid on")
  if (tokens[j]?.pos !== 'NOUN' || !(lex.nouns.longest(words, j, lemmas) || lex.verbs.has(tokens[j]?.norm ?? ''))) return false;
  j--;
  while (j > 0 && ['DET', 'ADJ'].includes(tokens[j]?.pos ?? '')) j--;
  return ['FOR', 'OVER'].includes(tokens[j]?.norm ?? '');
}

function deedDoer(lex: Lexicon, tokens: Token[], c: Clause, from: number): ActorMention | null {
  const by = c.preps.find((p) => p.prep === 'BY');
  if (!by || isRoleOnly(by.mention)) return null;
  const { words, lemmas } = tokenForms(tokens);
  // ("signed a pact during a visit by X": a deed in a phrase of time is when the act happened, not what it answers;
  // so also after the act's own noun, "signed a free trade agreement during a visit by X")
  for (let k = from; k < by.mention.first - 1; k++) if (tokens[k]?.norm === 'DURING') return null;
  for (let k = from; k < by.mention.first - 1; k++) {
    // ("apologised to Mozambique for massacres committed by Portuguese troops", "complained to X about raids by Y": an
    // addressee named before the deed is whom the words were for)
    if (tokens[k]?.pos === 'NOUN' && lex.nouns.longest(words, k, lemmas)) return c.preps.some((p) => p.prep === 'TO' && p.mention.first >= from && p.mention.last < k && !isRoleOnly(p.mention)) ? null : by.mention;
  }
  return null;
}
