/**
 * Judgements of an election by those who watched it: "Observers from the OSCE said Georgia's election had been marred
 * by vote-buying", "Mozambique's election was neither free nor fair, EU monitors said". Saying that a state's election
 * was flawed criticises whoever held it (CAMEO 111: "condemn, decry a policy or an action; criticize … responsible
 * parties"), so the speaker criticises the state whose election it was, named by a possessive before the election noun
 * or by "in" after it ("the vote in Belarus was neither free nor fair, the OSCE said").
 * A judgement in a relative on "a vote" set after a clause ("…, in a vote that the EU said was neither free nor fair")
 * is the reaction file's (`reactions.ts`), which reads its words with `flawAfter`. An election with no state named
 * ("the vote was marred by fraud, observers said") gives nothing; nor does a judgement a speech verb does not report.
 */
import type { ActorMention, Token } from '../types.js';
import type { Clause } from '../pipeline/clauses.js';
import { coded, type CodedEvent } from '../pipeline/events.js';
import { isRoleOnly } from './actor-country.js';
import { SPEECH_VERBS } from './word-classes.js';
import { onlyDayWords } from './clause-words.js';

export const ELECTION_JUDGEMENT_RULE = 'builtin:election-judgement';

/** Nouns of an election: "the election", "the vote", "the polls", "the referendum". */
const ELECTION_NOUNS = new Set(['ELECTION', 'ELECTIONS', 'VOTE', 'POLL', 'POLLS', 'BALLOT', 'REFERENDUM', 'RUNOFF']);
/** Words that say an election was flawed: "marred by", "rigged", "fraudulent", "a sham". */
const FLAW_WORDS = new Set(['MARRED', 'TAINTED', 'BLIGHTED', 'RIGGED', 'FLAWED', 'FRAUDULENT', 'UNFAIR', 'UNDEMOCRATIC', 'SHAM', 'FARCE', 'TRAVESTY']);
/** Forms of "be" and "have" of the predicate before a judgement: "had been marred", "was neither free nor fair". */
const PREDICATE_AUX = new Set(['WAS', 'WERE', 'IS', 'ARE', 'BEEN', 'HAD', 'HAS', 'HAVE', 'BE']);

/**
 * The index after a predicate at `from` that says an election was flawed ("had been marred", "was neither free nor
 * fair", "was not free and fair", "was a sham", "was widely seen as rigged"), or -1.
 */
export function flawAfter(tokens: Token[], from: number): number {
  let j = from;
  if (!PREDICATE_AUX.has(tokens[j]?.norm ?? '')) return -1;
  while (PREDICATE_AUX.has(tokens[j]?.norm ?? '') || tokens[j]?.pos === 'ADV' || tokens[j]?.pos === 'DET') {
    // "neither free nor fair", "not free and fair"
    if ((tokens[j]?.norm === 'NEITHER' || tokens[j]?.norm === 'NOT') && tokens[j + 1]?.norm === 'FREE') {
      return ['NOR', 'AND', 'OR'].includes(tokens[j + 2]?.norm ?? '') && tokens[j + 3]?.norm === 'FAIR' ? j + 4 : j + 2;
    }
    j++;
  }
  return FLAW_WORDS.has(tokens[j]?.norm ?? '') ? j + 1 : -1;
}

/**
 * The state whose election the noun at `n` names and where its phrase starts: the possessive before it ("Georgia's
 * parliamentary election"), or a bare state's name in an "in" phrase right after it ("the vote in Belarus was …").
 */
function holder(tokens: Token[], mentions: ActorMention[], n: number): { state: ActorMention; start: number } | null {
  const after = tokens[n + 1]?.norm === 'IN' ? mentions.find((x) => x.first === n + 2 && x.kind === 'actor') : undefined;
  if (after && !isRoleOnly(after) && after.codes.every((x) => /^[A-Z]{3}$/.test(x))) {
    let start = n;
    while (tokens[start - 1]?.pos === 'ADJ' || tokens[start - 1]?.pos === 'DET') start--;
    return { state: after, start };
  }
  let j = n - 1;
  while (tokens[j]?.pos === 'ADJ' || tokens[j]?.pos === 'NOUN') j--;
  if (tokens[j]?.text !== "'s" && tokens[j]?.text !== "'") return null;
  const m = mentions.find((x) => x.last === j - 1);
  return m && !isRoleOnly(m) ? { state: m, start: m.first } : null;
}

/**
 * The speech clause that reports the judgement of the election noun at `n` (its predicate ending at `end`): a speech
 * verb right before the election's phrase, which starts at `start` ("said (that) Georgia's election …"), or one
 * attributing the clause after it ("…, observers said"; when the judgement is a copula, no clause of its own, the
 * speech clause right after its comma: "… was neither free nor fair, EU monitors said").
 */
function judge(tokens: Token[], clauses: Clause[], start: number, end: number): Clause | undefined {
  return clauses.find((c) => !!c.subject && !c.negated && SPEECH_VERBS.has(tokens[c.verb]?.lemma ?? '')
    && ((c.verb < start && onlyDayWords(tokens, c.verb + 1, tokens[start - 1]?.norm === 'THAT' ? start - 1 : start))
      || (c.verb > end && (c.link === 'attribution' || (tokens[end]?.norm === ',' && c.start === end + 1)))));
}

/** Code the judgements of a state's election that a speaker reports (see the file's comment). */
export function codeElectionJudgements(tokens: Token[], mentions: ActorMention[], clauses: Clause[]): CodedEvent[] {
  const out: CodedEvent[] = [];
  for (let n = 0; n < tokens.length; n++) {
    if (!ELECTION_NOUNS.has(tokens[n]?.norm ?? '')) continue;
    const held = holder(tokens, mentions, n);
    if (!held) continue;
    const { state, start } = held;
    const end = flawAfter(tokens, state.first > n ? state.last + 1 : n + 1);
    if (end < 0) continue;
    const said = judge(tokens, clauses, start, end);
    const speaker = said?.subject;
    if (!said || !speaker || speaker === state || isRoleOnly(speaker)) continue;
    const base = { first: Math.min(said.groupStart, start), last: Math.max(said.verb, end - 1), verbRule: ELECTION_JUDGEMENT_RULE, kind: 'verb' as const };
    for (const s of speaker.codes) for (const t of state.codes) out.push(coded(base, '111', { mention: speaker, code: s }, { mention: state, code: t }, said.modality, null));
  }
  return out;
}
