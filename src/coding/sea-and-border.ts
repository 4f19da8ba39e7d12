/**
 * Places a clause names where a target would stand, yet that are no target (events stage): the sea or sea zone a
 * launched missile came down in — "fired a missile that fell into the Sea of Japan" aims at no Japan — and the
 * country across a border that was closed — "closed its border with Belarus" restricts movement (191) against
 * Belarus, named by the clause's BORDER phrase, not by an object.
 */
import type { ActorMention, Token } from '../types.js';
import { NOUN_PHRASE, POSSESSIVES } from './clause-words.js';

/** Nouns of open water or of a sea zone: where a launched missile comes down, not whom it strikes. */
const SEA_NOUNS: ReadonlySet<string> = new Set(['SEA', 'SEAS', 'OCEAN', 'WATERS', 'WATER', 'COAST', 'COASTLINE', 'ZONE', 'EEZ', 'SHORE', 'SHORES']);
/** Verbs of coming down somewhere: "a missile that fell into the sea", "landed in Japan's zone", "splashed down". */
export const LANDING_VERBS: ReadonlySet<string> = new Set(['fall', 'land', 'splash', 'crash', 'plunge', 'drop', 'come', 'impact']);
/** Prepositions that say where a thing went or came down (not AT, ON or AGAINST, which name what it was aimed at). */
export const LANDING_PREPS: ReadonlySet<string> = new Set(['INTO', 'IN', 'TOWARD', 'TOWARDS', 'OFF', 'NEAR', 'OUTSIDE', 'INSIDE', 'WITHIN']);
/** Prepositions of place that can hang a country on a sea noun: "waters off Japan", "the sea east of Korea". */
const SEA_PLACE_PREPS: ReadonlySet<string> = new Set(['OFF', 'NEAR', 'OF', 'AROUND', 'OUTSIDE', 'INSIDE', 'WITHIN', 'BETWEEN', 'BY']);
const SEA_COMPASS = /^(?:NORTH|SOUTH)?(?:EAST|WEST)(?:ERN)?$|^(?:NORTH|SOUTH)(?:ERN)?$/;

/**
 * Is mention `m` named only as the place at sea where something came down — "into the Sea of Japan", "into Japan's
 * exclusive economic zone", "waters off Japan's coast", "the sea east of the Korean peninsula"? A sea noun in the
 * mention, heading the noun phrase its possessive opens, or the noun a place preposition before it hangs on.
 */
export function atSea(tokens: Token[], m: ActorMention): boolean {
  if (tokens.slice(m.first, m.last + 1).some((t) => SEA_NOUNS.has(t.norm))) return true;
  const poss = tokens[m.last + 1];
  if (poss && (poss.norm === "'S" || poss.norm === '’S')) {
    for (let j = m.last + 2; NOUN_PHRASE.has(tokens[j]?.pos ?? ''); j++) if (SEA_NOUNS.has(tokens[j]?.norm ?? '')) return true;
  }
  let j = m.first - 1;
  while (tokens[j]?.pos === 'DET' || tokens[j]?.pos === 'ADJ') j--;
  if (!SEA_PLACE_PREPS.has(tokens[j]?.norm ?? '')) return false;
  j--;
  // ("the sea east of X", "waters just off X")
  while (SEA_COMPASS.test(tokens[j]?.norm ?? '') || tokens[j]?.pos === 'ADV') j--;
  return SEA_NOUNS.has(tokens[j]?.norm ?? '');
}

/**
 * "closed its border with Belarus to freight traffic", "sealed the frontier with Syria": when the object of verb `v` is
 * a border, the country across it (the clause's BORDER phrase, see `pipeline/clauses.ts`), or null.
 */
export function borderAcross(tokens: Token[], v: number, preps: readonly { prep: string; mention: ActorMention }[]): ActorMention | null {
  let j = v + 1;
  while (tokens[j]?.pos === 'DET' || tokens[j]?.pos === 'ADJ' || POSSESSIVES.has(tokens[j]?.norm ?? '')) j++;
  if (!/^(?:BORDERS?|FRONTIERS?)$/.test(tokens[j]?.norm ?? '')) return null;
  return preps.find((p) => p.prep === 'BORDER' && p.mention.first <= j + 3)?.mention ?? null;
}
