/**
 * Word tests that clause building (`pipeline/clauses.ts`) and clause linking (`clause-links.ts`) share: hedged
 * participles, past participles, words that say when, and the subordinators and relative pronouns that bound a
 * clause.
 */
import type { Clause } from '../pipeline/clauses.js';
import type { ActorMention, Modality, Token } from '../types.js';
import { LAUNCHER_NOUNS, PRESSURE_NOUNS, WEEKDAYS } from './word-classes.js';

/** Subordinating conjunctions that end a clause: its subject, object or complement is not looked for across one. */
export const BOUNDARY_SCONJ = new Set(['THAT', 'BECAUSE', 'ALTHOUGH', 'THOUGH', 'WHILE', 'IF', 'UNLESS', 'WHEN', 'AFTER', 'BEFORE', 'SINCE', 'AS', 'WHETHER', 'UNTIL']);

/** Words that negate the verb group they stand in: "did not attack", "vowed never to return". */
export const NEGATORS: ReadonlySet<string> = new Set(['NOT', "N'T", 'NEVER', 'N’T', 'NO LONGER']);

/**
 * Nouns of intending that, after "no", deny the intention of the act they govern: "has no intention of resuming talks",
 * "had no plans to send troops", "there is no question of lifting the sanctions". Rows: [noun, the words that may
 * link the act to it].
 */
const DISAVOWED_INTENT_NOUNS: ReadonlyMap<string, readonly string[]> = new Map([
  ['INTENTION', ['OF', 'TO']], ['INTENTIONS', ['OF', 'TO']], ['PLAN', ['TO']], ['PLANS', ['TO', 'OF']],
  ['DESIRE', ['TO', 'OF']], ['WISH', ['TO']], ['QUESTION', ['OF']],
]);

/**
 * Is the "to" or "of" at `at` the link of "no (ADJ) INTENTION/PLANS/QUESTION" to the act after it ("no immediate plans
 * to", "no intention whatsoever of")? The act is disavowed: not done, and not going to be.
 */
export function disavowedIntent(tokens: readonly Token[], at: number): boolean {
  const link = tokens[at]?.norm ?? '';
  let n = at - 1;
  if (tokens[n]?.norm === 'WHATSOEVER') n--;
  const links = DISAVOWED_INTENT_NOUNS.get(tokens[n]?.norm ?? '');
  if (!links || !links.includes(link)) return false;
  let d = n - 1;
  if (tokens[d]?.pos === 'ADJ') d--;
  return tokens[d]?.norm === 'NO';
}

/** Relative pronouns that open a relative clause. */
export const RELATIVE = new Set(['WHICH', 'WHO', 'THAT', 'WHOM']);

/** Participles that hedge a reduced relative's passive: "a missile believed to be fired by X", "men thought to have
 * been trained by Y". The hedge is on who did it; the act itself is reported as it happened (as for "suspected"). */
const HEDGE_PARTICIPLES = new Set(['BELIEVED', 'THOUGHT', 'SAID', 'REPORTED', 'KNOWN', 'UNDERSTOOD', 'PRESUMED', 'ALLEGED', 'SUSPECTED']);

/**
 * "NOUN believed to be V-ed", "NOUN thought to have been V-ed": when token `v` is such a participle, the index of the
 * hedge word (right after the noun the relative is about); else -1.
 */
export function hedgeBefore(tokens: Token[], v: number): number {
  let j = v - 1;
  if (tokens[j]?.lemma !== 'be') return -1;
  j--;
  if (tokens[j]?.norm === 'HAVE') j--;
  if (tokens[j]?.norm !== 'TO') return -1;
  const h = tokens[j - 1];
  // (the relative may be set off by a comma: "The rocket, believed to have been fired by X, struck Y")
  const noun = tokens[j - 2]?.norm === ',' ? j - 3 : j - 2;
  return h && HEDGE_PARTICIPLES.has(h.norm) && ['NOUN', 'PROPN'].includes(tokens[noun]?.pos ?? '') ? j - 1 : -1;
}

/** Participles of using a weapon or a unit: "drones launched by Russia". */
export const USE_PARTICIPLES: ReadonlySet<string> = new Set(['LAUNCHED', 'FIRED', 'SENT', 'DEPLOYED', 'OPERATED', 'FLOWN', 'PILOTED', 'DISPATCHED']);

/**
 * Participles of running or paying for a thing, glued by a hyphen to the actor who does it: "a World Bank-administered
 * fund", "a UN-run school", "a Qatar-funded project". The actor manages the thing; it is not what the verb acts on (an
 * owner or a flag, "a Greek-owned tanker", "a Liberian-flagged ship", still names whose thing was hit).
 */
export const MANAGING_PARTICIPLES: ReadonlySet<string> = new Set(['ADMINISTERED', 'MANAGED', 'RUN', 'FUNDED', 'FINANCED', 'SPONSORED', 'ORGANISED', 'ORGANIZED', 'HOSTED', 'SUPERVISED', 'OVERSEEN']);

/** Nouns that restate the deed of a clause: "…, a move that X condemned", "calling the interception unsafe". */
export const DEED_NOUNS: ReadonlySet<string> = new Set(['MOVE', 'STEP', 'DECISION', 'RESULT', 'PLAN', 'PROPOSAL', 'ACTION', 'MEASURE', 'RULING', 'DECREE', 'ORDER', 'ANNOUNCEMENT', 'VERDICT', 'OUTCOME', 'POLICY', 'DECLARATION', 'INTERCEPTION', 'INCIDENT', 'INCURSION', 'INTRUSION', 'MANOEUVRE', 'MANEUVER', 'CAMPAIGN', 'OPERATION', 'OFFENSIVE']);

/**
 * Nouns that, after "the"/"this"/"these"/"that"/"those", name a deed the story has already told (event anaphora:
 * "Zelensky condemned the strike", "Pakistan rejected the allegation"; as subject, "The attack damaged three ships",
 * coding/retold.ts), each with the CAMEO codes of the deeds it can name, as roots or longer code prefixes ("the
 * expulsion": 16x or 174, not an arrest; "the exercises": 150 or a joint 062, not an alert). Rows: [id, noun (lemma),
 * code prefixes].
 */
const DEED_ANAPHOR_ROWS: readonly (readonly [string, string, readonly string[]])[] = [
  ['da-attack', 'ATTACK', ['18', '19', '20']], ['da-strike', 'STRIKE', ['14', '18', '19', '20']],
  ['da-airstrike', 'AIRSTRIKE', ['18', '19', '20']], ['da-bombing', 'BOMBING', ['18', '19', '20']],
  ['da-shelling', 'SHELLING', ['19', '20']], ['da-assault', 'ASSAULT', ['18', '19', '20']],
  ['da-raid', 'RAID', ['17', '18', '19']], ['da-operation', 'OPERATION', ['17', '18', '19']], ['da-launch', 'LAUNCH', ['15', '19']], ['da-killing', 'KILLING', ['18', '19', '20']],
  ['da-walkout', 'WALKOUT', ['14']], ['da-seizure', 'SEIZURE', ['17']], ['da-arrest', 'ARREST', ['17']],
  ['da-detention', 'DETENTION', ['17']], ['da-expulsion', 'EXPULSION', ['16', '174']], ['da-sanction', 'SANCTION', ['16']],
  ['da-allegation', 'ALLEGATION', ['11']], ['da-accusation', 'ACCUSATION', ['11']], ['da-charge', 'CHARGE', ['11']],
  ['da-criticism', 'CRITICISM', ['11']], ['da-claim', 'CLAIM', ['11']],
  // ("rejected the idea", "dismissed the proposal": what someone proposed, an appeal or a suggestion)
  ['da-idea', 'IDEA', ['02']], ['da-proposal', 'PROPOSAL', ['02']],
  ['da-abduction', 'ABDUCTION', ['181']], ['da-kidnapping', 'KIDNAPPING', ['181']],
  ['da-exchange', 'EXCHANGE', ['084']], ['da-swap', 'SWAP', ['084']], ['da-release', 'RELEASE', ['084']],
  ['da-meeting', 'MEETING', ['04']], ['da-talk', 'TALK', ['04']], ['da-visit', 'VISIT', ['04']],
  ['da-exercise', 'EXERCISE', ['150', '062']], ['da-drill', 'DRILL', ['150', '062']], ['da-deployment', 'DEPLOYMENT', ['154', '074']],
  ['da-decision', 'DECISION', ['06', '07', '08', '16', '17']], ['da-measure', 'MEASURE', ['16', '17']],
  // ("the move", "the step": a deed of policy or force, not a statement; "the package": of sanctions or of aid)
  ['da-move', 'MOVE', ['06', '07', '08', '15', '16', '17', '19']], ['da-step', 'STEP', ['06', '07', '08', '15', '16', '17']],
  ['da-package', 'PACKAGE', ['07', '16']],
  ['da-ban', 'BAN', ['16', '17']], ['da-restriction', 'RESTRICTION', ['16', '17']], ['da-tariff', 'TARIFF', ['16']],
  ['da-protest', 'PROTEST', ['11', '14']], ['da-threat', 'THREAT', ['13']], ['da-warning', 'WARNING', ['13']],
  ['da-deal', 'DEAL', ['057']], ['da-agreement', 'AGREEMENT', ['057']], ['da-accord', 'ACCORD', ['057']],
  ['da-treaty', 'TREATY', ['057']], ['da-truce', 'TRUCE', ['0871', '057']], ['da-ceasefire', 'CEASEFIRE', ['0871', '057']],
  ['da-violence', 'VIOLENCE', ['145', '18', '19', '20']], ['da-incursion', 'INCURSION', ['15', '19']], ['da-blast', 'BLAST', ['18', '19']],
  ['da-explosion', 'EXPLOSION', ['18', '19']], ['da-crackdown', 'CRACKDOWN', ['17']],
];
export const DEED_ANAPHORS: ReadonlyMap<string, { id: string; roots: readonly string[] }> = new Map(
  DEED_ANAPHOR_ROWS.map(([id, noun, roots]) => [noun, { id, roots }]),
);
/** Does a DEED_ANAPHORS row's list of code prefixes name a deed of CAMEO code `code`? */
export const namesDeed = (prefixes: readonly string[], code: string): boolean => prefixes.some((p) => code.startsWith(p));
/** Determiners that make a noun phrase point back at something already told. */
export const ANAPHORIC_DETERMINERS: ReadonlySet<string> = new Set(['THE', 'THIS', 'THESE', 'THAT', 'THOSE']);

/**
 * Acts of a state's institutions: what an election, a court, a legislature or a government issues. Rejected or
 * criticised with no one named, they are their country's ("the opposition rejected the election results").
 */
export const STATE_ACT_NOUNS: ReadonlySet<string> = new Set([
  'RESULT', 'OUTCOME', 'TALLY', 'ELECTION', 'VOTE', 'REFERENDUM', 'VERDICT', 'RULING', 'JUDGMENT', 'JUDGEMENT', 'SENTENCE', 'CONVICTION',
  'DECISION', 'DECREE', 'ORDINANCE', 'LAW', 'LEGISLATION', 'BILL', 'AMENDMENT', 'BUDGET', 'APPOINTMENT', 'NOMINATION',
]);

/** The parts of speech inside a noun phrase: determiners, adjectives, numbers, nouns and names. */
export const NOUN_PHRASE: ReadonlySet<string> = new Set(['DET', 'ADJ', 'NUM', 'NOUN', 'PROPN']);
/** The forms of "be": auxiliary of the passive and progressive, and the copula that starts a predicate. */
export const BE_FORMS: ReadonlySet<string> = new Set(['IS', 'ARE', 'AM', 'WAS', 'WERE', 'BE', 'BEEN']);
/** Quotation marks as tokens, which a phrase may hold without ending: with "all available means". */
export const QUOTE_MARKS: ReadonlySet<string> = new Set(['"', '\u201c', '\u201d', '\u2018', '\u2019', "'", "''", '`', '``', '\u00ab', '\u00bb']);
/** Particles of phrasal verbs the tagger reads as prepositions: "shot down", "rounded up", "fought off", "turned back". */
export const VERB_PARTICLES: ReadonlySet<string> = new Set(['UP', 'DOWN', 'OFF', 'OUT', 'AWAY', 'BACK']);
/** Possessive determiners that tie a noun to an owner named before: "his troops", "its forces". */
export const OWNER_PRONOUNS: ReadonlySet<string> = new Set(['HIS', 'HER', 'ITS', 'THEIR', 'OUR']);
/** All possessive determiners (the owners', and "my", "your"): before them an -ed form is an adjective ("their
 * disputed border"); a role they own is not placed by a FROM phrase after it ("withdraw its troops from Ukraine"). */
export const POSSESSIVES: ReadonlySet<string> = new Set([...OWNER_PRONOUNS, 'MY', 'YOUR']);
/** Quantifiers floated off the noun phrase before them, onto its verb: "Armenia and Azerbaijan both condemned X". */
export const FLOATING_QUANTIFIERS: ReadonlySet<string> = new Set(['BOTH', 'ALL', 'EACH']);

/**
 * Verbs of denying a claim: a complement clause of theirs is denied ("denied that its forces had shelled the town",
 * events stage), and they answer an accusation restated by a noun ("…, a charge London dismissed", clause-links).
 */
export const DENYING_VERBS: ReadonlySet<string> = new Set(['deny', 'dismiss', 'refute', 'reject', 'rebut', 'disprove', 'rebuff']);

/** Nouns of accusation: "…, a charge London dismissed", "an allegation Asmara dismissed as lies". */
export const ACCUSATION_NOUNS: ReadonlySet<string> = new Set(['CHARGE', 'ACCUSATION', 'ALLEGATION', 'CLAIM']);
/** Nouns of a claim: the accusations, and reports, rumours, suggestions and assertions. */
export const CLAIM_NOUNS: ReadonlySet<string> = new Set([...ACCUSATION_NOUNS, 'REPORT', 'RUMOUR', 'RUMOR', 'SUGGESTION', 'ASSERTION']);

/** Verbs whose infinitive complement is an intention, not a deed: "plans to visit", "vowed to retaliate", "threatened to impose sanctions". */
export const INTENT_VERBS: ReadonlySet<string> = new Set(['agree', 'plan', 'intend', 'vow', 'swear', 'pledge', 'promise', 'want', 'hope', 'seek', 'aim', 'decide', 'offer', 'expect', 'prepare', 'resolve', 'undertake', 'threaten']);

/** Prepositions of topic after a noun: "talks on ending the war", "a debate about sending troops", "a dispute over fishing". */
export const TOPIC_PREPS: ReadonlySet<string> = new Set(['ON', 'ABOUT', 'OVER', 'TOWARD', 'TOWARDS']);

/** Nouns of relations between parties, whose WITH phrase names the other party: "relations with X", "ties with Y". */
export const RELATION_NOUNS: ReadonlySet<string> = new Set(['RELATIONS', 'RELATIONSHIP', 'RELATIONSHIPS', 'TIES']);

/** Prepositions of a phrase of setting (where, when, before whom) that an OF phrase can hang on. */
export const SETTING_PREPS: ReadonlySet<string> = new Set(['IN', 'AT', 'ON', 'DURING', 'UNDER']);

/**
 * Nouns of a setting whose OF phrase names a witness, host or venue, not a party: "signed the accord in the presence of
 * X", "met on the sidelines of the X summit", "a truce under the auspices of X", "on the eve of X's visit".
 */
export const SETTING_NOUNS: ReadonlySet<string> = new Set(['PRESENCE', 'SIDELINES', 'SIDELINE', 'MARGINS', 'MARGIN', 'AUSPICES', 'EVE', 'OCCASION']);

/** Nouns of a journey whose traveller a phrase of time leaves to its clause: "during a visit to X". */
export const TRAVEL_NOUNS: ReadonlySet<string> = new Set(['VISIT', 'TRIP', 'TOUR']);

/** Prepositions that place an act in the time of a journey: "during a visit to X", "on a trip to Y". */
export const TIME_PREPS: ReadonlySet<string> = new Set(['DURING', 'ON']);

/**
 * Words of time that take a participle or gerund ("after refusing", "while visiting Y", "upon arriving"), as one
 * list: those whose participle happened by the time of the clause it goes with (FRONTING_TIME: all but "before" —
 * "Before leaving for Beijing on Thursday, X was to give a speech": what comes after the main clause's time is not
 * established by it); all of them (TIME_GERUND_PREPS); and the prepositions that take a participle clause at all,
 * these and "without" (PARTICIPLE_PREPS: "without consulting Z").
 */
export const FRONTING_TIME: ReadonlySet<string> = new Set(['AFTER', 'SINCE', 'WHILE', 'UPON', 'WHEN']);
export const TIME_GERUND_PREPS: ReadonlySet<string> = new Set([...FRONTING_TIME, 'BEFORE']);
/** Verbs of departure: "left for X", "headed for X" name their destination with "for"; "after leaving X" names a place left. */
export const DEPARTURE_VERBS: ReadonlySet<string> = new Set(['leave', 'depart', 'head', 'fly', 'sail', 'set']);
export const PARTICIPLE_PREPS: ReadonlySet<string> = new Set([...TIME_GERUND_PREPS, 'WITHOUT']);

/** Past participles of attending or hosting that, after a noun of setting, name who was there: "at a ceremony attended by X". */
export const ATTENDANCE_PARTICIPLES: ReadonlySet<string> = new Set(['ATTENDED', 'WITNESSED', 'HOSTED', 'CHAIRED', 'OVERSEEN', 'ORGANISED', 'ORGANIZED', 'OBSERVED']);

/** Verbs of casualties: ", killing five" after a passive attack is done by the attack's doer (its BY phrase). */
export const CASUALTY_VERBS: ReadonlySet<string> = new Set(['kill', 'wound', 'injure', 'maim']);

/** Verbs of asking or ordering whose addressee, written before "to V", does the infinitive: "urged both sides to V". */
export const ASKING: ReadonlySet<string> = new Set(['urge', 'ask', 'call', 'appeal', 'press', 'pressure', 'encourage', 'invite', 'order', 'tell', 'instruct', 'request', 'implore', 'exhort', 'lobby', 'plead', 'persuade', 'lean', 'push']);

/** Verbs that also name or describe: "what it called a provocation", "labelled the group a threat". */
export const NAMING_VERBS: ReadonlySet<string> = new Set(['call', 'name', 'describe', 'term', 'dub', 'label', 'brand']);

/** Past participles that do not end in -ed/-en/-wn/-ne. */
export const IRREGULAR_PARTICIPLES = new Set(['HELD', 'KEPT', 'LEFT', 'SENT', 'BUILT', 'CAUGHT', 'BROUGHT', 'FOUGHT', 'BOUGHT', 'SHOT', 'HIT', 'PUT', 'SET', 'CUT', 'HURT', 'SPREAD', 'LED', 'FED', 'FLED', 'MET', 'PAID', 'LAID', 'SOLD', 'TOLD', 'FOUND', 'BOUND', 'WON', 'LOST', 'SPENT', 'STRUCK', 'HUNG', 'BURNT', 'DEALT', 'MEANT', 'SOUGHT', 'TAUGHT', 'THOUGHT', 'SEIZED', 'SHUT']);
/** A token tagged VERB that is a past participle, by its ending or as an irregular one. */
/** Verbs whose past is their base form, so that after a singular subject the base form is the past: "China cast its veto". */
export const SAME_FORM_PASTS: ReadonlySet<string> = new Set(['CAST', 'HIT', 'PUT', 'SET', 'CUT', 'SHUT', 'LET', 'SPREAD', 'QUIT', 'BID', 'SHED', 'UPSET']);

export const pastParticiple = (t: Token | undefined): boolean => !!t && t.pos === 'VERB' && (/(?:ED|EN|WN|NE)$/.test(t.norm) || IRREGULAR_PARTICIPLES.has(t.norm));

/** Words that say when, between a verb and its complement: "demanded on Friday that", "said again today that". */
const DAY_WORDS = new Set(['ON', 'TODAY', 'YESTERDAY', 'TONIGHT', ...WEEKDAYS]);

/** Are the tokens from `from` to `to` (exclusive) only adverbs and words that say when? */
export function onlyDayWords(tokens: Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (tokens[k]?.pos !== 'ADV' && !DAY_WORDS.has(tokens[k]?.norm ?? '')) return false;
  return true;
}

/** The first token from `from` on that is no adverb or particle, or null. */
export function nextNonAdv(tokens: Token[], from: number): number | null {
  for (let j = from; j < tokens.length; j++) {
    const t = tokens[j];
    if (!t) return null;
    if (t.pos === 'ADV' || t.pos === 'PART') continue;
    return j;
  }
  return null;
}

/** The actor mention that holds token `i`, if any. */
export const inMention = (mentions: readonly ActorMention[], i: number): ActorMention | undefined =>
  mentions.find((m) => i >= m.first && i <= m.last);

/**
 * "launched artillery, mortar and rocket fire": weapon words read as an agent ("artillery" units) followed by a noun
 * it modifies (after a comma or conjunction in a list of such nouns) that begins no other mention is no actor of the
 * clause. (A people word before a noun stays one: "rebel positions" are the rebels'.)
 */
export function agentModifier(tokens: Token[], mentions: readonly ActorMention[], m: ActorMention): boolean {
  const next = tokens[m.last + 1];
  const k = next?.text === ',' || next?.pos === 'CCONJ' ? m.last + 2 : m.last + 1;
  const words = tokens.slice(m.first, m.last + 1);
  return words.every((t) => LAUNCHER_NOUNS.has(t.lemmaNorm) || t.pos === 'CCONJ' || t.text === ',') && m.codes.every((code) => code.startsWith('---'))
    && tokens[k]?.pos === 'NOUN' && !inMention(mentions, k);
}

/** Verbs whose complement can be a gerund of their own subject: "admitted killing", "resumed shelling"; of these,
 * the ones whose gerund did not happen ("denied killing", "stopped shelling") and the ones whose gerund is only in
 * prospect ("considered sending") (clauses stage; tag repairs read an -ing form after one as the verb). */
export const GERUND_UNDONE = new Set(['deny', 'stop', 'cease', 'halt', 'quit', 'avoid', 'refrain']);
export const GERUND_PROSPECT = new Set(['consider', 'discuss', 'contemplate', 'propose', 'suggest', 'recommend', 'risk', 'mull', 'weigh']);
export const GERUND_TAKERS = new Set([...GERUND_UNDONE, ...GERUND_PROSPECT, 'admit', 'acknowledge', 'resume', 'continue', 'keep', 'begin', 'start', 'finish', 'complete']);
/**
 * Adjectives of capacity before "of" and a gerund: "missiles capable of striking targets in China" tell what a thing
 * could do, not a deed (tag repair `gerund-after-capable`; clauses stage: such a gerund is hypothetical).
 */
export const CAPACITY_ADJECTIVES: ReadonlySet<string> = new Set(['CAPABLE', 'INCAPABLE']);
/** ... and the ones whose gerund happened or goes on: "resumed sharing", "admitted supplying". */
export const GERUND_HAPPENED: ReadonlySet<string> = new Set([...GERUND_TAKERS].filter((v) => !GERUND_UNDONE.has(v) && !GERUND_PROSPECT.has(v)));

/** Verbs of commanding one's own people (not of demanding of others): "ordered his troops to halt attacks". */
export const COMMANDING_VERBS: ReadonlySet<string> = new Set(['order', 'command', 'instruct', 'direct']);

/**
 * Verbs of appeal whose addressee follows a preposition and controls the infinitive after it: "called on China to
 * use its influence", "appealed to Iran to free", "pleaded with the rebels to spare" (the addressee is to act, as the
 * object of "urged X to" is).
 */
export const PREP_OBJECT_CONTROL: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['call', new Set(['ON', 'UPON'])],
  ['appeal', new Set(['TO'])],
  ['plead', new Set(['WITH'])],
  ['prevail', new Set(['ON', 'UPON'])],
]);

/** -ing forms that work as prepositions after a noun: "ten people including two children", "talks concerning X". */
const PREPOSITIONAL_PARTICIPLES: ReadonlySet<string> = new Set(['INCLUDING', 'CONCERNING', 'REGARDING', 'INVOLVING', 'FOLLOWING', 'EXCLUDING', 'BARRING', 'PENDING', 'ACCORDING', 'STARTING', 'BEGINNING', 'TOTALLING', 'TOTALING', 'NUMBERING']);
/** -ing forms of carrying: in "sent warplanes carrying troops to Syria", "stopped trucks carrying aid to Gaza" where the
 * load goes is where the verb's act goes. */
const CONVEYING_PARTICIPLES: ReadonlySet<string> = new Set(['CARRYING', 'TRANSPORTING', 'FERRYING', 'BEARING', 'HAULING', 'TOWING', 'BRINGING', 'DELIVERING', 'SHIPPING']);
/** Verbs of seeing or finding whose object and -ing form tell what was seen: "saw soldiers shooting at X". */
const PERCEPTION_VERBS: ReadonlySet<string> = new Set(['see', 'watch', 'show', 'film', 'hear', 'catch', 'find', 'spot', 'observe', 'photograph', 'record', 'depict', 'capture', 'leave', 'keep']);

/**
 * "fired tear gas at students marching to the ministry", "shelled villagers fleeing toward the border", "dispersed
 * protesters demanding the resignation of X": an -ing participle right after an actor named after the verb at `v` (its
 * object or in one of its phrases) is a reduced relative about that actor; the phrases after it are the participle's,
 * not the verb's. The mention that ends right before token `j`, when `j` opens such a participle, else undefined. (Not
 * after a verb of seeing, whose -ing form tells what was seen, nor an -ing form that works as a preposition or one of
 * carrying.)
 */
export function objectParticiple(tokens: Token[], mentions: readonly ActorMention[], v: number, j: number): ActorMention | undefined {
  const t = tokens[j];
  if (!t || t.pos !== 'VERB' || !t.norm.endsWith('ING') || PREPOSITIONAL_PARTICIPLES.has(t.norm) || CONVEYING_PARTICIPLES.has(t.norm) || PERCEPTION_VERBS.has(tokens[v]?.lemma ?? '')) return undefined;
  const m = inMention(mentions, j - 1);
  if (!m || m.last !== j - 1 || m.first <= v || m.kind === 'pronoun') return undefined;
  // (", with Moscow freeing X": after a comma and "with" the actor is the participle's subject in a clause of its own)
  return tokens[m.first - 1]?.norm === 'WITH' && tokens[m.first - 2]?.norm === ',' ? undefined : m;
}

/**
 * Where the phrases that describe a clause's last actor end: `to` (the token after the clause), or, when an object
 * participle opens there ("refugees fleeing the war in Liberia"), the end of that participle's phrase (a comma,
 * semicolon or clause opener). Where the participle places its actor places the actor as the clause's participant.
 */
export function participleReach(tokens: Token[], mentions: readonly ActorMention[], v: number, to: number): number {
  if (!objectParticiple(tokens, mentions, v, to)) return to;
  let k = to + 1;
  while (k < tokens.length && ![',', ';', '.'].includes(tokens[k]?.norm ?? '') && !BOUNDARY_SCONJ.has(tokens[k]?.norm ?? '') && !RELATIVE.has(tokens[k]?.norm ?? '')) k++;
  return k;
}

/** Words opening a clause of time that, under an act still to come, is still to come when told in the present. */
export const TIME_AFTER: ReadonlySet<string> = new Set(['AFTER', 'WHEN', 'WHENEVER', 'AS']);
/** Auxiliaries of the past: a verb group with one tells a past act. */
const PAST_AUX = new Set(['WAS', 'WERE', 'HAD', 'DID']);
/** Auxiliaries of the present: "after it has signed", "when the envoy is received". */
const PRESENT_AUX = new Set(['HAS', 'HAVE', 'IS', 'ARE', 'AM', 'DOES', 'DO']);

/**
 * Is the verb group from `g` to the verb `v` in the present tense ("meets", "attack", "has signed") rather than the past
 * ("attacked")? A form the same in both ("hit", "put", "set") is read as the past, as news tells it.
 */
export function presentTense(tokens: Token[], g: number, v: number): boolean {
  const group = tokens.slice(g, v);
  if (group.some((t) => PAST_AUX.has(t.norm))) return false;
  if (group.some((t) => PRESENT_AUX.has(t.norm))) return true;
  const t = tokens[v];
  if (!t || t.pos !== 'VERB') return false;
  if (t.norm === `${t.lemmaNorm}S` || t.norm === `${t.lemmaNorm}ES`) return true;
  return t.norm === t.lemmaNorm && !IRREGULAR_PARTICIPLES.has(t.norm) && !/ING$/.test(t.norm);
}

/**
 * Verbs whose object noun names an act not done, with what became of it: "threatened airstrikes against X" (threatened,
 * still to come), "called for the arrest of X" (demanded), "warned of an attack on Y" (feared); the preposition some
 * take before the noun.
 */
/** Verbs that call a planned happening off or put it off, with what that makes of it. */
const CANCELLING: [string, { modality: Modality; prep?: string }][] = [
  ['cancel', { modality: 'negated' }], ['scrap', { modality: 'negated' }], ['postpone', { modality: 'future' }], ['delay', { modality: 'future' }],
  ['defer', { modality: 'future' }],
];
const CANCELLING_VERBS: ReadonlyMap<string, { modality: Modality; prep?: string }> = new Map(CANCELLING);
const PROSPECT_OBJECT: ReadonlyMap<string, { modality: Modality; prep?: string }> = new Map([
  ['threaten', { modality: 'future' }], ['vow', { modality: 'future' }], ['pledge', { modality: 'future' }], ['promise', { modality: 'future' }],
  ['plan', { modality: 'future' }], ['propose', { modality: 'future' }], ['demand', { modality: 'demanded' }], ['urge', { modality: 'demanded' }],
  ['request', { modality: 'demanded' }], ['call', { modality: 'demanded', prep: 'FOR' }], ['warn', { modality: 'hypothetical', prep: 'OF' }],
  ['fear', { modality: 'hypothetical' }], ['consider', { modality: 'hypothetical' }], ['discuss', { modality: 'hypothetical' }], ['weigh', { modality: 'hypothetical' }],
  // ("cancelled a visit by X to Y", "postponed talks with Z": a happening called off did not take place, one put off is
  // still to come)
  ...CANCELLING,
]);

/**
 * The modality of an event noun at `from` (its noun phrase's first token) that is the object of such a verb (one of
 * the sentence's `clauses`), only determiners, adjectives and numbers between (and the verb's preposition); else null.
 */
export function prospectObject(tokens: Token[], clauses: readonly Clause[], from: number): Modality | null {
  for (const { verb: v } of clauses) {
    const p = PROSPECT_OBJECT.get(tokens[v]?.lemma ?? '');
    if (!p || v >= from) continue;
    let j = v + 1;
    if (p.prep && tokens[j]?.norm === p.prep) j++;
    while (j < from && ['DET', 'ADJ', 'NUM'].includes(tokens[j]?.pos ?? '')) j++;
    if (j === from) return p.modality;
  }
  return null;
}

/** Verbs of letting a deed be done: what they let is done only when the letting is ("allowed strikes" is told, "proposed allowing strikes" is not). */
const PERMITTING_VERBS: ReadonlySet<string> = new Set(['allow', 'permit', 'let', 'authorise', 'authorize', 'approve', 'sanction']);

/**
 * The modality of an event noun at `from` (its noun phrase's first token) that is the object of a verb of permitting
 * whose own clause is not asserted: "proposed allowing American drone strikes", "would permit air strikes", "refused
 * to authorise strikes" (a permission not given: the deed did not happen either); else null.
 */
export function permittedObject(tokens: Token[], clauses: readonly Clause[], from: number): Modality | null {
  for (const c of clauses) {
    if (c.verb >= from || c.passive || c.modality === 'asserted' || !PERMITTING_VERBS.has(tokens[c.verb]?.lemma ?? '')) continue;
    let j = c.verb + 1;
    while (j < from && ['DET', 'ADJ', 'NUM'].includes(tokens[j]?.pos ?? '')) j++;
    if (j === from) return c.modality;
  }
  return null;
}

/**
 * Is the event noun phrase at `from` (its first token) what a noun of asking is for: "calls for the release of X",
 * "Britain's request for the extradition of Y", "a plea for the return of Z"? What is asked for has not happened.
 */
export function askedForNoun(tokens: Token[], from: number): boolean {
  let j = from - 1;
  while (j > 0 && ['DET', 'ADJ', 'NUM'].includes(tokens[j]?.pos ?? '')) j--;
  // ("Kenya calls for the release of X": the verb asks for it as the noun does)
  return tokens[j]?.norm === 'FOR' && PRESSURE_NOUNS.has(tokens[j - 1]?.lemmaNorm ?? '');
}

/** Verbs of refusing: cooperation refused ("refused the extradition of X", "rejected the release of Y") is not given. */
const REFUSING_VERBS: ReadonlySet<string> = new Set(['refuse', 'reject', 'decline', 'block', 'veto', 'deny']);

/**
 * Is the event noun phrase at `from` (its first token) the object of an active verb of refusing, only determiners,
 * adjectives and numbers between, or the head of a passive one's subject? (The events stage asks only of cooperation: "rejected the invasion of X" denounces
 * an invasion that happened.)
 */
export function refusedObject(tokens: Token[], clauses: readonly Clause[], from: number): Clause | undefined {
  return clauses.find((c) => {
    if (!REFUSING_VERBS.has(tokens[c.verb]?.lemma ?? '')) return false;
    // ("the extradition of X to Spain was rejected by a judge": the noun in the passive subject's phrase, no verb nor
    // comma between, as `cancelledSubject` reads it)
    if (c.passive) return from < c.groupStart && from >= c.groupStart - 12 && !clauses.some((x) => x.verb > from && x.verb < c.groupStart) && tokens.slice(from, c.groupStart).every((t) => t.norm !== ',');
    if (c.verb >= from) return false;
    let j = c.verb + 1;
    while (j < from && ['DET', 'ADJ', 'NUM'].includes(tokens[j]?.pos ?? '')) j++;
    return j === from;
  });
}

/**
 * The modality of an event noun at `i` in the subject of a passive verb that calls it off or puts it off ("a visit by
 * X to Manila was cancelled", "talks with Y were postponed"); else null.
 */
export function cancelledSubject(tokens: Token[], clauses: readonly Clause[], i: number): Modality | null {
  for (const c of clauses) {
    const p = CANCELLING_VERBS.get(tokens[c.verb]?.lemma ?? '');
    // (the noun in the subject's phrase: no verb nor comma between it and the verb group)
    if (p && c.passive && i < c.groupStart && i >= c.groupStart - 12 && !clauses.some((x) => x.verb > i && x.verb < c.groupStart) && tokens.slice(i, c.groupStart).every((t) => t.norm !== ',')) return p.modality;
  }
  return null;
}

/**
 * Is there a participle in -ing on a noun between the verb at `v` and `to` ("signed a pact allowing …", "passed a law
 * banning …")? What follows it is that participle's object, not the verb's.
 */
export function participleOnNoun(tokens: Token[], v: number, to: number): boolean {
  for (let j = v + 2; j < to; j++) if (tokens[j]?.pos === 'VERB' && /ING$/.test(tokens[j]?.norm ?? '') && tokens[j - 1]?.pos === 'NOUN') return true;
  return false;
}

/** Words of a noun phrase that may stand before its head: "Araghchi's planned talks", "the two sides' next round". */
const BEFORE_HEAD: ReadonlySet<string> = new Set(['DET', 'ADJ', 'NUM', 'NOUN', 'PROPN', 'PART']);

/**
 * Does the noun at `i` head a phrase of "ahead of", "before", "in the run-up to", "in advance of", "on the eve of" ("freed
 * two nationals ahead of Araghchi's talks with Barrot")? Such a phrase names a happening still to come, which the
 * sentence does not assert.
 */
export function plannedPhrase(tokens: Token[], i: number): boolean {
  let j = i - 1;
  while (j > i - 7 && j > 0 && (BEFORE_HEAD.has(tokens[j]?.pos ?? '') || tokens[j]?.norm === "'S")) j--;
  const w = tokens[j]?.norm;
  if (w === 'BEFORE' && tokens[j]?.pos === 'ADP') return true;
  if (w === 'TO') return tokens[j - 1]?.norm === 'RUN-UP' || (tokens[j - 1]?.norm === 'UP' && tokens[j - 2]?.norm === '-' && tokens[j - 3]?.norm === 'RUN');
  return w === 'OF' && ['AHEAD', 'ADVANCE', 'EVE'].includes(tokens[j - 1]?.norm ?? '');
}

/**
 * The clause whose verb shares its object with the bare verb of clause `k` right before "and" ("beat and arrested dozens
 * of demonstrators", "attacked and captured the town"): a verb joined to it with the same subject, nothing between the
 * two verbs but "and". `undefined` when the verb has words of its own before "and".
 */
export function sharedObjectConjunct(tokens: Token[], clauses: readonly Clause[], k: number): Clause | undefined {
  const c = clauses[k];
  if (!c || c.object || c.preps.length || c.passive || tokens[c.verb + 1]?.norm !== 'AND') return undefined;
  return clauses.find((x) => x.parent === k && x.link === 'coordinated' && x.subjectHow === 'coordinated' && x.subject === c.subject && x.groupStart === c.verb + 2 && !x.passive);
}

/** Words of a bare number of people: "arrested dozens", "detained scores", "held at least 20". */
const QUANTITY_WORDS: ReadonlySet<string> = new Set(['DOZENS', 'SCORES', 'HUNDREDS', 'THOUSANDS', 'SEVERAL', 'MANY', 'SOME', 'OTHERS']);

/**
 * Is the object of the verb at `v` a bare number of people with no noun of its own ("arrested dozens", "detained at
 * least 20", "wounded several")? Such a number counts people named before it.
 */
export function bareQuantity(tokens: Token[], v: number): boolean {
  let j = v + 1;
  if (tokens[j]?.norm === 'AT' && ['LEAST', 'MOST'].includes(tokens[j + 1]?.norm ?? '')) j += 2;
  else if (['ABOUT', 'AROUND', 'NEARLY', 'SOME', 'OVER'].includes(tokens[j]?.norm ?? '') && tokens[j + 1]?.pos === 'NUM') j++;
  const t = tokens[j];
  if (!t || !(t.pos === 'NUM' || QUANTITY_WORDS.has(t.norm))) return false;
  const next = tokens[j + 1];
  return !next || next.pos === 'PUNCT' || (next.pos === 'ADP' && next.norm !== 'OF') || next.pos === 'CCONJ';
}
