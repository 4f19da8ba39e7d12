/**
 * Mediation named only in a participle on a noun: "a prisoner swap brokered by the UAE", "after talks mediated by
 * Turkey", "the Qatar-brokered ceasefire between Israel and Hamas". The mediator is the BY phrase's actor (or the
 * name glued to the participle by a hyphen); the parties are the actors after "between" in the same noun phrase,
 * else the subject and object of the clause the noun phrase belongs to. Each pair is CAMEO 045 (mediate), with the
 * modality of that clause (the mediation of "will sign a deal brokered by X" is as certain as the deal's signing).
 */
import type { ActorMention, Modality, Token } from '../types.js';
import type { Clause } from '../pipeline/clauses.js';
import { coded, type CodedEvent } from '../pipeline/events.js';
import { countryOf, isRoleOnly } from './actor-country.js';
import { NOUN_PHRASE, inMention } from './clause-words.js';
import { MEDIATING_PARTICIPLES } from './word-classes.js';

export const MEDIATION_RULE = 'builtin:mediation-participle';

/** Prepositions that put a mediated arrangement in the background: "despite a Chinese-brokered ceasefire", "under a
 * deal brokered by X" (the brokering is older news than the act reported). */
const BACKGROUND = new Set(['DESPITE', 'UNDER', 'AMID', 'NOTWITHSTANDING']);

/** The preposition heading the noun phrase that ends before token `p`, if any. */
function headPreposition(tokens: Token[], p: number): string {
  let j = p - 1;
  while (j >= 0 && (NOUN_PHRASE.has(tokens[j]?.pos ?? '') || tokens[j]?.text === '-')) j--;
  return tokens[j]?.pos === 'ADP' || tokens[j]?.pos === 'SCONJ' ? (tokens[j]?.norm ?? '') : '';
}

/** The mediator of the participle at `p`: "X-brokered" (the mention before the hyphen) or "brokered (jointly) by X". */
function mediatorOf(tokens: Token[], mentions: ActorMention[], p: number): ActorMention | null {
  if (tokens[p - 1]?.text === '-' && tokens[p - 1]?.start === tokens[p - 2]?.end) return inMention(mentions, p - 2) ?? null;
  let j = p + 1;
  if (tokens[j]?.pos === 'ADV') j++;
  if (tokens[j]?.norm !== 'BY') return null;
  const m = mentions.find((x) => x.first === j + 1 || (x.first === j + 2 && tokens[j + 1]?.pos === 'DET'));
  return m ?? null;
}

/** Actors after "between" in the noun phrase around token `from` (up to the next verb or clause punctuation). */
function betweenParties(tokens: Token[], mentions: ActorMention[], from: number): ActorMention[] {
  for (let j = from; j < tokens.length && j < from + 8; j++) {
    const t = tokens[j];
    if (!t || t.pos === 'VERB' || t.pos === 'AUX' || t.norm === ';') break;
    if (t.norm === 'BETWEEN') return mentions.filter((m) => m.first > j && m.first <= j + 8 && tokens.slice(j + 1, m.first).every((x) => x.norm !== ','));
  }
  return [];
}

/**
 * The parties of a noun phrase "<noun> between A and B" that a comma right before the participle at `p` closes ("Talks
 * between Israel and Hamas, mediated by Egypt,"): the actors after its "between"; none when there is no such phrase.
 */
function partiesBefore(tokens: Token[], mentions: ActorMention[], p: number): ActorMention[] {
  if (tokens[p - 1]?.norm !== ',') return [];
  for (let j = p - 2; j >= 0 && j > p - 10; j--) {
    const t = tokens[j];
    if (!t || t.pos === 'VERB' || t.pos === 'AUX' || t.norm === ',' || t.norm === ';') return [];
    if (t.norm === 'BETWEEN') return tokens[j - 1]?.pos === 'NOUN' || (j === 1 && tokens[0]?.pos === 'PROPN') ? mentions.filter((m) => m.first > j && m.last < p - 1) : [];
  }
  return [];
}

/** Words before a noun of mediation that make its actor the go-between of a clause's talks: "through Egyptian mediators". */
const THROUGH = new Set(['THROUGH', 'VIA']);
/** Nouns of those who mediate (lemmas). */
const MEDIATOR_NOUNS = new Set(['MEDIATOR', 'INTERMEDIARY', 'GO-BETWEEN']);

/**
 * Mediators named by "through"/"via" ("held indirect talks through Egyptian mediators", "exchanged messages via Omani
 * intermediaries", "through the mediation of Qatar"): 045 from them to each party of the clause, its subject's members
 * and its object, with the clause's modality.
 */
function throughMediators(tokens: Token[], mentions: ActorMention[], clauses: Clause[], out: CodedEvent[]): void {
  for (const m of mentions) {
    const head = tokens[m.last];
    let mediator: ActorMention | undefined;
    if (head && MEDIATOR_NOUNS.has(head.lemmaNorm) && THROUGH.has(tokens[m.first - 1]?.norm ?? '') && !isRoleOnly(m)) mediator = m;
    // "through the mediation of Qatar"
    else if (tokens[m.first - 1]?.norm === 'OF' && tokens[m.first - 2]?.lemmaNorm === 'MEDIATION' && (THROUGH.has(tokens[m.first - 3]?.norm ?? '') || (tokens[m.first - 3]?.pos === 'DET' && THROUGH.has(tokens[m.first - 4]?.norm ?? '')))) mediator = m;
    if (!mediator) continue;
    const at = mediator.first;
    const home = clauses.filter((c) => c.verb < at && c.end >= at - 1).pop();
    if (!home) continue;
    const parties = [home.subject, home.object].filter((x): x is ActorMention => !!x && x !== mediator && !isRoleOnly(x));
    const own = new Set(mediator.codes.map((x) => countryOf(x)));
    const base = { first: home.verb, last: mediator.last, verbRule: MEDIATION_RULE, kind: 'verb' as const };
    for (const party of parties) for (const code of party.codes) {
      if (own.has(countryOf(code))) continue;
      for (const mc of mediator.codes) out.push(coded(base, '045', { mention: mediator, code: mc }, { mention: party, code }, home.modality, null));
    }
  }
}

export function codeMediation(tokens: Token[], mentions: ActorMention[], clauses: Clause[]): CodedEvent[] {
  const out: CodedEvent[] = [];
  for (let p = 1; p < tokens.length; p++) {
    const t = tokens[p];
    if (!t || !MEDIATING_PARTICIPLES.has(t.norm)) continue;
    const hyphen = tokens[p - 1]?.text === '-';
    // on a noun: "a swap brokered by", "talks in Ankara mediated by" (a place between), or glued before one
    const onNoun = hyphen ? tokens[p + 1]?.pos === 'NOUN' || tokens[p + 1]?.pos === 'ADJ' : tokens[p - 1]?.pos === 'NOUN' || (tokens[p - 1]?.pos === 'PROPN' && !!inMention(mentions, p - 1) && tokens[p - 3]?.pos === 'NOUN');
    // ... or set off by commas after a noun phrase of parties: "Talks between Israel and Hamas, mediated by Egypt, ended"
    const setOff = !onNoun && !hyphen ? partiesBefore(tokens, mentions, p) : [];
    if ((!onNoun && !setOff.length) || BACKGROUND.has(headPreposition(tokens, hyphen ? p - 2 : setOff.length ? (setOff[0]?.first ?? p) : p))) continue;
    const mediator = mediatorOf(tokens, mentions, p);
    if (!mediator?.codes.length) continue;
    // (else the nearest clause before it that is no participle after a comma: "freed 52 prisoners, including a Polish
    // citizen, in a deal brokered by X" is about the freeing)
    const adjunct = (c: Clause): boolean => tokens[c.groupStart - 1]?.norm === ',' && /ING$/.test(tokens[c.verb]?.norm ?? '');
    const home = clauses.filter((c) => c.start <= p && c.end >= p && c.verb !== p).sort((a, b) => (a.end - a.start) - (b.end - b.start))[0]
      ?? clauses.filter((c) => c.verb < p && !adjunct(c)).pop();
    let parties = setOff.length ? setOff : betweenParties(tokens, mentions, p + 1);
    // (and the other party of a deal signed WITH it after the participle: "signed a truce mediated by Qatar with the
    // Malian government")
    if (!parties.length && home) parties = [home.subject, home.object, home.preps.find((x) => x.prep === 'WITH' && x.mention.first > mediator.last)?.mention].filter((m): m is ActorMention => !!m);
    const modality: Modality = home?.modality ?? 'asserted';
    const base = { first: Math.min(p, mediator.first), last: Math.max(p, mediator.last), verbRule: MEDIATION_RULE, kind: 'verb' as const };
    // (not a place between the noun and the participle, "talks in Ankara mediated by", nor a party named only by its
    // role, "exchanged prisoners"; the mediator's own country is no party)
    const own = new Set(mediator.codes.map((x) => countryOf(x)).filter((x) => x !== ''));
    for (const party of parties) {
      if (party === mediator || (!setOff.length && party.first < p && party.last >= p - 2 && party.first > (home?.verb ?? -1)) || isRoleOnly(party)) continue;
      for (const code of party.codes) {
        if (mediator.codes.includes(code) || own.has(countryOf(code))) continue;
        for (const m of mediator.codes) {
          out.push(coded(base, '045', { mention: mediator, code: m }, { mention: party, code }, modality, null));
        }
      }
    }
  }
  throughMediators(tokens, mentions, clauses, out);
  return out;
}
