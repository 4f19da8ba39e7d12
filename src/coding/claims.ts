/**
 * Claims of responsibility that name no deed of their own: "…, killing four guards; the group claimed
 * responsibility", "A car bomb went off in Kirkuk. Islamic State later claimed responsibility." The codebook codes
 * the claim (015, by the claimant) and the deed with the claimant as its doer. The deed is a violent act the text
 * tells with no doer named (kept with no source by the events stage) or with a nameless armed one ("gunmen
 * attacked …"): the latest such act before the claim in its
 * sentence (or, failing one, after it in the same sentence: "claimed responsibility for the blast, which killed …"),
 * else the latest one of the sentence before. A deed whose doer the text names keeps that doer.
 */
import type { ActorMention, Token } from '../types.js';
import type { Clause } from '../pipeline/clauses.js';
import type { CodedEvent } from '../pipeline/events.js';
import { isRoleOnly, sameCountry } from './actor-country.js';

/** Verbs that take responsibility or credit: "claimed responsibility", "took responsibility", "accepted responsibility". */
export const CLAIMING = new Set(['claim', 'accept', 'take', 'assume', 'admit', 'acknowledge']);

/** What is claimed: "responsibility", "credit". */
const CLAIMED = new Set(['RESPONSIBILITY', 'CREDIT']);

/** Words between the verb and the claimed noun: "claimed full responsibility", "has claimed the responsibility". */
const CLAIM_FILLERS = new Set(['DET', 'ADJ', 'ADV']);

/** The rule id the claimant's deed and the claim carry (with the claim verb's pattern id, when it had one). */
export const CLAIM_RULE = 'builtin:claimed-deed';

const VIOLENT = /^(?:18|19|20)/;

/** Does clause `c` claim responsibility or credit ("claimed (full) responsibility"), its subject a named actor? */
export function claimsResponsibility(tokens: Token[], c: Clause): boolean {
  if (c.passive || c.negated || !c.subject || isRoleOnly(c.subject) || !CLAIMING.has(tokens[c.verb]?.lemma ?? '')) return false;
  let j = c.verb + 1;
  while (j <= c.verb + 3 && CLAIM_FILLERS.has(tokens[j]?.pos ?? '') && !CLAIMED.has(tokens[j]?.norm ?? '')) j++;
  return CLAIMED.has(tokens[j]?.norm ?? '');
}

/** Armed doers the text does not name: "gunmen", "militants", "assailants" (an agent noun, rebel or insurgent role). */
const NAMELESS_ARMED = /(?:REB|INS|UAF)$/;

/** A violent act with no doer, or a nameless armed one, asserted: one the claim can be about. */
function doerless(e: CodedEvent): boolean {
  const s = e.source;
  return (!s || (s.mention.kind === 'agent' && !s.mention.name && NAMELESS_ARMED.test(s.code))) && e.modality === 'asserted' && VIOLENT.test(e.code);
}

/**
 * Give the claimant of each claim of responsibility in a sentence the deed it claims (see the file's comment), and
 * aim the claim (015) at the deed's target. `coded` is the sentence's events (changed in place; the claim's own 015,
 * coded with no target by the events stage, is given the deed's target), `before` the events of the sentence before.
 */
export function attributeClaims(tokens: Token[], clauses: readonly Clause[], coded: CodedEvent[], before: CodedEvent[]): void {
  for (const c of clauses) {
    if (c.modality !== 'asserted' || !claimsResponsibility(tokens, c)) continue;
    const claimant = c.subject as ActorMention;
    // (a claimant the sentence already gives a violent deed needs no other: "claimed responsibility for the attack on X")
    if (coded.some((e) => e.source?.mention === claimant && VIOLENT.test(e.code))) continue;
    const here = coded.filter(doerless);
    const earlier = here.filter((e) => e.first < c.verb);
    const pool = here.length ? (earlier.length ? earlier : here) : before.filter(doerless);
    const deed = pool[pool.length - 1];
    if (!deed) continue;
    const own = coded.filter((e) => e.code === '015' && e.source?.mention === claimant && !e.target && e.first <= c.verb && c.verb <= e.last);
    // every doerless copy of the same act (one per target code, the verb's and the noun's) is the claimant's; a deed
    // of the sentence before stays told there, with its new source
    const home = pool === here || pool === earlier ? coded : before;
    for (const e of home.filter((x) => doerless(x) && x.first === deed.first && x.code === deed.code)) {
      // (written out key by key, not `{ ...e, … }`: a spread copy is an object shape of its own)
      const sourced: CodedEvent[] = claimant.codes.map((code) => ({
        first: e.first, last: e.last, verbRule: `${CLAIM_RULE} ${e.verbRule}`, kind: e.kind === 'unnamed' ? 'verb' : e.kind,
        code: e.code, source: { mention: claimant, code }, target: e.target, modality: e.modality, speaker: e.speaker, retells: e.retells,
      }));
      home.splice(home.indexOf(e), 1, ...sourced);
    }
    for (const e of own) if (!e.target && deed.target) e.target = deed.target;
  }
}

/** The rule id of a violent deed the claimant tells of itself, and of its claim (015). */
export const SELF_CLAIM_RULE = 'builtin:self-claimed-deed';

/**
 * "The US claimed that its jets had struck Iraq", "Russia claimed its forces had captured the town": a violent deed a
 * speaker "claims" of itself (the doer is the claimant or of its country) is the claimant's claim of it (015, aimed at
 * the deed's target), the deed only claimed, not told as done (as another's deed claimed is only alleged).
 */
export function selfClaimedDeed(claimVerb: string | undefined, deedCode: string, claimant: ActorMention | null, doer: ActorMention | null): boolean {
  return claimVerb === 'claim' && VIOLENT.test(deedCode) && !!claimant && !!doer && (doer === claimant || sameCountry(doer, claimant));
}
