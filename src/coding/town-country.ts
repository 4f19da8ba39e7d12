/**
 * A role placed by a town or city that no actor dictionary names: "Israeli strikes killed 12 residents of eastern Khan
 * Younis", "gunmen killed five villagers near Kayes", "a hospital in the town of Adre". The actor dictionaries name
 * states, capitals and the large cities (`dictionaries/actors/cities.txt`); the gazetteer of places
 * (`document/gazetteer.ts`) knows every town of 1,000 people or more. When `localise` finds no dictionary place, the
 * first capitalised name of the role's place phrase is looked up in the gazetteer, and a town found gives the role its
 * country (rule id `place-city:<the gazetteer's name>`); a violent act aimed at such a town targets its country
 * (`townTarget`, rule id `town-target:<name>`). The places stage runs after the events stage and is not read: this
 * module asks the gazetteer itself.
 *
 * Guards, for a person's name or an organisation that is also a town ("supporters of Warren", "students at Columbia")
 * and for a name several countries' towns bear:
 * - the name stands where `placesRole` reads a place (after "in", "at", "near", "outside", "the town of", "southwest
 *   of", "residents of"), never where the actor stage read an actor, and is a whole capitalised name (not the start of
 *   "Kabul University", not an acronym, not a word of `CITY_STOP_WORDS`), whose best gazetteer entry is a town;
 * - a town of a country the sentence (else the story) names as an actor is taken ("Paris, Texas" in a sentence about
 *   Texas), unless a namesake elsewhere is more than ten times larger (the places stage's rule) or the text names two
 *   countries with a town of that name: then the role stays unplaced;
 * - with no such country, the largest namesake is taken only from `UNNAMED_MIN_POPULATION` people up ("villagers near
 *   Menaka" in a story that does not name Mali stay unplaced);
 * - only a role of the built-in dictionaries (`townCountry`).
 *
 * Cost: the gazetteer is asked only for a capitalised word after a place phrase's preposition, in a clause whose role
 * has no country yet; the compact gazetteer keeps its answers, and it is loaded once per process (the places stage
 * loads it anyway).
 */
import type { ActorMention, Token } from '../types.js';
import { loadGazetteer, type Place } from '../document/gazetteer.js';
import { CITY_STOP_WORDS } from '../document/places.js';
import { addNamedCountries, BUILT_IN_RULE, joinedHyphen, placeRoles, placesRole } from './actor-country.js';
import { inMention } from './clause-words.js';
import { CALENDAR_WORDS } from './word-classes.js';

/** The fewest people a town whose country the text does not name must have to place a role. */
const UNNAMED_MIN_POPULATION = 20_000;
/** A town of a country the text names loses to a namesake elsewhere this many times larger ("Paris" in a story of the US). */
const LARGER_NAMESAKE = 10;
/** The most tokens a town's name runs to ("Dar es Salaam", "Deir al - Balah"). */
const MAX_NAME_TOKENS = 5;
/** Lower-case words inside a town's name, before a capitalised word or a hyphen: "Deir al-Balah", "Rio de Janeiro". */
const NAME_CONNECTORS: ReadonlySet<string> = new Set(['al', 'el', 'ad', 'ar', 'as', 'ash', 'an', 'at', 'az', 'de', 'del', 'da', 'do', 'dos', 'es', 'la', 'le', 'bin', 'ben']);
/** The actor code of a country where it differs from the gazetteer's ISO alpha-3 (as `scripts/generate-countries.ts`). */
const ACTOR_CODES: Readonly<Record<string, string>> = { XKK: 'KSV' };

/** Does `text` start with a capital letter? */
const capitalised = (text: string | undefined): boolean => {
  const c = text?.charCodeAt(0) ?? 0;
  if (c >= 65 && c <= 90) return true;
  if (c < 128) return false;
  const ch = (text as string).charAt(0);
  return ch !== ch.toLowerCase();
};

/**
 * The last token of the capitalised name that starts at `k` (its inner connectors and hyphens included), or -1 when the
 * name runs on past `to` or into an actor mention, or more capitalised words follow it (a longer name: "Kabul
 * University").
 */
function nameEnd(tokens: Token[], mentions: ActorMention[], k: number, to: number): number {
  let end = k;
  for (let j = k + 1; j < to && j - k < MAX_NAME_TOKENS; j++) {
    const t = tokens[j] as Token;
    if (capitalised(t.text)) {
      if (inMention(mentions, j)) return -1;
      end = j;
    }
    else if (!(joinedHyphen(tokens, j) || (NAME_CONNECTORS.has(t.text) && (capitalised(tokens[j + 1]?.text) || joinedHyphen(tokens, j + 1))))) break;
  }
  const next = tokens[end + 1];
  return next && capitalised(next.text) && /\p{L}/u.test(next.text) && !CALENDAR_WORDS.has(next.norm) ? -1 : end;
}

/** The name tokens [k, end] spell, spaced as the text spaces them. */
function spelled(tokens: Token[], k: number, end: number): string {
  let out = (tokens[k] as Token).text;
  for (let j = k + 1; j <= end; j++) out += ((tokens[j] as Token).start > (tokens[j - 1] as Token).end ? ' ' : '') + (tokens[j] as Token).text;
  return out;
}

const actorCode = (iso3: string): string => ACTOR_CODES[iso3] ?? iso3;

/**
 * The town that `towns` (a name's towns, best first) means: that of the one country among `named` that has one (null
 * when two have, or a namesake elsewhere is far larger); undefined when no country of `named` has one.
 */
function namedTown(towns: Place[], named: ReadonlySet<string>): Place | null | undefined {
  const local = towns.filter((p) => named.has(actorCode(p.country)));
  const first = local[0];
  if (!first) return undefined;
  if (local.some((p) => p.country !== first.country)) return null;
  return (first.population ?? 0) * LARGER_NAMESAKE >= ((towns[0] as Place).population ?? 0) ? first : null;
}

/**
 * Give the role-only `m` the country of the first town the gazetteer knows that a place phrase in [from, to) names
 * (`placesRole`), as the module's doc says; `story`: the countries the story's actors name (`storyCountries`). Only a role of the
 * built-in dictionaries: the gazetteer stands in for their city actors, and under others (PETRARCH's, Phoenix) a role
 * keeps what they give it, as their gold has it ("Russian police arrested students in Moscow": ---EDU).
 */
export function townCountry(m: ActorMention, tokens: Token[], mentions: ActorMention[], from: number, to: number, story: ReadonlySet<string>): void {
  if (!BUILT_IN_RULE.test(m.rules[0] ?? '')) return;
  for (let k = Math.max(from, 1); k < to; k++) {
    const t = tokens[k] as Token;
    if (!capitalised(t.text) || capitalised(tokens[k - 1]?.text) || inMention(mentions, k)) continue;
    const end = nameEnd(tokens, mentions, k, to);
    if (end < 0 || !placesRole(m, tokens, mentions, k, from)) continue;
    const town = townNamed(tokens, mentions, k, end, story, UNNAMED_MIN_POPULATION);
    if (town === undefined) continue;
    if (town) placeRoles(m, actorCode(town.country), `place-city:${town.name}`);
    return;
  }
}

/**
 * The town the capitalised name [k, end] names, its namesakes told apart as the module's doc says (`least`: the fewest
 * people its largest namesake must have when the text names none of their countries; `doer`: a country that names no
 * namesake, the attacker's own); null when the name is a town the text does not settle, undefined when it is no town
 * (an acronym, a word of `CITY_STOP_WORDS`, no gazetteer town).
 */
function townNamed(tokens: Token[], mentions: ActorMention[], k: number, end: number, story: ReadonlySet<string>, least: number, doer = ''): Place | null | undefined {
  const t = tokens[k] as Token;
  const name = spelled(tokens, k, end);
  // (an acronym, "at UNICEF"; a word that is a town but mostly something else, "in Mission")
  if (end === k && (t.text.length > 1 && t.text === t.text.toUpperCase() || CITY_STOP_WORDS.has(name.toLowerCase()))) return undefined;
  const found = loadGazetteer().lookup(name);
  if (found[0]?.kind !== 'city') return undefined;
  const towns = found.filter((p) => p.kind === 'city');
  const sentence = new Set<string>();
  addNamedCountries(mentions, sentence);
  sentence.delete(doer);
  let town = namedTown(towns, sentence);
  if (town === undefined) town = namedTown(towns, doer && story.has(doer) ? new Set([...story].filter((x) => x !== doer)) : story);
  if (town === undefined) town = ((towns[0] as Place).population ?? 0) >= least ? (towns[0] as Place) : null;
  return town;
}

/** The fewest people a town the text names no country of must have to be a violent act's target (`townTarget`). */
const TARGET_MIN_POPULATION = 10_000;
/** Prepositions that aim a violent act at a place: "a raid on the town of X", "fired at X", "an offensive against X". */
const AIMING_PREPS: ReadonlySet<string> = new Set(['ON', 'AT', 'AGAINST', 'UPON']);
/** Words between an aiming preposition (or the verb) and the town's name: "on the town of", "on the besieged city of". */
const LEAD_TAGS: ReadonlySet<string> = new Set(['DET', 'ADJ']);
/** Nouns of a kind of settlement before "of" and the town's name: "the town of Tubas". */
const SETTLEMENT_NOUNS: ReadonlySet<string> = new Set(['TOWN', 'CITY', 'VILLAGE', 'SETTLEMENT', 'CAMP', 'OUTSKIRTS', 'CENTRE', 'CENTER']);

/**
 * Does the name at `k` stand where a violent act's verb at `verb` aims (its object, or an ON/AT/AGAINST phrase after
 * the verb and its object), articles, adjectives and "the town of" before it? `direct`: the verb may take it as object.
 */
function aimedPlace(tokens: Token[], verb: number, k: number, direct: boolean): boolean {
  let j = k - 1;
  if (tokens[j]?.norm === 'OF' && SETTLEMENT_NOUNS.has(tokens[j - 1]?.lemmaNorm ?? '')) j -= 2;
  while (j > verb && LEAD_TAGS.has(tokens[j]?.pos ?? '')) j--;
  return j === verb ? direct : AIMING_PREPS.has(tokens[j]?.norm ?? '');
}

/**
 * "Russian troops shelled Vovchansk", "carried out a raid on the town of Tubas": a violent act on a town that no actor
 * dictionary names targets the town's country, as an act on a city of `dictionaries/actors/cities.txt` does (rule id
 * `town-target:<the gazetteer's name>`). The name must be a whole capitalised proper name (tagged PROPN, not an actor
 * mention) in the clause's tokens (verb, end] where `aimedPlace` reads a target, and a town by `townNamed`'s guards
 * with `TARGET_MIN_POPULATION`; the doer's own country (`doer`) does not tell its namesakes apart ("Russian forces
 * advanced on Pokrovsk" is Ukraine's Pokrovsk, not a Russian village of the name). The country is the target even when
 * it is the doer's own: CAMEO codes a state's forces shelling their own country's town as an act on that country
 * (SYRMIL → SYR), as it does for a named city. Returns a mention of the town (not among the sentence's mentions), or null.
 */
export function townTarget(tokens: Token[], mentions: ActorMention[], verb: number, to: number, direct: boolean, story: ReadonlySet<string>, doer: string): ActorMention | null {
  for (let k = verb + 1; k < to; k++) {
    const t = tokens[k] as Token;
    if (t.pos === 'VERB' || t.pos === 'PUNCT') return null;
    if (t.pos !== 'PROPN' || !capitalised(t.text) || inMention(mentions, k) || !aimedPlace(tokens, verb, k, direct)) continue;
    const end = nameEnd(tokens, mentions, k, to);
    const town = end < 0 ? undefined : townNamed(tokens, mentions, k, end, story, TARGET_MIN_POPULATION, doer);
    if (!town) return null;
    const last = tokens[end] as Token;
    const text = spelled(tokens, k, end);
    // (keys in ActorMention's order, `kind` before `role`, as every other mention: a second key order is a second
    // map, and the functions reading mentions were deoptimised by the first town target)
    return { first: k, last: end, start: t.start, end: last.end, text, codes: [actorCode(town.country)], name: town.name, rules: [`town-target:${town.name}`], kind: 'actor', role: undefined };
  }
  return null;
}
