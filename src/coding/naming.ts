/**
 * Name-calling: a naming verb ("call", "brand", "label", "describe … as") whose object is an actor and whose second
 * noun phrase is a hostile label for it — "Niger expelled three French diplomats, calling them spies", "the junta
 * branded the envoy a traitor", "described the minister as a threat to national security". Labelling someone a spy,
 * a terrorist or a criminal accuses them (CAMEO 112); an insult, "a puppet", "liars", criticises them (111). A naming
 * verb with any other second phrase names, and is no event (but see `judgingLabelHit`: naming a deed with a word of
 * judgment judges its doer).
 */
import type { ActorMention, Token } from '../types.js';
import type { Clause } from '../pipeline/clauses.js';
import type { VerbEntry } from '../dictionaries/verbs-reader.js';
import type { VerbHit } from './verb-patterns.js';
import { NAMING_VERBS } from './clause-words.js';

export const LABEL_RULE = 'builtin:hostile-label';

/**
 * Hostile labels (upper-case noun lemmas, so "spies" is "spy") and their code: an accusation 112, an insult 111.
 */
const HOSTILE_LABELS: ReadonlyMap<string, string> = new Map([
  ...['TRAITOR', 'SPY', 'TERRORIST', 'CRIMINAL', 'MERCENARY', 'MURDERER', 'AGGRESSOR', 'OCCUPIER', 'SABOTEUR', 'WARMONGER']
    .map((w): [string, string] => [w, '112']),
  ...['PUPPET', 'LIAR', 'THUG', 'DICTATOR', 'TYRANT', 'FASCIST', 'NAZI', 'CLOWN', 'ENEMY', 'THREAT', 'BUTCHER', 'EXTREMIST']
    .map((w): [string, string] => [w, '111']),
]);

/** Words that may stand between the object and the label's head: "a", "the", "as", adjectives ("a foreign agent"). */
const BEFORE_LABEL = new Set(['DET', 'ADJ']);

/**
 * The label hit of a naming verb's clause (see the file's comment): the code of the hostile label written right after
 * the clause's actor object, which the hit targets. `null` when the verb names no one with such a label.
 */
export function hostileLabelHit(tokens: Token[], c: Clause): VerbHit | null {
  const vt = tokens[c.verb];
  const object: ActorMention | null = c.object;
  if (!vt || !object || c.passive || !NAMING_VERBS.has(vt.lemma)) return null;
  // the object right after the verb ("called them", "branded the French envoy")
  if (object.first !== c.verb + 1) return null;
  // (the actor stage may take a label that is also a role into the object: "Zelensky a dictator"; the label then
  // starts at the object's second determiner)
  const inner = tokens.findIndex((t, k) => k > object.first && k <= object.last && t.pos === 'DET' && tokens[k - 1]?.norm !== "'S");
  // (or right after the object's plural head: "the Latvian diplomats spies")
  const prev = tokens[object.last - 1];
  const glued = HOSTILE_LABELS.has(tokens[object.last]?.lemmaNorm ?? '') && prev?.pos === 'NOUN' && prev.norm !== prev.lemmaNorm && object.last - 1 > object.first;
  let j = inner > 0 ? inner : glued ? object.last : object.last + 1;
  if (tokens[j]?.norm === 'AS') j++;
  const from = j;
  while (j < from + 3 && BEFORE_LABEL.has(tokens[j]?.pos ?? '')) j++;
  const head = tokens[j];
  const code = head && head.pos === 'NOUN' ? HOSTILE_LABELS.get(head.lemmaNorm) : undefined;
  // (the label heads its phrase: "called them spy agencies" names no spy)
  if (!head || !code || tokens[j + 1]?.pos === 'NOUN') return null;
  return ruleHit(LABEL_RULE, 'LABEL', code, vt, head.norm, object, j);
}

/**
 * The hit of one of this file's rules: its own verb entry and block (rule `id`, block `name`, one forward code) for the
 * clause's verb `vt`, its rule id naming the word `word` that decided it, `target` when the rule names one, the hit
 * ending at token `last`.
 */
function ruleHit(id: string, name: string, code: string, vt: Token, word: string, target: ActorMention | null, last: number): VerbHit {
  const block = { id, name, code: { forward: code, reverse: null }, patterns: [], roles: [] };
  const entry: VerbEntry = { id, base: vt.lemmaNorm, forms: [], before: [], after: [], code: block.code, block };
  return { entry, code: block.code, rule: `${id}:${word}`, pattern: null, source: null, target, last };
}

export const JUDGING_LABEL_RULE = 'builtin:judging-label';

/** The words of blame a naming verb puts on what it names ("called the vote a sham", "a verdict X called unjust"). */
const DISAPPROVING_WORDS: ReadonlySet<string> = new Set([
  'UNJUST', 'ILLEGAL', 'UNLAWFUL', 'ILLEGITIMATE', 'SHAM', 'OUTRAGEOUS', 'PROVOCATIVE', 'RECKLESS', 'UNACCEPTABLE',
  'ABSURD', 'DISGRACEFUL', 'SHAMEFUL', 'TRAVESTY', 'VIOLATION', 'PROVOCATION', 'MISTAKE', 'FARCE', 'POLITICALLY',
  'AGGRESSION', 'ESCALATION', 'DANGEROUS', 'IRRESPONSIBLE', 'ARBITRARY', 'CYNICAL', 'HOSTILE', 'STUNT', 'PLOY', 'PROPAGANDA',
  'BLACKMAIL', 'CHARADE', 'INSULT', 'AFFRONT', 'DISGRACE', 'SMEAR', 'FABRICATION', 'OUTRAGE', 'BREACH', 'INFRINGEMENT',
]);
/** The words of praise a naming verb puts on what it names ("called the deal historic", "a step X called positive"). */
const APPROVING_WORDS: ReadonlySet<string> = new Set([
  'HISTORIC', 'POSITIVE', 'WELCOME', 'IMPORTANT', 'CONSTRUCTIVE', 'LANDMARK', 'BREAKTHROUGH', 'ENCOURAGING', 'MILESTONE',
]);
/**
 * Words that deny what a charge says ("called the accusations baseless"); said of a charge they reject it, 016 (the
 * codebook's own example: "rejected as totally baseless accusations by Amnesty"), and of anything else they are no label.
 */
const DENYING_WORDS: ReadonlySet<string> = new Set(['BASELESS', 'GROUNDLESS', 'UNFOUNDED', 'FALSE', 'UNTRUE', 'FABRICATED', 'BOGUS']);
/** Nouns of a charge laid against someone, which a word of `DENYING_WORDS` rejects: "X's accusations", "the allegations". */
const CHARGE_NOUNS: ReadonlySet<string> = new Set(['ACCUSATION', 'ALLEGATION', 'CHARGE', 'CLAIM', 'REPORT']);

/** The code of a word of denial at `k` said of a charge named between the naming verb `c` and `from` (016), or null. */
function deniedChargeCode(tokens: Token[], c: Clause, from: number, k: number): string | null {
  if (!DENYING_WORDS.has(tokens[k]?.norm ?? '')) return null;
  for (let j = c.verb + 1; j < from; j++) if (tokens[j]?.pos === 'NOUN' && CHARGE_NOUNS.has(tokens[j]?.lemmaNorm ?? '')) return '016';
  return null;
}

/** Nouns that name a deed a crime: calling an act one accuses its doer of it (112: "a war crime", "an act of piracy"). */
const CRIME_WORDS: ReadonlySet<string> = new Set(['CRIME', 'CRIMES', 'PIRACY', 'TERRORISM', 'GENOCIDE', 'MASSACRE', 'MURDER', 'ATROCITY', 'BANDITRY', 'HIJACKING']);

/**
 * The code of a word of judgment a naming verb puts on what it names (a crime 112, blame 111, praise 051), or null;
 * shared with the reactions set after a comma ("…, a move X called a war crime", reactions.ts).
 */
export function judgingWordCode(norm: string): string | null {
  return CRIME_WORDS.has(norm) ? '112' : DISAPPROVING_WORDS.has(norm) ? '111' : APPROVING_WORDS.has(norm) ? '051' : null;
}
/** Words that end the phrase a naming verb names before its label is found: a stop, a clause or a conjoined verb. */
const PHRASE_STOPS = new Set([',', '.', ';', ':', 'THAT', 'WHICH', 'WHO', 'AND', 'BUT', 'TO', 'FOR']);

/**
 * The label hit of a naming verb that judges the deed it names: "Russia called the attack a provocation", "described
 * the strikes as a war crime", "labelled the vote a sham", "called the attacks a cynical answer to peace efforts",
 * "called the deal historic". A pejorative label criticises (111: "condemn, decry a policy or an action"), one naming
 * a crime accuses (112), a word of praise approves (051), and a word of denial said of a charge rejects it (016: "called
 * Washington's accusations groundless", `deniedChargeCode`). The hit names no target: the events stage aims it as it aims
 * "condemned the attack" — at an actor in the named phrase ("the North Korean launch", "Israel's strikes"), at the
 * doer of the deed told before ("the attack") — or at none. A second phrase with no word of judgment ("called the
 * exercise a warning") names and is no event, nor a phone call; an actor named alone ("called Putin a …") is
 * `hostileLabelHit`'s.
 */
export function judgingLabelHit(tokens: Token[], c: Clause): VerbHit | null {
  const vt = tokens[c.verb];
  if (!vt || c.passive || !NAMING_VERBS.has(vt.lemma)) return null;
  // (an actor named alone is labelled, not judged: "called Putin a liar")
  const object = c.object;
  if (object && object.first === c.verb + 1 && tokens[object.last + 1]?.norm !== "'S" && tokens[object.last + 1]?.pos !== 'NOUN') return null;
  const j = labelStart(tokens, c);
  if (j < 0) return null;
  let code: string | null = null;
  let last = j;
  for (let k = j; k < j + 6; k++) {
    const t = tokens[k];
    if (!t || !['DET', 'ADJ', 'ADV', 'NOUN', 'ADP'].includes(t.pos) || (t.pos === 'ADP' && t.norm !== 'OF' && t.norm !== 'AS')) break;
    const word = judgingWordCode(t.norm) ?? deniedChargeCode(tokens, c, j, k);
    // (a crime outweighs a pejorative word: "a cynical crime" accuses)
    if (word && (!code || word === '112')) [code, last] = [word, k];
  }
  if (!code) return null;
  return ruleHit(JUDGING_LABEL_RULE, 'JUDGING_LABEL', code, vt, tokens[last]?.norm ?? '', null, last);
}

/**
 * Where the label of a naming verb's clause starts, after the phrase it names: at "as", "a"/"an" ("called the attack
 * a provocation", "described the strikes as a war crime"), or at a word of judgment right after the named phrase's
 * noun ("called the deal historic"); -1 when there is none ("called Putin on Monday", "called his counterpart").
 */
export function labelStart(tokens: Token[], c: Clause): number {
  const first = tokens[c.verb + 1];
  if (!first || !['DET', 'PRON', 'PROPN', 'NOUN', 'ADJ'].includes(first.pos) || first.norm === 'A' || first.norm === 'AN') return -1;
  for (let j = c.verb + 2; j < c.verb + 12; j++) {
    const t = tokens[j];
    const prev = tokens[j - 1];
    if (!t || PHRASE_STOPS.has(t.norm)) return -1;
    if (t.norm === 'AS' || t.norm === 'A' || t.norm === 'AN') return j;
    if ((t.pos === 'ADJ' || t.pos === 'ADV') && ['NOUN', 'PROPN', 'PRON'].includes(prev?.pos ?? '') && (DISAPPROVING_WORDS.has(t.norm) || APPROVING_WORDS.has(t.norm) || DENYING_WORDS.has(t.norm))) return j;
    // (a verb inside the named phrase is a noun the tagger misread, after another noun or a possessive: "the missile
    // launch", "North Korea's launch")
    if ((t.pos === 'VERB' || t.pos === 'AUX') && prev?.pos !== 'NOUN' && prev?.norm !== "'S") return -1;
  }
  return -1;
}

export const HOLDING_RULE = 'builtin:held-unlawful';
/** The rule of a denied holding of lawfulness ("does not consider the junta legitimate"): asserted criticism. */
export const DENIED_LAWFUL_RULE = 'builtin:denied-lawful';

/** Verbs of holding something to be so: "considers the government illegitimate", "regards the vote as a sham". */
const HOLDING_VERBS: ReadonlySet<string> = new Set(['consider', 'deem', 'regard']);
/** The words of unlawfulness a verb of holding puts on an actor or a deed: holding it unlawful criticises it (111). */
const UNLAWFUL_WORDS: ReadonlySet<string> = new Set(['ILLEGITIMATE', 'ILLEGAL', 'UNLAWFUL', 'SHAM', 'FARCE', 'CHARADE', 'TRAVESTY']);
/** Their opposites, which criticise the same when the holding is denied: "does not consider the junta legitimate". */
const LAWFUL_WORDS: ReadonlySet<string> = new Set(['LEGITIMATE', 'LEGAL', 'LAWFUL']);

/**
 * The hit of a verb of holding that judges an actor or a deed unlawful: "Russia considers the government in Kyiv
 * illegitimate", "regards the election as a sham", "deems the annexation unlawful", and denied, "does not consider the
 * junta legitimate" (`DENIED_LAWFUL_RULE`, whose event the events stage asserts). Criticism (111), aimed at the actor
 * object named before the word, else as `judgingLabelHit`'s. A verb of holding with no such word ("is considering
 * sending troops", "considers the offer") is the lexicon's.
 */
export function holdingHit(tokens: Token[], c: Clause): VerbHit | null {
  const vt = tokens[c.verb];
  if (!vt || c.passive || !HOLDING_VERBS.has(vt.lemma)) return null;
  for (let j = c.verb + 2; j < c.verb + 12; j++) {
    const t = tokens[j];
    const prev = tokens[j - 1];
    if (!t || PHRASE_STOPS.has(t.norm) || t.pos === 'VERB' || t.pos === 'AUX') return null;
    const denied = c.negated && LAWFUL_WORDS.has(t.norm) && prev?.norm !== 'NOT';
    if (!denied && !UNLAWFUL_WORDS.has(t.norm)) continue;
    const target = c.object && c.object.first === c.verb + 1 && c.object.last < j ? c.object : null;
    return ruleHit(denied ? DENIED_LAWFUL_RULE : HOLDING_RULE, 'HELD_UNLAWFUL', '111', vt, t.norm, target, j);
  }
  return null;
}
