/**
 * A participle of result after a comma ("…, killing five patients", "…, wounding dozens") tells what a deed did. When
 * that deed is itself no asserted act of the sentence's subject — a deed told as a gerund under a verb of accusing
 * ("Kyiv accused Moscow of bombing a hospital, killing five patients") or of denying ("Russia denied shelling the
 * market, killing 12"), or an act only threatened, planned or asked for ("threatened to attack the towns, killing
 * civilians") — the result shares what became of the deed: alleged of the accused, denied by the denier, or still to
 * come. A participle of another kind is the subject's own further act ("accused X of lying, saying …", "threatened to
 * retaliate, summoning the envoy") and keeps its own reading.
 */
import type { ActorMention, Modality, Token } from '../types.js';
import type { Clause } from '../pipeline/clauses.js';

/** Verbs (lemmas) of a deed's result: casualties and damage. */
const RESULT_VERBS: ReadonlySet<string> = new Set(['kill', 'wound', 'injure', 'maim', 'destroy', 'damage', 'displace', 'raze', 'flatten']);

/** What a result participle takes from the deed it follows: its modality, and its doer when that is not the subject. */
export interface DeedResult {
  modality: Modality;
  doer: ActorMention | null;
}

/** Is there a gerund deed ("of bombing", "for shelling", or right after the verb, "denied shelling") in (from, to)? */
function gerundBetween(tokens: Token[], from: number, to: number, preps: readonly string[]): boolean {
  for (let j = from + 1; j < to; j++) {
    const t = tokens[j];
    if (!t || t.norm === ',' || !/ING$/.test(t.norm) || t.norm.length < 6) continue;
    if (preps.length ? preps.includes(tokens[j - 1]?.norm ?? '') : j === from + 1) return true;
  }
  return false;
}

/**
 * The reading a result participle at clause `k` takes from the deed before it (see the file's comment), or null when
 * it keeps its own. `parentModality` is what became of the governing clause's event; `alleging` and `denying` are the
 * verbs (lemmas) whose gerund is an allegation or a denial.
 */
export function deedResult(
  tokens: Token[],
  clauses: readonly Clause[],
  k: number,
  parentModality: Modality | undefined,
  alleging: ReadonlySet<string>,
  denying: ReadonlySet<string>,
): DeedResult | null {
  const c = clauses[k];
  if (!c || c.parent === null || c.link !== 'coordinated' || c.subjectHow !== 'coordinated') return null;
  if (tokens[c.groupStart - 1]?.norm !== ',' || c.groupStart !== c.verb || !/ING$/.test(tokens[c.verb]?.norm ?? '')) return null;
  if (!RESULT_VERBS.has(tokens[c.verb]?.lemma ?? '')) return null;
  const p = clauses[c.parent];
  if (!p) return null;
  const lemma = tokens[p.verb]?.lemma ?? '';
  // "accused Moscow of bombing a hospital, killing five": the accused did it, as alleged
  if (alleging.has(lemma) && p.object && p.object.last < c.groupStart && gerundBetween(tokens, p.object.last, c.groupStart, ['OF', 'FOR'])) return { modality: 'alleged', doer: p.object };
  // "denied shelling the market, killing 12": the denier's deed, denied
  if (denying.has(lemma) && gerundBetween(tokens, p.verb, c.groupStart, [])) return { modality: 'negated', doer: null };
  // "threatened to attack the towns, killing civilians": a deed still to come (or asked for, or doubted)
  if (parentModality && parentModality !== 'asserted') return { modality: parentModality, doer: null };
  return null;
}

/** Words that open a gerund of time: "after accusing X", "before leaving". */
const TIME_OPENERS: ReadonlySet<string> = new Set(['AFTER', 'BEFORE', 'WHILE', 'UPON', 'WHEN', 'SINCE']);

/**
 * "Algeria will recall its ambassador before accusing France of interference": a gerund of time whose subject is the
 * main clause's takes that clause's reading when it is not asserted (a past main clause, "recalled its ambassador
 * after accusing France", asserts both; so does an asserted one with a pending infinitive, "threatened to recall its
 * envoy after accusing France"). `modalities` are what became of the earlier clauses' events.
 */
export function timeGerundModality(tokens: Token[], clauses: readonly Clause[], k: number, modalities: readonly (Modality | undefined)[]): Modality | null {
  const c = clauses[k];
  if (!c || c.subjectHow !== 'controller' || c.parent !== null || !c.subject || c.groupStart !== c.verb) return null;
  if (!TIME_OPENERS.has(tokens[c.groupStart - 1]?.norm ?? '') || !/ING$/.test(tokens[c.verb]?.norm ?? '')) return null;
  let j = k - 1;
  // (the main clause, not an infinitive under it: "threatened to recall its envoy after accusing X" tells an accusation)
  while (j >= 0 && (clauses[j]?.subject !== c.subject || clauses[j]?.link !== null)) j--;
  const m = j >= 0 ? modalities[j] : undefined;
  return m && m !== 'asserted' ? m : null;
}
