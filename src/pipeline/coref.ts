/**
 * Coreference — pronouns, definite descriptions, titles and short names take the codes of the entity they refer
 * to, so that clause analysis finds a coded subject or object where the text says "he", "the alliance" or "the
 * country". Runs after actor recognition and before clause analysis; every resolution is added to the sentence's
 * mentions as an ActorMention (kind 'pronoun' or 'coref', rules `coref:<rule>` followed by the antecedent's rules),
 * keeping the mentions sorted and non-overlapping.
 *
 * Two passes (two stages): `corefStage` resolves third-person references in text order, keeping a history of the
 * entities seen so far; `firstPersonStage` runs after the quote speakers are known and gives "we"/"us"/"our" inside
 * a quote the speaker's organisation.
 *
 * Choosing an antecedent: candidates must agree in kind (person for he/she, organisation or state for it, a plural
 * group for they) and lie in the current or the two previous sentences; the subject of the nearest sentence wins
 * over a non-subject in it ("Ana said officials met Bo. He said …" → Ana), then recency.
 */
import type { ActorMention, Token } from '../types.js';
import { BOUNDARY_SCONJ } from '../coding/clause-words.js';
import { ATTRIBUTION_VERBS, CLAUSE_TAKERS, COMPLEMENT_VERBS, FORCE_MEANS_HEADS, SAID_IN_VERBS } from '../coding/word-classes.js';
import type { SentenceWork, Stage, WorkingDoc } from './stage.js';
import { spanText } from './actors.js';
import { goBetween } from './clauses.js';
import { chamberFits, countryOf, stateCode } from '../coding/actor-country.js';
import { stateDescriptionAt, type StateDescription } from '../coding/state-descriptions.js';
import { mapPacked } from './packed.js';

type EntityKind = 'person' | 'country' | 'igo' | 'org' | 'group';

interface Entity {
  mention: ActorMention;
  kind: EntityKind;
  plural: boolean;
  sentence: number;
  subject: boolean;
  /** Titles written in or right before the mention ("SECRETARY GENERAL", "GENERAL"); persons only. */
  titles: ReadonlySet<string>;
  /** In a dateline ("BAGHDAD (Reuters) —") or where a statement was made: never the antecedent of "the country". */
  dateline: boolean;
  /** Named as a place ("in Brussels"): not the antecedent of "the alliance" or "the organization". */
  place: boolean;
}

/**
 * An entity named again by `mention` (a pronoun, a description): a literal with Entity's fields in their order,
 * not a spread of `e`, so every entity has one object shape and the functions reading them stay optimised.
 */
const retold = (e: Entity, mention: ActorMention, sentence: number, subject: boolean, plural: boolean, kind: EntityKind = e.kind): Entity => ({
  mention, kind, plural, sentence, subject, titles: e.titles, dateline: e.dateline, place: e.place,
});

type Want = (e: Entity) => boolean;

interface PronounRule {
  id: string;
  want: Want;
  possessive: boolean;
}

const singular = (e: Entity): boolean => !e.plural;
const PERSON: Want = (e) => e.kind === 'person' && singular(e);
const BODY: Want = (e) => e.kind !== 'person' && e.kind !== 'group' && singular(e);
const GROUP: Want = (e) => e.plural;
/** Singular role nouns that name one person: "a Libyan officer", "the Kenyan envoy". */
const PERSON_ROLE_NOUNS = new Set(['OFFICER', 'SOLDIER', 'MINISTER', 'COMMANDER', 'GENERAL', 'DIPLOMAT', 'ENVOY', 'AMBASSADOR', 'OFFICIAL',
  'SPOKESMAN', 'SPOKESWOMAN', 'SPOKESPERSON', 'JOURNALIST', 'REPORTER', 'SUSPECT', 'DETAINEE', 'PRISONER', 'JUDGE', 'PROSECUTOR', 'ACTIVIST',
  'CITIZEN', 'NATIONAL', 'PILOT', 'AGENT', 'SPY', 'LAWMAKER', 'SENATOR', 'POLICEMAN', 'GUARD', 'FIGHTER', 'MILITANT', 'STUDENT', 'WORKER', 'DOCTOR',
  'REPRESENTATIVE', 'COORDINATOR']);
/**
 * A body's one person named by a singular role noun (an entity of a country and a role, or an international body's
 * role: "the World Health Organization's country representative", headed by such a noun).
 */
const rolePerson: Want = (e) => (e.kind === 'igo' || (e.kind === 'org' && countryOf(e.mention.codes[0] ?? '') !== '')) && singular(e) && e.mention.codes.length === 1
  && PERSON_ROLE_NOUNS.has(e.mention.text.slice(e.mention.text.lastIndexOf(' ') + 1).toUpperCase());
/** "Police arrested a Libyan officer, but Rome released him": an object "him" also takes a person named by a role noun. */
const PERSON_OR_ROLE: Want = (e) => PERSON(e) || rolePerson(e);

/** Third-person pronouns, as data. */
const PRONOUNS: ReadonlyMap<string, PronounRule> = new Map([
  ['HE', { id: 'pronoun:he', want: PERSON, possessive: false }],
  ['SHE', { id: 'pronoun:she', want: PERSON, possessive: false }],
  ['HIM', { id: 'pronoun:him', want: PERSON_OR_ROLE, possessive: false }],
  ['HIS', { id: 'pronoun:his', want: PERSON, possessive: true }],
  ['HER', { id: 'pronoun:her', want: PERSON, possessive: true }],
  ['IT', { id: 'pronoun:it', want: BODY, possessive: false }],
  ['ITS', { id: 'pronoun:its', want: BODY, possessive: true }],
  ['THEY', { id: 'pronoun:they', want: GROUP, possessive: false }],
  ['THEM', { id: 'pronoun:them', want: GROUP, possessive: false }],
  ['THEIR', { id: 'pronoun:their', want: GROUP, possessive: true }],
]);

/** "her" as an object, as "him" is: "expelled the ambassador, accusing her of …" (not "her visa", "her own"). */
const HER_OBJECT: PronounRule = { id: 'pronoun:her', want: PERSON_OR_ROLE, possessive: false };
/** Is the "her" at `i` an object (no noun phrase of hers follows it)? */
const objectHer = (tokens: Token[], i: number): boolean => !['NOUN', 'PROPN', 'ADJ', 'NUM'].includes(tokens[i + 1]?.pos ?? '') && tokens[i + 1]?.norm !== 'OWN';

const FIRST_PERSON: ReadonlyMap<string, boolean> = new Map([
  ['WE', false], ['US', false], ['OUR', true],
]);

/** Definite descriptions that are not dictionary phrases: "the alliance", "the country", "the allies". */
interface DescriptionRule {
  id: string;
  nouns: string[];
  determiners: string[];
  want: Want;
  /** Only when the document names an entity whose code starts with this (the allies → NATO). */
  requires?: string;
}
const DESCRIPTIONS: DescriptionRule[] = [
  { id: 'alliance', nouns: ['ALLIANCE'], determiners: ['THE', 'THAT', 'THIS'], want: (e) => e.kind === 'igo' && !e.place && ALLIANCE_NAME.test(e.mention.name ?? e.mention.text) },
  { id: 'alliance', nouns: ['ALLIANCE', 'BLOC'], determiners: ['THE', 'THAT', 'THIS'], want: (e) => e.kind === 'igo' && !e.place },
  { id: 'organization', nouns: ['ORGANIZATION', 'ORGANISATION'], determiners: ['THE', 'THAT', 'THIS'], want: (e) => e.kind === 'igo' && !e.place },
  // "the International Atomic Energy Agency ... the agency's inspectors", "the IMF ... the lender said"
  { id: 'agency', nouns: ['AGENCY', 'LENDER', 'WATCHDOG'], determiners: ['THE', 'THAT', 'THIS'], want: (e) => e.kind === 'igo' && !e.place },
  // ("the kingdom", "the Gulf state": `stateDescriptionAt`)
  { id: 'country', nouns: ['COUNTRY', 'NATION', 'REPUBLIC'], determiners: ['THE', 'THAT', 'THIS'], want: (e) => e.kind === 'country' && !e.dateline },
  { id: 'allies', nouns: ['ALLIES'], determiners: ['THE', 'ALL', 'ITS', 'OUR', 'FELLOW'], want: (e) => e.mention.codes[0]?.startsWith('IGOWSTNAT') === true, requires: 'IGOWSTNAT' },
  // "Hamas did not ..., accusing the group of ...": an armed group, party or movement, or a non-governmental
  // organisation named before (not a state's institution)
  { id: 'group', nouns: ['GROUP', 'MOVEMENT', 'MILITIA'], determiners: ['THE', 'THAT', 'THIS'], want: (e) => e.kind === 'org' && !e.place && NON_STATE.test(e.mention.codes[0] ?? '') },
];

/** Roles of a state's bodies that, with the state itself, may be "the country" another venue is not: "KEN", "KENGOV", "KENMIL". */
const VENUE_STATE_ROLES: ReadonlySet<string> = new Set(['GOV', 'MIL', 'COP', 'LEG', 'ELI']);

/**
 * Nouns of saying or deciding whose "that" clause is about their owner: "X's announcement that it …" ("X's claim that
 * it …" is as often about another, and is left to the usual rules).
 */
const STATEMENT_NOUNS = new Set(['ANNOUNCEMENT', 'STATEMENT', 'DECLARATION', 'DECISION', 'PLEDGE', 'PROMISE', 'INSISTENCE', 'DENIAL', 'ADMISSION', 'CONFIRMATION', 'ASSURANCE']);

/** A body's vehicles, ships and premises (`possessive-property`). */
const PROPERTY_NOUNS = new Set([
  'TRUCK', 'TRUCKS', 'CONVOY', 'CONVOYS', 'VEHICLE', 'VEHICLES', 'SHIP', 'SHIPS', 'VESSEL', 'VESSELS', 'AIRCRAFT', 'PLANE',
  'PLANES', 'OFFICE', 'OFFICES', 'HEADQUARTERS', 'WAREHOUSE', 'WAREHOUSES', 'COMPOUND', 'PREMISES',
]);
/** The first word at or after `k` that is no adjective (at most two adjectives: "its local staff"). */
function afterAdjectives(tokens: Token[], k: number): number {
  let j = k;
  while (j < k + 2 && tokens[j]?.pos === 'ADJ') j++;
  return j;
}

/** Nouns for a body's head, staff or members: "its director", "their staff". */
const MEMBER_NOUNS = new Set(['DIRECTOR', 'DIRECTORS', 'HEAD', 'CHIEF', 'STAFF', 'STAFFERS', 'MEMBERS', 'MEMBER', 'PERSONNEL', 'FOUNDER', 'MANAGER', 'MANAGERS', 'DEPUTY', 'CHAIRMAN', 'CHAIR']);

/**
 * Nouns of an office one person holds (singular: "officials" is a group): "Colombia's president", "the governor of
 * Giza", "the defence minister" are persons for "he", "his", "her".
 */
const OFFICE_HOLDERS = new Set([
  'PRESIDENT', 'PREMIER', 'CHANCELLOR', 'MINISTER', 'SECRETARY', 'GOVERNOR', 'MAYOR', 'AMBASSADOR', 'ENVOY', 'SPOKESMAN',
  'SPOKESWOMAN', 'SPOKESPERSON', 'GENERAL', 'COMMANDER', 'KING', 'QUEEN', 'EMIR', 'PRINCE', 'SULTAN', 'MONARCH', 'LEADER',
  'CHAIRMAN', 'CHAIRWOMAN', 'JUDGE', 'PROSECUTOR', 'SENATOR', 'LAWMAKER', 'DIPLOMAT', 'OFFICIAL', 'DICTATOR', 'STRONGMAN',
]);
/** A person known only by office ("Colombia's president"), not by a name of the dictionaries. */
const titledOnly = (e: Entity): boolean => e.kind === 'person' && e.mention.role !== undefined && e.mention.kind !== 'inferred' && !e.mention.rules.some((r) => r.includes('leaders'));

/** The head noun of a role mention: its last word, or the word before an OF phrase ("the governor of Giza"). */
function roleHead(m: ActorMention, tokens: Token[]): number {
  for (let k = m.first + 1; k < m.last; k++) if (tokens[k]?.norm === 'OF') return k - 1;
  return m.last;
}

/**
 * A person's papers, rights and money, which stand for the person when something is done to them
 * (`possessive-property`): "revoked his visa", "froze her assets". (Not a residence or a car: "marched on her
 * residence" names where, the residence is no party.)
 */
const PERSONAL_PROPERTY_NOUNS = new Set(['VISA', 'PASSPORT', 'CITIZENSHIP', 'ASSETS', 'IMMUNITY', 'ACCOUNTS']);

/** A state's forces: "the armed forces", "the security forces", "the police". */
const FORCE_ROLES = new Set(['MIL', 'COP']);
/** Roles of fighters that "the rebels", "the militants", "the guerrillas" have: they name an armed group told before. */
const ARMED_ROLES = new Set(['REB', 'INS']);
/** Codes of armed groups: rebels, insurgents, unidentified armed forces, transnational militant groups. */
const ARMED_GROUP = /^(?:IMG|[A-Z]{3}(?:REB|INS|UAF))/;

/** Codes of bodies that are not a state's: armed groups, parties, movements, NGOs, transnational militant groups. */
const NON_STATE = /^(?:IMG|NGO|[A-Z]{3}(?:REB|INS|UAF|OPP|PTY))/;

const DESCRIPTION_NOUNS: ReadonlySet<string> = new Set(DESCRIPTIONS.flatMap((d) => d.nouns));
/** First letters of `DESCRIPTION_NOUNS`: every token asks, and most are ruled out by their first letter. */
const DESCRIPTION_INITIALS = new Uint8Array(128);
for (const n of DESCRIPTION_NOUNS) DESCRIPTION_INITIALS[n.charCodeAt(0)] = 1;
const isDescriptionNoun = (norm: string): boolean => {
  const c = norm.charCodeAt(0);
  return c < 128 && DESCRIPTION_INITIALS[c] === 1 && DESCRIPTION_NOUNS.has(norm);
};
const NO_TITLES: ReadonlySet<string> = new Set();

/** Names of military alliances: "the alliance" prefers these over other intergovernmental bodies. */
const ALLIANCE_NAME = /\b(?:alliance|treaty|pact|defen[cs]e|security|NATO)\b/i;

/** Agent titles that name one person when used with "the": matched against titles written near a person. */
const PERSON_TITLES: ReadonlyMap<string, string> = new Map([
  ['SECRETARY GENERAL', 'SECRETARY GENERAL'], ['SECRETARY-GENERAL', 'SECRETARY GENERAL'],
  ['PRESIDENT', 'PRESIDENT'], ['PRIME MINISTER', 'PRIME MINISTER'], ['PREMIER', 'PRIME MINISTER'],
  ['FOREIGN MINISTER', 'FOREIGN MINISTER'], ['DEFENSE MINISTER', 'DEFENSE MINISTER'], ['DEFENCE MINISTER', 'DEFENSE MINISTER'],
  ['CHANCELLOR', 'CHANCELLOR'], ['GENERAL', 'GENERAL'], ['COMMANDER', 'COMMANDER'], ['KING', 'KING'], ['QUEEN', 'QUEEN'],
  ['CHIEF', 'CHIEF'], ['SPOKESMAN', 'SPOKESMAN'], ['SPOKESWOMAN', 'SPOKESWOMAN'], ['ENVOY', 'ENVOY'], ['AMBASSADOR', 'AMBASSADOR'],
]);
/** Titles as written before a name ("Gen.", "NATO Secretary General"). */
const WRITTEN_TITLES: [RegExp, string][] = [
  [/\bSECRETARY[\s-]+GENERAL\b/, 'SECRETARY GENERAL'],
  [/\bPRIME MINISTER\b|\bPREMIER\b/, 'PRIME MINISTER'],
  [/\bFOREIGN MINISTER\b/, 'FOREIGN MINISTER'],
  [/\bDEFEN[CS]E MINISTER\b/, 'DEFENSE MINISTER'],
  [/\bPRESIDENT\b/, 'PRESIDENT'],
  [/\bCHANCELLOR\b/, 'CHANCELLOR'],
  [/\bGEN\.?(?=\s|$)|\bGENERAL\b/, 'GENERAL'],
  [/\bCOMMANDER\b|\bHEAD\b/, 'COMMANDER'],
  [/\bKING\b/, 'KING'], [/\bQUEEN\b/, 'QUEEN'], [/\bCHIEF\b/, 'CHIEF'],
  [/\bSPOKES(?:MAN|WOMAN|PERSON)\b/, 'SPOKESMAN'], [/\bENVOY\b/, 'ENVOY'], [/\bAMBASSADOR\b/, 'AMBASSADOR'],
];
/**
 * The word every pattern of `WRITTEN_TITLES` starts with, at a word boundary: a text without one has none of them (most
 * persons named are not titled near their name; fourteen patterns were tried on each).
 */
const ANY_WRITTEN_TITLE = /\b(?:SECRETARY|PRIME|PREMIER|FOREIGN|DEFEN|PRESIDENT|CHANCELLOR|GEN|COMMANDER|HEAD|KING|QUEEN|CHIEF|SPOKES|ENVOY|AMBASSADOR)/;
/** Roles that "the <role>" composes with the most recent state ("the ministry" → IRQGOV). */
const STATE_ROLES = new Set(['GOV', 'MIL', 'SPY', 'JUD', 'LEG', 'COP']);
/** A state's own institution: a country code and one state role ("JPNGOV", "RUSMIL"). */
const stateBody = (code: string): boolean => stateCode(code, STATE_ROLES, false);
/** Heads of a spokesperson phrase. */
const SPOKESPERSONS = new Set(['SPOKESMAN', 'SPOKESWOMAN', 'SPOKESPERSON']);
/** Words that make a capitalised name an organisation, not a person. */
const ORG_WORDS = /\b(?:FORCE|FORCES|CORPS|ARMY|NAVY|GUARDS?|POLICE|COMMAND|MISSION|AUTHORITY|SERVICE|DEPARTMENT|DIRECTORATE|HEADQUARTERS|COUNCIL|MINISTRY|PARTY|FRONT|GROUP|ORGANI[SZ]ATION|STATE|STATES|UNION|AGENCY|COMMITTEE|GOVERNMENT|BANK|COURT|ASSEMBLY|MOVEMENT|BRIGADES?|COALITION)\b/;
/** How many sentences back an antecedent may lie. */
const REACH = 2;

const DATELINE_RE = /^[ \t]*[A-Z][A-Z.'’ -]*[A-Z.](?:,\s*[A-Za-z. ]+)?\s*(?:\([^)\n]{1,40}\)\s*)?[-–—]/;

const BODY_BY_LEADER = new Set(['coref:description:led-by', 'coref:description:speaker-state']);

function kindOf(m: ActorMention, tokens: Token[]): EntityKind | null {
  const code = m.codes[0];
  if (!code || code.startsWith('---')) return null;
  if (m.codes.length > 1) return 'group';
  // (a state's body told by way of its leader, "the junta, led by X", "X said the government …", is no person)
  if (m.kind === 'inferred' || (m.rules.some((r) => r.includes('leaders')) && !BODY_BY_LEADER.has(m.rules[0] ?? ''))) return 'person';
  // ("Colombia's president", "the governor of Giza": a titled role is one person, whom "he"/"his" name, not "its";
  // so is a body's head named by its pronoun, "ECOWAS … Its commission president")
  const holder = OFFICE_HOLDERS.has(tokens[roleHead(m, tokens)]?.norm ?? '');
  if (holder && m.kind === 'coref' && /^(?:IGO|NGO)/.test(code)) return 'person';
  if (code.startsWith('IGO')) return 'igo';
  if (/^(?:NGO|IMG|MNC)/.test(code)) return 'org';
  if (code.length === 3) return 'country';
  if (holder) return 'person';
  const words = tokens.slice(m.first, m.last + 1);
  const names = words.filter((t) => /^\p{Lu}/u.test(t.text) && t.pos === 'PROPN');
  if (names.length >= 2 && names.length === words.length && !ORG_WORDS.test(m.text.toUpperCase())) return 'person';
  return 'org';
}

/** Plural heads with no -s of a group of people: "fishermen", "gunmen", "children", "people". */
const IRREGULAR_PLURAL = /^(?:\p{L}+MEN|CHILDREN|PEOPLE)$/u;

function isPlural(m: ActorMention, tokens: Token[]): boolean {
  if (m.codes.length > 1) return true;
  // (the head is before a place the mention takes in: "hostages in Bamako", "rebels from Sudan")
  let last = m.last;
  for (let k = m.first + 1; k < m.last; k++) {
    if (tokens[k]?.pos === 'ADP') {
      last = k - 1;
      break;
    }
  }
  const head = tokens[last];
  return !!head && ((head.pos === 'NOUN' && /S$/.test(head.norm) && head.norm !== head.lemma.toUpperCase()) || pluralGroupName(m, tokens, head));
}

/**
 * "the Houthis", "the Zetas": a movement (`NON_STATE`) named by "the" and a plural proper noun is "they", not "it"
 * ("the Houthis detained eight of its staff": "its" is not theirs); a state or a body so named ("the United States",
 * "the United Nations") is one.
 */
const pluralGroupName = (m: ActorMention, tokens: Token[], head: Token): boolean =>
  head.pos === 'PROPN' && m.last > m.first && tokens[m.first]?.norm === 'THE' && /\p{Ll}s$/u.test(head.text) && NON_STATE.test(m.codes[0] ?? '');

function titlesOf(m: ActorMention, tokens: Token[]): ReadonlySet<string> {
  const before = spanText(tokens, Math.max(0, m.first - 3), m.first - 1, 'norm');
  const text = `${before} ${m.text.toUpperCase()}`;
  if (!ANY_WRITTEN_TITLE.test(text)) return NO_TITLES;
  const out = new Set<string>();
  for (const [re, title] of WRITTEN_TITLES) if (re.test(text)) out.add(title);
  return out;
}

/** A mention heads a clause when a verb follows it, or when it comes before the sentence's first verb. */
/** Does a phrase set off by the comma at `j` end in a comma before a verb with no verb inside it? */
function subjectAfterComma(tokens: Token[], j: number): boolean {
  // (a relative clause may hold finite verbs of its own: "ECOWAS, which Niger left last year, urged …")
  const relative = COMMA_RELATIVES.has(tokens[j + 1]?.norm ?? '');
  for (let k = j + 1; k < tokens.length; k++) {
    const t = tokens[k] as Token;
    if (t.norm === ',') return tokens[k + 1]?.pos === 'VERB' || tokens[k + 1]?.pos === 'AUX';
    if (!relative && (t.pos === 'AUX' || (t.pos === 'VERB' && k > j + 1 && !PARTICIPLE_FORM.test(t.text)))) return false;
  }
  return false;
}
const PARTICIPLE_FORM = /(?:ED|EN|ING)$/i;

function isSubject(m: ActorMention, tokens: Token[]): boolean {
  let j = m.last + 1;
  // (a phrase set off by commas after a subject that opens the sentence leaves it the subject: "The junta, led by
  // Captain X since 2022, has announced …", "Kenya, which borders Somalia, said …")
  if (tokens[j]?.norm === ',') return m.first === 0 && m.codes.length === 1 && subjectAfterComma(tokens, j);
  // ("in parts of northern Yemen controlled by X": a name in a phrase of another noun, not a share of it as in "dozens
  // of students", is no subject, whatever participle follows)
  if (tokens[m.first - 1]?.norm === 'OF' && !shareOf(tokens, m.first - 1)) return false;
  // ("ECOWAS, which Niger left last year, urged …": the subject of a relative clause set off by commas is not the
  // sentence's)
  if ((tokens[m.first - 1]?.norm === 'WHICH' || tokens[m.first - 1]?.norm === 'WHOM') && tokens[m.first - 2]?.norm === ',') return false;
  const next = tokens[j];
  if (next && (next.pos === 'AUX' || next.pos === 'VERB')) return true;
  for (j = 0; j < m.first; j++) {
    const t = tokens[j];
    if (t && (t.pos === 'VERB' || t.pos === 'AUX')) return false;
  }
  return true;
}

function coref(
  tokens: Token[],
  first: number,
  last: number,
  ante: ActorMention,
  kind: ActorMention['kind'],
  rule: string,
  codes: string[] = ante.codes,
  // (a parameter, not `{ ...coref(…), name: null }`: a spread copy is a mention of another object shape, which
  // deoptimises every function that reads mentions)
  name: string | null = ante.name ?? ante.text,
): ActorMention {
  const a = tokens[first] as Token;
  const b = tokens[last] as Token;
  return {
    first, last, start: a.start, end: b.end,
    text: spanText(tokens, first, last),
    codes, name, rules: [`coref:${rule}`, ...ante.rules], kind, role: undefined,
  };
}

/**
 * "its forces" → the antecedent's state with the agent's role (IRQ + ---MIL → IRQMIL). An organisation takes no role;
 * one that speaks names its own people in what it says ("UNIFIL said Israeli troops fired on its peacekeepers":
 * IGOUNOPKO), but its people it acts on itself stay a role ("the UN rejected a call for its peacekeepers to ...").
 */
function composeRole(base: string, agentCode: string, speaks = false, head = false): string | null {
  // ("the IAEA … its inspectors": the people a body of that kind has are the body, `ownerRule`)
  if (BODY_PEOPLE.test(agentCode)) return base.startsWith(agentCode.slice(0, 3)) ? base : null;
  // (a body's head speaks for it: "ECOWAS … Its commission president", "its chairman")
  if (/^(?:IGO|NGO|IMG|MNC)/.test(base)) return speaks || head ? base : null;
  const role = agentCode.slice(3);
  const root = base.slice(0, 3);
  return base.length > 3 && base.slice(3).includes(role) ? base : root + role;
}

/** The agent is the head of its noun phrase ("its troops"), not a modifier ("its military training mission"). */
function headsPhrase(tokens: Token[], agent: ActorMention): boolean {
  const next = tokens[agent.last + 1];
  return !next || !['NOUN', 'PROPN', 'ADJ'].includes(next.pos);
}

/** A state named where a statement was made ("said in Berlin") is not what the text is about. */
function statementPlace(m: ActorMention, tokens: Token[]): boolean {
  const prep = tokens[m.first - 1];
  const verb = tokens[m.first - 2];
  return prep?.norm === 'IN' && !!verb && SAID_IN_VERBS.has(verb.lemma);
}

class History {
  private readonly entities: Entity[] = [];
  private readonly surnames = new Map<string, Entity>();
  private readonly codesSeen = new Set<string>();
  /**
   * Groups of people named by a role with no country ("the fishermen", "the hostages", "the soldiers"): kept apart
   * from the entities, as they are the antecedent of a share only ("released five of them"), never of "they" or "it".
   */
  private readonly people: Entity[] = [];

  addPeople(e: Entity): void {
    this.people.push(e);
  }

  /** The group of people named latest before `beforeOffset` in `sentence` or the `reach` sentences before it, if any. */
  latestPeople(sentence: number, beforeOffset: number, reach: number, want: Want): Entity | null {
    for (let k = this.people.length - 1; k >= 0; k--) {
      const e = this.people[k] as Entity;
      if (sentence - e.sentence > reach) break;
      if (e.mention.end <= beforeOffset && want(e)) return e;
    }
    return null;
  }

  add(e: Entity, tokens: Token[]): void {
    this.entities.push(e);
    for (const c of e.mention.codes) this.codesSeen.add(c);
    if (e.kind === 'person' && e.mention.last > e.mention.first && e.mention.kind !== 'pronoun') {
      const surname = tokens[e.mention.last];
      // (a capitalised title is no surname: "the Colombian President")
      if (surname && /^\p{Lu}/u.test(surname.text) && !OFFICE_HOLDERS.has(surname.norm)) this.surnames.set(surname.norm, e);
    }
  }

  hasCode(prefix: string): boolean {
    for (const c of this.codesSeen) if (c.startsWith(prefix)) return true;
    return false;
  }

  surname(norm: string): Entity | undefined {
    return this.surnames.get(norm);
  }

  /** Best antecedent for a reference at `sentence`, token `before` (entities of that sentence must precede it). */
  find(want: Want, sentence: number, beforeOffset: number, reach = REACH): Entity | null {
    let best: Entity | null = null;
    let bestScore = Infinity;
    for (let k = this.entities.length - 1; k >= 0; k--) {
      const e = this.entities[k] as Entity;
      if (sentence - e.sentence > reach) break;
      if (e.mention.end > beforeOffset || !want(e)) continue;
      // (a person named by office alone gives way to one named by name in the same sentence: "Iran's supreme leader
      // ordered a strike over the killing of Haniyeh ... he had been assassinated")
      const score = (sentence - e.sentence) * 10 + (e.subject ? 0 : 3) + (titledOnly(e) ? 4 : 0);
      if (score < bestScore) {
        best = e;
        bestScore = score;
      }
    }
    return best;
  }

  /** The subject nearest before `beforeOffset` in `sentence`, if any. */
  lastSubject(sentence: number, beforeOffset: number): Entity | null {
    for (let k = this.entities.length - 1; k >= 0; k--) {
      const e = this.entities[k] as Entity;
      if (e.sentence !== sentence) break;
      if (e.subject && e.mention.end <= beforeOffset) return e;
    }
    return null;
  }

  /** The first subject in `sentence` before `beforeOffset` that satisfies `want`, if any. */
  firstSubject(sentence: number, beforeOffset: number, want: Want): Entity | null {
    let first: Entity | null = null;
    for (let k = this.entities.length - 1; k >= 0; k--) {
      const e = this.entities[k] as Entity;
      if (e.sentence !== sentence) break;
      if (e.subject && e.mention.end <= beforeOffset && want(e)) first = e;
    }
    return first;
  }

  /** The most recent entity that satisfies `want`, however far back. */
  latest(want: Want, beforeOffset: number): Entity | null {
    for (let k = this.entities.length - 1; k >= 0; k--) {
      const e = this.entities[k] as Entity;
      if (e.mention.end <= beforeOffset && want(e)) return e;
    }
    return null;
  }
}

const overlaps = (ms: ActorMention[], first: number, last: number): boolean =>
  ms.some((m) => m.first <= last && m.last >= first);

function insert(s: SentenceWork, add: ActorMention[], replace: Set<ActorMention>): void {
  if (!add.length) return;
  s.mentions = [...s.mentions.filter((m) => !replace.has(m)), ...add].sort((a, b) => a.first - b.first);
}

/**
 * Is `m` the subject of the verb at `v`: written right before its verb group ("Russia attacked it"), or shared by
 * an -ing adjunct after a comma or a verb after "and" ("..., accusing it", "... and praised it") with no relative or
 * subordinate clause opened in between ("guerrillas who overran it" is not the main subject's)?
 */
function subjectOf(tokens: Token[], m: ActorMention, v: number): boolean {
  let g = v;
  while (g - 1 > m.last && ['AUX', 'ADV', 'PART'].includes(tokens[g - 1]?.pos ?? '')) g--;
  if (g - 1 === m.last) return true;
  const joined = tokens[g - 1]?.pos === 'CCONJ' || (tokens[g - 1]?.norm === ',' && /ING$/.test(tokens[v]?.norm ?? ''));
  return joined && tokens.slice(m.last + 1, g).every((t) => t.pos !== 'SCONJ' && !['WHO', 'WHICH', 'THAT', 'WHOM', 'WHOSE'].includes(t.norm));
}

/** Words for a share of a group before "of them": "three of them", "most of them". */
const SHARE_WORDS = new Set(['SOME', 'SEVERAL', 'MANY', 'MOST', 'ALL', 'FEW', 'DOZENS', 'HUNDREDS', 'THOUSANDS', 'SCORES', 'EACH', 'BOTH', 'NONE', 'HALF']);
/** Is token `k` the OF of a share, a number or a word of `SHARE_WORDS` before it ("three of", "most of")? */
const shareOf = (tokens: Token[], k: number): boolean =>
  tokens[k]?.norm === 'OF' && (tokens[k - 1]?.pos === 'NUM' || SHARE_WORDS.has(tokens[k - 1]?.norm ?? ''));

/**
 * The verb whose object the pronoun at `i` is: right after it ("killed them"), or after a share right after it ("killed
 * three of them", "freed most of them"); -1 when neither.
 */
function objectVerb(tokens: Token[], i: number): number {
  if (tokens[i - 1]?.pos === 'VERB') return i - 1;
  return shareOf(tokens, i - 1) && tokens[i - 3]?.pos === 'VERB' ? i - 3 : -1;
}

/** Is token i an expletive "it" ("it is clear that …", "it seems")? */
function expletive(tokens: Token[], i: number): boolean {
  const next = tokens[i + 1];
  if (!next) return false;
  if (['seem', 'appear', 'remain', 'matter', 'take', 'look'].includes(next.lemma)) return true;
  if (next.lemma !== 'be') return false;
  let j = i + 2;
  while (tokens[j] && (tokens[j]?.pos === 'ADV' || tokens[j]?.pos === 'PART')) j++;
  return tokens[j]?.pos !== 'VERB';
}

/** "in", "at", "from", "to" before a mention name it as a place. */
const isPlacePreposition = (norm: string | undefined): boolean => norm === 'IN' || norm === 'AT' || norm === 'FROM' || norm === 'TO';
/** A body with no country of its own named after a preposition of place: a venue ("at the ICJ", "in the Security Council"). */
const venue = (x: Entity): boolean => x.place && x.mention.codes.every((c) => countryOf(c) === '');

/** The sentence's mentions by their first token (the last one where two start together). */
function mentionsByFirst(s: SentenceWork): (ActorMention | undefined)[] {
  const byFirst = new Array<ActorMention | undefined>(s.tokens.length);
  for (const m of s.mentions) byFirst[m.first] = m;
  return byFirst;
}

/** One sentence's resolution in progress: what `resolveSentence` and the handlers it calls share. */
interface Work {
  s: SentenceWork;
  tokens: Token[];
  hist: History;
  datelineEnd: number;
  add: ActorMention[];
  replace: Set<ActorMention>;
  byFirst: (ActorMention | undefined)[];
}

/** Adds a mention of the sentence (one of the dictionaries' or a resolution) to the history. */
function register(w: Work, m: ActorMention): void {
  const { s, tokens, hist, datelineEnd } = w;
  const kind = kindOf(m, tokens);
  if (!kind) {
    if (m.kind === 'agent' && m.codes.length === 1 && (isPlural(m, tokens) || IRREGULAR_PLURAL.test(tokens[m.last]?.norm ?? ''))) {
      hist.addPeople({ mention: m, kind: 'group', plural: true, sentence: s.index, subject: isSubject(m, tokens), titles: NO_TITLES, dateline: false, place: false });
    }
    return;
  }
  hist.add({
    mention: m, kind, plural: kind === 'group' || isPlural(m, tokens), sentence: s.index,
    subject: isSubject(m, tokens), titles: kind === 'person' ? titlesOf(m, tokens) : NO_TITLES, dateline: m.end <= datelineEnd || statementPlace(m, tokens),
    place: isPlacePreposition(tokens[m.first - 1]?.norm),
  }, tokens);
}

/** Do tokens first..last overlap a mention of the sentence or one resolved so far? */
const taken = (w: Work, first: number, last: number): boolean => overlaps(w.s.mentions, first, last) || overlaps(w.add, first, last);

/**
 * Resolves the sentence's references in text order. The loop only dispatches: each kind of reference is a function
 * of its own, returning the token to go on after (or -1: no reference there), so that the loop stays small enough for
 * V8 to optimise under the coder's `--max-optimized-bytecode-size` (src/cli/v8-flags.ts); as one function of 6,572
 * bytes of bytecode it ran in baseline code.
 */
function resolveSentence(s: SentenceWork, hist: History, datelineEnd: number): void {
  const tokens = s.tokens;
  const w: Work = { s, tokens, hist, datelineEnd, add: [], replace: new Set<ActorMention>(), byFirst: mentionsByFirst(s) };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    // "the Gulf state", "the island nation", "the former Soviet republic", "the kingdom": the latest state of that
    // kind named before (a dictionary body the description also names, "the commonwealth", gives way to it)
    const sd = stateDescriptionAt(tokens, i);
    if (sd && !overlaps(w.add, i, sd.last)) {
      const j = stateDescriptionRef(w, i, sd);
      if (j >= 0) {
        i = j;
        continue;
      }
    }
    // "the two countries", "both sides", "the two leaders": the two most recent parties named (before a mention that
    // starts at the determiner: "Both governments" is a role mention from "both" on, which the pair replaces)
    if (PAIR_DETERMINERS.has(t.norm)) {
      const j = pairRef(w, i);
      if (j >= 0) {
        i = j;
        continue;
      }
    }
    // "Burundi, whose troops have fought alongside …": the state of a possessive relative pronoun's antecedent
    if (t.norm === 'WHOSE') {
      const j = whoseRef(w, i);
      if (j >= 0) {
        i = j;
        continue;
      }
    }
    // "the council" after "Venezuela's National Electoral Council": the body named before by a name with that head
    if (t.norm === 'THE' && BODY_HEADS.has(tokens[i + 1]?.norm ?? '')) {
      const j = namedBodyRef(w, i);
      if (j >= 0) {
        i = j;
        continue;
      }
    }
    const m = w.byFirst[i];
    if (m) {
      mentionAt(w, m);
      i = m.last;
      continue;
    }
    // "its southern neighbour": the other state told last
    if (t.norm === 'ITS') {
      const j = neighbourRef(w, i);
      if (j >= 0) {
        i = j;
        continue;
      }
    }
    // pronouns
    const rule = t.pos === 'PRON' || t.pos === 'DET' ? (t.norm === 'HER' && objectHer(tokens, i) ? HER_OBJECT : PRONOUNS.get(t.norm)) : undefined;
    if (rule && !(t.norm === 'IT' && expletive(tokens, i))) {
      i = pronounAt(w, i, rule);
      continue;
    }
    // definite descriptions: "the alliance", "the country"
    const next = tokens[i + 1];
    if (next && isDescriptionNoun(next.norm) && !taken(w, i, i + 1)) {
      const j = descriptionRef(w, i, next);
      if (j >= 0) {
        i = j;
        continue;
      }
    }
    // short names: "Stoltenberg" after "Jens Stoltenberg"
    if (t.pos === 'PROPN') shortName(w, i);
  }
  insert(s, w.add, w.replace);
}

/**
 * Head nouns of a body's name that "the <noun>" names again: "Venezuela's National Electoral Council … the council",
 * "the International Criminal Court … the court", "the National Unity Party … the party". ("the agency" is an
 * international body's only, `DESCRIPTIONS`: "Iran's Fars news agency said the agency had been hacked" names no other.)
 */
const BODY_HEADS: ReadonlySet<string> = new Set(['COUNCIL', 'COMMISSION', 'COMMITTEE', 'BOARD', 'TRIBUNAL', 'COURT', 'AUTHORITY', 'PARTY',
  'FRONT', 'MOVEMENT', 'BRIGADE', 'ASSEMBLY', 'PARLIAMENT', 'MINISTRY', 'COMMAND', 'CORPS', 'COALITION', 'JUNTA', 'CABINET']);

/** A body's name of two or more words, a determiner before it aside ("the court" is none; "the Supreme Court" is). */
const NAMED_BODY_TEXT = /^(?:the |a |an )?\S+ \S/i;
const isLowerCaseWord = (text: string): boolean => text === text.toLowerCase();
/** The last word of a mention's text, upper-cased ("Venezuela 's National Electoral Council" → COUNCIL). */
const lastWord = (m: ActorMention): string => m.text.slice(m.text.lastIndexOf(' ') + 1).toUpperCase();

/**
 * "the council" at `i` (its noun one of `BODY_HEADS`, nothing of a longer name after it: "the Council of Europe", "the
 * council members"; "the council of fraud" after "accused" is the verb's OF): the body named in this sentence or the two before by a name of two or more words ending in that
 * noun, not a person nor a place (`description:named-body`); the token it ends at, or -1. It replaces a role the
 * words are ("the court" ---JUD), which would otherwise take the latest state's role.
 */
function namedBodyRef(w: Work, i: number): number {
  const { s, tokens, hist, add, replace, byFirst } = w;
  const t = tokens[i] as Token;
  const noun = tokens[i + 1] as Token;
  const after = tokens[i + 2];
  // (an OF phrase after a capitalised noun is a longer name's; after a lower-case one, most often the verb's: "accused
  // the council of fraud")
  if (after && ((after.norm === 'OF' && !isLowerCaseWord(noun.text)) || after.pos === 'NOUN' || after.pos === 'PROPN')) return -1;
  const own = byFirst[i];
  if ((own && (own.last !== i + 1 || own.kind !== 'agent')) || (!own && taken(w, i, i + 1))) return -1;
  const e = hist.find((x) => x.kind !== 'person' && !x.place && !x.dateline && x.mention.kind !== 'pronoun' && x.mention.codes.length === 1
    && (!(x.mention.codes[0] ?? '---').startsWith('---') || x.mention.rules[0]?.startsWith('named-body:') === true)
    && NAMED_BODY_TEXT.test(x.mention.text) && lastWord(x.mention) === noun.norm, s.index, t.start);
  if (!e) return -1;
  if (own) replace.add(own);
  const c = coref(tokens, i, i + 1, e.mention, 'coref', 'description:named-body');
  add.push(c);
  hist.add(retold(e, c, s.index, isSubject(c, tokens), e.plural), tokens);
  return i + 1;
}

/** A state's neighbour, one state ("its neighbours" are several). */
const NEIGHBOUR_NOUNS: ReadonlySet<string> = new Set(['NEIGHBOUR', 'NEIGHBOR']);
/** A state or a body of one, which "its" may stand for when its neighbour is named. */
const stateEntity: Want = (e) => e.mention.codes.length === 1 && !e.dateline && (stateBody(e.mention.codes[0] ?? '') || (e.kind === 'country' && (e.mention.codes[0] ?? '').length === 3));

/**
 * "India accused Pakistan of shelling. Its southern neighbour rejected the claim": "its (compass or other adjective)
 * neighbour" at `i` is the state, other than the one "its" stands for, told latest in this sentence or the two
 * before (`description:neighbour`); the token it ends at, or -1 (no other state told: "its neighbour" is left as it
 * was, nor when set off as another name's appositive: "Belarus, its neighbour, …").
 */
function neighbourRef(w: Work, i: number): number {
  const { s, tokens, hist, add } = w;
  const t = tokens[i] as Token;
  let k = i + 1;
  while (k < i + 3 && tokens[k]?.pos === 'ADJ') k++;
  if (!NEIGHBOUR_NOUNS.has(tokens[k]?.norm ?? '') || taken(w, i, k) || tokens[i - 1]?.text === ',') return -1;
  const owner = hist.find(stateEntity, s.index, t.start);
  const home = owner ? countryOf(owner.mention.codes[0] ?? '') : '';
  const other = owner ? hist.find((x) => stateEntity(x) && countryOf(x.mention.codes[0] ?? '') !== home, s.index, t.start) : null;
  if (!other) return -1;
  const c = coref(tokens, i, k, other.mention, 'coref', 'description:neighbour', [countryOf(other.mention.codes[0] ?? '')]);
  add.push(c);
  hist.add(retold(other, c, s.index, isSubject(c, tokens), false, 'country'), tokens);
  return k;
}

/** A description of a kind of state at `i` ("the Gulf state"): the token it ends at, or -1. */
function stateDescriptionRef(w: Work, i: number, sd: StateDescription): number {
  const { s, tokens, hist, add, replace } = w;
  const t = tokens[i] as Token;
  const inside = s.mentions.filter((x) => x.first <= sd.last && x.last >= i);
  const state = inside.every((x) => x.first >= i && x.last <= sd.last && x.codes.every((c) => c === sd.replaces))
    // (a description naming a kind may stand for a state told by one of its bodies or office-holders: "Fiji's prime
    // minister visited Canberra. The Pacific nation …")
    ? hist.latest((y) => !y.dateline && !y.place && (sd.codes
      ? y.kind !== 'group' && y.mention.codes.length === 1 && sd.codes.has(countryOf(y.mention.codes[0] ?? ''))
      : y.kind === 'country'), t.start)
    : null;
  if (state) {
    for (const x of inside) replace.add(x);
    const c = coref(tokens, i, sd.last, state.mention, 'coref', `description:${sd.id}`, [...new Set(state.mention.codes.map((x) => x.slice(0, 3)))]);
    add.push(c);
    hist.add(retold(state, c, s.index, isSubject(c, tokens), state.plural), tokens);
    return sd.last;
  }
  return -1;
}

/** A mention of the dictionaries: an agent a description resolves ("the ministry"), or itself, into the history. */
function mentionAt(w: Work, m: ActorMention): void {
  const { s, tokens, hist, replace, add, byFirst } = w;
  const resolved = m.kind === 'agent' ? describeAgent(m, tokens, hist, s.index, byFirst) : null;
  if (resolved) {
    replace.add(m);
    add.push(resolved);
    register(w, resolved);
  } else register(w, m);
}

/** A role an international or non-governmental body has as its own people ("inspectors" IGO---, "aid workers" NGO---). */
const BODY_PEOPLE = /^(IGO|NGO)---$/;

/**
 * "The IAEA said Iran had barred its inspectors": a possessive before a role only an international (or
 * non-governmental) body has, "its inspectors", "its election observers", "its aid workers", is such a body's, however
 * near a state stands; the rule for `i` with its antecedents narrowed to those bodies (the rule itself otherwise).
 */
function ownerRule(w: Work, i: number, rule: PronounRule): PronounRule {
  const owned = rule.possessive ? w.byFirst[i + 1] : undefined;
  const prefix = owned?.kind === 'agent' && owned.codes.length === 1 ? BODY_PEOPLE.exec(owned.codes[0] ?? '')?.[1] : undefined;
  return prefix ? { id: rule.id, want: (e) => rule.want(e) && (e.mention.codes[0] ?? '').startsWith(prefix), possessive: true } : rule;
}

/** A third-person pronoun at `i`: the token to go on after (the pronoun, or the phrase it resolves with). */
function pronounAt(w: Work, i: number, anyRule: PronounRule): number {
  const { s, tokens, hist, add, byFirst } = w;
  const rule = ownerRule(w, i, anyRule);
  const t = tokens[i] as Token;
  // "France summoned Y's envoy, accusing it of ...", "Kestria captured rebels and executed them": an object
  // pronoun right after its verb is not that verb's subject, the nearest subject before it in the sentence (a
  // reflexive would be written "itself"); a pronoun before a verb is a complement's subject ("said it would")
  // (... and so is a pronoun after a share of it right after the verb: "captured rebels and killed three of them")
  const verbAt = !rule.possessive ? objectVerb(tokens, i) : -1;
  const subj = verbAt >= 0 && !['AUX', 'VERB'].includes(tokens[i + 1]?.pos ?? '') ? hist.lastSubject(s.index, t.start) : null;
  const bound = subj && subjectOf(tokens, subj.mention, verbAt) ? subj : null;
  const boundCodes = bound?.mention.codes.join() ?? '';
  // "Armenia welcomed Azerbaijan's announcement that it had released …": a pronoun opening the clause of a
  // statement noun is the one whose statement it is
  const ownerLast = !rule.possessive && tokens[i - 1]?.norm === 'THAT' && STATEMENT_NOUNS.has(tokens[i - 2]?.lemmaNorm ?? '') && tokens[i - 3]?.norm === "'S" ? i - 4 : -1;
  const owner = ownerLast >= 0 ? hist.latest((x) => x.sentence === s.index && x.mention.last === ownerLast && rule.want(x), t.start) : null;
  // ("Kenya sued Uganda at the ICJ, accusing it of ...": the object is a party of the sentence before a body named
  // only as the venue, after a preposition of place, which is where it happened)
  const other = (x: Entity): boolean => x.mention.codes.join() !== boundCodes && rule.want(x);
  const party = bound ? hist.find((x) => other(x) && !venue(x), s.index, t.start, 0) : null;
  // ("U.S. Africa Command, which is based in Stuttgart, said it had …": a name only ever told as where something is,
  // after a preposition of place, is no antecedent of a pronoun that acts while another body is)
  const actor = (x: Entity): boolean => !x.place && (bound ? other(x) : rule.want(x));
  // ("Armenia will defend itself if Azerbaijan attacks, its defence minister warned": a possessive opening the
  // attribution told after a statement is that of the statement's first subject, not of the nearest actor, nor of the
  // subject of a clause a subordinator opens: "If Azerbaijan attacks, Armenia will ...")
  const agentAt = rule.possessive && tokens[i - 1]?.text === ',' ? byFirst[i + 1] : undefined;
  const teller = agentAt && tokens[agentAt.last + 2]?.pos === 'PUNCT' && (ATTRIBUTION_VERBS.has(tokens[agentAt.last + 1]?.lemma ?? '') || COMPLEMENT_VERBS.has(tokens[agentAt.last + 1]?.lemma ?? '')) ? hist.firstSubject(s.index, t.start, (x) => rule.want(x) && !BOUNDARY_SCONJ.has(tokens[x.mention.first - 1]?.norm ?? '')) : null;
  // ("…, Manila's maritime council said, adding that it had lodged a protest": the subject pronoun of what a speaker
  // says is the speaker, named by the noun phrase before the speech verb; "countries said they backed the text" —
  // a speaker that is no actor — is no one the sentence named before)
  const sayer = !rule.possessive && (t.norm === 'IT' || t.norm === 'THEY') && !bound && !owner ? sayerOf(tokens, i, s.index, hist, rule.want, [...s.mentions, ...add]) : null;
  if (sayer === NO_ACTOR) return i;
  const found = owner ?? sayer ?? teller ?? party ?? (rule.possessive ? null : hist.find(actor, s.index, t.start)) ?? hist.find(bound ? other : rule.want, s.index, t.start);
  // (a named person as near as the role noun, in its sentence or a later one, is the one meant)
  const named = found && rolePerson(found) ? hist.find((x) => PERSON(x) && (!bound || other(x)), s.index, t.start) : null;
  const e = named && found && named.sentence >= found.sentence ? named : found;
  // "seized a boat … The fishermen were held … The pirates released five of them", "Three of them were killed": a
  // share of a group of people with no country named after any actor that could be meant is of that group (not
  // the doer of the verb it is the object of)
  const share = t.norm === 'THEM' && shareOf(tokens, i - 1);
  const people = share ? hist.latestPeople(s.index, t.start, 1, (p) => !(p.sentence === s.index && verbAt >= 0 && subjectOf(tokens, p.mention, verbAt))) : null;
  if (people && (!e || people.sentence > e.sentence || (people.sentence === e.sentence && people.mention.start > e.mention.start))) {
    add.push(coref(tokens, i, i, people.mention, 'pronoun', 'pronoun:share-of-people'));
    return i;
  }
  return e ? pronounOf(w, i, rule, e) : i;
}


/** The state other than `e`'s named latest in reach before offset `before`, as an entity; null when none. */
function neighbourOf(w: Work, e: Entity, before: number): Entity | null {
  const own = countryOf(e.mention.codes[0] ?? '');
  if (!own || e.mention.codes.length !== 1) return null;
  return w.hist.find((x) => x.kind === 'country' && !x.dateline && x.mention.codes.length === 1 && countryOf(x.mention.codes[0] ?? '') !== own, w.s.index, before);
}

/**
 * The pronoun at `i` resolved to `e`: a possessive with the agent, member or property noun it governs ("its forces",
 * "its director", "its trucks"), or the pronoun itself; the token to go on after.
 */
function pronounOf(w: Work, i: number, rule: PronounRule, e: Entity): number {
  const { s, tokens, hist, add, replace, byFirst } = w;
  const t = tokens[i] as Token;
  // ("Its commission president": a bare noun naming the body's part may stand between)
  const agent = rule.possessive ? byFirst[i + 1] ?? (tokens[i + 1]?.pos === 'NOUN' ? byFirst[i + 2] : undefined) : undefined;
  if (agent && agent.kind === 'agent' && agent.codes.length === 1 && headsPhrase(tokens, agent)) {
    // ("Saudi Arabia and Iran reopened their embassies": "their" stands for each member of a compound)
    const speaks = e.sentence === s.index && ATTRIBUTION_VERBS.has(tokens[e.mention.last + 1]?.lemma ?? '');
    // (one office-holder of a body, "its president", is the body's head)
    const head = agent.codes[0]?.slice(3) === 'GOV' && agent.first === agent.last && tokens[agent.last]?.norm === tokens[agent.last]?.lemmaNorm;
    const codes = mapPacked(e.mention.codes, (x) => composeRole(x, agent.codes[0] ?? '', speaks, head));
    if (codes.length && codes.every((x): x is string => !!x)) {
      const c = coref(tokens, i, agent.last, e.mention, 'coref', `possessive:${t.norm.toLowerCase()}`, [...new Set(codes)]);
      replace.add(agent);
      add.push(c);
      register(w, c);
      return agent.last;
    }
  }
  // "stormed the hospital and detained its director": a possessive before a noun naming its head, staff or
  // members (no agent of the dictionaries) is that body's own people
  // ("detained several of its local staff": adjectives may stand before the noun)
  const h = afterAdjectives(tokens, i + 1);
  const member = rule.possessive && !byFirst[i + 1] && MEMBER_NOUNS.has(tokens[h]?.norm ?? '') && tokens[h]?.pos === 'NOUN' && !['NOUN', 'PROPN'].includes(tokens[h + 1]?.pos ?? '');
  if (member && e.kind !== 'person' && !taken(w, i, h)) {
    const c = coref(tokens, i, h, e.mention, 'coref', `possessive-member:${t.norm.toLowerCase()}`);
    add.push(c);
    register(w, c);
    return h;
  }
  // "gang members opened fire on two of its trucks", "drones struck its vessels": a body's vehicles, ships and
  // premises stand for the body when something is done to them (as "the Red Cross's convoy" does)
  // ... and a person's visa, passport or assets stand for the person ("Washington revoked his visa")
  const owned = e.kind === 'person' ? PERSONAL_PROPERTY_NOUNS : PROPERTY_NOUNS;
  const property = rule.possessive && !byFirst[i + 1] && owned.has(tokens[i + 1]?.norm ?? '') && tokens[i + 1]?.pos === 'NOUN' && !['NOUN', 'PROPN'].includes(tokens[i + 2]?.pos ?? '');
  if (property && !taken(w, i, i + 1)) {
    const c = coref(tokens, i, i + 1, e.mention, 'coref', `possessive-property:${t.norm.toLowerCase()}`);
    add.push(c);
    return i + 1;
  }
  // "closed its border with Benin … accusing its southern neighbour of …": a state's neighbour is the other state named
  // latest (not a name set after it: "its neighbour Uganda")
  const nb = rule.possessive && !byFirst[i + 1] && NEIGHBOUR_NOUNS.has(tokens[h]?.norm ?? '') && tokens[h + 1]?.pos !== 'PROPN' ? neighbourOf(w, e, t.start) : null;
  if (nb && !taken(w, i, h)) {
    const c = coref(tokens, i, h, nb.mention, 'coref', `possessive-neighbour:${t.norm.toLowerCase()}`);
    add.push(c);
    register(w, c);
    return h;
  }
  if (!rule.possessive) {
    const c = coref(tokens, i, i, e.mention, 'pronoun', rule.id);
    add.push(c);
    hist.add(retold(e, c, s.index, isSubject(c, tokens), e.plural), tokens);
  }
  return i;
}

/**
 * "Burundi, whose troops have fought alongside the Congolese army, closed …": "whose" after a comma, right before an
 * agent heading its phrase, gives the agent the state (or body) named before the comma, as "its troops" would; the
 * token it ends at, or -1.
 */
function whoseRef(w: Work, i: number): number {
  const { s, tokens, add, replace, byFirst } = w;
  // (the agent phrase may hold "whose": "whose troops")
  const agent = byFirst[i]?.last === i + 1 ? byFirst[i] : byFirst[i + 1];
  if (tokens[i - 1]?.norm !== ',' || !agent || agent.kind !== 'agent' || agent.codes.length !== 1 || !headsPhrase(tokens, agent)) return -1;
  const owner = add.find((m) => m.last === i - 2) ?? s.mentions.find((m) => m.last === i - 2 && !replace.has(m));
  const code = owner?.codes.length === 1 ? composeRole(owner.codes[0] ?? '', agent.codes[0] ?? '') : null;
  if (!owner || !code) return -1;
  const c = coref(tokens, i, agent.last, owner, 'coref', 'possessive:whose', [code]);
  replace.add(agent);
  add.push(c);
  register(w, c);
  return agent.last;
}

/** "the two countries", "both sides" at `i`: the token it ends at, or -1. */
function pairRef(w: Work, i: number): number {
  const { s, tokens, hist, add, replace } = w;
  const t = tokens[i] as Token;
  // (a role noun in it, "leaders" → ---GOV, gives way)
  const pair = pairAt(tokens, i);
  const inPair = pair ? s.mentions.filter((m) => m.first <= pair.last && m.last >= i) : [];
  if (pair && inPair.every((m) => m.kind === 'agent' && m.first >= i && m.last <= pair.last) && !overlaps(add, i, pair.last)) {
    const codes = recentPair(hist, s.index, t.start, pair, actedOnAt(tokens, i), tokens);
    const ante = codes && hist.latest((x) => !x.dateline && !x.place, t.start);
    if (codes && ante) {
      for (const m of inPair) replace.add(m);
      // (two entities: no one canonical name)
      const c = coref(tokens, i, pair.last, ante.mention, 'coref', `description:pair-${pair.noun.toLowerCase()}`, codes, null);
      add.push(c);
      hist.add(retold(ante, c, s.index, isSubject(c, tokens), true, 'group'), tokens);
      return pair.last;
    }
  }
  return -1;
}

/** A definite description at `i`, its noun `next` ("the alliance", "the country"): the token it ends at, or -1. */
function descriptionRef(w: Work, i: number, next: Token): number {
  const { s, tokens, hist, add } = w;
  const t = tokens[i] as Token;
  const det = t.norm;
  let d: DescriptionRule | undefined;
  let e: Entity | null = null;
  // ("Washington announced sanctions on the country's oil sector": a description in a phrase or object of a clause
  // is not that clause's own subject, which would be "its"; "Germany said the country would …" may be)
  const inPhrase = tokens[i - 1]?.pos === 'ADP' || (tokens[i - 1]?.pos === 'VERB' && !CLAUSE_TAKERS.has(tokens[i - 1]?.lemmaNorm ?? ''));
  const own = inPhrase ? hist.lastSubject(s.index, t.start) : null;
  const ownSubject = (x: Entity): boolean => !!own && x.mention === own.mention
    && tokens.slice(x.mention.last + 1, i).every((y) => y.pos !== 'PUNCT' && y.pos !== 'SCONJ' && y.pos !== 'CCONJ' && y.pos !== 'PRON');
  for (const x of DESCRIPTIONS) {
    if (!x.determiners.includes(det) || !x.nouns.includes(next.norm) || (x.requires && !hist.hasCode(x.requires))) continue;
    e = hist.latest((y) => x.want(y) && !ownSubject(y), t.start);
    d = x;
    if (e) break;
  }
  // ("Japan's prime minister received Kenya's president in Tokyo, promising aid for the country's railways": in a
  // phrase, a venue of this sentence in the doer's own country is not "the country" when a body of another state
  // was named in the sentence before it; that state is)
  if (d?.id === 'country' && e?.place && e.sentence === s.index && inPhrase) {
    const venue = e.mention.codes[0]?.slice(0, 3) ?? '';
    const venueFirst = e.mention.first;
    const other = hist.latest((y) => y.sentence === s.index && !y.place && !y.dateline && !y.subject && y.mention.first < venueFirst
      && y.mention.codes.length > 0 && y.mention.codes.every((c) => stateCode(c, VENUE_STATE_ROLES, true) && c.slice(0, 3) !== venue), t.start);
    if (other && own && own.mention.codes.every((c) => c.slice(0, 3) === venue)) e = other;
  }
  // ("Washington revoked the visas of five Nicaraguan judges and imposed sanctions on the country's mining company": in
  // a phrase, a possessive "the country's" may be a state named by the adjective of its body after the country named
  // outright, when the clause's subject is of another country; not a place left or entered: "expelled the French
  // ambassador and gave him 72 hours to leave the country")
  if (d?.id === 'country' && own && /^(?:'|’)S$/.test(tokens[i + 2]?.norm ?? '')) e = demonymState(hist, s.index, own, e, t.start) ?? e;
  if (d) {
    if (e) {
      // the body itself, not the role it was named with ("NATO leaders" … "the alliance" → IGOWSTNAT)
      const keep = d.id === 'country' ? 3 : 9;
      const codes = [...new Set(e.mention.codes.map((c) => c.slice(0, keep)))];
      const c = coref(tokens, i, i + 1, e.mention, 'coref', `description:${d.id}`, codes);
      add.push(c);
      hist.add(retold(e, c, s.index, isSubject(c, tokens), d.id === 'allies' ? true : e.plural, d.id === 'country' ? 'country' : e.kind), tokens);
      return i + 1;
    }
  }
  return -1;
}

/**
 * A body or official of `sentence` named by its country's adjective ("Nicaraguan judges", "the Iranian ambassador": a
 * country's rule and a role) after the country entity `e` (or with none), of another country than the clause's subject
 * `own`: the antecedent of "the country" in a phrase (`descriptionRef`).
 */
function demonymState(hist: History, sentence: number, own: Entity, e: Entity | null, before: number): Entity | null {
  const ownCountries = own.mention.codes.map(countryOf);
  const x = hist.latest((y) => y.sentence === sentence && y.kind !== 'country' && !y.place && !y.dateline
    && y.mention.kind === 'actor' && y.mention.codes.length === 1 && y.mention.rules.some((r) => r.includes('/countries.txt')), before);
  const code = x?.mention.codes[0] ?? '';
  const country = countryOf(code);
  if (!x || !country || code.length <= 3 || ownCountries.includes(country)) return null;
  return !e || e.mention.end < x.mention.start ? x : null;
}

/** A short name at `i` ("Stoltenberg" after "Jens Stoltenberg"). */
function shortName(w: Work, i: number): void {
  const { s, tokens, hist, add } = w;
  const t = tokens[i] as Token;
  const e = hist.surname(t.norm);
  if (e && /^\p{Lu}/u.test(t.text) && !taken(w, i, i)) {
    const nextName = tokens[i + 1];
    if (!(nextName?.pos === 'PROPN' && /^\p{Lu}/u.test(nextName.text))) {
      const c = coref(tokens, i, i, e.mention, 'coref', 'short-name');
      add.push(c);
      hist.add(retold(e, c, s.index, isSubject(c, tokens), e.plural), tokens);
    }
  }
}

/** `sayerOf`'s answer when the speaker is a noun phrase that names no actor ("Arab countries said they …"). */
const NO_ACTOR: unique symbol = Symbol('no-actor');

/** Words that may stand between a speech verb and the subject pronoun of what is said: "said on Tuesday that it". */
const SAID_FILLERS = new Set(['ON', 'THAT', 'MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY', 'LATER', 'ALSO']);

/**
 * The speaker of the clause whose subject is the pronoun at `i`: "X said (on Monday) (that) it …", "…, X said, adding
 * that it …". The speaker is the noun phrase right before the speech verb (actors and the words of a name, back to a
 * comma, verb or preposition); its entity in the history, the first the pronoun wants ("Manila's maritime council"
 * → Manila), or NO_ACTOR for a phrase of one plain noun agreeing with the pronoun that names no actor ("countries …
 * they", "the agency … it"). Null when there is no such construction, or the phrase is a preposition's object.
 */
function sayerOf(tokens: Token[], i: number, sentence: number, hist: History, want: Want, mentions: readonly ActorMention[]): Entity | typeof NO_ACTOR | null {
  let v = i - 1;
  while (v > 0 && v > i - 5 && SAID_FILLERS.has(tokens[v]?.norm ?? '')) v--;
  if (tokens[v]?.pos !== 'VERB' || !ATTRIBUTION_VERBS.has(tokens[v]?.lemma ?? '')) return null;
  // "…, X said, adding that it": the participle's speaker is the attribution's
  if (/ING$/.test(tokens[v]?.norm ?? '') && tokens[v - 1]?.norm === ',') {
    let w = v - 2;
    if (tokens[w]?.pos === 'PROPN' && w > 0 && tokens[w - 1]?.norm === 'ON') w -= 2;
    if (tokens[w]?.pos !== 'VERB' || !ATTRIBUTION_VERBS.has(tokens[w]?.lemma ?? '')) return null;
    v = w;
  }
  // ("The Arakan Army, an armed group that controls most of Rakhine state, said it had captured …": the speaker named
  // before an appositive set off by commas, at the head of the sentence)
  if (tokens[v - 1]?.norm === ',') {
    let open = v - 2;
    while (open > 0 && tokens[open]?.norm !== ',') open--;
    const head = mentions.find((x) => x.last === open - 1 && x.first <= 1);
    const e = head && tokens[open]?.norm === ',' ? hist.latest((x) => x.sentence === sentence && x.mention === head, tokens[v]?.start ?? 0) : null;
    if (e && want(e)) return e;
  }
  let j = v - 1;
  while (j >= 0) {
    const m = mentions.find((x) => x.last === j && x.first <= j);
    if (m) {
      j = m.first - 1;
      continue;
    }
    const x = tokens[j];
    if (!x || !(['NOUN', 'PROPN', 'ADJ', 'NUM', 'DET'].includes(x.pos) || x.norm === "'S" || x.norm === '-')) break;
    j--;
  }
  const start = j + 1;
  if (start >= v || tokens[j]?.pos === 'ADP' || tokens[j]?.pos === 'VERB' || tokens[j]?.pos === 'AUX') return null;
  const inSpan = (e: Entity): boolean => e.sentence === sentence && e.mention.first >= start && e.mention.last < v;
  let first: Entity | null = null;
  let any = false;
  for (let b = start; b < v; b++) {
    const e = hist.latest((x) => inSpan(x) && x.mention.first === b, tokens[v]?.start ?? 0);
    if (!e) continue;
    any = true;
    if (want(e)) {
      first = e;
      break;
    }
  }
  if (first) return first;
  if (any) return null;
  const head = tokens[v - 1];
  if (!head || head.pos !== 'NOUN') return null;
  const plural = head.norm !== head.lemmaNorm && head.norm.endsWith('S');
  return plural === (tokens[i]?.norm === 'THEY') ? NO_ACTOR : null;
}

/**
 * Nouns that name a pair of parties after "the two" or "both", with the role they give each: "the two countries"
 * (each its state), "the two leaders" (each its government), "both sides" (each party as named, so two sides of one
 * country stay apart).
 */
const PAIR_NOUNS: ReadonlyMap<string, { role: string; byCountry: boolean }> = new Map([
  ['COUNTRIES', { role: '', byCountry: true }], ['NATIONS', { role: '', byCountry: true }], ['STATES', { role: '', byCountry: true }],
  ['NEIGHBOURS', { role: '', byCountry: true }], ['NEIGHBORS', { role: '', byCountry: true }], ['CAPITALS', { role: '', byCountry: true }],
  ['GOVERNMENTS', { role: 'GOV', byCountry: true }], ['LEADERS', { role: 'GOV', byCountry: true }],
  // (a state's ministers, presidents and delegations speak for its government: "both foreign ministers", "the two presidents")
  ['MINISTERS', { role: 'GOV', byCountry: true }], ['PRESIDENTS', { role: 'GOV', byCountry: true }],
  ['PREMIERS', { role: 'GOV', byCountry: true }], ['DELEGATIONS', { role: 'GOV', byCountry: true }],
  ['ARMIES', { role: 'MIL', byCountry: true }], ['MILITARIES', { role: 'MIL', byCountry: true }],
  ['SIDES', { role: '', byCountry: false }], ['PARTIES', { role: '', byCountry: false }],
  // ("ordered both groups to withdraw", "the two factions": armed groups, each as named)
  ['GROUPS', { role: '', byCountry: false }], ['FACTIONS', { role: '', byCountry: false }], ['MILITIAS', { role: '', byCountry: false }],
]);
const PAIR_DETERMINERS = new Set(['THE', 'BOTH']);

interface PairPhrase { last: number; noun: string; role: string; byCountry: boolean }

/** Adjectives of a conflict that make "the <adjective> sides" its two sides without "two": "the warring parties". */
const OPPOSED = new Set(['WARRING', 'OPPOSING', 'BELLIGERENT', 'FEUDING']);

/** "the two (neighbouring) countries", "both (warring) sides", "the warring parties", "both" starting at token `i`, or null. */
function pairAt(tokens: Token[], i: number): PairPhrase | null {
  let j = i + 1;
  // "Both rejected the truce": "both" alone, opening a clause before its verb (not floated off a subject before it,
  // "A and B both rejected", which is A and B themselves)
  if (tokens[i]?.norm === 'BOTH' && ['VERB', 'AUX'].includes(tokens[j]?.pos ?? '') && (i === 0 || ['PUNCT', 'CCONJ', 'SCONJ'].includes(tokens[i - 1]?.pos ?? ''))) {
    return { last: i, noun: 'BOTH', role: '', byCountry: false };
  }
  // "urged both to respect the accord", "called on both to show restraint": "both" alone as what a verb acts on
  if (tokens[i]?.norm === 'BOTH' && actedOnAt(tokens, i) && (tokens[j]?.norm === 'TO' || tokens[j]?.pos === 'PUNCT' || tokens[j]?.norm === 'OF')) {
    return { last: i, noun: 'BOTH', role: '', byCountry: false };
  }
  if (tokens[i]?.norm === 'THE') {
    if (tokens[j]?.norm !== 'TWO' && !OPPOSED.has(tokens[j]?.norm ?? '')) return null;
    if (tokens[j]?.norm === 'TWO') j++;
  }
  if (tokens[j]?.pos === 'ADJ' || tokens[j]?.pos === 'VERB' || OPPOSED.has(tokens[j]?.norm ?? '')) j++;
  // (a noun modifying the pair noun: "both defence ministers")
  else if (tokens[j]?.pos === 'NOUN' && PAIR_NOUNS.has(tokens[j + 1]?.norm ?? '')) j++;
  const noun = tokens[j]?.norm ?? '';
  const kind = PAIR_NOUNS.get(noun);
  return kind ? { last: j, noun, ...kind } : null;
}

/**
 * The codes of the pair a phrase names: the latest compound of two parties, else the two most recent distinct parties
 * (not places or datelines), oldest first, named in one sentence:
 * this one when it names any party before the phrase ("rejected an offer from X for talks between the two
 * neighbours" pairs nothing when X is not recognised), else the nearest earlier one in reach that names two ("Kenya
 * and Uganda signed a deal. The Ugandan delegation was led by X. The two countries …"); null when there is no such pair.
 * A pair a verb acts on ("Tanzania urged both countries to …", `actedOn`) is not its doer and whom else this sentence
 * names: its parties are found in the sentences before. When no sentence in reach names two, the two latest parties
 * of those sentences are the pair.
 */
function recentPair(hist: History, sentence: number, before: number, pair: PairPhrase, actedOn: boolean, tokens: Token[]): string[] | null {
  // (two bodies of one organisation are one party: "NATO's peacekeeping force, KFOR" coded IGOWSTNATPKO and IGOWSTNATMIL)
  const keyOf = (c: string): string => (pair.byCountry ? countryOf(c) : c.startsWith('IGO') ? c.slice(0, 9) : c);
  /** An entity's distinct parties, in the order named. */
  const keysOf = (x: Entity): string[] => [...new Set(x.mention.codes.map(keyOf).filter((c) => c))];
  const coded = (keys: string[]): string[] => keys.map((key) => (pair.byCountry ? key + pair.role : key));
  const spread: string[] = [];
  for (let k = sentence; k >= sentence - REACH && k >= 0; k--) {
    // a compound names the pair outright ("Israel and Iran agreed …, Trump said, though both sides …")
    // (a pair acted on: of this sentence only the parties named past its subject and outside a relative clause set off
    // by commas, "spoke with Presidents A and B and urged both to …", not "X, which Niger left together with Mali and
    // Burkina Faso, urged both governments …")
    const own = (x: Entity): boolean => !actedOn || k !== sentence || (!x.subject && !commaRelative(tokens, x.mention.first));
    // (a compound of this sentence is the pair even as the subject: "A and B initialled a deal, with X hosting the two
    // countries' leaders")
    const compound = hist.latest((x) => x.sentence === k && !x.dateline && !x.place && !(actedOn && k === sentence && commaRelative(tokens, x.mention.first)) && keysOf(x).length >= 2, before);
    if (compound) return coded(keysOf(compound).slice(0, 2));
    if (actedOn && k === sentence) {
      const named = actedOnPair(hist, sentence, before, own, keyOf);
      if (named) return coded(named);
      continue;
    }
    const found: string[] = [];
    let any = false;
    hist.latest((x) => {
      if (x.sentence !== k || x.dateline || x.place) return false;
      for (const c of [...x.mention.codes].reverse()) {
        const key = keyOf(c);
        if (!key) continue;
        any = true;
        if (!found.includes(key)) found.push(key);
      }
      return found.length >= 2;
    }, before);
    if (found.length >= 2) return coded(found.slice(0, 2).reverse());
    if (any && k === sentence) return null;
    for (const key of found) if (!spread.includes(key)) spread.push(key);
  }
  // no sentence in reach names two: the two latest parties of the sentences before, one each ("Serbia's president
  // accused Pristina … He told … Kosovo's prime minister rejected the accusation. The EU urged both governments …")
  if (spread.length >= 2) return coded(spread.slice(0, 2).reverse());
  // nor do they: the latest sentence before them that names two, as the story's lead does ("Niger closed its border
  // with Benin … [three sentences of one party each] … ECOWAS urged both governments …")
  for (let k = sentence - REACH - 1; k >= 0; k--) {
    const named = actedOnPair(hist, k, before, () => true, keyOf);
    if (named) return coded(named);
  }
  return null;
}

/**
 * The two latest distinct parties (keys by `keyOf`) of the sentence of a pair acted on that `own` keeps, oldest first;
 * null when it keeps fewer.
 */
function actedOnPair(hist: History, sentence: number, before: number, own: (x: Entity) => boolean, keyOf: (c: string) => string): string[] | null {
  const found: string[] = [];
  hist.latest((x) => {
    if (x.sentence !== sentence || x.dateline || x.place || !own(x)) return false;
    for (const c of [...x.mention.codes].reverse()) {
      const key = keyOf(c);
      if (key && !found.includes(key)) found.push(key);
    }
    return found.length >= 2;
  }, before);
  return found.length >= 2 ? found.slice(0, 2).reverse() : null;
}

/** Words opening a relative clause set off by a comma: ", which Niger left …", ", whose troops …". */
const COMMA_RELATIVES: ReadonlySet<string> = new Set(['WHICH', 'WHO', 'WHOSE', 'WHOM', 'WHERE']);

/** Is token `first` inside a relative clause opened after a comma (no comma between its opening word and it)? */
function commaRelative(tokens: Token[], first: number): boolean {
  for (let j = first - 1; j > 0; j--) {
    const n = tokens[j]?.norm ?? '';
    if (n === ',') return false;
    if (COMMA_RELATIVES.has(n) && tokens[j - 1]?.norm === ',') return true;
  }
  return false;
}

/**
 * Is the pair phrase at token `i` what a verb acts on: its object right after it, or after its particle ("urged both
 * countries", "called on both sides", "appealed to the two governments")? Not the subject of a clause a verb takes.
 */
function actedOnAt(tokens: Token[], i: number): boolean {
  const prev = tokens[i - 1];
  // (not the subject of a clause a verb of saying takes: "Kenya said the two countries would …" may be one of them)
  if (prev?.pos === 'VERB') return !CLAUSE_TAKERS.has(prev.lemmaNorm);
  return PAIR_PARTICLES.has(prev?.norm ?? '') && tokens[i - 2]?.pos === 'VERB';
}
/** Particles between a verb and the pair it acts on: "called on both", "appealed to both sides". */
const PAIR_PARTICLES: ReadonlySet<string> = new Set(['ON', 'TO', 'UPON']);

/**
 * A junta or military rulers with no country (`m`, of role code `code`): the state whose military or military government
 * was named latest, else the latest state (a part of `describeAgent`, kept apart for the V8 limit on optimised functions).
 */
function juntaState(tokens: Token[], m: ActorMention, hist: History, sentence: number, code: string): ActorMention | null {
  const military = hist.find((e) => !e.place && !e.dateline && e.mention.codes.length === 1 && countryOf(e.mention.codes[0] ?? '') !== ''
    && /^(?:MIL|MILGOV)$/.test(e.mention.codes[0]?.slice(3) ?? ''), sentence, m.start)
    // (a military government named earlier in the story, past the reach of a pronoun: "Burkina Faso's military
    // government said … [four sentences] … The junta has announced …")
    ?? hist.latest((e) => !e.place && !e.dateline && e.mention.codes.length === 1 && countryOf(e.mention.codes[0] ?? '') !== ''
      && e.mention.codes[0]?.slice(3) === 'MILGOV', m.start);
  const state = military ?? hist.latest((e) => e.kind === 'country' && !e.dateline, m.start);
  const base = state?.mention.codes[0]?.slice(0, 3);
  return state && base ? coref(tokens, m.first, m.last, state.mention, 'coref', military ? 'description:junta-military' : 'description:junta', [base + code.slice(3)]) : null;
}

/**
 * Does mention `m` (its first code `code`) name a junta, military rulers, or someone of a junta by a possessive inside
 * it ("the junta's spokesman", "the junta's leader")?
 */
function juntaOwned(tokens: Token[], m: ActorMention, code: string): boolean {
  if (tokens[m.last]?.norm === 'JUNTA' || code.slice(3) === 'MILGOV') return true;
  for (let j = m.first; j < m.last; j++) if (tokens[j]?.norm === 'JUNTA' && (tokens[j + 1]?.norm === "'S" || tokens[j + 1]?.norm === '’S')) return true;
  return false;
}

/**
 * The latest state a state role of `m` may belong to (out of describeAgent, for the V8 limit on optimised functions):
 * a country, or a state body heading a sentence, not a dateline, the subject when `subject` (a spokesperson's), with a
 * chamber of the role's name; not a go-between of the sentence ("signed a truce mediated by Qatar with the government"
 * is no Qatari government's).
 */
function latestState(hist: History, tokens: Token[], m: ActorMention, sentence: number, subject: boolean): Entity | null {
  return hist.latest((e) => (e.kind === 'country' || (e.kind === 'org' && e.subject && stateBody(e.mention.codes[0] ?? ''))) && !e.dateline && (!subject || e.subject)
    && !(e.sentence === sentence && goBetween(tokens, e.mention))
    && chamberFits(m, countryOf(e.mention.codes[0] ?? '')), m.start);
}

/** "the secretary general" → the person with that title, or the IGO; "the ministry" → the latest state's GOV. */
function describeAgent(m: ActorMention, tokens: Token[], hist: History, sentence: number, byFirst: (ActorMention | undefined)[]): ActorMention | null {
  const det = tokens[m.first];
  const code = m.codes[0];
  // ("a spokesman", "a foreign ministry spokeswoman": one spokesperson of the story's state, whose name is not given)
  // (not one of a named side: "a spokesman for the rebels")
  const spokes = SPOKESPERSONS.has(tokens[m.last]?.lemmaNorm ?? '') && (det?.norm === 'A' || det?.norm === 'AN') && !['FOR', 'OF'].includes(tokens[m.last + 1]?.norm ?? '');
  if (!det || det.pos !== 'DET' || (det.norm !== 'THE' && !spokes) || m.codes.length !== 1 || !code?.startsWith('---')) return null;
  // "suspended talks with the ELN after the guerrillas killed civilians", "the M23 … the rebels": a fighters' role with
  // no country names the armed group told in this sentence or the one before
  if (ARMED_ROLES.has(code.slice(3)) && !spokes) {
    const group = hist.find((e) => e.kind === 'org' && !e.place && e.mention.codes.length === 1 && ARMED_GROUP.test(e.mention.codes[0] ?? ''), sentence, m.start, 1);
    if (group) return coref(tokens, m.first, m.last, group.mention, 'coref', 'description:armed-group');
  }
  // "Burkina Faso's military government suspended French broadcasts. The junta expelled …": a junta or military rulers
  // with no country are the state whose military or military government was named latest, else the latest state
  // (not the state named in passing after it, "French broadcasts")
  // ("The junta, led by Captain X, …": the leader named in the participle's BY phrase gives the state, first of all)
  const leader = ledBy(tokens, m, byFirst);
  if (leader && STATE_ROLES.has(code.slice(3))) {
    return coref(tokens, m.first, m.last, leader, 'coref', 'description:led-by', [countryOf(leader.codes[0] ?? '') + code.slice(3)], null);
  }
  // (so is a junta's officer or spokesman: "The junta's spokesman said …")
  if (juntaOwned(tokens, m, code)) {
    const junta = juntaState(tokens, m, hist, sentence, code);
    if (junta) return junta;
  }
  // "attacked a convoy of Malian soldiers … killed two of the soldiers", "Somali pirates … the pirates": a group named
  // by a role alone is the group of that role a country was given for in this sentence or the two before
  if (isPlural(m, tokens) && !spokes) {
    const role = code.slice(3);
    const same = hist.find((e) => e.plural && !e.place && e.mention.codes.length === 1 && e.mention.codes[0]?.slice(3) === role && countryOf(e.mention.codes[0] ?? '') !== '', sentence, m.start);
    if (same) return coref(tokens, m.first, m.last, same.mention, 'coref', 'description:same-role');
  }
  // ("Venezuelan Defence Minister Vladimir Padrino said the armed forces would …": the forces of a state whose office-holder
  // heads the sentence and speaks are that state's, also in the plural)
  if (isPlural(m, tokens)) {
    const role = code.slice(3);
    const head = hist.latest((e) => e.kind === 'person' && e.subject && e.sentence === sentence && e.mention.codes.length === 1 && stateBody(e.mention.codes[0] ?? ''), m.start);
    const base = head?.mention.codes[0]?.slice(0, 3);
    if (!head || !base || !FORCE_ROLES.has(role) || head.mention.first > 1 || !ATTRIBUTION_VERBS.has(tokens[head.mention.last + 1]?.lemma ?? '')) return null;
    return coref(tokens, m.first, m.last, head.mention, 'coref', 'description:official-forces', [base + role]);
  }
  const head = spanText(tokens, m.first + 1, m.last, 'norm');
  const title = PERSON_TITLES.get(head);
  if (title) {
    const person = hist.find((e) => e.kind === 'person' && e.titles.has(title), sentence, m.start, Infinity);
    if (person) return coref(tokens, m.first, m.last, person.mention, 'coref', `title:${title.toLowerCase().replace(/ /g, '-')}`);
    if (title === 'SECRETARY GENERAL') {
      const igo = hist.latest((e) => e.kind === 'igo', m.start);
      if (igo) return coref(tokens, m.first, m.last, igo.mention, 'coref', 'title:secretary-general-igo');
    }
  }
  const role = code.slice(3);
  if (!STATE_ROLES.has(role)) return null;
  // "the airstrike", "the drone": an attack or a weapon stands for the forces that use it, which need not be the
  // latest state's ("Iran condemned the airstrike on Hezbollah")
  if (FORCE_MEANS_HEADS.has(tokens[m.last]?.lemmaNorm ?? '')) return null;
  // (a state's institution names the state too: "the Japanese foreign ministry ... the ministry's spokeswoman")
  // (a spokesperson speaks for the state that acted, the latest subject: "Kenya closed its border with Somalia. A
  // spokesman said ..." is Kenya's)
  // (so does a body that says something: "China filed a complaint over Canada's surtax, the commerce ministry said")
  const speaking = ATTRIBUTION_VERBS.has(tokens[m.last + 1]?.lemma ?? '');
  // ("Prime Minister X … said the government had raised …": the government a state's office-holder heading the
  // sentence speaks of is that office-holder's, whatever state the sentence before named last)
  const said = tokens[m.first - 1]?.norm === 'THAT' ? m.first - 2 : m.first - 1;
  if (ATTRIBUTION_VERBS.has(tokens[said]?.lemma ?? '') && tokens[said]?.pos === 'VERB') {
    const speaker = hist.latest((e) => e.kind === 'person' && e.subject && e.sentence === sentence && e.mention.first <= 1 && e.mention.codes.length === 1
      && stateBody(e.mention.codes[0] ?? ''), m.start);
    const own = speaker ? countryOf(speaker.mention.codes[0] ?? '') : '';
    if (speaker && own && chamberFits(m, own)) return coref(tokens, m.first, m.last, speaker.mention, 'coref', 'description:speaker-state', [own + role], null);
  }
  // (a chamber named by its own name, "the Senate", is the latest state that has one: `chamberFits`)
  const state = latestState(hist, tokens, m, sentence, spokes || speaking);
  const base = state?.mention.codes[0]?.slice(0, 3);
  if (!state || !base) return null;
  return coref(tokens, m.first, m.last, state.mention, 'coref', 'description:state-role', [base + role]);
}

/**
 * The actor of a state named in a participle phrase "led by X" set off right after `m` ("The junta, led by Captain
 * Ibrahim Traore, …"), or null.
 */
function ledBy(tokens: Token[], m: ActorMention, byFirst: (ActorMention | undefined)[]): ActorMention | null {
  const led = tokens[m.last + 1]?.text === ',' ? m.last + 2 : -1;
  if (led < 0 || tokens[led]?.norm !== 'LED' || tokens[led + 1]?.norm !== 'BY') return null;
  const x = byFirst[led + 2];
  return x && x.codes.length === 1 && countryOf(x.codes[0] ?? '') !== '' && stateBody(x.codes[0] ?? '') ? x : null;
}

/** End offset of a dateline opening the document ("BRUSSELS (AP) —"), or -1. */
function datelineEnd(text: string): number {
  const m = DATELINE_RE.exec(text);
  return m ? m[0].length : -1;
}

export const corefStage: Stage = {
  name: 'coref',
  run(doc) {
    if (doc.discarded) return;
    const hist = new History();
    const dl = datelineEnd(doc.input.text);
    for (const s of doc.sentences) if (!s.discarded) resolveSentence(s, hist, dl);
  },
};

/** "we", "us", "our <role>" inside a quote → the quote speaker's organisation. Needs the quotes' speakers. */
export const firstPersonStage: Stage = {
  name: 'first-person',
  run(doc: WorkingDoc) {
    if (doc.discarded || !doc.quotes.some((q) => q.speaker)) return;
    for (const s of doc.sentences) {
      if (s.discarded) continue;
      const quotes = doc.quotes.filter((q) => q.speaker && q.start < s.end && q.end > s.start);
      if (!quotes.length) continue;
      const add: ActorMention[] = [];
      const replace = new Set<ActorMention>();
      const byFirst = new Map(s.mentions.map((m) => [m.first, m]));
      for (let i = 0; i < s.tokens.length; i++) {
        const t = s.tokens[i] as Token;
        const possessive = FIRST_PERSON.get(t.norm);
        if (possessive === undefined || t.pos !== 'PRON' || overlaps(s.mentions, i, i)) continue;
        const q = quotes.find((x) => t.start >= x.start && t.end <= x.end);
        const speaker = q?.speaker;
        if (!speaker) continue;
        if (possessive) {
          const agent = byFirst.get(i + 1);
          const code = agent && agent.kind === 'agent' && headsPhrase(s.tokens, agent) ? composeRole(speaker.code, agent.codes[0] ?? '') : null;
          if (agent && code) {
            replace.add(agent);
            add.push(coref(s.tokens, i, agent.last, speaker.mention, 'coref', 'possessive:our', [code]));
            i = agent.last;
          }
          continue;
        }
        // the organisation speaks, not the person: no person's name on "we"
        add.push(coref(s.tokens, i, i, speaker.mention, 'pronoun', `pronoun:${t.norm.toLowerCase()}-speaker`, [speaker.code], null));
      }
      insert(s, add, replace);
    }
  },
};
