/**
 * Stage 3 — actor recognition over a sentence's tokens.
 *
 * 1. atoms: longest dictionary phrases (actors first, then agents), matched on the written form or lemma;
 * 2. noun groups: atoms in one noun phrase compose — country + role ("Iraqi forces" → IRQMIL), role + "of"
 *    + country ("the government of Gondor" → GONGOV), possessives ("Iran's Quds Force" → IRNMIL);
 * 3. compounds: "A and B", "A, B and C" become one mention with several codes;
 * 4. titles: a title followed by an unknown name takes the name ("President Lee Jae-myung");
 * 5. appositives: an unknown name followed by ", head of X" takes X's code ("inferred"), and is remembered
 *    for the rest of the document together with its surname.
 */
import type { ActorEntry } from '../dictionaries/actors-reader.js';
import { codeOn } from '../dictionaries/actors-reader.js';
import type { AgentEntry } from '../dictionaries/agents-reader.js';
import type { Lexicon } from '../dictionaries/lexicon.js';
import { TokenTrie, type PhraseIndex } from '../dictionaries/trie.js';
import { tokenForms } from './tokenize.js';
import type { ActorMention, Token } from '../types.js';
import { AIRCRAFT_MODEL, CALENDAR_WORDS, CLAUSE_TAKERS, COMPLEMENT_VERBS, DEED_ROLE_NOUNS, HONORIFICS, LAUNCHER_NOUNS, MUNITION_NOUNS, OWNED_ROLE_NOUNS, SPEECH_VERBS, VERB_LIKE_ROLE_NOUNS } from '../coding/word-classes.js';
import { ANAPHORIC_DETERMINERS, NOUN_PHRASE, POSSESSIVES } from '../coding/clause-words.js';
import { flatMapPacked, mapPacked } from './packed.js';

/** Prepositions after a deed noun that say whom or where it hit ("the airstrike on X"). */
const DEED_TARGET_PREPS: ReadonlySet<string> = new Set(['ON', 'OF', 'AGAINST', 'IN', 'AT', 'NEAR']);

/** Every atom has all the fields (undefined when not set): one object shape keeps `groupMention` optimised. */
interface Atom {
  first: number;
  last: number;
  actor: ActorEntry | undefined;
  agent: AgentEntry | undefined;
  /** The same words as a role ("Senate" is a country's institution and the LEG role). */
  alias: AgentEntry | undefined;
  learned: LearnedActor | undefined;
}

/** An actor learned from the document itself (appositive, title), valid for the rest of the document. */
export interface LearnedActor {
  code: string;
  name: string;
  rule: string;
}

export interface ActorMemory {
  learned: TokenTrie<LearnedActor>;
}

export const newActorMemory = (): ActorMemory => ({ learned: new TokenTrie() });

const FUNCTION_POS = new Set(['PRON', 'DET', 'ADP', 'AUX', 'CCONJ', 'SCONJ', 'PART', 'ADV', 'VERB', 'PUNCT', 'NUM']);
/** Words that link a role to the actor it belongs to: "the government of X", "troops from X", "police in X",
 * "students across X". */
const ROLE_LINKS = new Set(['OF', 'FROM', 'IN', 'ACROSS', 'THROUGHOUT']);
/**
 * Roles of people who work at an organisation, which "at" links to it as "of" does: "judges at the International
 * Criminal Court", "officials at the WHO", "prosecutors at the tribunal". Only staff: people who come to a place ("protesters
 * at the U.N. offices", "refugees at the UNHCR centre") are not its members.
 */
const STAFF_AT_ROLES = new Set(['GOV', 'JUD', 'LEG', 'MIL', 'SPY', 'HLH', 'EDU', 'MED', 'LAB', 'PKO']);
/** Codes of organisations, not states: international, non-governmental, militant and multinational ones. */
const ORG_CODE = /^(?:IGO|NGO|IMG|MNC)/;
const TITLE_WORDS = new Set([
  'HEAD', 'LEADER', 'CHIEF', 'COMMANDER', 'MEMBER', 'SPOKESMAN', 'SPOKESWOMAN', 'SPOKESPERSON', 'PRESIDENT',
  'MINISTER', 'SECRETARY', 'DIRECTOR', 'GENERAL', 'CHAIRMAN', 'ENVOY', 'AMBASSADOR', 'OFFICIAL', 'FOUNDER', 'EMIR',
]);

/**
 * Of several dictionary entries for one phrase ("President Bush" for two presidents), the one holding office on
 * the date: a dated code valid then beats another entry's undated fallback.
 */
function entryOn(entries: ActorEntry[], date: string | null): ActorEntry | undefined {
  if (entries.length === 1 || !date) return entries[0]; // (nothing to choose between, or no date to choose by)
  const valid = (e: ActorEntry): boolean => !!date && e.codes.some((c) => (c.from || c.to) && (!c.from || date >= c.from) && (!c.to || date < c.to));
  return entries.find(valid) ?? entries[0];
}

/** `text === text.toLowerCase()`, without making the lower-case copy for ASCII text. */
function isLowerCase(text: string): boolean {
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c >= 65 && c <= 90) return false;
    if (c >= 128) return text === text.toLowerCase();
  }
  return true;
}

/**
 * The second form of each token for role phrases: the lemma, except that a verb's past form is not a noun's
 * base ("missiles struck" is no MISSILE_STRIKE, "troops forced" no TROOP_FORCE); a verb written as the
 * lemma plus -s may still be a plural ("missile strikes").
 */
function agentForms(tokens: Token[], lemmas: string[]): string[] {
  let forms: string[] | null = null;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    const lemma = lemmas[k];
    if (!t || t.pos !== 'VERB' || lemma === undefined || lemma === t.norm || pluralOf(t.norm, lemma)) continue;
    forms ??= lemmas.slice();
    forms[k] = t.norm;
  }
  return forms ?? lemmas;
}

/** `norm === lemma + 'S' || norm === lemma + 'ES'`, without building either string. */
function pluralOf(norm: string, lemma: string): boolean {
  const extra = norm.length - lemma.length;
  if (extra !== 1 && extra !== 2) return false;
  if (norm.charCodeAt(norm.length - 1) !== 83 || (extra === 2 && norm.charCodeAt(norm.length - 2) !== 69)) return false;
  return norm.startsWith(lemma);
}

/**
 * "Guinea-Bissau", "Timor-Leste", "Al-Shabaab": the tokenizer splits a hyphenated name into word, "-", word,
 * while the dictionaries list it as one token and as words joined by "_". The sentence's words without the
 * hyphens glued between two words (and where each remaining word stood) let the "_" form match; null when the
 * sentence has no such hyphen.
 */
function unhyphenated(tokens: Token[], words: string[]): { words: string[]; at: number[]; orig: number[] } | null {
  // (only between capitalised words, "Guinea-Bissau": a lower-case particle, "al-Shabab", keeps PETRARCH's
  // reading, under which the Phoenix dictionaries' gold was made)
  // ... or around a short lower-case particle between two capitalised words: "Port-au-Prince", "Dar-es-Salaam")
  const tight = (k: number): boolean => {
    const t = tokens[k];
    const prev = tokens[k - 1];
    const next = tokens[k + 1];
    return !!t && t.text === '-' && !!prev && !!next && prev.end === t.start && next.start === t.end;
  };
  const cap = (k: number): boolean => /^\p{Lu}/u.test(tokens[k]?.text ?? '');
  const particle = (k: number): boolean => /^\p{Ll}{1,3}$/u.test(tokens[k]?.text ?? '');
  // ... and inside a personal name of capitalised words, a lower-case second part ("Lee Jae-myung", "Kim Min-seok")
  const lowerWord = (k: number): boolean => /^\p{Ll}+$/u.test(tokens[k]?.text ?? '');
  const nameBefore = (k: number): boolean => cap(k) && tokens[k]?.pos === 'PROPN' && !tight(k - 1);
  const glued = (k: number): boolean => {
    if (!tight(k)) return false;
    if (cap(k - 1) && cap(k + 1)) return true;
    if (cap(k - 1) && tokens[k - 1]?.pos === 'PROPN' && lowerWord(k + 1) && nameBefore(k - 2) && !tight(k + 2)) return true;
    if ((cap(k - 1) && particle(k + 1) && tight(k + 2) && cap(k + 3)) || (particle(k - 1) && cap(k + 1) && tight(k - 2) && cap(k - 3))) return true;
    // ... and an Arabic article after a personal given name, "Rashad al-Alimi", "Ahmed al-Sharaa" (a name begun by
    // the particle, "of al-Shabaab", keeps its reading; so, for now, do longer names: "Hayat Tahrir al-Sham" matched
    // whole makes the coreference of a later "it" prefer it as a subject over a farther speaker)
    return particle(k - 1) && cap(k + 1) && cap(k - 2) && !tight(k - 2) && !cap(k - 3);
  };
  let k = 0;
  // (most sentences have no hyphen token: nothing to look at then)
  while (k < tokens.length && tokens[k]?.text !== '-') k++;
  if (k === tokens.length) return null;
  k = 0;
  while (k < tokens.length && !glued(k)) k++;
  if (k === tokens.length) return null; // most sentences: nothing built
  const out: string[] = [];
  const at: number[] = [];
  const orig: number[] = [];
  for (let j = 0; j < k; j++) {
    at.push(j);
    orig.push(j);
    out.push(words[j] ?? '');
  }
  for (; k < tokens.length; k++) {
    if (glued(k)) {
      at.push(out.length);
      continue;
    }
    at.push(out.length);
    orig.push(k);
    out.push(words[k] ?? '');
  }
  return { words: out, at, orig };
}

/** The longer of a phrase match on the written words and one on the words without glued hyphens. */
function longestActor<T>(index: PhraseIndex<T>, words: string[], i: number, dehy: ReturnType<typeof unhyphenated>, ids: number[] | null): { end: number; values: T[] } | null {
  const plain = index.longest(words, i, undefined, ids);
  if (!dehy) return plain;
  const m = index.longest(dehy.words, dehy.at[i] ?? 0);
  if (!m || m.end - (dehy.at[i] ?? 0) < 2) return plain;
  const end = (dehy.orig[m.end - 1] ?? i) + 1;
  return !plain || end > plain.end ? { end, values: m.values } : plain;
}

/** Generic head words of organisation and state names: "Islamic State", "Labour Party", "Popular Front". */
const NAME_HEADS = new Set(['STATE', 'STATES', 'PARTY', 'FRONT', 'MOVEMENT', 'ARMY', 'REPUBLIC', 'UNION', 'COUNCIL', 'CONGRESS', 'ALLIANCE', 'LEAGUE', 'ORGANIZATION', 'ORGANISATION', 'BRIGADE', 'BRIGADES', 'GUARD', 'COURT', 'ASSEMBLY', 'COMMITTEE']);

/** Is the word at `i` preceded by "a"/"an", adjectives and adverbs allowed between? */
function indefiniteBefore(tokens: Token[], i: number): boolean {
  let j = i - 1;
  while (j >= 0 && (tokens[j]?.pos === 'ADJ' || tokens[j]?.pos === 'ADV')) j--;
  const n = tokens[j]?.norm;
  return n === 'A' || n === 'AN';
}

function matchAtoms(tokens: Token[], lex: Lexicon, mem: ActorMemory, date: string | null): Atom[] {
  const { words, lemmas, ids } = tokenForms(tokens);
  const roleForms = agentForms(tokens, lemmas);
  const dehy = unhyphenated(tokens, words);
  const atoms: Atom[] = [];
  for (let i = 0; i < tokens.length; ) {
    const tok = tokens[i];
    if (!tok) break;
    // (a number the tokenizer split from the capitals written right after it opens a name: "3R rebels", "3 R")
    const glued = tok.pos === 'NUM' && tokens[i + 1]?.start === tok.end && /^\p{Lu}/u.test(tokens[i + 1]?.text ?? '');
    const lower = isLowerCase(tok.text) && !glued;
    const functionWord = FUNCTION_POS.has(tok.pos);
    const learned = mem.learned.longest(words, i);
    let actor = lower && functionWord ? null : longestActor(lex.actors, words, i, dehy, ids);
    // an acronym written in lower case is an ordinary word: "a car bomb" is not the CAR, "who" not the WHO
    if (actor && lower && actor.end === i + 1 && tok.text.length <= 4) actor = null;
    // ... and so is one written with a capital only at its start that the tagger reads as a pronoun: "Who attacked
    // the convoy?" asks a question ("WHO officials warned" is the organisation)
    if (actor && !lower && actor.end === i + 1 && tok.pos === 'PRON' && tok.text !== tok.text.toUpperCase()) actor = null;
    // "Montenegro Municipality Association (AKK)": an abbreviation in brackets after a name is that name's, not
    // another actor the dictionaries know by those letters
    if (actor && tokens[i - 1]?.text === '(' && tokens[actor.end]?.text === ')' && tokens[i - 2] && /^\p{Lu}/u.test(tokens[i - 2]?.text ?? '') && tok.text === tok.text.toUpperCase()) actor = null;
    // "a strict Islamic state", "a new Democratic party": after an indefinite article, a name whose generic head word
    // ("State", "Party") is written in lower case is a common noun phrase ("a U.S. airstrike" is still the U.S. military)
    const head = actor && actor.end > i + 1 ? tokens[actor.end - 1] : undefined;
    // (its first words may still name an actor: "a Chinese coast guard ship" is Chinese, the coast guard a role)
    if (head && actor && NAME_HEADS.has(head.norm) && isLowerCase(head.text) && indefiniteBefore(tokens, i)) actor = lex.actors.longest(words.slice(0, actor.end - 1), i);
    // "the Malaysia Airlines Boeing 777", "an Airbus A320": a company's name before a model's designation names the
    // make of a thing (an aircraft, a vehicle), not the company as an actor
    if (actor && MODEL_DESIGNATION.test(tokens[actor.end]?.text ?? '') && actor.values.every((e) => e.codes.every((c) => c.code.startsWith('MNC')))) actor = null;
    let agent = functionWord && tok.pos !== 'NUM' && tok.pos !== 'VERB' ? null : lex.agents.longest(words, i, roleForms, ids);
    // "its official creditors", "official results": a lower-case "official" before a plural noun that is no role
    // itself is the adjective, not a government official
    const nextTok = tokens[i + 1];
    if (agent && agent.end === i + 1 && tok.norm === 'OFFICIAL' && isLowerCase(tok.text) && nextTok?.pos === 'NOUN' && nextTok.norm !== nextTok.lemmaNorm && !lex.agents.longest(words, i + 1, roleForms)) agent = null;
    // "Germany suspects Russia of sabotage": a role noun that is as often a verb is the verb where the tagger reads it so
    if (agent && agent.end === i + 1 && tok.pos === 'VERB' && VERB_LIKE_ROLE_NOUNS.has(tok.lemmaNorm)) agent = null;
    // "a Chinese J-16 fighter", "two Su-35 fighters": a fighter named by an aircraft model is a jet, not a militant
    if (agent && agent.end === i + 1 && tok.lemmaNorm === 'FIGHTER' && AIRCRAFT_MODEL.test(tokens[i - 1]?.text ?? '')) {
      const jet = lex.agents.longest(FIGHTER_JET, 0);
      if (jet) agent = { end: i + 1, values: jet.values };
    }
    // "artillery shells", "tank rounds", "drone missiles": a weapon before a munition it fires names the munition,
    // not a unit ("tanks shelled the camp" keeps its tanks)
    const fired = agent ? tokens[agent.end] : undefined;
    if (agent && fired?.pos === 'NOUN' && MUNITION_NOUNS.has(fired.lemmaNorm) && LAUNCHER_NOUNS.has(tokens[agent.end - 1]?.lemmaNorm ?? '')) agent = null;
    const bestActorEnd = Math.max(actor?.end ?? 0, learned?.end ?? 0);
    if (bestActorEnd > 0 && bestActorEnd >= (agent?.end ?? 0)) {
      if (learned && learned.end >= (actor?.end ?? 0)) atoms.push({ first: i, last: learned.end - 1, actor: undefined, agent: undefined, alias: undefined, learned: learned.values[0] });
      else if (actor) {
        const alias = agent?.end === actor.end && agent.values[0] ? agent.values[0] : undefined;
        atoms.push({ first: i, last: actor.end - 1, actor: entryOn(actor.values, date), agent: undefined, alias, learned: undefined });
      }
      i = bestActorEnd;
    } else if (agent) {
      atoms.push({ first: i, last: agent.end - 1, actor: undefined, agent: agent.values[0], alias: undefined, learned: undefined });
      i = agent.end;
    } else i++;
  }
  return atoms;
}

const FIGHTER_JET = ['FIGHTER', 'JET'];
/** A model's designation after its maker's name: "777", "A320", "E-190". */
const MODEL_DESIGNATION = /^(?:\p{Lu}{1,2}-?)?\d{2,3}[A-Z]?$/u;

/** Compose role codes onto an actor code: suffix after, prefix before; no role repeated. */
export function compose(base: string, agents: AgentEntry[]): string {
  let code = base;
  for (const a of agents) {
    // the officials of an organisation or an armed group are that body, not a state's government: "G7 foreign
    // ministers" is the G7 (IGOGOS), "the leaders of Hamas" is Hamas (no GOV after REB)
    if (a.suffix === 'GOV' && NOT_A_STATE.test(code)) continue;
    if (a.suffix && !hasRole(code, a.suffix)) code += a.suffix;
    if (a.prefix && !code.startsWith(a.prefix)) code = a.prefix + code;
  }
  return code;
}

/** Codes of bodies that are not a state: IGOs, and groups whose first role is a non-state one (PETRARCH does
 * append GOV to an NGO: "NGOARNGOV"). */
const NOT_A_STATE = /^IGO|^[A-Z-]{3}(?:REB|UAF|INS|SEP|OPP)/;

function hasRole(code: string, role: string): boolean {
  for (let k = 3; k + role.length <= code.length; k += 3) if (code.slice(k, k + role.length) === role) return true;
  return false;
}

/** Recognise the actors of one sentence. `date` selects date-restricted codes. */
export function recogniseActors(tokens: Token[], lex: Lexicon, date: string | null, mem: ActorMemory): ActorMention[] {
  const atoms = matchAtoms(tokens, lex, mem, date);
  const groups: Atom[][] = [];
  for (const atom of atoms) {
    const prev = groups[groups.length - 1];
    const last = prev?.[prev.length - 1];
    if (prev && last && joinable(tokens, last, atom, prev, date)) prev.push(atom);
    else groups.push([atom]);
  }
  const mentions: ActorMention[] = [];
  const covered = new Uint8Array(tokens.length);
  for (const a of atoms) for (let k = a.first; k <= a.last; k++) covered[k] = 1;
  for (const g of groups) {
    const m = groupMention(tokens, g, date, covered);
    if (m && !peopledPlace(tokens, m.last)) mentions.push(m);
  }
  extendTitledNames(tokens, mentions, covered, mem);
  const placed = namedBodies(tokens, placeTitledNames(tokens, mentions, mem));
  ownedRoles(tokens, placed);
  inferTitleAppositives(tokens, placed, mem);
  inferAppositives(tokens, placed, mem);
  return mergeCompounds(tokens, placed);
}

/**
 * Words that, glued by a hyphen after a people's or a country's name, describe who lives in a place: "the Serb-majority
 * north", "Kurdish-populated districts", "Russian-speaking regions". The name is no actor there.
 */
const PEOPLED_WORDS: ReadonlySet<string> = new Set(['MAJORITY', 'POPULATED', 'INHABITED', 'SPEAKING']);

/** Does the mention ending at token `last` only describe a place's people ("the Serb-majority north")? */
function peopledPlace(tokens: Token[], last: number): boolean {
  return tokens[last + 1]?.text === '-' && hyphenInWord(tokens, last + 1) && PEOPLED_WORDS.has(tokens[last + 2]?.norm ?? '');
}

/** Is token `k` a hyphen inside a word, glued to the words on both sides ("state-sponsored")? */
function hyphenInWord(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  return t?.text === '-' && tokens[k - 1]?.end === t.start && tokens[k + 1]?.start === t.end;
}

/** Can `next` join the noun group whose last atom is `last`? */
function joinable(tokens: Token[], last: Atom, next: Atom, group: Atom[], date: string | null): boolean {
  if (next.first === last.last + 1) {
    // two actor names back to back are separate ("Gondor Arnor") unless the second is a role
    // ... or the first is the country of the second ("Chinese President Xi Jinping", "Iranian Quds Force")
    // ... or the second is an institution whose name is also a role noun, which many states' bodies bear: "the South
    // Korean Joint Chiefs of Staff" is South Korea's, whatever state the dictionary gives the bare name (`namedCodes`)
    if (next.actor && last.actor && !next.agent) {
      const a = codeOn(last.actor, date);
      const b = codeOn(next.actor, date);
      return !!a && !!b && a.length === 3 && b.length > 3 && (b.startsWith(a) || (!!next.alias && !ORG_CODE.test(b) && !isPerson(next.actor)));
    }
    // "resumed shelling Kharkiv": a verbal noun names an act done to the name after it, not a role of it
    if (last.agent && !last.actor && next.actor && tokens[last.last]?.norm.endsWith('ING')) return false;
    return true;
  }
  const gap = tokens.slice(last.last + 1, next.first);
  if (gap.length > 4) return false;
  // "Iran 's Quds Force"
  const possessive = ["'s", '’s', "'"].includes(gap[0]?.text ?? '');
  if (gap.length === 1 && possessive) return true;
  // "Taiwan's Vice Foreign Minister", "Algeria's leading rights activist": modifiers between a state's possessive
  // and a role
  if (possessive && last.actor && next.agent && gap.slice(1).every((t) => ['ADJ', 'NOUN', 'PROPN'].includes(t.pos))) return true;
  // "the government of Gondor", "soldiers from Gondor", "lawmakers in Fornost": role, then of/from/in, then actor
  // ... also over the actor's own determiner and adjectives: "the mayor of the northern West Bank city"
  // (not a role owned by a possessive before it and then FROM a place: "withdraw its troops from Ukraine" is where
  // they leave, and "its" says whose they are)
  const owned = gap[0]?.norm === 'FROM' && POSSESSIVES.has(tokens[(group[0]?.first ?? 0) - 1]?.norm ?? '');
  const linked = !owned && ROLE_LINKS.has(gap[0]?.norm ?? '') && gap.slice(1).every((t) => t.pos === 'DET' || t.pos === 'ADJ');
  if (linked && group.every((a) => a.agent) && (next.actor || next.learned)) return true;
  if (staffAt(gap, group, next, date)) return true;
  // adjectives / determiners / names between: "Calenardhon Ministry of Silly Walks" is one agent already
  // (and a modifier written with a hyphen before a role: "a Chinese state-sponsored hacking group", "Iranian
  // state-backed hackers"; not one glued to the name, which says who backs them: "Iran-backed militias")
  return gap.every((t, j) => (NOUN_PHRASE.has(t.pos) || (j > 0 && !next.actor && hyphenInWord(tokens, last.last + 1 + j))) && t.norm !== 'OF') && !gap.some((t) => t.pos === 'PROPN' && /^[A-Z]/.test(t.text) && next.actor !== undefined && last.actor !== undefined);
}


/** "judges at the International Criminal Court": a staff role (`STAFF_AT_ROLES`), "at", an organisation (`ORG_CODE`). */
function staffAt(gap: Token[], group: Atom[], next: Atom, date: string | null): boolean {
  if (gap[0]?.norm !== 'AT' || !gap.slice(1).every((t) => t.pos === 'DET' || t.pos === 'ADJ')) return false;
  if (!group.every((a) => a.agent && STAFF_AT_ROLES.has(a.agent.suffix))) return false;
  const code = next.actor ? codeOn(next.actor, date) : null;
  return !!code && ORG_CODE.test(code);
}

/**
 * Nouns of opposition that name whom they oppose in their "of" phrase ("critics of the Ugandan president"); other
 * opposition roles name what they belong to there ("exiled leaders of Egypt's Muslim Brotherhood" lead it).
 */
const OPPOSING_NOUNS: ReadonlySet<string> = new Set(['CRITIC', 'OPPONENT', 'ENEMY', 'FOE', 'ADVERSARY', 'DETRACTOR', 'OBJECTOR', 'CHALLENGER', 'DISSENTER']);

/** A noun naming a deed that is also an agent noun ("shelling", "airstrike"). */
const deedNoun = (t: Token | undefined): boolean => t?.pos === 'NOUN' && (DEED_ROLE_NOUNS.has(t.lemmaNorm) || DEED_ROLE_NOUNS.has(t.norm));

/**
 * The codes of a group of atoms that names no actor, only roles (`agents`) or a people; null when it is no mention
 * (a part of `groupMention`, kept apart for the V8 limit on optimised functions).
 */
function agentCodes(tokens: Token[], g: Atom[], covered: Uint8Array, agents: AgentEntry[], people: boolean): string[] | null {
  const first = g[0] as Atom;
  const lastAtom = g[g.length - 1] as Atom;
  // "military aid", "military equipment": a role adjective before a common noun only describes that thing
  const after = lastAtom.last + 1;
  if (g.length === 1 && tokens[lastAtom.last]?.pos === 'ADJ' && tokens[after]?.pos === 'NOUN' && !covered[after]) return null;
  // "shared intelligence with Kyiv": a role noun that is also a mass noun names the body only with an owner
  if (g.length === 1 && first.first === first.last && OWNED_ROLE_NOUNS.has(tokens[first.first]?.norm ?? '')) return null;
  // "condemned the shelling": an agent noun that names a deed, alone after "the"/"this" and with nothing after it
  // saying whom it hit, is the deed told before, no actor ("Russian shelling" is RUSMIL; "an air strike killed",
  // "the airstrike on X" keep the doer reading)
  const told = ANAPHORIC_DETERMINERS.has(tokens[first.first - 1]?.norm ?? '') && !DEED_TARGET_PREPS.has(tokens[lastAtom.last + 1]?.norm ?? '');
  if (told && g.every((a) => a.agent && deedNoun(tokens[a.last]))) return null;
  return [people ? '---CVL' : compose('---', agents)];
}

/**
 * The codes of a group of atoms with named actors (`bases`, their codes) and roles (`agents`) (a part of `groupMention`,
 * kept apart for the V8 limit on optimised functions).
 */
function namedCodes(g: Atom[], bases: string[], agents: AgentEntry[]): string[] {
  // more specific (longer) codes win over a bare country before them: "Iran's Quds Force" → IRNMIL
  const head = bases[bases.length - 1] ?? '';
  // an institution named after its country ("Rwanda's Senate") belongs to that country, whatever default
  // country the dictionary gives the bare name
  const owner = bases.length > 1 && /^[A-Z]{3}$/.test(bases[0] ?? '') && !/^(IGO|NGO|IMG|MNC)/.test(head) ? bases[0] : undefined;
  // (the institution is the group's last named actor, whatever roles follow it: "Pakistan's Joint Chiefs of Staff
  // spokesman" is Pakistan's, as "Pakistan's Joint Chiefs of Staff" is)
  let named = g.length - 1;
  while (named > 0 && !g[named]?.actor) named--;
  const institution = g[named];
  const country = bases.find((b) => b.length === 3 && b !== head && head.startsWith('---')) ?? (owner && head.length > 3 && !head.startsWith(owner) && institution?.actor && !isPerson(institution.actor) ? owner : undefined);
  const baseCodes = bases.length > 1 && bases.every((b) => b.length <= 3) ? bases : [country ? country + head.slice(3) : head];
  // ... and when its name is also a role, it is that role of the owner, as PETRARCH reads it ("Rwanda's Senate" is
  // RWALEG, not the roles of the dictionary's own Senate)
  const alias = country && country === owner ? institution?.alias : undefined;
  // (in the order written: roles before the institution, its own, those after it)
  const before = g.slice(0, named).filter((a) => a.agent).length;
  return alias && owner ? [compose(owner, [...agents.slice(0, before), alias, ...agents.slice(before)])] : mapPacked(baseCodes, (b) => compose(b, agents));
}

function groupMention(tokens: Token[], g: Atom[], date: string | null, covered: Uint8Array): ActorMention | null {
  const first = g[0];
  const lastAtom = g[g.length - 1];
  if (!first || !lastAtom) return null;
  // "critics of the Ugandan president", "opponents of the Kenyan government": an opposition defined by whom it opposes
  // takes that side's country, not its role (UGAOPP, not UGAOPPGOV)
  let against = -1;
  for (let k = 0; k < g.length && against < 0; k++) {
    const a = g[k] as Atom;
    if (a.agent?.suffix === 'OPP' && tokens[a.last + 1]?.norm === 'OF' && OPPOSING_NOUNS.has(tokens[a.last]?.lemmaNorm ?? '')) against = k;
  }
  const agents: AgentEntry[] = [];
  for (let k = 0; k < g.length; k++) {
    const a = g[k] as Atom;
    if (a.agent && (against < 0 || k <= against || a.actor)) agents.push(a.agent);
  }
  const rules: string[] = [];
  let name: string | null = null;
  const bases: string[] = [];
  let kind: ActorMention['kind'] = 'actor';
  // the rightmost named actor is the head ("Iran's Quds Force" → Quds Force), but a country before a person
  // does not override the person's own code
  // "ethnic Albanians", "ethnic Turkish villagers": a people, not the state of that name (where they live decides)
  const ethnic = tokens[first.first - 1]?.norm === 'ETHNIC';
  for (const a of g) {
    if (a.actor) {
      const code = codeOn(a.actor, date);
      if (!code) continue;
      if (ethnic && a === first && /^[A-Z]{3}$/.test(code)) {
        rules.push(`ethnic:${a.actor.id}`);
        continue;
      }
      rules.push(a.actor.id);
      name = a.actor.name;
      if (code.includes('/')) bases.push(...code.split('/'));
      else bases.push(code);
    } else if (a.learned) {
      rules.push(a.learned.rule);
      name = a.learned.name;
      bases.push(a.learned.code);
      kind = 'inferred';
    }
  }
  for (const a of agents) rules.push(a.id);
  let codes: string[];
  const people = ethnic && bases.length === 0 && !agents.length && rules.length > 0;
  if (bases.length === 0) {
    if (!agents.length && !people) return null;
    const agentOnly = agentCodes(tokens, g, covered, agents, people);
    if (!agentOnly) return null;
    codes = agentOnly;
    kind = 'agent';
  } else {
    codes = namedCodes(g, bases, agents);
  }
  // extend the span leftwards over determiners/adjectives of the noun group ("the Iraqi government")
  let from = first.first;
  // ... and over the honorifics of a named actor: "by Gen. Tiani", "Lt. Gen. X" (a preposition before them is the name's)
  while (from > 0 && !covered[from - 1] && (isDetOrAdj(tokens[from - 1]) || (!!first.actor && honorific(tokens[from - 1])))) from--;
  const startTok = tokens[from];
  const endTok = tokens[lastAtom.last];
  if (!startTok || !endTok) return null;
  const mention: ActorMention = {
    first: from,
    last: lastAtom.last,
    start: startTok.start,
    end: endTok.end,
    text: spanText(tokens, from, lastAtom.last),
    codes: codes.length === 1 ? [codes[0] as string] : [...new Set(codes)],
    name,
    rules,
    kind,
    role: agents.length ? mapPacked(agents, (a) => a.suffix).join('') : people ? 'CVL' : undefined,
  };
  return mention;
}

/** Determiners that open a clause of their own, not the actor's noun phrase: "in what opposition leaders called …". */
const WH_DETERMINERS = new Set(['WHAT', 'WHATEVER']);
const isDetOrAdj = (t: Token | undefined): boolean => t !== undefined && ((t.pos === 'DET' && !WH_DETERMINERS.has(t.norm)) || t.pos === 'ADJ');
/** A capitalised honorific or rank before a name: "Gen.", "General", "Mr.". */
const honorific = (t: Token | undefined): boolean => t !== undefined && t.pos === 'PROPN' && /^\p{Lu}/u.test(t.text) && HONORIFICS.has(t.norm.endsWith('.') ? t.norm.slice(0, -1) : t.norm);

/**
 * The words (`text`, or `norm`) of tokens `first`..`last` joined by spaces, '' when `last` < `first`: what
 * `tokens.slice(first, last + 1).map((t) => t.text).join(' ')` gives, without the arrays. On Node 20 an array made by
 * a `map` that TurboFan inlined has another elements kind than one the builtin made, so the `join` after it
 * deoptimised ("wrong map") every function that did this, once in each worker, the first time it ran optimised.
 */
export function spanText(tokens: readonly Token[], first: number, last: number, form: 'text' | 'norm' = 'text'): string {
  let text = '';
  for (let k = first; k <= last; k++) text += (k === first ? '' : ' ') + (tokens[k]?.[form] ?? '');
  return text;
}

/**
 * What stands between two mentions ending at token `last` and starting at `next`: "and", ", and", "," or anything
 * else (null) — `tokens.slice(last + 1, next).map(norm)` compared, without the array.
 */
function listGap(tokens: Token[], last: number, next: number): 'and' | 'comma-and' | 'comma' | null {
  const n = next - last - 1;
  const a = tokens[last + 1]?.norm;
  // ("or" joins alternatives as "and" joins members: "if the United States or Israel attacked", each a possible doer)
  if (n === 1) return a === 'AND' || a === 'OR' ? 'and' : a === ',' ? 'comma' : null;
  if (n === 2 && a === ',' && tokens[last + 2]?.norm === 'AND') return 'comma-and';
  return n > 1 && n <= 4 && countedMembers(tokens, last, next) ? 'and' : null;
}

/**
 * "freed a German engineer and two Italian nationals", "arrested two Kenyan citizens and three Ugandans": between two
 * members, a common noun the dictionaries do not know may end the first ("engineer" after the demonym "a German"), and
 * a number or an article may open the second; "and" stands between them.
 */
function countedMembers(tokens: Token[], last: number, next: number): boolean {
  let k = last + 1;
  while (k < next && k <= last + 2 && tokens[k]?.pos === 'NOUN' && /^\p{Ll}/u.test(tokens[k]?.text ?? '')) k++;
  if (tokens[k]?.norm !== 'AND') return false;
  k++;
  const open = k;
  while (k < next && k < open + 2 && (tokens[k]?.pos === 'NUM' || tokens[k]?.norm === 'A' || tokens[k]?.norm === 'AN')) k++;
  return k === next && (open > last + 2 || k > open);
}

/**
 * A title followed by a name the dictionaries do not know takes the name into its mention: "South Korean
 * President Lee Jae-myung and …" is one actor before "and", so the compound and the verb see it whole. The name
 * is a run of capitalised proper nouns, and pieces joined to them by a hyphen without spaces ("Jae-myung").
 */
function extendTitledNames(tokens: Token[], mentions: ActorMention[], covered: Uint8Array, mem: ActorMemory): void {
  for (const m of mentions) {
    if (!TITLE_WORDS.has(tokens[m.last]?.norm ?? '') || !m.codes.some((c) => !c.startsWith('---'))) continue;
    let e = m.last;
    for (let k = m.last + 1; k < tokens.length && !covered[k]; k++) {
      const t = tokens[k];
      const prev = tokens[k - 1];
      if (!t || !prev) break;
      if (t.pos === 'PROPN' && /^\p{Lu}/u.test(t.text) && !CALENDAR_WORDS.has(t.norm) && k === e + 1) e = k;
      else if (t.text === '-' && prev.end === t.start && tokens[k + 1]?.start === t.end && k === e + 1 && k > m.last + 1) {
        e = k + 1;
        k++;
      } else break;
    }
    const et = tokens[e];
    if (e === m.last || !et || covered[e]) continue;
    // (the name is remembered with the title's code, so that it names that office-holder again, "Dlamini" after
    // "Eswatini's prime minister Russell Dlamini"; a title with no state gives none)
    const code = m.codes.length === 1 ? (m.codes[0] ?? '') : '';
    if (code && !code.startsWith('---') && e > m.last + 1) learnName(mem, tokens, m.last + 1, e, { code, name: spanText(tokens, m.last + 1, e), rule: `titled-name:${m.rules[0] ?? ''}` });
    m.last = e;
    m.end = et.end;
    m.text = spanText(tokens, m.first, e);
  }
}

/**
 * "Gen. Qassem Soleimani, head of Iran's Quds Force" → Soleimani takes the code of the Quds Force; "Nika Gvaramia,
 * an opposition leader, …" → the name takes the role the appositive gives it (closed by a comma or the sentence's
 * end). A role with no country is placed with the sentence's other roles later (events stage) and not remembered.
 */
function inferAppositives(tokens: Token[], mentions: ActorMention[], mem: ActorMemory): void {
  for (const m of [...mentions]) {
    // m must be introduced by "<title> of": walk back over "head of", "the leader of"; or be the appositive's own
    // role noun ("an opposition leader", "a journalist"), right after the comma
    let k = m.first - 1;
    if (tokens[k]?.norm === 'OF') {
      k--;
      if (!TITLE_WORDS.has(tokens[k]?.norm ?? '')) continue;
    } else {
      if (m.kind !== 'agent' || !APPOSITIVE_END.has(tokens[m.last + 1]?.norm ?? '')) continue;
      k = m.first;
    }
    while (k > 0 && ['DET', 'ADJ'].includes(tokens[k - 1]?.pos ?? '')) k--;
    if (tokens[k - 1]?.text !== ',') continue;
    // the name: a run of capitalised PROPN tokens before the comma, not already an actor
    let e = k - 2;
    let s = e;
    while (s >= 0 && tokens[s]?.pos === 'PROPN' && /^\p{Lu}/u.test(tokens[s]?.text ?? '')) s--;
    s++;
    if (s > e || mentions.some((x) => x.last >= s && x.first <= e)) continue;
    // drop a leading title abbreviation ("Gen.")
    while (s < e && /\.$/.test(tokens[s]?.text ?? '')) s++;
    const words = tokens.slice(s, e + 1);
    const code = m.codes[0];
    if (!code) continue;
    const name = words.map((t) => t.text).join(' ');
    const learned: LearnedActor = { code, name, rule: `appositive:${m.rules[0] ?? ''}` };
    if (!code.startsWith('---')) {
      mem.learned.add(words.map((t) => t.norm), learned);
      const surname = words[words.length - 1];
      if (words.length > 1 && surname) mem.learned.add([surname.norm], learned);
    }
    const st = tokens[s];
    const et = tokens[e];
    if (!st || !et) continue;
    mentions.push({ first: s, last: e, start: st.start, end: et.end, text: name, codes: [code], name, rules: [learned.rule], kind: code.startsWith('---') ? 'agent' : 'inferred', role: undefined });
    e = 0;
  }
  mentions.sort((a, b) => a.first - b.first);
}

/** Nouns of an office one person holds, after which a name set off by commas is the holder's: "Kenya's foreign minister, X, …". */
const OFFICE_TITLES: ReadonlySet<string> = new Set(['MINISTER', 'PRESIDENT', 'PREMIER', 'CHANCELLOR', 'SECRETARY', 'SPOKESMAN', 'SPOKESWOMAN',
  'SPOKESPERSON', 'AMBASSADOR', 'ENVOY', 'CHIEF', 'COMMANDER', 'LEADER', 'HEAD', 'GOVERNOR', 'MAYOR', 'PROSECUTOR', 'DIRECTOR', 'CHAIRMAN',
  'CHAIRWOMAN', 'GENERAL', 'SPEAKER']);

/**
 * The end of a personal name of two or more capitalised proper nouns starting at `s` (pieces glued by a hyphen,
 * "Jae-myung", and lower-case particles between two names, "Rashad al Alimi", "Ursula von der Leyen", go with it),
 * with no token of it in a mention; -1 when there is none.
 */
function personalName(tokens: Token[], s: number, mentions: ActorMention[]): number {
  const cap = (k: number): boolean => tokens[k]?.pos === 'PROPN' && /^\p{Lu}\p{Ll}/u.test(tokens[k]?.text ?? '') && !CALENDAR_WORDS.has(tokens[k]?.norm ?? '');
  if (!cap(s)) return -1;
  let e = s;
  let words = 1;
  for (let k = s + 1; k < tokens.length; k++) {
    const t = tokens[k] as Token;
    if (cap(k)) {
      e = k;
      words++;
    } else if (t.text === '-' && tokens[k - 1]?.end === t.start && tokens[k + 1]?.start === t.end && k === e + 1) {
      e = k + 1;
      k++;
    } else if (NAME_PARTICLES.has(t.text) && cap(k + 1)) continue;
    else break;
  }
  if (words < 2 || mentions.some((x) => x.last >= s && x.first <= e)) return -1;
  return e;
}
/** A word that may be part of a personal name: a capitalised proper noun, a particle, a glued hyphen. */
const namePart = (t: Token | undefined): boolean => !!t && ((t.pos === 'PROPN' && /^\p{Lu}\p{Ll}/u.test(t.text)) || NAME_PARTICLES.has(t.text) || t.text === '-');
/** Lower-case particles inside a personal name. */
const NAME_PARTICLES: ReadonlySet<string> = new Set(['al', 'el', 'bin', 'ibn', 'de', 'da', 'dos', 'van', 'von', 'der', 'la', 'le', 'du']);

/** Remember the name at tokens `s`..`e` and its surname (its last word) as `learned` for the rest of the document. */
function learnName(mem: ActorMemory, tokens: Token[], s: number, e: number, learned: LearnedActor): void {
  mem.learned.add(tokens.slice(s, e + 1).map((t) => t.norm), learned);
  const surname = tokens[e];
  if (surname && e > s) mem.learned.add([surname.norm], learned);
}

/**
 * "Lithuania's defence minister, Dovile Sakaliene, warned …", "said the president of Ghana, John Mahama.": a name the
 * dictionaries do not know set off by commas right after a state's office-holder is that holder, remembered for the
 * rest of the document with its surname (`title-appositive:<rule>`). Only after a mention of one office ("Lithuanian
 * officials, …" names no one) with a state's code.
 */
function inferTitleAppositives(tokens: Token[], mentions: ActorMention[], mem: ActorMemory): void {
  for (const m of [...mentions]) {
    nameBeforeTitle(tokens, mentions, mem, m);
    const code = m.codes[0];
    if (!code || !officeHolder(tokens, m) || tokens[m.last + 1]?.text !== ',') continue;
    const s = m.last + 2;
    const e = personalName(tokens, s, mentions);
    const after = tokens[e + 1];
    if (e < 0 || !(after === undefined || after.text === ',' || after.text === '.')) continue;
    addHolderName(tokens, mentions, mem, s, e, m);
  }
  mentions.sort((a, b) => a.first - b.first);
}

/**
 * "Mohammed Idris, Nigeria's information minister, said …", "Dovile Sakaliene, the Lithuanian defence minister, …": a
 * name the dictionaries do not know, opening the sentence or a clause, set off by a comma before a state's office-holder
 * that a comma or the sentence's end closes, is that holder (`title-appositive:<rule>`); adds its mention to `mentions`.
 */
function nameBeforeTitle(tokens: Token[], mentions: ActorMention[], mem: ActorMemory, m: ActorMention): void {
  if (!officeHolder(tokens, m) || tokens[m.first - 1]?.text !== ',') return;
  const after = tokens[m.last + 1];
  if (after && after.text !== ',' && after.text !== '.') return;
  let s = m.first - 2;
  while (s > 0 && namePart(tokens[s - 1])) s--;
  while (s < m.first - 2 && !/^\p{Lu}\p{Ll}/u.test(tokens[s]?.text ?? '')) s++;
  const e = personalName(tokens, s, mentions);
  // (the name opens the sentence or a clause, or follows a verb of saying: "…, said Mohammed Idris, Nigeria's …")
  const before = tokens[s - 1];
  if (e !== m.first - 2 || !(!before || ['PUNCT', 'SCONJ', 'CCONJ'].includes(before.pos) || (before.pos === 'VERB' && SPEECH_VERBS.has(before.lemma)))) return;
  addHolderName(tokens, mentions, mem, s, e, m);
}

/**
 * Is `m` one state's office-holder: one code with a country, its title ending it or coming before its OF phrase ("the
 * foreign minister of Peru")?
 */
function officeHolder(tokens: Token[], m: ActorMention): boolean {
  let of = m.last;
  for (let j = m.first + 1; j < m.last; j++) if (tokens[j]?.norm === 'OF') of = j - 1;
  return m.codes.length === 1 && !(m.codes[0] ?? '---').startsWith('---') && OFFICE_TITLES.has(tokens[of]?.norm ?? '');
}

/** The name at tokens `s`..`e` is office-holder `m`: remembered with its code, and a mention of it added to `mentions`. */
function addHolderName(tokens: Token[], mentions: ActorMention[], mem: ActorMemory, s: number, e: number, m: ActorMention): void {
  const code = m.codes[0] ?? '';
  const name = spanText(tokens, s, e);
  const learned: LearnedActor = { code, name, rule: `title-appositive:${m.rules[0] ?? ''}` };
  learnName(mem, tokens, s, e, learned);
  const st = tokens[s] as Token;
  const et = tokens[e] as Token;
  mentions.push({ first: s, last: e, start: st.start, end: et.end, text: name, codes: [code], name, rules: [learned.rule], kind: 'inferred', role: undefined });
}

/**
 * "Interior Minister Carlos Malaver of Peru": a capitalised title with no country, a name the dictionaries do not know
 * and "of" a state is that state's office-holder; one mention from the title to the state (its code the state's with
 * the title's role), the name remembered for the rest of the document with its surname (`titled-of:<state rule>`).
 * The mentions, without the state's own.
 */
function placeTitledNames(tokens: Token[], mentions: ActorMention[], mem: ActorMemory): ActorMention[] {
  let drop: ActorMention | null = null;
  for (const m of mentions) {
    const code = m.codes[0];
    const title = tokens[m.last];
    if (m.codes.length !== 1 || !code?.startsWith('---') || !title || !OFFICE_TITLES.has(title.norm) || !/^\p{Lu}/u.test(title.text)) continue;
    const e = personalName(tokens, m.last + 1, mentions);
    if (e < 0 || tokens[e + 1]?.norm !== 'OF') continue;
    const state = mentions.find((x) => x.first === e + 2);
    const base = state?.codes.length === 1 ? state.codes[0] : undefined;
    if (!state || !base || !/^[A-Z]{3}$/.test(base)) continue;
    const name = spanText(tokens, m.last + 1, e);
    const learned: LearnedActor = { code: base + code.slice(3), name, rule: `titled-of:${state.rules[0] ?? ''}` };
    learnName(mem, tokens, m.last + 1, e, learned);
    m.codes = [learned.code];
    m.rules = [...m.rules, learned.rule];
    m.name = name;
    m.kind = 'inferred';
    m.last = state.last;
    m.end = state.end;
    m.text = spanText(tokens, m.first, m.last);
    drop = state;
  }
  return drop ? mentions.filter((x) => x !== drop) : mentions;
}

/**
 * The role of a body the dictionaries do not name, by the head word of its name: "the Independent Electoral and Boundaries
 * Commission" GOV, "the Constitutional Tribunal" JUD, "the National Unity Party" PTY, "the al-Bara Brigade" REB. A
 * front or movement is a party (PTY) unless its name says it fights (`FIGHTING_NAME_WORDS`: "National Liberation
 * Front" REB). (Not a committee, most often no state's: "the Ceasefire Violations Committee", a party's "Central
 * Committee"; nor an agency, as often a news agency: "the Tasnim News Agency".)
 */
const BODY_HEAD_ROLES: ReadonlyMap<string, string> = new Map([
  ['COMMISSION', 'GOV'], ['COUNCIL', 'GOV'], ['AUTHORITY', 'GOV'], ['MINISTRY', 'GOV'],
  ['DIRECTORATE', 'GOV'], ['COURT', 'JUD'], ['TRIBUNAL', 'JUD'], ['ASSEMBLY', 'LEG'], ['PARTY', 'PTY'], ['FRONT', 'PTY'],
  ['MOVEMENT', 'PTY'], ['BRIGADE', 'REB'], ['BRIGADES', 'REB'], ['MILITIA', 'REB'],
]);
const FIGHTING_NAME_WORDS: ReadonlySet<string> = new Set(['LIBERATION', 'RESISTANCE', 'ARMED', 'REVOLUTIONARY', 'JIHAD', 'MUJAHIDEEN', 'PATRIOTS', 'DEFENCE', 'DEFENSE']);
/** Words inside a body's name between capitalised words: "Independent Electoral and Boundaries Commission". */
const NAME_LINKS: ReadonlySet<string> = new Set(['AND', 'OF', 'FOR']);
/** "72nd", "3rd": an ordinal before a brigade makes it an army's unit. */
const ORDINAL = /^\d+(?:st|nd|rd|th)$/i;

/**
 * Bodies the dictionaries do not name, recognised by a name of capitalised words ending in a head of `BODY_HEAD_ROLES`
 * after "the" or a state ("Kenya's Independent Electoral and Boundaries Commission", "the National Unity Party", "the
 * Communist Party of Ruritania"): a state right before it (possessive or adjective) or in an "of" phrase after it
 * owns it (the state's mention takes the name, its code the state's with the role); with no state, a mention of the
 * role alone, placed as other roles are (`named-body:<head>`). The mentions, in order.
 */
function namedBodies(tokens: Token[], mentions: ActorMention[]): ActorMention[] {
  let out = mentions;
  const cap = (k: number): boolean => /^\p{Lu}/u.test(tokens[k]?.text ?? '') && ['PROPN', 'NOUN', 'ADJ'].includes(tokens[k]?.pos ?? '');
  for (let k = 1; k < tokens.length; k++) {
    const head = tokens[k] as Token;
    const baseRole = BODY_HEAD_ROLES.get(head.norm);
    // (the head may be a role of its own, "Brigade" MIL, which the name takes in)
    const own = out.find((x) => x.first <= k && x.last >= k);
    if (!baseRole || !cap(k) || cap(k + 1) || (own && !(own.first === k && own.last === k && own.kind === 'agent'))) continue;
    // the name: capitalised words back from the head (and "and"/"of"/"for" between two of them), none in a mention
    let s = k;
    while (s > 0 && !out.some((x) => x.first <= s - 1 && x.last >= s - 1)) {
      if (cap(s - 1)) s--;
      else if (NAME_LINKS.has(tokens[s - 1]?.norm ?? '') && isLowerCase(tokens[s - 1]?.text ?? '') && cap(s - 2) && !out.some((x) => x.first <= s - 2 && x.last >= s - 2)) s -= 2;
      else break;
    }
    // ("the al-Bara Brigade": an Arabic article glued to the name's first word)
    if (tokens[s - 1]?.text === '-' && hyphenInWord(tokens, s - 1) && NAME_PARTICLES.has(tokens[s - 2]?.text ?? '')) s -= 2;
    if (s === k || s === 0) continue;
    const words = tokens.slice(s, k + 1).map((t) => t.norm);
    const role = baseRole === 'REB' && ORDINAL.test(tokens[s - 1]?.text ?? '') ? 'MIL'
      : baseRole === 'PTY' && head.norm !== 'PARTY' && words.some((w) => FIGHTING_NAME_WORDS.has(w)) ? 'REB' : baseRole;
    const rule = `named-body:${head.norm}`;
    // the state that owns it: right before ("Kenya's", "Kenyan") or after "of"
    const poss = ["'s", '’s'].includes(tokens[s - 1]?.text ?? '') ? s - 2 : s - 1;
    const before = out.find((x) => x.last === poss && x.codes.length === 1 && /^[A-Z]{3}$/.test(x.codes[0] ?? ''));
    const after = tokens[k + 1]?.norm === 'OF' ? out.find((x) => x.first === k + 2 && x.codes.length === 1 && /^[A-Z]{3}$/.test(x.codes[0] ?? '')) : undefined;
    const ordinal = ORDINAL.test(tokens[s - 1]?.text ?? '') ? 1 : 0;
    const det = tokens[s - 1 - ordinal]?.norm === 'THE';
    if (!before && !after && !det) continue;
    const name = spanText(tokens, s, k);
    if (before) {
      before.codes = [(before.codes[0] ?? '') + role];
      before.last = k;
      before.end = head.end;
      before.text = spanText(tokens, before.first, k);
      before.rules = [...before.rules, rule];
      before.role = role;
      if (own) out = out.filter((x) => x !== own);
      continue;
    }
    const first = det ? s - 1 - ordinal : s;
    const st = tokens[first] as Token;
    const last = after ? after.last : k;
    const m: ActorMention = {
      first, last, start: st.start, end: (tokens[last] as Token).end, text: spanText(tokens, first, last),
      codes: [after ? (after.codes[0] ?? '') + role : '---' + role], name, rules: after ? [rule, ...after.rules] : [rule], kind: after ? 'actor' : 'agent', role,
    };
    out = [...out.filter((x) => x !== after && x !== own), m].sort((a, b) => a.first - b.first);
  }
  return out;
}

/** Participles that make a body another's: "a firm owned by the Chinese state", "a broadcaster run by the state". */
const OWNER_PARTICIPLES: ReadonlySet<string> = new Set(['OWNED', 'RUN', 'CONTROLLED', 'OPERATED']);

/**
 * "a firm owned by the Chinese state", "a company that is controlled by Beijing": a role with no country whose
 * participle of owning (right after it, or after "that/which is/was") names its owner in a BY phrase takes the owner's
 * state (`owned-by:<owner rule>`). Not an international body's or a company's ("a firm owned by Gazprom" is no
 * state's), nor an armed group's ("militias controlled by Iran" are a proxy, not Iran's own forces; "Iran-backed
 * militias" are left unplaced too).
 */
function ownedRoles(tokens: Token[], mentions: ActorMention[]): void {
  for (const m of mentions) {
    if (m.codes.length !== 1 || !m.codes[0]?.startsWith('---') || /^---(?:REB|INS|UAF|SEP)/.test(m.codes[0])) continue;
    let k = m.last + 1;
    if (['THAT', 'WHICH'].includes(tokens[k]?.norm ?? '') && ['IS', 'WAS', 'ARE', 'WERE'].includes(tokens[k + 1]?.norm ?? '')) k += 2;
    if (tokens[k]?.norm === 'PARTLY' || tokens[k]?.norm === 'WHOLLY' || tokens[k]?.norm === 'FULLY') k++;
    if (!OWNER_PARTICIPLES.has(tokens[k]?.norm ?? '') || tokens[k + 1]?.norm !== 'BY') continue;
    const owner = mentions.find((x) => x.first === k + 2 || (x.first > k + 2 && tokens.slice(k + 2, x.first).every((t) => t.pos === 'DET' || t.pos === 'ADJ')));
    const code = owner?.codes.length === 1 ? (owner.codes[0] ?? '') : '';
    if (!owner || !/^[A-Z]{3}/.test(code) || /^(?:IGO|NGO|IMG|MNC|---)/.test(code)) continue;
    m.codes = [code.slice(0, 3) + (m.codes[0] ?? '').slice(3)];
    m.rules = [...m.rules, `owned-by:${owner.rules[0] ?? ''}`];
  }
}

/** What closes an appositive: "X, an opposition leader, said", "detained X, a journalist." */
const APPOSITIVE_END = new Set([',', '.']);

/** "A and B", "A, B and C", "A, B, and C" → one mention with all codes (a compound actor). */
function mergeCompounds(tokens: Token[], mentions: ActorMention[]): ActorMention[] {
  const out: ActorMention[] = [];
  for (let k = 0; k < mentions.length; k++) {
    const m = mentions[k];
    if (!m) continue;
    let j = k;
    let end = m;
    const members = [m];
    let sawAnd = false;
    while (j + 1 < mentions.length) {
      const n = mentions[j + 1];
      if (!n) break;
      const gap = listGap(tokens, end.last, n.first);
      const isAnd = gap === 'and';
      // ", and" closes a list of three or more ("A, B, and C"); after a single member it joins two clauses ("held
      // in Gaza, and Israel released ...")
      const isCommaAnd = gap === 'comma-and' && members.length >= 2;
      const isComma = gap === 'comma';
      // (a member opened by a number after a noun is a new clause's subject when a verb follows that is no participle
      // on it: "shelled Kharkiv and two civilians died", "and two soldiers were killed")
      if (isAnd && n.first - end.last > 2 ? countedClause(tokens, n) : (isAnd || isCommaAnd) && clauseAfterObject(tokens, m, n)) break;
      if (isAnd || isCommaAnd) sawAnd = true;
      else if (!(isComma && listContinues(tokens, mentions, j + 1))) break;
      members.push(n);
      end = n;
      j++;
      if (sawAnd) {
        // keep absorbing only while the list goes on with commas/and
        continue;
      }
    }
    // "In a statement issued in Beijing, Saudi Arabia and Iran said …": the comma that closes a sentence's opening
    // phrase is no list comma; the place in the opener is not one of the subjects (a list inside the opener ends at
    // its own comma: "In Britain, France and Germany, …")
    if (members.length > 2 && sawAnd && closesOpener(tokens, m, end)) {
      out.push(m);
      continue;
    }
    if (members.length > 1 && sawAnd) {
      distributeRole(tokens, members);
      out.push({
        first: m.first,
        last: end.last,
        start: m.start,
        end: end.end,
        text: spanText(tokens, m.first, end.last),
        codes: [...new Set(members.flatMap((x) => x.codes))],
        name: mapPacked(members, (x) => x.name ?? x.text).join(' and '),
        rules: flatMapPacked(members, (x) => x.rules),
        kind: 'actor',
        role: undefined,
      });
      k = j;
    } else out.push(m);
  }
  return out;
}

/**
 * "Hamas freed the hostages and Israel pulled its troops back", "Kenya arrested two activists and Uganda recalled its
 * envoy": "and" after the object of a verb (one that takes no clause: "said Russia and Ukraine signed" is a compound
 * subject), before an actor followed by a finite verb, joins two clauses; the actors are no compound. (A base form after
 * the second is the object's act: "helped Russia and Ukraine reach a deal".)
 */
function clauseAfterObject(tokens: Token[], first: ActorMention, next: ActorMention): boolean {
  const v = tokens[next.last + 1];
  if (!v || !(v.pos === 'AUX' || (v.pos === 'VERB' && v.norm !== v.lemmaNorm && !v.norm.endsWith('ING') && !v.norm.endsWith('S')))) return false;
  let j = first.first - 1;
  while (j >= 0 && (OBJECT_OPENERS.has(tokens[j]?.pos ?? '') || POSSESSIVES.has(tokens[j]?.norm ?? ''))) j--;
  const verb = tokens[j];
  return !!verb && verb.pos === 'VERB' && !SPEECH_VERBS.has(verb.lemma) && !COMPLEMENT_VERBS.has(verb.lemma) && !CLAUSE_TAKERS.has(verb.lemmaNorm);
}
/** Verbs of what befalls people that are no participle on them: "and two civilians died in the attack". */
const BEFALLING_VERBS: ReadonlySet<string> = new Set(['die', 'flee', 'escape', 'return', 'arrive', 'drown', 'disappear', 'surrender', 'remain', 'go']);

/**
 * Does a verb after the counted member `next` ("and two Italian nationals …") make it a new clause's subject? An
 * auxiliary or a finite verb does; a past participle followed by a preposition or a time is one on the member
 * ("kidnapped near Tahoua", "held in Goma", "abducted last year").
 */
function countedClause(tokens: Token[], next: ActorMention): boolean {
  const v = tokens[next.last + 1];
  if (!v || (v.pos !== 'AUX' && v.pos !== 'VERB')) return false;
  if (v.pos === 'AUX' || v.norm.endsWith('ING') || BEFALLING_VERBS.has(v.lemma)) return true;
  const after = tokens[next.last + 2];
  return !(v.norm.endsWith('ED') || v.norm !== v.lemmaNorm) || !(after?.pos === 'ADP' || after?.norm === 'LAST');
}

/** Words that may open an object's noun phrase before its actor: "freed the last two hostages", "the last living
 * hostages" (a possessive too: "freed its prisoners"). */
const OBJECT_OPENERS = new Set(['DET', 'ADJ', 'NUM', 'NOUN']);

/**
 * Is mention `m` the end of a sentence's opening phrase (one led by a preposition, a subordinator or a participle,
 * with no comma before the one right after `m`) and the list it would start, ending at `end`, followed by no comma?
 */
function closesOpener(tokens: Token[], m: ActorMention, end: ActorMention): boolean {
  const lead = tokens[0];
  if (!lead || tokens[m.last + 1]?.norm !== ',' || tokens[end.last + 1]?.norm === ',') return false;
  if (!(lead.pos === 'ADP' || lead.pos === 'SCONJ' || (lead.pos === 'VERB' && /(?:ING|ED)$/.test(lead.norm)))) return false;
  for (let j = 1; j < m.first; j++) if (tokens[j]?.norm === ',') return false;
  return true;
}

/** After "A, B" the list must end with "and C" for the comma to join a compound (not an appositive). */
function listContinues(tokens: Token[], mentions: ActorMention[], from: number): boolean {
  for (let j = from; j + 1 < mentions.length; j++) {
    const a = mentions[j];
    const b = mentions[j + 1];
    if (!a || !b) return false;
    const gap = listGap(tokens, a.last, b.first);
    if (gap === 'and' || gap === 'comma-and') return true;
    if (gap !== 'comma') return false;
  }
  return false;
}

/**
 * Roles and countries shared across a compound's members:
 * - "Hungarian and Romanian officials": a role after its country applies to the bare countries before it;
 * - "the ambassadors of Arnor, Osgiliath and Gondor": a role linked by of/from/in applies to the bare countries
 *   after it ("Ithilen and the government of Gondor" stays ITH + GONGOV);
 * - "Iraqi police and soldiers": roles with no country after a country + role take that country ("EU officials and
 *   lawmakers": after an organisation's role, the organisation);
 * - "lawmakers and officials in X and Y": every role with every country.
 * Only role nouns distribute, never a named body's own code ("Israel and Hamas" stays ISR + PSEREBHMS).
 */
function distributeRole(tokens: Token[], members: ActorMention[]): void {
  const bare = (m: ActorMention): boolean => m.codes.every((c) => /^[A-Z]{3}$/.test(c));
  const roleOnly = (m: ActorMention): boolean => !!m.role && m.codes.every((c) => c.startsWith('---'));
  const linked = (m: ActorMention): boolean => tokens.slice(m.first, m.last + 1).some((t) => ROLE_LINKS.has(t.norm));
  // a dictionary phrase ending in a role noun ("Chinese troops" → CHNMIL) has that role too
  const roleOf = (m: ActorMention): string | undefined => {
    if (m.role) return m.role;
    const c = m.codes.length === 1 ? (m.codes[0] ?? '') : '';
    return /^[A-Z]{6}$/.test(c) && ROLE_CODES.has(c.slice(3)) && tokens[m.last]?.pos === 'NOUN' ? c.slice(3) : undefined;
  };
  const withRole = members.filter((m) => roleOf(m) && !roleOnly(m));
  if (withRole.length !== 1) return;
  const owner = withRole[0] as ActorMention;
  const role = roleOf(owner) ?? '';
  if (!/^([A-Z]{3})+$/.test(role)) return;
  const at = members.indexOf(owner);
  const before = members.slice(0, at);
  const after = members.slice(at + 1);
  const country = (owner.codes[0] ?? '').slice(0, 3);
  if (linked(owner) && before.every(roleOnly) && after.every(bare) && (before.length || after.length)) {
    const roles = [...before.map((m) => m.role ?? ''), role];
    const countries = [country, ...after.flatMap((m) => m.codes)];
    const codes = flatMapPacked(countries, (c) => roles.map((r) => c + r));
    for (const m of members) m.codes = codes;
    return;
  }
  if (!linked(owner) && before.every(bare) && !after.length) {
    for (const m of before) m.codes = mapPacked(m.codes, (c) => c + role);
    return;
  }
  if (!linked(owner) && !before.length && after.every(roleOnly) && /^[A-Z]{3}$/.test(country)) {
    // ("EU officials and lawmakers": an organisation's people are the organisation, whatever their role)
    const org = ORG_CODE.test(owner.codes[0] ?? '');
    for (const m of after) m.codes = org ? [...owner.codes] : mapPacked(m.codes, (c) => country + c.slice(3));
  }
}

/** CAMEO role codes a dictionary phrase may end in. */
const ROLE_CODES = new Set(['GOV', 'MIL', 'COP', 'JUD', 'LEG', 'OPP', 'REB', 'INS', 'UAF', 'SPY', 'MED', 'BUS', 'CVL', 'REF', 'EDU', 'LAB', 'HLH', 'AGR', 'ELI', 'CRM', 'HRI', 'ENV', 'REL', 'PKO']);

/** A dictionary entry for a person: its codes change over time (office-holders are dated). */
function isPerson(entry: ActorEntry | undefined): boolean {
  return !!entry && entry.codes.some((c) => c.from !== null || c.to !== null);
}
