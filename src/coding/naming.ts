/**
 * Name-calling: a naming verb ("call", "brand", "label", "describe … as") whose object is an actor and whose second
 * noun phrase is a hostile label for it — "Niger expelled three French diplomats, calling them spies", "the junta
 * branded the envoy a traitor", "described the minister as a threat to national security". Labelling someone a spy,
 * a terrorist or a criminal accuses them (CAMEO 112); an insult, "a puppet", "liars", criticises them (111). A naming
 * verb with any other second phrase names, and is no event ("called the attack a crime" is the attack's, "called it
 * unacceptable" judges a thing).
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
  const block = { id: LABEL_RULE, name: 'LABEL', code: { forward: code, reverse: null }, patterns: [], roles: [] };
  const entry: VerbEntry = { id: LABEL_RULE, base: vt.lemmaNorm, forms: [], before: [], after: [], code: block.code, block };
  return { entry, code: block.code, rule: `${LABEL_RULE}:${head.norm}`, pattern: null, source: null, target: object, last: j };
}
