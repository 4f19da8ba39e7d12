/**
 * Giving a role with no country its country (the events stage's actor placing): "police in Caracas", "rebels led by
 * X", "troops of X", a sentence that names exactly one state — and the tests the stage uses on participants
 * (`isRoleOnly`, `sameCountry`, `countryOf`).
 */
import type { ActorMention, Token } from '../types.js';
import { AFFILIATION_PARTICIPLES, compassName, goBetween } from '../pipeline/clauses.js';
import { TRAVEL_NOUNS, USE_PARTICIPLES } from './clause-words.js';
import { FORCE_MEANS_HEADS, LAUNCHER_NOUNS, MISSION_NOUNS, MUNITION_NOUNS, WEAPON_SUBJECT_HEADS } from './word-classes.js';
import { mapPacked } from '../pipeline/packed.js';

export const sameCountry = (a: ActorMention, b: ActorMention): boolean =>
  a.codes.every((x) => b.codes.every((y) => x.slice(0, 3) === y.slice(0, 3) && !x.startsWith('---')));

/** Does `b` stand for the members of compound `a` each ("Kenya and Uganda ... their troops": KEN|UGA, KENMIL|UGAMIL)? */
export const eachMember = (a: ActorMention, b: ActorMention): boolean =>
  a.codes.length > 1 && b.codes.length === a.codes.length && a !== b && a.codes.every((x, k) => !x.startsWith('---') && x.slice(0, 3) === b.codes[k]?.slice(0, 3));

export const isRoleOnly = (m: ActorMention): boolean => m.codes.every((x) => x.startsWith('---'));

/**
 * A compound whose members share one code, so that its codes name one actor ("ELN guerrillas and FARC dissidents":
 * COLREB): more than one dictionary rule and an "and" between them (a single name with "and" in it, "Bosnia and
 * Herzegovina", has one rule).
 */
export const sharedCodeCompound = (m: ActorMention): boolean => m.codes.length === 1 && m.rules.length > 1 && m.text.split(' ').some((w) => w.toUpperCase() === 'AND');

/** A compound with a role that has no country beside actors that have one: "the army and the RSF" (---MIL, SDNREB). */
export const hasRolePart = (m: ActorMention): boolean => m.codes.length > 1 && m.codes.some((x) => x.startsWith('---')) && !isRoleOnly(m);

/**
 * Settlers placed by a territory another state settles are that state's civilians: "settlers" in a story of West Bank
 * villages are Israeli, never Palestinian (elsewhere settlers are the country's own: "settlers in the Amazon").
 */
const SETTLED_BY: ReadonlyMap<string, string> = new Map([['PSE', 'ISR']]);
const SETTLERS = /\bSETTLERS?$/i;

/** The country a role mention placed in `country` belongs to (settlers of a settled territory: `SETTLED_BY`). */
function settlersHome(m: ActorMention, country: string): string | undefined {
  return SETTLERS.test(m.text) ? SETTLED_BY.get(country) : undefined;
}

/**
 * Give `country` to the roles of `m` that have none, recording the rule that placed them (in a compound only those
 * roles take it: "urged the army and the RSF to stop fighting in Sudan").
 */
export function placeRoles(m: ActorMention, country: string, rule: string): void {
  const home = settlersHome(m, country) ?? country;
  m.codes = mapPacked(m.codes, (c) => (c.startsWith('---') ? home + c.slice(3) : c));
  m.rules = [...m.rules, rule];
}

/** Roles that belong to the country whose affairs a sentence reports (not refugees, peacekeepers, religions). */
const DOMESTIC_ROLE = /^(?:GOV|MIL|CVL|JUD|COP|BUS|LEG|MED|CRM|REB|SPY|INS|OPP|PTY|LAB|EDU|ELI|REL|HRI|AGR|HLH|ENV|UAF)/;

/**
 * Role mentions one clause left unplaced because the other participant was that state itself: a later clause of the
 * sentence does not place them, so one mention does not carry two codes in two events.
 */
const leftUnplaced = new WeakSet<ActorMention>();

/** Roles of a state's armed forces and police. */
const STATE_FORCE = /^(?:MIL|COP)/;
/** Roles of armed groups outside the state: rebels, insurgents, separatists, unaligned armed forces. */
const NON_STATE_ARMED = /^(?:REB|INS|SEP|UAF)/;

/**
 * A role-only mention (or the roles of a compound, `hasRolePart`) takes the country of a sentence that names exactly one (a state, its people, its places or
 * institutions; a named person says nothing about where the others are). Not when the other participant is that
 * state itself ("the government thanked China": the government is not China's), nor when the text places the role
 * somewhere the dictionaries do not know ("students in Moscow" without Moscow in them).
 */
export function contextCountry(m: ActorMention, tokens: Token[], mentions: ActorMention[], other: ActorMention | null, doer = false, rule = 'context-country', violent = false): void {
  if (leftUnplaced.has(m) || !m.codes.every((c) => DOMESTIC_ROLE.test(c.slice(3)))) return;
  if (chamberOfLeader(m, tokens, other)) return;
  let k = m.last + 1;
  if (['IN', 'AT'].includes(tokens[k]?.norm ?? '')) {
    k++;
    while (tokens[k]?.pos === 'DET' || tokens[k]?.pos === 'ADJ') k++;
    if (tokens[k]?.pos === 'PROPN' && !mentions.some((x) => x.first <= k && x.last >= k)) return;
  }
  const one = sentenceCountry(tokens, mentions);
  if (!one || !chamberFits(m, one.country)) return;
  const { country, from } = one;
  // the other participant as a place ("a curfew in Algiers") says where, not who
  // (not a demonym modifying the noun after it: "killed in Russian strikes" names the doer, not where)
  const place = !!other && ['IN', 'AT'].includes(tokens[other.first - 1]?.norm ?? '') && tokens[other.last + 1]?.pos !== 'NOUN';
  // "an air strike killed Hezbollah fighters", "soldiers shot Palestinian protesters": a military is not placed by the
  // country its opponents' name carries (rebels fighting "the Mozambique government", police or a judge acting on
  // "Chilean officials" are); it is by a place ("troops fired on a village in Nigeria")
  // (the doer only: "Colombian rebels killed four soldiers" places the soldiers)
  const armed = doer && m.codes.every((c) => c.slice(3).startsWith('MIL'));
  const victims = armed && !!other && other.codes.some((c) => countryOf(c) === country) && !namedAsPlace(tokens, from);
  // ("a drone attack on Kyiv killed ten people", "the air strike on a school in Gaza that killed dozens": a means of
  // attack is not placed by the country named after it, which is where it struck, not whose forces used it)
  const struck = doer && FORCE_MEANS_HEADS.has(tokens[m.last]?.lemmaNorm ?? '') && from.first > m.last;
  // "The army and Hamas clashed in Gaza": a state force with no country beside a named rebel or militant group of the
  // sentence's country (a group code, not the bare role: "soldiers and Houthi rebels" may be the country's own
  // soldiers) is that group's opponent, not its country's force
  const opposing = m.codes.some((c) => c.startsWith('---') && STATE_FORCE.test(c.slice(3))) && m.codes.some((c) => countryOf(c) === country && NON_STATE_ARMED.test(c.slice(3)) && c.length > 6);
  // "Drones hit an energy facility in Odesa", "In Kyiv, drones struck a power plant": a weapon or craft doing violence
  // is not the country it struck (`attackedPlace`)
  const unnamed = doer && violent && attackedPlace(m, tokens, other, from, country);
  // (settlers acting on the people of the territory they settle are not that people: "settlers attacked a Palestinian
  // village")
  if (!settlersHome(m, country) && (struck || opposing || unnamed || (!place && (other?.codes.includes(country) || victims)))) {
    leftUnplaced.add(m);
    return;
  }
  placeRoles(m, country, `${rule}:${from.rules[0] ?? ''}`);
}

/**
 * Heads of a doer the text leaves unnamed: a weapon or craft ("drones", "a car bomb", "rockets"). Not people who
 * attack: "gunmen abducted 20 students in northwestern Nigeria" are the country's own armed men, as CAMEO codes a
 * domestic story's "gunmen" (its Turkey table: TURREB).
 */
const ATTACKER_HEADS: ReadonlySet<string> = new Set([...MUNITION_NOUNS, ...LAUNCHER_NOUNS, ...WEAPON_SUBJECT_HEADS]);
/** Is an upper-case word a weapon or craft (`ATTACKER_HEADS`), singular or plural ("DRONES", tagged a name, has no lemma)? */
const weaponWord = (w: string): boolean => ATTACKER_HEADS.has(w) || ATTACKER_HEADS.has(w.replace(/S$/, ''));
/** Prepositions before a place an attack strikes or happens in ("in Odesa", "on Kyiv", "near the town of X"). */
const ATTACKED_PREPS: ReadonlySet<string> = new Set(['IN', 'AT', 'ON', 'NEAR', 'OVER', 'ACROSS', 'INTO', 'TOWARD', 'TOWARDS', 'AROUND', 'OUTSIDE', 'INSIDE', 'AGAINST', 'THROUGHOUT']);

/**
 * Is the role `m`, the doer of a violent act, a weapon or craft (`ATTACKER_HEADS`: "drones", "missiles")
 * whose sentence's one `country` (named by `from`) is only the place or the target attacked — the target itself or
 * a mention after a place preposition ("in Odesa", "In Kabul, a car bomb")? Then the text does not say whose it is
 * ("drones launched from Russia" does; "Ukrainian drones" and "Russia's drones" have their country already).
 */
function attackedPlace(m: ActorMention, tokens: Token[], other: ActorMention | null, from: ActorMention, country: string): boolean {
  const head = tokens[m.last];
  if (!ATTACKER_HEADS.has(head?.lemmaNorm ?? '') && !weaponWord(head?.norm ?? '')) return false;
  if (other && (other === from || (from.first >= other.first && from.last <= other.last) || other.codes.some((c) => countryOf(c) === country))) return true;
  return ATTACKED_PREPS.has(tokens[from.first - 1]?.norm ?? '') || (tokens[from.first - 1]?.pos === 'DET' && ATTACKED_PREPS.has(tokens[from.first - 2]?.norm ?? ''));
}

/** A state's own offices and forces, who do not react to their state's deeds as its people do. */
const STATE_ROLE = /^(?:GOV|MIL|COP|JUD|LEG|SPY|ELI)/;

/**
 * "Cuba released 12 dissidents in what opposition groups called a cynical ploy": a domestic role with no country that is
 * none of the state's offices or forces (the opposition, activists, civilians) reacting to a state's deed is that
 * state's people when the sentence names that state only. Returns whether it placed `m`.
 */
export function reactorCountry(m: ActorMention, tokens: Token[], mentions: ActorMention[], state: ActorMention): boolean {
  if (!isRoleOnly(m) || !m.codes.every((c) => DOMESTIC_ROLE.test(c.slice(3)) && !STATE_ROLE.test(c.slice(3)))) return false;
  const one = sentenceCountry(tokens, mentions);
  if (!one || !state.codes.every((c) => countryOf(c) === one.country)) return false;
  placeRoles(m, one.country, `reactor-country:${one.from.rules[0] ?? ''}`);
  return true;
}

/**
 * States whose national legislature is called "Congress" (a bare "Congress" elsewhere is a party or a gathering:
 * India's Congress, a party congress).
 */
const CONGRESS_STATES: ReadonlySet<string> = new Set(['USA', 'PHL', 'COL', 'PER', 'MEX', 'CHL', 'ARG', 'BRA', 'GTM', 'HND', 'PRY', 'ESP', 'FSM']);
/** States whose legislature has a chamber called "Senate" in English (most upper houses; not Iran's, Israel's, Iraq's, Russia's). */
const SENATE_STATES: ReadonlySet<string> = new Set([
  'USA', 'CAN', 'MEX', 'BRA', 'ARG', 'CHL', 'COL', 'PER', 'PRY', 'URY', 'BOL', 'DOM', 'HTI', 'BHS', 'BRB', 'JAM', 'TTO', 'BLZ',
  'ATG', 'GRD', 'LCA', 'FRA', 'ITA', 'ESP', 'POL', 'CZE', 'ROU', 'NLD', 'BEL', 'IRL', 'AUS', 'PHL', 'THA', 'KHM', 'MYS', 'PAK',
  'AFG', 'KAZ', 'UZB', 'PLW', 'JOR', 'EGY', 'NGA', 'KEN', 'LBR', 'ZWE', 'BDI', 'RWA', 'COD', 'COG', 'CMR', 'GAB', 'CIV', 'TCD',
  'GNQ', 'MDG', 'LSO', 'SWZ',
]);
/** Legislative chambers a role noun names by their own name, and the states that have a chamber of that name. */
const NAMED_CHAMBERS: ReadonlyMap<string, ReadonlySet<string>> = new Map([['SENATE', SENATE_STATES], ['CONGRESS', CONGRESS_STATES]]);

/**
 * Can the role mention `m` be `country`'s? A chamber named by its own name with no country written to it, "the Senate",
 * "Congress", is a name only some states' legislatures bear (`NAMED_CHAMBERS`): the text says whose it is ("Rwanda's
 * Senate", "the Senate in Paris") or it is none of a state with no such chamber, however much the story is about that
 * state — "the Senate approved the bill" in a story of Iran is not Iran's (nor is a bare "Congress" in a story of
 * India, where Congress is a party). Every other role fits every country. Asked wherever context alone would place a
 * role: the sentence's one country (`contextCountry`), the story's one country (`placeOffices`) and "the <role>" as
 * the latest state (coref's `description:state-role`).
 */
export function chamberFits(m: ActorMention, country: string): boolean {
  const states = m.codes.every((c) => c.endsWith('LEG')) ? NAMED_CHAMBERS.get(m.text.slice(m.text.lastIndexOf(' ') + 1).toUpperCase()) : undefined;
  return !states || states.has(country);
}
/**
 * The rule id of an entry of the built-in dictionaries: the chamber's country is their knowledge (under the Phoenix
 * dictionaries a bare agent keeps no country, as PETRARCH's gold has it).
 */
export const BUILT_IN_RULE = /^builtin\//;
/** Roles of a state's head or its government, whom that state's own legislature presses, asks or summons. */
const EXECUTIVE_ROLE = /^(?:GOV|ELI)/;

/**
 * "Congress is pressuring Obama", "Petro was summoned by Congress": a bare "Congress" acting on (or acted
 * on by) the head or government of a state whose legislature has that name is that state's (rule id
 * `chamber-of-leader`); a named leader gives the sentence no country otherwise (`sentenceCountry`).
 */
function chamberOfLeader(m: ActorMention, tokens: Token[], other: ActorMention | null): boolean {
  if (!other || other.codes.length !== 1 || !m.codes.every((c) => c === '---LEG') || tokens[m.last]?.norm !== 'CONGRESS' || !BUILT_IN_RULE.test(m.rules[0] ?? '')) return false;
  const code = other.codes[0] ?? '';
  const cc = countryOf(code);
  if (!CONGRESS_STATES.has(cc) || !EXECUTIVE_ROLE.test(code.slice(3))) return false;
  placeRoles(m, cc, `chamber-of-leader:${other.rules[0] ?? ''}`);
  return true;
}

/**
 * The one country a sentence names (a state, its people, its places or institutions), with the first mention that
 * names it; null when it names none or several. A named leader's country gives none but makes another ambiguous.
 */
export function sentenceCountry(tokens: Token[], mentions: ActorMention[]): { country: string; from: ActorMention } | null {
  let country = '';
  let from: ActorMention | null = null;
  const leaders = new Set<string>();
  for (const p of mentions) {
    if (p.kind === 'inferred') continue;
    // "a UK-based group", "Iran-backed militias": a country glued to a participle says where a group sits or who
    // backs it, not where things happen
    if (tokens[p.last + 1]?.text === '-' && RELATION_PARTICIPLES.has(tokens[p.last + 2]?.norm ?? '')) continue;
    // (nor a visitor: "clashed with police during a visit by the Israeli president" is not in the visitor's country;
    // nor one served: "a man convicted of spying for Israel")
    if (traveller(tokens, p) || employer(tokens, p)) continue;
    // (a go-between leaves the sentence no country: "the militia that signed a deal brokered by Turkey" is not Turkish,
    // and the parties it stands between are of some other country, which the sentence need not name)
    if (goBetween(tokens, p)) return null;
    // (nor a foreign mission: "rallied near the U.S. embassy" stands in the host country, not the United States)
    if (MISSION_NOUNS.has(tokens[p.last]?.lemmaNorm ?? '')) continue;
    // a leader's country makes the sentence's country ambiguous when it differs, but gives none ("Congress is
    // pressuring Obama to help Iran" leaves Congress unplaced)
    const leader = p.rules[0]?.includes('leaders') ?? false;
    for (const c of p.codes) {
      const cc = countryOf(c);
      if (!cc) continue;
      if (leader) leaders.add(cc);
      else if (country && cc !== country) return null;
      else {
        country = cc;
        from ??= p;
      }
    }
  }
  for (const cc of leaders) if (cc !== country) return null;
  return country && from ? { country, from } : null;
}

/** Roles that are a state's offices: a minister, the government, a parliament, a court. */
const OFFICE_ROLE = /^(?:GOV|LEG|JUD)/;

/** The countries a sentence's mentions name (as `sentenceCountry` counts them, leaders included). */
function namedCountries(mentions: ActorMention[]): Set<string> {
  const out = new Set<string>();
  for (const p of mentions) if (p.kind !== 'inferred') for (const c of p.codes) if (countryOf(c)) out.add(countryOf(c));
  return out;
}

/** The countries a story's mentions name (as `sentenceCountry` counts them), as the actor and coref stages left them. */
export function storyCountries(sentences: readonly { mentions: ActorMention[] }[]): Set<string> {
  const all = new Set<string>();
  for (const s of sentences) addNamedCountries(s.mentions, all);
  return all;
}

/**
 * "French rail workers went on strike. Transport Minister X condemned the walkout": in a story that names exactly one
 * country (`named`: `storyCountries`), an office with no country (a minister, the government, parliament, a court) in a
 * sentence that names none is that country's. Returns the story's one country, '' when it names none or several.
 */
export const documentCountry = (named: ReadonlySet<string>): string => (named.size === 1 ? [...named][0] ?? '' : '');

/** Place the offices with no country (OFFICE_ROLE) of a sentence naming no country in the story's one `country`. */
export function placeOffices(mentions: ActorMention[], country: string): void {
  if (!country || namedCountries(mentions).size) return;
  for (const m of mentions) {
    if (isRoleOnly(m) && m.codes.every((c) => OFFICE_ROLE.test(c.slice(3))) && chamberFits(m, country)) placeRoles(m, country, `document-country:${country}`);
  }
}

/** Roles of a state's law enforcement, which act where a story is filed: police, prosecutors and courts. */
const LAW_ROLE = /^(?:COP|JUD)$/;

/**
 * The country of a story's dateline ("CHISINAU —", "OSLO (Reuters) —"): the one country of the mention opening the
 * first sentence right before its dash or agency; '' when there is none.
 */
export function datelineCountry(tokens: readonly Token[], mentions: readonly ActorMention[]): string {
  const m = mentions.find((x) => x.first === 0);
  const code = m?.codes.length === 1 ? m.codes[0] ?? '' : '';
  const next = m ? tokens[m.last + 1]?.text ?? '' : '';
  return /^[A-Z]{3}$/.test(code) && /^(?:—|–|-|--|\()$/.test(next) && m?.kind === 'actor' ? code : '';
}

/**
 * "CHISINAU — Moldova expelled two Russian diplomats after police detained five men", "Prosecutors charged the men":
 * police, prosecutors and courts with no country are those of the country a story is filed from (`country`:
 * `datelineCountry`) when their sentence names no state but that one (the dateline itself not counted), or opens with it; not
 * when a place follows them ("police in Moscow"), which the clause's own reading places.
 */
export function placeLawRoles(mentions: ActorMention[], tokens: readonly Token[], country: string, dateline: boolean): void {
  if (!country) return;
  const own = dateline ? mentions.filter((m) => m.first !== 0) : mentions;
  const named = namedCountries(own);
  // (another state named too: only when the sentence opens with the dateline's, "Moldova expelled two Russian
  // diplomats after police …"; not "LONDON — Iran said police had arrested three British nationals")
  const opener = own.reduce<ActorMention | null>((a, m) => (!a || m.first < a.first ? m : a), null);
  if (named.size > 1 || (named.size === 1 && !named.has(country))) {
    if (!named.has(country) || !opener || opener.codes.length !== 1 || opener.codes[0] !== country) return;
  }
  for (const m of mentions) {
    if (isRoleOnly(m) && m.codes.every((c) => LAW_ROLE.test(c.slice(3))) && !['IN', 'OF', 'FROM'].includes(tokens[m.last + 1]?.norm ?? '')) placeRoles(m, country, `dateline-country:${country}`);
  }
}

/** Add the countries a sentence's mentions name to `into` (the countries a story has named so far). */
export function addNamedCountries(mentions: ActorMention[], into: Set<string>): void {
  for (const c of namedCountries(mentions)) into.add(c);
}

/**
 * "Al-Shabaab fighters stormed a hotel in Kismayo, Somali police said. Security forces ended the siege": in a sentence
 * that names no country, a state's forces with no country (STATE_FORCE: troops, security forces, police) are those of
 * the one country the story has named before it (`before`); a state named only later ("Kenya condemned the attack")
 * does not make them another's, and a story that has named two names none.
 */
export function placeForces(mentions: ActorMention[], before: ReadonlySet<string>): void {
  if (before.size !== 1 || namedCountries(mentions).size) return;
  const [country] = before;
  if (!country) return;
  for (const m of mentions) {
    // (not a weapon or craft: "Drones hit an energy facility" in a story of Ukraine are not Ukraine's)
    if (isRoleOnly(m) && m.codes.every((c) => STATE_FORCE.test(c.slice(3))) && !weaponWord(m.text.slice(m.text.lastIndexOf(' ') + 1).toUpperCase())) placeRoles(m, country, `story-country:${country}`);
  }
}

/**
 * The victims with no country of a state's violent act take the one country, other than the doer's, that the
 * sentence names outside the speakers who report it: "Israeli airstrikes on the Gaza Strip killed 27 people" (PSE).
 * Not when the doer has no single country or the sentence names a third one. Those who help the doer do it (`helpers`:
 * "France helped Mali fight the insurgents") are on its side, no other.
 */
export function opposingCountry(m: ActorMention, tokens: Token[], mentions: ActorMention[], doer: ActorMention, speakers: ReadonlySet<ActorMention>, helpers: ReadonlySet<ActorMention>): void {
  if (!m.codes.every((c) => DOMESTIC_ROLE.test(c.slice(3)))) return;
  const own = doer.codes.length === 1 ? countryOf(doer.codes[0] ?? '') : '';
  if (!own) return;
  let country = '';
  let from: ActorMention | null = null;
  for (const p of mentions) {
    if (p.kind === 'inferred' || speakers.has(p) || helpers.has(p) || p === m || employer(tokens, p)) continue;
    if (tokens[p.last + 1]?.text === '-' && RELATION_PARTICIPLES.has(tokens[p.last + 2]?.norm ?? '')) continue;
    // (the country across a border says where: "attacked rebels near the border with X", "villagers fleeing toward the
    // Turkish border")
    if (['WITH', 'OF'].includes(tokens[p.first - 1]?.norm ?? '') && BORDER_WORD.test(tokens[p.first - 2]?.norm ?? '')) continue;
    if (borderSide(tokens, p)) continue;
    for (const c of p.codes) {
      const cc = countryOf(c);
      if (!cc || cc === own) continue;
      if (country && cc !== country) return;
      country = cc;
      from ??= p;
    }
  }
  if (!country || !from) return;
  placeRoles(m, country, `opposing-country:${from.rules[0] ?? ''}`);
}

const BORDER_WORD = /^(?:BORDERS?|FRONTIERS?)$/;
/** A country named as one side of a border ("near the Chadian border"; not "the Turkish border town of X"): where, not whose. */
const borderSide = (tokens: Token[], p: ActorMention): boolean => BORDER_WORD.test(tokens[p.last + 1]?.norm ?? '') && tokens[p.last + 2]?.pos !== 'NOUN';

export const COMPASS = /^(NORTH|SOUTH)?(EAST|WEST)$|^(NORTH|SOUTH|OUTSIDE)$/;

/** Participles glued to a country by a hyphen that relate a group to it: "UK-based", "Iran-backed", "Saudi-led". */
const RELATION_PARTICIPLES = new Set(['BASED', 'BACKED', 'LED', 'FUNDED', 'BORN', 'MADE', 'BUILT', 'SUPPORTED', 'SPONSORED', 'ALIGNED', 'ALLIED', 'LINKED', 'RUN', 'OWNED']);

/** Locative prepositions: "in Nigeria", "near the border", "across the region". */
export const LOCATIVE = new Set(['IN', 'AT', 'NEAR', 'ACROSS', 'INSIDE', 'THROUGHOUT']);

/** Is a mention's country given as a place: a locative preposition inside it or just before it ("a school in Nigeria")? */
function namedAsPlace(tokens: Token[], m: ActorMention): boolean {
  for (let j = Math.max(0, m.first - 3); j <= m.last; j++) if (LOCATIVE.has(tokens[j]?.norm ?? '')) return true;
  return false;
}

/** Is `m` the traveller of a journey noun: "a visit by X", "the visit of the French president"? */
function traveller(tokens: Token[], m: ActorMention): boolean {
  let k = m.first - 1;
  while (tokens[k]?.pos === 'DET' || tokens[k]?.pos === 'ADJ') k--;
  return (tokens[k]?.norm === 'BY' || tokens[k]?.norm === 'OF') && TRAVEL_NOUNS.has(tokens[k - 1]?.lemmaNorm ?? '');
}

/** Verbs of serving another: the FOR phrase of "spying for X", "worked for the CIA" names whom one serves. */
const SERVING_VERBS = new Set(['spy', 'work', 'collaborate', 'inform', 'serve']);

/**
 * Is `m` the employer in a FOR phrase of a verb of serving ("a man convicted of spying for Israel", "a journalist
 * accused of working for the CIA")? It names whom the person served, not where the sentence's act happened, nor the
 * country of those it was done to.
 */
function employer(tokens: Token[], m: ActorMention): boolean {
  let k = m.first - 1;
  while (tokens[k]?.pos === 'DET' || tokens[k]?.pos === 'ADJ') k--;
  return tokens[k]?.norm === 'FOR' && SERVING_VERBS.has(tokens[k - 1]?.lemma ?? '');
}

/** Is the character at `i` of `s` an ASCII capital (false past the end)? */
const capitalAt = (s: string, i: number): boolean => {
  const ch = s.charCodeAt(i);
  return ch >= 65 && ch <= 90;
};
/**
 * The country of an actor code ("PSEGZA" gives PSE); none for an international or unplaced one. (Character tests
 * rather than two regular expressions: this runs for every code of every mention in several places of each sentence.)
 */
export const countryOf = (code: string): string =>
  capitalAt(code, 0) && capitalAt(code, 1) && capitalAt(code, 2) && !code.startsWith('IGO') && !code.startsWith('NGO') && !code.startsWith('IMG') && !code.startsWith('MNC') ? code.slice(0, 3) : '';

/**
 * Is `code` a state ("KEN", when `bare`) or one of its bodies with a role of `roles` ("KENGOV", "KENMIL")? Never an
 * international, non-governmental or multinational code. The callers choose which roles make a state's body.
 */
export function stateCode(code: string, roles: ReadonlySet<string>, bare: boolean): boolean {
  return countryOf(code) !== '' && ((bare && code.length === 3) || (code.length === 6 && roles.has(code.slice(3))));
}

/**
 * Nouns of those who live in a place, and of its offices, whose OF phrase places them: "residents of Kayes", "the people
 * of X", "the mayor of X" (not "supporters of X", "lawyers of X": an OF phrase after them names a person as often).
 */
const DWELLER_HEADS: ReadonlySet<string> = new Set(['RESIDENT', 'VILLAGER', 'INHABITANT', 'PEOPLE', 'CITIZEN', 'TOWNSPEOPLE', 'LOCAL', 'MAYOR', 'GOVERNOR']);
/** Is `t` a noun of `DWELLER_HEADS` (a sentence's first word, read as a name, keeps its plural: "Residents of X …")? */
const dweller = (t: Token | undefined): boolean => !!t && (DWELLER_HEADS.has(t.lemmaNorm) || DWELLER_HEADS.has(t.norm.replace(/S$/, '')));

/**
 * Does the name that starts at token `first` say where the role `m` is? "in/at X" — the preposition may stand before
 * modifiers ("in northwest Pakistan", "in the capital Kabul"), a participle used as one ("in the occupied West Bank"),
 * or "of" after a noun of the country's parts ("in several cities of Iran", "near the town of X") —, "near X",
 * "outside X", "southwest of X", "from X" right after the role ("dissidents from X", "rebels from X"), "of X" right after
 * a role of those who live there (`DWELLER_HEADS`: "residents of eastern X"). `from` is the first token the phrase may
 * start at.
 */
export function placesRole(m: ActorMention, tokens: Token[], mentions: ActorMention[], first: number, from: number): boolean {
  let k = first - 1;
  const partOf = (j: number): boolean => tokens[j]?.norm === 'OF' && PART_NOUNS.has(tokens[j - 1]?.lemmaNorm ?? '');
  while (k > from && (['ADJ', 'DET', 'NOUN'].includes(tokens[k]?.pos ?? '') || compassName(tokens[k]) || (tokens[k]?.pos === 'VERB' && /ED$/.test(tokens[k]?.norm ?? '')) || partOf(k)) && k > first - 5) k--;
  const prep = tokens[k]?.norm;
  if (prep === 'IN' || prep === 'AT' || prep === 'NEAR' || prep === 'OUTSIDE') return true;
  if (prep === 'OF' && (COMPASS.test(tokens[k - 1]?.norm ?? '') || (k === m.last + 1 && dweller(tokens[m.last])))) return true;
  return tokens[m.last + 1]?.norm === 'FROM' && tokens.slice(m.last + 2, first).every((t, i) => ['ADJ', 'DET', 'NOUN'].includes(t.pos) || t.text === '-' || mentions.some((x) => x.first <= m.last + 2 + i && x.last >= m.last + 2 + i));
}

/**
 * Give a role-only mention the country of the first place phrase (`placesRole`) in [from, to) that names a country or
 * one of its places (a region, "the Gaza Strip", PSEGZA, gives its country). Returns whether it placed `m`.
 */
export function localise(m: ActorMention, tokens: Token[], mentions: ActorMention[], from: number, to: number, skip: ActorMention | null = null): boolean {
  for (const p of mentions) {
    if (p === m || p === skip || p.first < from || p.last >= to || borderSide(tokens, p)) continue;
    const country = countryOf(p.codes[0] ?? '');
    if (p.codes.length === 1 && country && placesRole(m, tokens, mentions, p.first, from)) {
      placeRoles(m, country, `place-country:${p.rules[0] ?? ''}`);
      return true;
    }
  }
  return false;
}

/**
 * "Russian missiles and drones": a country adjective before two coordinated nouns modifies both, so a role-only
 * mention right after "and"/"or" and a noun takes the country of the adjective before that noun.
 */
export function sharedCountry(m: ActorMention, tokens: Token[], mentions: ActorMention[]): void {
  const conj = tokens[m.first - 1]?.norm;
  if ((conj !== 'AND' && conj !== 'OR') || tokens[m.first - 2]?.pos !== 'NOUN') return;
  const adj = mentions.find((x) => x.last === m.first - 3);
  const code = adj?.codes.length === 1 ? (adj.codes[0] ?? '') : '';
  if (!adj || !/^[A-Z]{3}$/.test(code) || !countryOf(code) || adj.first !== adj.last || tokens[adj.first - 1]?.pos === 'ADP') return;
  m.codes = mapPacked(m.codes, (c) => code + c.slice(3));
  m.rules = [...m.rules, `shared-modifier:${adj.rules[0] ?? ''}`];
}

/**
 * "hackers linked to X" (also tied, affiliated, connected; an ally is not a member), "drones launched by X" (also
 * fired, sent, deployed, ...): a role-only mention right before such a participle takes the country of X.
 */
export function ownerAfter(m: ActorMention, tokens: Token[], mentions: ActorMention[]): void {
  const part = tokens[m.last + 1]?.norm ?? '';
  const prep = tokens[m.last + 2]?.norm ?? '';
  const linked = AFFILIATION_PARTICIPLES.has(part) && part !== 'ALLIED' && (prep === 'TO' || prep === 'WITH');
  if (!linked && !(USE_PARTICIPLES.has(part) && prep === 'BY')) return;
  let k = m.last + 3;
  while (tokens[k]?.pos === 'DET' || tokens[k]?.pos === 'ADJ') k++;
  const owner = mentions.find((x) => x.first === k);
  const country = owner?.codes.length === 1 ? countryOf(owner.codes[0] ?? '') : '';
  if (!owner || !country) return;
  placeRoles(m, country, `owner:${owner.rules[0] ?? ''}`);
}

/** "Saudi-led coalition warplanes": a role-only mention after "X-led" takes the country of X. */
export function ledBy(m: ActorMention, tokens: Token[], mentions: ActorMention[]): void {
  // (the mention may hold "led", or start after the noun the compound modifies: "X-led coalition warplanes")
  let k = tokens[m.first]?.norm === 'LED' ? m.first : m.first - 1;
  while (tokens[k]?.pos === 'NOUN' && k > m.first - 3) k--;
  if (tokens[k]?.norm !== 'LED' || !joinedHyphen(tokens, k - 1)) return;
  const leader = mentions.find((x) => x.last === k - 2);
  const country = leader?.codes.length === 1 ? countryOf(leader.codes[0] ?? '') : '';
  if (!leader || !country) return;
  placeRoles(m, country, `led-by:${leader.rules[0] ?? ''}`);
}

/** Heads of people a state holds for its own reasons ("political prisoners", "detainees"): not hostages, not prisoners of war. */
const INMATE_HEADS = new Set(['PRISONER', 'DETAINEE', 'INMATE', 'CONVICT', 'DISSIDENT']);
/**
 * The roles of a state's bodies that hold its own people — a government, its courts, police and security services (an
 * army frees captives of war): with the state itself, the holders `stateCode` accepts for `ownPrisoners` and `domesticAct`.
 */
const HOLDER_ROLES: ReadonlySet<string> = new Set(['GOV', 'JUD', 'COP', 'SPY']);
/** A state, or one of its holding bodies (`HOLDER_ROLES`): "KEN", "KENGOV", "KENCOP". */
const stateHolder = (code: string): boolean => stateCode(code, HOLDER_ROLES, true);

/**
 * "Nicaragua's government freed 135 political prisoners": prisoners of no stated country whom a state releases (`code`
 * 084x) are its own people ("Hamas freed three hostages" names hostages, whose country the text gives or not; "freed 12
 * prisoners of war" are another side's).
 */
export function ownPrisoners(m: ActorMention, releaser: ActorMention, tokens: Token[], code: string | null | undefined): void {
  if (!code?.startsWith('084') || !isRoleOnly(m) || releaser.codes.length !== 1) return;
  const country = countryOf(releaser.codes[0] ?? '');
  if (!country || !stateHolder(releaser.codes[0] ?? '') || !INMATE_HEADS.has(tokens[m.last]?.lemmaNorm ?? '')) return;
  if (tokens[m.last + 1]?.norm === 'OF' && tokens[m.last + 2]?.norm === 'WAR') return;
  placeRoles(m, country, `released-own:${releaser.rules[0] ?? ''}`);
}

/** Roles of a state's own people and public life: no armed forces, rebels or spies, who are as often another side's. */
const CIVIC_ROLE = /^(?:GOV|CVL|JUD|COP|BUS|LEG|MED|CRM|OPP|LAB|EDU|ELI|REL|HRI|AGR|HLH|ENV)/;

/**
 * "Serbia arrested opposition leaders", "Iran's judiciary charged journalists": civic roles of no country (`CIVIC_ROLE`)
 * that a state or one of its civil offices arrests, detains or charges (173) or represses (175) are that state's own
 * people — a domestic act, as a restriction at home (172) is — so the state being the other participant does not keep
 * them unplaced (`contextCountry`, rule id `domestic-act`).
 */
export function domesticAct(m: ActorMention, doer: ActorMention | null, code: string | null | undefined): boolean {
  return !!doer && !!code && (code.startsWith('173') || code.startsWith('175')) && doer.codes.length === 1 && stateHolder(doer.codes[0] ?? '')
    && isRoleOnly(m) && m.codes.every((c) => CIVIC_ROLE.test(c.slice(3)));
}

/** Nouns of a country's parts, whose OF phrase places what is in them: "in several cities of Iran". */
const PART_NOUNS = new Set(['CITY', 'TOWN', 'PART', 'REGION', 'PROVINCE', 'AREA', 'DISTRICT', 'STATE']);

/** A hyphen written between two words with no space: "large-scale", "live-fire". */
export const joinedHyphen = (tokens: Token[], j: number): boolean => tokens[j]?.text === '-' && tokens[j - 1]?.end === tokens[j]?.start && tokens[j + 1]?.start === tokens[j]?.end;
