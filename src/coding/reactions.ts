/**
 * Reactions told in a noun phrase set in apposition to a whole clause: "Kenya closed the border, a decision condemned
 * by Uganda", "…, a step welcomed by the African Union", "…, a ruling Washington called unjust", "…, a move that
 * Beijing denounced". The reacting actor (the participle's BY phrase, or the subject of the relative clause on the
 * noun) reacts to the doer of the clause the phrase follows, with the reaction verb's code. A phrase with no reacting
 * actor ("…, a move seen as a rebuke to X", "…, a decision that surprised many") gives nothing. The reaction verbs
 * are the verb lexicon's verbs of disapproval (111) and approval (051), the naming verbs (NAMING_VERBS, which
 * clause-links also leaves to this file) with a word of judgment after them, and verbs of speech whose gapped clause
 * judges the act flawed ("a vote that the EU said was neither free nor fair", `flawAfter` of judgements.ts). A relative clause that
 * `linkReactionsToDeeds` (clause-links.ts) already aims at the doer is the clause coder's, not coded here again.
 */
import type { Lexicon } from '../dictionaries/lexicon.js';
import type { ActorMention, Token } from '../types.js';
import type { Clause } from '../pipeline/clauses.js';
import { coded, type CodedEvent } from '../pipeline/events.js';
import { isRoleOnly, reactorCountry, sameCountry } from './actor-country.js';
import { DEED_NOUNS, NAMING_VERBS, inMention } from './clause-words.js';
import { flawAfter } from './judgements.js';
import { judgingWordCode } from './naming.js';
import { SPEECH_VERBS } from './word-classes.js';

export const REACTION_RULE = 'builtin:appositive-reaction';

/** Nouns that stand for the act of the clause before them ("…, a move …"): those that restate a deed, and a few more. */
const ACT_NOUNS: ReadonlySet<string> = new Set([...DEED_NOUNS, 'SENTENCE', 'DEAL', 'VOTE', 'ACT', 'DEVELOPMENT', 'GESTURE', 'CHOICE']);

/** Is `t` the plural of a noun for an act ("measures", "steps")? */
function actsNoun(t: Token | undefined): boolean {
  return !!t && t.pos === 'NOUN' && t.norm !== t.lemmaNorm && ACT_NOUNS.has(t.lemmaNorm);
}

/** The codes of a reaction verb in the verb lexicon: disapproval 111, approval 051. */
const REACTION_CODES: ReadonlySet<string> = new Set(['111', '051']);
/** What sets the phrase of the act beside its clause: a comma, or "in" ("…, in a move condemned by X"). */
const APPOSING = new Set([',', 'IN']);

/**
 * The code of a naming verb's judgment in the few words after it (" called a sham", "described as illegal", "called a
 * war crime"): the first word of judgment's, unless a crime follows it ("an outrageous crime" accuses, 112).
 */
function judgment(tokens: Token[], from: number): string | null {
  let code: string | null = null;
  for (let j = from; j < tokens.length && j < from + 5; j++) {
    const t = tokens[j];
    if (!t || t.norm === ',' || t.norm === '.' || t.norm === ';') break;
    const word = judgingWordCode(t.norm);
    if (word === '112') return word;
    code ??= word;
  }
  return code;
}

/**
 * The reaction's code of the verb at `v`: a naming verb's judgment after it, or the code of a one-word entry of the
 * verb lexicon coding a reaction ("condemned", "welcomed").
 */
function reactionCode(lex: Lexicon, tokens: Token[], v: number): string | null {
  const t = tokens[v];
  if (!t) return null;
  if (NAMING_VERBS.has(t.lemma)) return judgment(tokens, v + 1);
  // "…, in a vote that the EU said was neither free nor fair": a speech verb whose gapped clause judges the act flawed
  if (SPEECH_VERBS.has(t.lemma)) return flawAfter(tokens, v + 1) >= 0 ? '111' : null;
  for (const e of lex.verbs.get(t.norm) ?? []) {
    const code = (e.code ?? e.block.code).forward;
    if (code && REACTION_CODES.has(code) && !e.before.length && !e.after.length) return code;
  }
  return null;
}

/** Prepositions of a place that may follow the reacting body's name ("X's embassy in Y"). */
const PLACE_PREPS = new Set(['IN', 'AT']);

/** The reacting actor and the reaction's verb for the act noun at `n`, if a reaction follows it. */
function reactor(tokens: Token[], mentions: ActorMention[], n: number): { who: ActorMention; verb: number } | null {
  let j = n + 1;
  // "a decision condemned (widely) by X"
  if (tokens[j]?.pos === 'ADV') j++;
  if (tokens[j]?.pos === 'VERB' && /ED$/.test(tokens[j]?.norm ?? '')) {
    const verb = j;
    let k = j + 1;
    if (tokens[k]?.pos === 'ADV') k++;
    if (tokens[k]?.norm !== 'BY') return null;
    const who = mentions.find((m) => m.first === k + 1 || (m.first === k + 2 && tokens[k + 1]?.pos === 'DET'));
    return who ? { who, verb } : null;
  }
  // "a move (that/which) Beijing denounced", "a verdict Washington called unjust"
  j = n + 1;
  if (tokens[j]?.norm === 'THAT' || tokens[j]?.norm === 'WHICH') j++;
  const who = inMention(mentions, j);
  if (!who || who.first !== j) return null;
  let v = who.last + 1;
  // ("a ruling that the EU's delegation in Georgia called politically motivated": a place after the reacting body is
  // part of its name)
  const place = PLACE_PREPS.has(tokens[v]?.norm ?? '') ? mentions.find((m) => m.first === v + 1) : undefined;
  if (place) v = place.last + 1;
  // ("in what U.S. Space Command described as …": a body's name that only begins with a known actor goes on in
  // capitalised words the dictionaries do not know)
  else while (tokens[v]?.pos === 'PROPN' && !inMention(mentions, v) && v < who.last + 4) v++;
  while (tokens[v]?.pos === 'ADV' || tokens[v]?.pos === 'AUX') v++;
  return tokens[v]?.pos === 'VERB' ? { who, verb: v } : null;
}

/**
 * Code the reactions set in apposition to a clause (see the file's comment): for each ", a/the <act noun>" after a
 * clause with a subject, the reacting actor's reaction to that subject.
 */
export function codeAppositiveReactions(lex: Lexicon, tokens: Token[], mentions: ActorMention[], clauses: Clause[]): CodedEvent[] {
  const out: CodedEvent[] = [];
  for (let n = 2; n < tokens.length; n++) {
    // "… in what Mexico called a violation of international law": the free relative stands for the act as a noun does
    const what = tokens[n]?.norm === 'WHAT' && tokens[n - 1]?.norm === 'IN';
    const plural = actsNoun(tokens[n]);
    if (!what && !plural && !ACT_NOUNS.has(tokens[n]?.norm ?? '')) continue;
    // ", a move", ", a controversial step", ", the latest such decision", "in a move"; a plural needs no article:
    // ", measures that X denounced as …"
    let d = what ? n : n - 1;
    while (!what && d > 0 && tokens[d]?.pos === 'ADJ') d--;
    if (!what && !(tokens[d]?.pos === 'DET' && APPOSING.has(tokens[d - 1]?.norm ?? '')) && !(plural && APPOSING.has(tokens[d]?.norm ?? ''))) continue;
    const r = reactor(tokens, mentions, n);
    if (!r) continue;
    const code = reactionCode(lex, tokens, r.verb);
    if (!code) continue;
    // the clause the phrase follows: the last one whose verb comes before the comma, not itself in apposition
    // (a clause that depends on another is not it: "sentenced X for refusing to testify, a ruling Y called unjust")
    const before = clauses.filter((c) => c.verb < d - 1 && c.subject && !c.passive);
    const main = before.filter((c) => c.link === null || c.link === 'coordinated').pop() ?? before.pop();
    const doer = main?.subject;
    if (!main || !doer || doer === r.who || isRoleOnly(doer)) continue;
    // (a role with no country is placed in the state whose deed its people react to, as the one state named; else
    // it is skipped, as is one of the doer's own country)
    const placed = isRoleOnly(r.who) && reactorCountry(r.who, tokens, mentions, doer);
    if (isRoleOnly(r.who) || (!placed && sameCountry(doer, r.who))) continue;
    // ("…, a move that X denounced": the relative clause aimed at the doer is coded as a clause)
    if (clauses.some((c) => c.verb === r.verb && c.object === doer)) continue;
    // (a negated reaction is none: "a step not welcomed by X")
    if (tokens.slice(n + 1, r.verb).some((t) => t.norm === 'NOT' || t.norm === "N'T")) continue;
    const base = { first: n, last: Math.max(r.verb, r.who.last), verbRule: REACTION_RULE, kind: 'verb' as const };
    for (const s of r.who.codes) for (const t of doer.codes) out.push(coded(base, code, { mention: r.who, code: s }, { mention: doer, code: t }, main.modality, null));
  }
  return out;
}

