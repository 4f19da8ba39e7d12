/**
 * Clause linking (clauses stage): how each clause hangs off the one that governs it — complements of speech verbs,
 * infinitives and gerunds, coordinated verbs, reduced relatives and participles, attributions (", officials said"),
 * reactions to a deed (", a move X condemned") — and questions. `pipeline/clauses.ts` builds the clauses and calls
 * these in order.
 */
import type { ActorMention, Token } from '../types.js';
import type { Clause } from '../pipeline/clauses.js';
import { ACCUSATION_NOUNS, ASKING, BOUNDARY_SCONJ, CASUALTY_VERBS, CLAIM_NOUNS, DEED_NOUNS, DENYING_VERBS, DEPARTURE_VERBS, FRONTING_TIME, GERUND_PROSPECT, GERUND_TAKERS, GERUND_UNDONE, NAMING_VERBS, NOUN_PHRASE, PREP_OBJECT_CONTROL, RELATIVE, SAME_FORM_PASTS, TIME_GERUND_PREPS, TOPIC_PREPS, USE_PARTICIPLES, VERB_PARTICLES, hedgeBefore, nextNonAdv, onlyDayWords, pastParticiple } from './clause-words.js';
import { ATTRIBUTION_VERBS, BY_INSTRUMENT_HEADS, COMPLEMENT_VERBS, MODALS, aircraftModel } from './word-classes.js';
import { partitive } from './verb-patterns.js';

/** Verbs followed by an object and a bare infinitive: "helped X join", "let X go", "made X pay". */
const BARE_INFINITIVE = new Set(['help', 'let', 'make', 'see', 'watch', 'hear', 'have']);

/** Conjunctions that open a condition. */
export const CONDITIONAL: ReadonlySet<string> = new Set(['IF', 'UNLESS']);

/** Verbs of speaking or judging: as an adjunct after an attribution (", X said, blaming Y") they are the speaker's. */
const SPEAKER_ADJUNCTS = new Set(['accuse', 'blame', 'dismiss', 'deny', 'reject', 'condemn', 'criticise', 'criticize', 'denounce', 'urge', 'warn', 'call', 'describe', 'praise', 'welcome', 'vow', 'pledge', 'promise', 'threaten', 'demand', 'insist', 'reiterate', 'cite', 'add', 'say', 'note', 'appeal', 'summon', 'lodge', 'protest']);

/** Verbs that describe a thing inside a free relative: "what X said were", "what X described as", "what X called". */
const DESCRIBING = new Set(['say', 'describe', 'call', 'claim', 'believe', 'identify', 'term', 'label', 'consider', 'allege', 'report', 'suspect']);

/**
 * The object of `p` when it is a free relative with an attribution in `c` ("struck what the army said were depots of
 * Hamas"): the described thing's owner, else the actor or place named after the attribution verb (a coded actor
 * before a role with no country).
 */
function describedObject(tokens: Token[], c: Clause, p: Clause): ActorMention | null {
  const w = p.verb + 1;
  if (tokens[w]?.norm !== 'WHAT' || !c.subject || c.subject.first > w + 1 || !DESCRIBING.has(tokens[c.verb]?.lemma ?? '')) return null;
  const after = [c.object, ...c.preps.map((x) => x.mention)].filter((m): m is ActorMention => !!m && m.first > c.verb).sort((a, b) => a.first - b.first);
  return after.find((m) => m.codes.some((x) => !x.startsWith('---'))) ?? after[0] ?? null;
}

/** The clause whose complement the clause at `k` is (over complements, and over a condition right after one). */
function speechAbove(tokens: Token[], clauses: Clause[], k: number): number | null {
  let q = k;
  for (let guard = 0; guard < clauses.length; guard++) {
    const x = clauses[q];
    if (!x) return null;
    if (x.link === 'complement' && x.parent !== null && x.parent < q) q = x.parent;
    // (and over the content of a claim the speech names: "dismissed as fabrication reports that X had spied")
    else if (x.link === 'relative' && x.parent !== null && x.parent < q && claimContent(tokens, x)) q = x.parent;
    else if (x.modality === 'conditional' && x.parent === null && clauses[q - 1]?.link === 'complement') q -= 1;
    // (and over a verb joined by "and" to the complement: "would expand and strengthen its arsenal, rejecting …")
    else if (x.link === 'coordinated' && x.parent !== null && x.parent < q && tokens[x.groupStart - 1]?.pos === 'CCONJ' && clauses[x.parent]?.link === 'complement') q = x.parent;
    // (and over what the speech asks of someone: "called on his supporters to block highways, accusing …")
    else if (x.link === 'infinitive' && x.modality === 'demanded' && x.parent !== null && x.parent < q) q = x.parent;
    else return q;
  }
  return null;
}

/** Is clause `c` the content of a noun of claim before it: "reports that X had spied", "claims that Y"? */
function claimContent(tokens: Token[], c: Clause): boolean {
  const start = Math.min(c.subject?.first ?? c.groupStart, c.groupStart);
  return tokens[start - 1]?.norm === 'THAT' && CLAIM_NOUNS.has(tokens[start - 2]?.lemmaNorm ?? '');
}

/** Verbs whose infinitive complement did not happen: "failed to protect", "refused to meet". */

/**
 * The addressee of asking verb `p` written before the "to" of its infinitive at `to`: an actor in its phrase of
 * address ("called on Israel to", "appealed to X to", "pleaded with X to"), or null for a plain noun phrase that names
 * none ("urged both sides to"); undefined when neither stands there ("asked to be briefed" is the asker's wish).
 */
function askedBefore(tokens: Token[], p: Clause, to: number): ActorMention | null | undefined {
  const phrase = p.preps.find((x) => x.mention.last === to - 1 && ADDRESS_PREPS.has(x.prep));
  if (phrase) return phrase.mention;
  // ("called on the warring parties to": the noun phrase may follow the preposition of address)
  const span = tokens.slice(ADDRESS_PREPS.has(tokens[p.verb + 1]?.norm ?? '') ? p.verb + 2 : p.verb + 1, to);
  return span.length && span.every((t) => NOUN_PHRASE.has(t.pos)) && span.some((t) => t.pos === 'NOUN' || t.pos === 'PROPN') ? null : undefined;
}

/** Prepositions that name whom a verb of asking addresses: "called on X", "appealed to X", "pleaded with X". */
const ADDRESS_PREPS = new Set(['ON', 'UPON', 'TO', 'WITH']);

const NOT_DONE = new Set(['fail', 'refuse', 'decline', 'neglect']);
/** Verbs of intending whose negation disavows the act of their infinitive: "does not intend to resume talks", "did
 * not plan to withdraw" (as "has no intention to", "no plans to" in clause-words' disavowedIntent). */
const DISAVOWABLE_INTENT = new Set(['intend', 'plan']);
/** Verbs of using: "X used Y to V" makes X the doer of V, and Y its means ("Russia used drones to attack Kyiv"). */
const USING = new Set(['use', 'employ', 'utilise', 'utilize']);

/** Verbs of pressing someone into doing something: "pressured X into V-ing" (done or not, it is sought). */
const PRESSING = new Set(['pressure', 'pressurise', 'pressurize', 'press', 'push', 'coerce', 'bully', 'lobby']);
/** Verbs that keep someone from doing something: "banned X from V-ing". */
const PREVENTING = new Set(['ban', 'bar', 'prevent', 'prohibit', 'stop', 'block', 'keep', 'forbid', 'restrict', 'deter', 'exclude', 'obstruct', 'hinder']);

/** Verbs that foil another's plan or attempt: "foiled a plot to V", "thwarted an attempt to V" (the foiler is not its doer). */
const FOILING = new Set(['foil', 'thwart', 'prevent', 'stop', 'block', 'repel', 'frustrate', 'disrupt', 'uncover', 'avert']);
/** Nouns of a plan or an attempt whose infinitive a verb of `FOILING` foils (lemmas). */
const FOILED_AIMS = new Set(['PLOT', 'PLAN', 'CONSPIRACY', 'ATTEMPT', 'BID', 'EFFORT']);

/**
 * Is the noun phrase from after the verb at `verb` to the TO at `to` a plan or an attempt a verb of `FOILING` foils
 * ("foiled a plot to kill the president", "thwarted an attempt to storm the prison")? Its infinitive is the plotter's,
 * not the foiler's.
 */
function foiledAim(tokens: Token[], verb: number, to: number): boolean {
  if (!FOILING.has(tokens[verb]?.lemma ?? '') || to - verb < 2) return false;
  const head = tokens[to - 1];
  return !!head && FOILED_AIMS.has(head.lemmaNorm) && tokens.slice(verb + 1, to - 1).every((t) => t.pos === 'DET' || t.pos === 'ADJ' || t.pos === 'NUM' || t.pos === 'NOUN');
}

/**
 * A reduced relative clause: a bare past participle right after a noun phrase that is the previous verb's object
 * or inside its prepositional phrase — "welcomed the release of a journalist detained in X", "signed a deal
 * brokered by Y". The noun phrase is the participle's patient (passive), not its agent.
 */
function reducedRelative(tokens: Token[], c: Clause, p: Clause): boolean {
  const m = c.subject;
  // (hedged: "a drone believed to be launched by X" is about the noun before the hedge)
  const hedge = hedgeBefore(tokens, c.verb);
  const at = hedge >= 0 ? hedge : c.verb;
  if (!m || m.kind === 'pronoun' || (c.groupStart !== c.verb && hedge < 0) || (c.link && c.link !== 'infinitive') || m.last < at - 2 || m.first < p.verb) return false;
  if (!pastParticiple(tokens[c.verb]) || COMPLEMENT_VERBS.has(tokens[p.verb]?.lemma ?? '')) return false;
  // the participle takes no object of its own ("shunned work" is active), and the previous verb is a real verb with
  // its own subject, not a mis-tagged adjective right before the noun ("the Israeli-occupied West Bank")
  if (['DET', 'NOUN', 'PROPN', 'NUM', 'PRON'].includes(tokens[c.verb + 1]?.pos ?? '')) return false;
  if (!p.subject || m.first === p.verb + 1) return false;
  for (let j = m.last + 1; j < at; j++) if (tokens[j]?.pos !== 'ADV') return false;
  return p.object === m || p.preps.some((x) => x.mention === m);
}

/**
 * Is `p` a participle modifying its subject ("gunmen wearing uniforms", "troops backed by tanks") before the
 * finite verb of `c`, which has no subject of its own? Only a phrase of nouns and prepositions lies between them.
 */
function participialModifier(tokens: Token[], c: Clause, p: Clause, between: Token[]): boolean {
  // (also hedged: "militants believed to be backed by X attacked Y")
  const hedge = hedgeBefore(tokens, p.verb);
  if (!p.subject || c.subject || c.link || p.link || (p.groupStart !== p.verb && hedge < 0) || modelsEnd(tokens, p.subject.last) !== (hedge >= 0 ? hedge : p.verb) - 1) return false;
  const part = tokens[p.verb];
  const bare = !p.passive && bareParticiple(p, between);
  if (!part || !(part.norm.endsWith('ING') || ((p.passive || bare) && pastParticiple(part)))) return false;
  const verb = tokens[c.verb];
  // (a base form is no finite verb, save a past like it after a bare participle: "A drone launched overnight hit X")
  if (!verb || verb.norm.endsWith('ING') || (c.groupStart === c.verb && verb.lemmaNorm === verb.norm && !verb.norm.endsWith('S') && !(bare && SAME_FORM_PASTS.has(verb.norm)))) return false;
  // (a possessive and a noun's -ing modifier are words of a phrase too: "under NATO's air policing mission")
  return between.length > 0 && between.every((t) => MODIFIER_PHRASE.has(t.pos) || t.norm === "'S" || (t.pos === 'VERB' && t.norm.endsWith('ING') && tokens[t.i - 1]?.pos === 'NOUN'));
}

const MODIFIER_PHRASE = new Set(['DET', 'ADJ', 'NUM', 'NOUN', 'PROPN', 'ADP', 'ADV']);

/**
 * Is `p` a bare past participle with nothing after it but adverbs before the next verb ("A drone launched overnight
 * hit Kyiv")? With no auxiliary, object or phrase of its own it is a reduced passive relative on the noun before it.
 */
function bareParticiple(p: Clause, between: Token[]): boolean {
  return p.groupStart === p.verb && !p.object && !p.preps.length && between.length > 0 && between.every((t) => t.pos === 'ADV' || t.pos === 'ADJ');
}

/**
 * Where a subject's noun phrase ends that goes on past its mention with aircraft models, the machines it names
 * ("Italian F-35s", "Dutch F-16s operating from Poland"): the last of them, or the mention's last word.
 */
function modelsEnd(tokens: Token[], last: number): number {
  let j = last;
  while (aircraftModel(tokens[j + 1]?.text ?? '')) j++;
  return j;
}

/** Verbs of ordering whose object and bare past participle tell what was done on the order ("ordered X released"). */
const ORDERING_VERBS = new Set(['order', 'command']);

/**
 * Is `c` a bare past participle (no auxiliary, no subject of its own but `p`'s object) right after the object of a
 * verb of ordering `p`, only the object's name between ("ordered journalist Jose Ruben Zamora released")?
 */
function orderedOutcome(tokens: Token[], c: Clause, p: Clause): boolean {
  if (!p.object || c.subject !== p.object || c.groupStart !== c.verb || c.passive || p.passive || c.link === 'coordinated') return false;
  if (!ORDERING_VERBS.has(tokens[p.verb]?.lemma ?? '') || !pastParticiple(tokens[c.verb])) return false;
  for (let j = p.object.last + 1; j < c.verb; j++) if (tokens[j]?.pos !== 'PROPN') return false;
  return true;
}

/**
 * Is `p` a restrictive relative clause on its subject ("journalists who had worked with X") before a finite verb `c`
 * that found no subject of its own, with only the relative's own phrases between (no comma, conjunction or clause
 * opener)?
 */
function subjectRelative(tokens: Token[], c: Clause, p: Clause, between: readonly Token[]): boolean {
  // (a subject the verb found inside the relative's own phrases is the relative's object or place, not the verb's:
  // "Israeli airstrikes that hit a school in Gaza killed 20 people", "Protesters who marched on parliament demanded …")
  const inner = !!c.subject && c.subjectHow === 'direct' && c.subject.first > p.verb && c.subject.last < c.groupStart;
  if (!p.subject || p.subjectHow !== 'direct' || p.link || p.passive || (c.subject && !inner) || c.link || (c.subjectHow !== 'none' && !inner)) return false;
  // (the pronoun may follow the head noun of a demonym mention: "Russian missiles that struck …")
  let r = p.subject.last + 1;
  while (tokens[r]?.pos === 'NOUN' && r < p.verb) r++;
  const pron = tokens[r];
  if (!pron || pron.pos !== 'PRON' || !['WHO', 'THAT', 'WHICH'].includes(pron.norm) || r >= p.verb) return false;
  // (the verb after it is finite: an auxiliary or an inflected form, not an -ing adjunct)
  const verb = tokens[c.verb];
  if (!verb || verb.norm.endsWith('ING') || (c.groupStart === c.verb && verb.lemmaNorm === verb.norm)) return false;
  // (a participle inside the relative's phrases that heads no clause of its own is part of them: "a school
  // sheltering displaced families")
  return between.length > 0 && between.every((t) => MODIFIER_PHRASE.has(t.pos) || t.pos === 'PART' || t.pos === 'AUX' || (t.pos === 'VERB' && /(ING|ED)$/.test(t.norm)));
}

/** `reducedRelative` for a noun that is no actor: the tokens from the previous verb to the participle are one noun phrase. */
function thingRelative(tokens: Token[], c: Clause, p: Clause): boolean {
  if (c.subject || c.link || c.groupStart !== c.verb || tokens[c.verb - 1]?.pos !== 'NOUN' || c.verb - p.verb < 3) return false;
  if (!pastParticiple(tokens[c.verb]) || COMPLEMENT_VERBS.has(tokens[p.verb]?.lemma ?? '')) return false;
  if (['DET', 'NOUN', 'PROPN', 'NUM', 'PRON'].includes(tokens[c.verb + 1]?.pos ?? '')) return false;
  for (let j = p.verb + 1; j < c.verb; j++) if (!THING_PHRASE.has(tokens[j]?.pos ?? '')) return false;
  return true;
}

const THING_PHRASE = new Set(['DET', 'ADJ', 'NUM', 'NOUN', 'CCONJ']);

/**
 * Is `c` a relative clause about the object noun of `p` ("the sanctions it had imposed on X", "the deal that they
 * signed in Doha")? Its subject is written right after that noun (or after "that"/"which" after it), the noun is no
 * actor and heads `p`'s object, and its verb has no object of its own. Not after a verb of saying or knowing, whose
 * next clause is what was said ("told reporters it had attacked X" has an object).
 */
function objectRelative(tokens: Token[], c: Clause, p: Clause): boolean {
  if (!c.subject || c.subjectHow !== 'direct' || c.link || c.passive || p.link === 'attribution' || COMPLEMENT_VERBS.has(tokens[p.verb]?.lemma ?? '')) return false;
  let h = c.subject.first - 1;
  if (tokens[h]?.norm === 'THAT' || tokens[h]?.norm === 'WHICH') h--;
  if (h <= p.verb || tokens[h]?.pos !== 'NOUN' || (p.object && p.object.first <= h && p.object.last >= h)) return false;
  // (the noun phrase is the object itself, "most of the sanctions", not a phrase hanging off it: "rejected accusations by
  // a panel of experts that its troops were fighting ..." is what was said)
  for (let j = p.verb + 1; j < h; j++) if (!MODIFIER_PHRASE.has(tokens[j]?.pos ?? '') || (tokens[j]?.pos === 'ADP' && tokens[j]?.norm !== 'OF')) return false;
  if (/ING$/.test(tokens[c.verb]?.norm ?? '')) return false;
  const after = tokens[nextNonAdv(tokens, c.verb + 1) ?? tokens.length];
  return !after || after.pos === 'ADP' || after.pos === 'PUNCT';
}

/** Hang `c` off clause `h` (`head`) by `link`, sharing its subject and, when `c` asserts, its modality. */
function joinTo(c: Clause, h: number, head: Clause, link: NonNullable<Clause['link']>, how: Clause['subjectHow']): void {
  c.parent = h;
  c.link = link;
  c.subject = head.subject;
  c.subjectHow = how;
  if (c.modality === 'asserted') c.modality = head.modality;
}

/** Attach clauses to their governors: complements of speech verbs, infinitives, coordinated verbs. */
/** Attach clauses to their governors: complements of speech verbs, infinitives, coordinated verbs. */
export function linkClauses(tokens: Token[], clauses: Clause[]): void {
  for (let k = 1; k < clauses.length; k++) {
    const c = clauses[k];
    const p = clauses[k - 1];
    if (!c || !p) continue;
    const between = tokens.slice(p.verb + 1, c.groupStart);
    // (one function per kind of link, each small enough for V8 to optimise; each says whether it linked `c`)
    if (linkDescription(tokens, k, c, p, between) || linkGoverned(tokens, clauses, k, c, p, between)) continue;
    linkFollowing(tokens, k, c, p, between);
  }
  for (let k = 1; k < clauses.length; k++) {
    // "the US leader prepared to attend X": a word of readiness (`intent`) that the tagger made the verb of a clause
    // of its own leaves the infinitive after it with no subject; the intention is that clause's subject's
    const c = clauses[k] as Clause;
    const p = clauses[k - 1] as Clause;
    if (c.intent && !c.subject && c.parent === null && p.subject && p.verb === c.groupStart - 1 && tokens[c.groupStart]?.norm === 'TO') {
      c.subject = p.subject;
      c.subjectHow = 'controller';
      // ("was not prepared to meet X": an unwillingness stated is a refusal, as in buildClause's REFUSING_ADJ)
      if (p.negated && !c.negated) {
        c.negated = true;
        if (tokens[p.verb]?.norm === 'PREPARED') c.modal ??= 'WILL';
        c.modality = 'negated';
      }
    }
  }
  for (const c of clauses) {
    // "Trump and Putin to meet in Alaska": a headline's "X to V", with no verb governing the infinitive, is a
    // schedule ("X is to V"), not a happening
    if (c.link === 'infinitive' && c.parent === null && c.subject && c.subjectHow === 'direct' && c.subject.last === c.groupStart - 1 && c.modality === 'asserted') c.modality = 'future';
    // "in exchange for migrants whom the United States had deported to El Salvador": an object relative clause on a
    // noun, told in the past perfect, is background to the news ("that" may open a statement's content instead: "a
    // statement that Cairo had hosted …")
    if (tokens[c.start - 1]?.norm === 'WHOM' || (tokens[c.start - 1]?.norm === 'WHICH' && c.subjectHow === 'direct' && c.subject && c.subject.first === c.start)) {
      if (tokens[c.start - 2]?.pos === 'NOUN' && tokens.slice(c.groupStart, c.verb).some((t) => t.norm === 'HAD')) c.background = true;
    }
    for (let j = c.start - 1; j >= Math.max(0, c.start - 2); j--) {
      if (CONDITIONAL.has(tokens[j]?.norm ?? '')) c.modality = 'conditional';
      // "asked whether X had attacked Y": an embedded question; so is a future or "would" one, which states no
      // intention ("did not say whether he would meet X")
      else if (tokens[j]?.norm === 'WHETHER' && (c.modality === 'asserted' || c.modality === 'future' || c.modality === 'hypothetical')) c.modality = 'question';
    }
  }
  markQuestions(tokens, clauses);
}

/**
 * Links clause `c` (number `k`) that describes a noun of the clause `p` before it or opens the sentence: a fronted
 * participle, a gerund of topic, a participle or relative clause on the subject, a participle on a text, a weapon's
 * user, reduced relatives. True when it linked `c`. (`between`: the tokens from `p`'s verb to `c`'s verb group.)
 */
function linkDescription(tokens: Token[], k: number, c: Clause, p: Clause, between: Token[]): boolean {
  // "After meeting Xi in Beijing, Macron said ...", "Before visiting Kyiv, the chancellor will stop in Warsaw": a
  // participle opening the sentence, set off by a comma, has the subject of the clause after it (and its tense);
  // that clause is neither its complement nor an attribution of it
  if (k === 1 && frontedParticiple(tokens, p) && c.subject && c.subjectHow === 'direct' && tokens[c.start - 1]?.norm === ',' && between.some((t) => t.norm === ',')) {
    p.subject = c.subject;
    p.subjectHow = 'controller';
    if (p.modality === 'asserted') p.modality = c.modality;
    return true;
  }
  // "met Putin for talks on ending the war", "signed a deal on exchanging prisoners": a gerund after a noun and a
  // preposition of topic names what the noun is about; it has no doer of its own and did not happen
  if (c.groupStart === c.verb && tokens[c.verb]?.norm.endsWith('ING') && TOPIC_PREPS.has(tokens[c.verb - 1]?.norm ?? '') && tokens[c.verb - 2]?.pos === 'NOUN') {
    c.parent = k - 1;
    c.link = 'gerund';
    c.subject = null;
    c.subjectHow = 'none';
    c.modality = 'hypothetical';
    return true;
  }
  // "Gunmen wearing uniforms attacked X", "Troops backed by tanks stormed Y": a participle right after its subject
  // describes it; the finite verb after the participle's phrase has that subject
  // (not a noun in a phrase of another noun that heads the subject: "The arrest of a suspect wanted by the ICC drew
  // praise" — the arrest drew it; a share is still its noun: "thousands of people displaced by floods returned")
  if (participialModifier(tokens, c, p, between) && p.subject && !describedWeapon(tokens, p) && (tokens[p.subject.first - 1]?.pos !== 'ADP' || partitive(tokens, p.subject.first - 1))) {
    describesSubject(c, p, p.subject);
    p.subjectHow = 'relative';
    return true;
  }
  // "Four journalists who had worked with X were convicted by Y": a restrictive relative clause between the subject
  // and its verb describes the subject; the verb after it has that subject, and the relative, in the past perfect,
  // is background
  if (subjectRelative(tokens, c, p, between) && p.subject) {
    describesSubject(c, p, p.subject);
    p.parent = k;
    if (tokens.slice(p.subject.last + 2, p.verb).some((t) => t.lemma === 'have')) p.background = true;
    return true;
  }
  // "adopted a resolution demanding a ceasefire", "issued a statement on Monday condemning X", "signed a decree
  // banning Y": an -ing participle after a text that says or orders something is what the text's author says or does
  if (contentParticiple(tokens, c, p)) {
    c.subject = p.subject;
    c.subjectHow = 'coordinated';
    c.start = c.groupStart;
    c.parent = k - 1;
    c.link = 'coordinated';
    if (c.modality === 'asserted') c.modality = p.modality;
    return true;
  }
  // "A rocket fired by X hit the convoy", "a drone believed to have been launched by X struck Y": a weapon with a
  // reduced relative naming who used it, as the subject of the next verb, makes that one its subject
  // (also set off by commas, or as a relative clause: "The rocket, believed to have been fired by X, struck Y", "The
  // missile, which Kyiv said was launched by X, hit Y")
  const user = weaponUser(tokens, c, p);
  if (user) {
    c.subject = user;
    c.subjectHow = 'direct';
    c.start = user.first;
    p.link = 'relative';
    p.parent = k;
    return true;
  }
  if (reducedRelative(tokens, c, p)) {
    c.passive = true;
    c.subjectHow = 'relative';
    c.parent = k - 1;
    c.link = 'relative';
    // "was attacked by a drone launched by X": the agent behind a passive's instrument is its agent (and so is the
    // state a launch site names: "was struck by two drones launched from Yemen")
    const by = p.passive ? p.preps.find((x) => x.prep === 'BY' && x.mention === c.subject) : undefined;
    const agent = c.preps.find((x) => x.prep === 'BY')?.mention ?? (by ? launchSite(tokens, c) : null);
    if (by && agent && BY_INSTRUMENT_HEADS.has(tokens[by.mention.last]?.lemmaNorm ?? '')) by.mention = agent;
    return true;
  }
  // "Israel was hit by missiles fired from Iran": a launch site after the weapon that ends a passive's BY phrase names
  // the passive's agent, as "hit by missiles fired by X" does
  const site = byWeaponSite(tokens, c, p);
  if (site) {
    p.preps.push({ prep: 'BY', mention: site });
    c.passive = true;
    c.parent = k - 1;
    c.link = 'relative';
    return true;
  }
  // "return weapons and equipment seized last year from X": a past participle right after the previous verb's
  // object noun (no actor, no auxiliary, no object of its own) describes that noun — a passive, not a second verb
  if (thingRelative(tokens, c, p)) {
    c.passive = true;
    c.parent = k - 1;
    c.link = 'relative';
    return true;
  }
  return false;
}

/**
 * Links clause `c` that the verb of `p` governs or that continues it: infinitives, adjuncts of a reported clause or an
 * attribution, gerunds after verbs that take them, bare infinitives, lists of verbs and verbs joined by "and". True when
 * it linked `c`.
 */
function linkGoverned(tokens: Token[], clauses: Clause[], k: number, c: Clause, p: Clause, between: Token[]): boolean {
  if (governedInfinitive(tokens, k, c, p)) return true;
  if (speechAdjunct(tokens, clauses, k, c, p)) return true;
  if (governedGerund(tokens, k, c, p, between)) return true;
  if (subjectlessInfinitive(tokens, clauses, k, c, p, between)) return true;
  reducedRelativeSubject(tokens, clauses, k, c);
  return coordinatedVerb(tokens, clauses, k, c, p, between);
}

/**
 * The modality of an infinitive under a verb of failing or a disavowed intention, and an infinitive with a subject of
 * its own (a part of `linkGoverned`, kept apart for the V8 limit on optimised functions).
 */
function governedInfinitive(tokens: Token[], k: number, c: Clause, p: Clause): boolean {
  // "failed to protect X", "refused to meet Y": the infinitive's action did not happen
  if (c.link === 'infinitive' && NOT_DONE.has(tokens[p.verb]?.lemma ?? '') && c.modality === 'asserted') c.modality = 'negated';
  // "does not intend to resume talks", "did not plan to withdraw": a disavowed intention is a refusal of its act, as
  // "will not resume talks" is (negated under a future modal; the events stage codes the refusal when the act is
  // cooperative, and a hostile act, "did not intend to kill civilians", stays only negated)
  else if (c.link === 'infinitive' && !c.subject && p.negated && !p.passive && DISAVOWABLE_INTENT.has(tokens[p.verb]?.lemma ?? '') && c.modality === 'asserted') {
    c.negated = true;
    c.modal ??= 'WILL';
    c.modality = 'negated';
  }
  if (c.link === 'infinitive' && c.subject) {
    // "asked X to attack Y": X is written; the clause still depends on "asked"
    c.parent = k - 1;
    // "used drones to attack Kyiv": the user does it, with what it used
    if (c.subject === p.object && p.subject && !p.passive && USING.has(tokens[p.verb]?.lemma ?? '')) {
      c.subject = p.subject;
      c.subjectHow = 'controller';
    }
    return true;
  }
  return false;
}

/**
 * An adjunct after a reported clause or an attribution: the speaker's, or the reported clause's (a part of `linkGoverned`, kept apart for the V8 limit on optimised functions).
 */
function speechAdjunct(tokens: Token[], clauses: Clause[], k: number, c: Clause, p: Clause): boolean {
  // "said they would boycott X, accusing Y of ...": an adjunct after a reported intention is the speaker's, said
  // as it was said; the intention is still to come
  if (c.link === 'coordinated' && !c.subject && p.link === 'complement' && p.modal && p.parent !== null && tokens[c.groupStart - 1]?.norm === ',') {
    const speech = clauses[p.parent];
    if (speech && ATTRIBUTION_VERBS.has(tokens[speech.verb]?.lemma ?? '')) {
      c.parent = p.parent;
      c.subject = speech.subject;
      c.subjectHow = 'coordinated';
      if (c.modality === 'asserted') c.modality = speech.modality;
      return true;
    }
  }
  // "denied that its drones had entered X, dismissing …", "warned that Beijing would retaliate if Washington went
  // ahead, accusing the United States …": an adjunct of speaking or judging after the complement of a verb of
  // speaking or judging (and any condition on that complement) is the speaker's, as it was said
  if (c.link === 'coordinated' && !c.subject && tokens[c.groupStart - 1]?.norm === ',' && SPEAKER_ADJUNCTS.has(tokens[c.verb]?.lemma ?? '')) {
    const q = speechAbove(tokens, clauses, k - 1);
    const speech = q !== null ? clauses[q] : undefined;
    const lemma = tokens[speech?.verb ?? -1]?.lemma ?? '';
    // (a speaker whose subject stands before a relative clause set off by commas is found later, `linkAroundRelatives`,
    // and shared then: "Evo Morales, the former president who has evaded a warrant, called on …, accusing …")
    const later = !speech?.subject && tokens[speech?.groupStart ?? -1]?.pos !== undefined && tokens[(speech?.groupStart ?? 0) - 1]?.norm === ',';
    if (q !== null && q !== k - 1 && (speech?.subject || later) && speech?.link === null && (ATTRIBUTION_VERBS.has(lemma) || SPEAKER_ADJUNCTS.has(lemma))) {
      c.parent = q;
      c.subject = speech.subject;
      c.subjectHow = 'coordinated';
      c.modality = speech.modality;
      return true;
    }
  }
  // ", President X said, blaming militias", ", a spokesman said, dismissing as groundless claims that ...": an
  // adjunct of speaking or judging after an attribution is the speaker's own act, asserted as the saying is
  if (c.link === 'coordinated' && !c.subject && p.link === 'attribution' && p.subject && SPEAKER_ADJUNCTS.has(tokens[c.verb]?.lemma ?? '')) {
    c.parent = null;
    c.link = null;
    c.subject = p.subject;
    c.subjectHow = 'coordinated';
    c.modality = p.modality;
    return true;
  }
  // ", the ministry said, expanding its campaign": an adjunct after an attribution belongs to the reported clause
  if (c.link === 'coordinated' && !c.subject && p.link === 'attribution' && p.parent !== null) {
    const h = adjunctHead(tokens, clauses, p.parent);
    const reported = clauses[h];
    if (reported) {
      c.parent = h;
      c.subject = reported.subject;
      c.subjectHow = 'coordinated';
      if (c.modality === 'asserted') c.modality = reported.modality;
      return true;
    }
  }
  return false;
}

/**
 * A gerund governed by the verb before it (a part of `linkGoverned`, kept apart for the V8 limit on optimised functions).
 */
function governedGerund(tokens: Token[], k: number, c: Clause, p: Clause, between: Token[]): boolean {
  // "admitted killing two soldiers", "resumed shelling the city", "denied supplying drones": a gerund right after a
  // verb that takes one is its complement, done by the same subject; denying or stopping it asserts no such act,
  // considering or proposing it is only a possibility
  const governor = tokens[p.verb]?.lemma ?? '';
  // "banned women from studying", "prevented the convoy from reaching X": what someone is kept from doing does not
  // happen; the one kept from it is its subject
  // "pressured Ukraine into accepting a ceasefire": what someone is pressed into is sought, not reported as done;
  // the one pressed is its subject
  if (tokens[c.groupStart - 1]?.norm === 'INTO' && c.groupStart === c.verb && tokens[c.verb]?.norm.endsWith('ING') && PRESSING.has(governor) && p.object && (!c.subject || c.subject === p.object)) {
    c.parent = k - 1;
    c.subject = p.object;
    c.subjectHow = 'controller';
    c.link = 'gerund';
    if (c.modality === 'asserted') c.modality = 'demanded';
    return true;
  }
  if (tokens[c.groupStart - 1]?.norm === 'FROM' && c.groupStart === c.verb && tokens[c.verb]?.norm.endsWith('ING') && PREVENTING.has(governor) && (!c.subject || c.subject === p.object)) {
    c.parent = k - 1;
    c.subject = p.object ?? p.subject;
    c.subjectHow = 'controller';
    c.link = 'gerund';
    if (c.modality === 'asserted') c.modality = 'negated';
    return true;
  }
  if (!c.subject && !c.link && c.groupStart === c.verb && GERUND_TAKERS.has(governor) && tokens[c.verb]?.norm.endsWith('ING') && between.every((t) => t.pos === 'ADV')) {
    c.parent = k - 1;
    c.subject = p.subject;
    c.subjectHow = 'controller';
    c.link = 'gerund';
    if (c.modality === 'asserted') c.modality = GERUND_UNDONE.has(governor) ? 'negated' : GERUND_PROSPECT.has(governor) ? 'hypothetical' : p.modality;
    return true;
  }
  return false;
}

/**
 * An infinitive with no subject of its own, and bare infinitives after help, let and make (a part of `linkGoverned`, kept apart for the V8 limit on optimised functions).
 */
function subjectlessInfinitive(tokens: Token[], clauses: Clause[], k: number, c: Clause, p: Clause, between: Token[]): boolean {
  const governor = tokens[p.verb]?.lemma ?? '';
  if (c.link === 'infinitive' && !c.subject) {
    // "called on the United States and France, which oversee the truce, to press Israel": an infinitive after a
    // relative clause set off by commas hangs on the verb before that relative (the addressee ends at its comma)
    const rel = commaRelative(tokens, p, c);
    const gi = rel !== null && p.parent !== null ? p.parent : k - 1;
    const g = clauses[gi] ?? p;
    const to = rel ?? c.groupStart;
    c.parent = gi;
    // "called on China to use its influence", "appealed to Iran to free": the addressee after the verb's preposition
    // acts, and what it is called on to do is asked for, not done
    const addressed = g.object || g.passive ? null : addressee(tokens, g, c);
    c.subject = g.object && !g.passive ? g.object : addressed ?? g.subject;
    if (addressed && c.modality === 'asserted') c.modality = 'demanded';
    // "asked X to help Y": X is the subject of help; "agreed to meet Y": the parent's subject
    if (g.object && tokens.slice(g.verb + 1, to).some((t) => t.norm === g.object?.text.toUpperCase())) c.subject = g.object;
    // "urged both sides to allow aid", "called on Israel to open the crossings": after a verb of asking or ordering,
    // the one asked (a phrase of the verb, or a noun phrase that names no actor) is who is to act
    const asked = !g.passive && !g.object && ASKING.has(tokens[g.verb]?.lemma ?? '') ? askedBefore(tokens, g, to) : undefined;
    if (asked !== undefined) c.subject = asked;
    c.subjectHow = 'controller';
    // "police foiled a plot to kill the president", "thwarted an attempt to storm the prison": the plotter, not named,
    // is not the one who foiled the plot
    if (!g.passive && foiledAim(tokens, g.verb, to)) {
      c.subject = null;
      c.subjectHow = 'none';
    }
    if (c.start > g.verb) c.start = c.groupStart;
    return true;
  }
  // "a grant to help restore X's grid", "helped rebuild Y": a bare infinitive right after "help" is what the helper
  // helps do; its object is whom the help is for
  if (!c.subject && !c.link && governor === 'help' && c.verb === p.verb + 1 && c.groupStart === c.verb && tokens[c.verb]?.norm === tokens[c.verb]?.lemmaNorm) {
    c.parent = k - 1;
    c.subject = p.subject;
    c.subjectHow = 'controller';
    c.link = 'infinitive';
    return true;
  }
  // "let aid trucks enter Gaza": a bare infinitive after "let" and a noun phrase that names no actor is what is let
  // happen, as "allowed aid trucks to enter Gaza" (the phrase is no one who acts)
  if (!c.subject && !c.link && governor === 'let' && c.groupStart === c.verb && tokens[c.verb]?.norm === tokens[c.verb]?.lemmaNorm && between.length > 0 && between.every((t) => NOUN_PHRASE.has(t.pos))) {
    c.parent = k - 1;
    c.subject = p.subject;
    c.subjectHow = 'controller';
    c.link = 'infinitive';
    return true;
  }
  // "helped militants join a group": a bare infinitive after the object of help/let/make depends on that verb
  if (c.subject && c.subject === p.object && BARE_INFINITIVE.has(tokens[p.verb]?.lemma ?? '') && tokens[c.verb]?.norm === tokens[c.verb]?.lemmaNorm && c.groupStart === c.verb) {
    c.parent = k - 1;
    c.link = 'infinitive';
    return true;
  }
  return false;
}

/**
 * A finite verb with no subject takes the subject of a reduced relative before it (a part of `linkGoverned`, kept apart for the V8 limit on optimised functions).
 */
function reducedRelativeSubject(tokens: Token[], clauses: Clause[], k: number, c: Clause): void {
  // "the civilians imprisoned for ... were released by X": a finite verb with no subject of its own takes the
  // subject of a reduced relative before it ("imprisoned" right after its noun, with no auxiliary), which is
  // then a passive about that noun
  // (so does one with no auxiliary right after a relative's prepositional phrase: "drones launched from Yemen struck
  // the port", "troops deployed in the region attacked the rebels"; not "turned back a convoy bound for X", "accused
  // of spying")
  if (!c.subject && !c.link && (c.groupStart < c.verb || bareAfterPhrase(tokens, c))) {
    const rel = [...clauses.slice(0, k)].reverse().find((x) => x.subject && x.subjectHow === 'direct' && x.groupStart === x.verb && x.subject.last === x.verb - 1 && /ED$|EN$/.test(tokens[x.verb]?.norm ?? ''));
    const span = rel?.subject ? tokens.slice(rel.subject.last + 1, c.groupStart) : [];
    const oneClause = span.every((t) => t.norm !== ',' && t.pos !== 'CCONJ' && !BOUNDARY_SCONJ.has(t.norm));
    // a reduced relative has no object: "imprisoned for ...", not "suspended aid deliveries"
    const noObject = ['ADP', 'SCONJ', 'ADV', 'PART'].includes(tokens[(rel?.verb ?? -2) + 1]?.pos ?? '');
    if (rel?.subject && oneClause && noObject) {
      c.subject = rel.subject;
      c.subjectHow = 'direct';
      c.start = rel.subject.first;
      rel.passive = true;
    }
  }
}

/**
 * Whether clause `c`'s verb, with no auxiliary and no -ing, follows a noun phrase that ends a phrase opened by a
 * preposition right after a verb ("launched from Yemen struck", "deployed in the region attacked").
 */
function bareAfterPhrase(tokens: Token[], c: Clause): boolean {
  if (/ING$/.test(tokens[c.verb]?.norm ?? '') || !['NOUN', 'PROPN'].includes(tokens[c.verb - 1]?.pos ?? '')) return false;
  let j = c.verb - 1;
  while (j > 0 && NOUN_PHRASE.has(tokens[j]?.pos ?? '')) j--;
  return tokens[j]?.pos === 'ADP' && !VERB_PARTICLES.has(tokens[j]?.norm ?? '') && tokens[j - 1]?.pos === 'VERB';
}

/**
 * Whether clause `x` opens with a subordinating word (a clause of time or reason).
 */
function subordinateOpened(tokens: Token[], x: Clause | undefined): boolean {
  return !!x && SUBORDINATE_OPENERS.has(tokens[x.start - 1]?.norm ?? '');
}

/**
 * A verb in a list of verbs, or joined by a conjunction, shares the subject of the verb it is joined to (a part of `linkGoverned`, kept apart for the V8 limit on optimised functions).
 */
function coordinatedVerb(tokens: Token[], clauses: Clause[], k: number, c: Clause, p: Clause, between: Token[]): boolean {
  // "Troops stormed the town, arrested dozens and burned homes": a verb after a comma in a list of verbs that
  // "and"/"or" closes shares the subject of the verb before it
  if ((!c.subject || listedObject(tokens, c, p)) && !c.link && !c.passive && c.groupStart === c.verb && p.subject && !pastAfterInfinitive(tokens, c, p) && verbList(tokens, clauses, k) && between.length > 0 && between.every((t) => t.norm !== ';' && !(t.pos === 'SCONJ'))) {
    joinTo(c, k - 1, p, 'coordinated', 'coordinated');
    return true;
  }
  // ("agreed to a full and immediate ceasefire": "and" between adjectives joins no clauses)
  // ("Riot police, using water cannon and rubber bullets, dispersed X": "and" inside a participle's phrase set off
  // by commas after the subject joins nouns, not clauses; the verb after the closing comma is the subject's)
  // (so does "and" inside a relative clause set off after the subject: "ECOWAS, which Niger left together with Mali and
  // Burkina Faso, urged …")
  const setOff = (setOffParticiple(tokens, p) || setOffObjectRelative(tokens, p)) && tokens[c.groupStart - 1]?.norm === ',';
  const hasCconj = between.some((t, i) => t.pos === 'CCONJ' && !(between[i - 1]?.pos === 'ADJ' && between[i + 1]?.pos === 'ADJ') && !(setOff && between.slice(i + 1).some((x) => x.norm === ','))) || c.link === 'coordinated';
  if (!c.subject && hasCconj && between.every((t) => !(t.pos === 'SCONJ')) && !openedAfterAnd(between) && !ownNounSubject(between)) {
    // "accused X of sending balloons into its airspace and closed the border": a finite verb after "and" is joined
    // to the last finite verb, not to an -ing form in between
    const q = formMate(tokens, clauses, k);
    // ", retaliating for ...", ", accusing X of ...": a participle after a comma is done by the doer of the clause it
    // follows, not by the object that clause's verb made the subject of an infinitive ("ordered diplomats to leave,
    // retaliating for ...", "revoked Brazil's permission to represent X, accusing Y"), and past verbs with no subject
    // the tagger made of a noun phrase ("in a televised address, accusing ...")
    let h = q >= 0 ? q : tokens[c.groupStart - 1]?.norm === ',' && tokens[c.verb]?.norm.endsWith('ING') ? adjunctHead(tokens, clauses, k - 1) : k - 1;
    // "X protested after Y closed the border, and recalled its envoy": after a comma, "and" joins the verb to the
    // main clause, not to the clause of time or reason that the main clause carries
    if (tokens[c.groupStart - 1]?.norm === 'AND' && tokens[c.groupStart - 2]?.norm === ',') {
      let main = h;
      while (main > 0 && subordinateOpened(tokens, clauses[main]) && clauses[main]?.link === null) main--;
      const m = clauses[main];
      if (main < h && m?.subject && !subordinateOpened(tokens, m) && m.link === null) h = main;
    }
    // "said the seizure violated international law and called for the release of X", "said Islamabad remained
    // committed to the truce and accused X of …": a verb of speaking or judging joined by "and" to a clause with no
    // actor for subject (a seizure calls for nothing) is done by the nearest clause before it that has one (an -ing
    // adjunct after a comma keeps its head: see adjunctHead)
    if (!clauses[h]?.subject && tokens[c.groupStart - 1]?.norm === 'AND' && SPEAKER_ADJUNCTS.has(tokens[c.verb]?.lemma ?? '')) {
      let j = h - 1;
      while (j >= 0 && !clauses[j]?.subject) j--;
      if (j >= 0) h = j;
    }
    // "said it could not take in more refugees and urged donors to …": a past form after "and" does not share the
    // modal or the negation of a bare verb before it ("could not take … and urged" is no "could not urge"); it joins
    // the verb of saying that governs that clause, or else shares only the subject ("did not expel them and recalled
    // its envoy": the recall happened)
    const own = c.modality;
    const bare = pastAfterBare(tokens, c, clauses[h]);
    const governing = bare && clauses[h]?.link === 'complement' ? clauses[h]?.parent ?? null : null;
    if (governing !== null && clauses[governing]?.subject) h = governing;
    const head = clauses[h] ?? p;
    joinTo(c, h, head, 'coordinated', 'coordinated');
    if (bare && h !== governing) {
      c.modality = own;
      c.parent = null;
      c.link = null;
    }
    // "a convoy was ambushed by X near the border, killing five": the casualties of a passive's act are its doer's,
    // named by its BY phrase, not its subject's
    const doer = head.passive && CASUALTY_VERBS.has(tokens[c.verb]?.lemma ?? '') && tokens[c.groupStart - 1]?.norm === ',' ? head.preps.find((x) => x.prep === 'BY')?.mention : undefined;
    if (doer) c.subject = doer;
    return true;
  }
  return false;
}

/**
 * Links clause `c` that follows `p` as a gerund of means or time, an attribution, a relative clause on `p`'s object, an
 * order's outcome or a complement, and marks a conditional.
 */
function linkFollowing(tokens: Token[], k: number, c: Clause, p: Clause, between: Token[]): void {
  // "Russia angered Japan by deploying missiles": a gerund of means after "by" is done by the doer of the clause it
  // follows, not by that clause's object before it; with no subject found at all it is that doer's too when the doer
  // is written there ("Moscow retaliated by ordering a British diplomat to leave"; after an infinitive, "are seeking
  // to deepen a partnership, especially by promoting …", it may be the means of either verb)
  if (!p.passive && p.subject && (c.subject ? c.subject === p.object : p.subjectHow === 'direct') && c.groupStart === c.verb && tokens[c.verb - 1]?.norm === 'BY' && tokens[c.verb]?.norm.endsWith('ING')) {
    joinTo(c, k - 1, p, 'gerund', 'controller');
    return;
  }
  // "halted the transit of Russian gas after refusing to extend the contract": a gerund after "after"/"before"/"upon"
  // is done by the doer of the clause it follows, not by an actor in that clause's object or phrases (it stays a
  // clause of time of its own: it happened)
  if (!p.passive && p.subject && c.subject && c.subject !== p.subject && c.subject.first > p.verb && c.subject.last < c.groupStart && c.groupStart === c.verb
    && TIME_GERUND_PREPS.has(tokens[c.verb - 1]?.norm ?? '') && tokens[c.verb]?.norm.endsWith('ING')) {
    c.subject = p.subject;
    c.subjectHow = 'controller';
    return;
  }
  // "left the White House without signing the deal", "withdrew without firing a shot": a gerund after "without" is
  // the doer's (not the object's before it), and it did not happen
  if (!p.passive && p.subject && (!c.subject || c.subject === p.object) && c.groupStart === c.verb && tokens[c.verb - 1]?.norm === 'WITHOUT' && tokens[c.verb]?.norm.endsWith('ING')) {
    joinTo(c, k - 1, p, 'gerund', 'controller');
    c.modality = 'negated';
    return;
  }
  // "recalled its envoy after accusing Uganda of spying", "was released after being detained by Ugandan police": a
  // gerund after a word of time is done (or, passive, undergone) by the subject of the clause it follows, not by that
  // clause's object before it (not "before": what comes after the main clause's time is not established by it)
  // ("closed its border with Russia after accusing Moscow of ...": an active gerund with no subject found, its
  // clause's object being no actor, is the subject's too when it has an actor object of its own; not a departure,
  // whose object is a place left, as PETRARCH leaves it: "celebrated X with Y after leaving Z")
  const acting = c.subject ? c.subject === p.object : !!c.object && !DEPARTURE_VERBS.has(tokens[c.verb]?.lemma ?? '');
  const active = c.groupStart === c.verb && tokens[c.verb]?.norm.endsWith('ING') && acting;
  const passive = c.passive && tokens[c.groupStart]?.norm === 'BEING' && (!c.subject || c.subject === p.object);
  if (p.subject && (active || passive) && FRONTING_TIME.has(tokens[c.groupStart - 1]?.norm ?? '')) {
    joinTo(c, k - 1, p, 'gerund', 'controller');
    return;
  }
  // "..., the White House announced": a speech verb after a comma attributes the clause before it
  // (not after ", and" or ", but": "X said it would never V, and its leader told a meeting that …" is a clause of its own)
  // (a loop, not `between.map(…).lastIndexOf(',')`: see `spanText` in pipeline/actors.ts on arrays made by `map`)
  let lastComma = between.length - 1;
  while (lastComma >= 0 && between[lastComma]?.norm !== ',') lastComma--;
  const joined = lastComma >= 0 && between[lastComma + 1]?.pos === 'CCONJ';
  if (c.subject && c.subject.first > p.verb && ATTRIBUTION_VERBS.has(tokens[c.verb]?.lemma ?? '') && lastComma >= 0) {
    c.parent = joined ? null : k - 1;
    c.link = joined ? null : 'attribution';
    return;
  }
  // "lifted the sanctions it had imposed on Niger", "returned the ships that it seized from Iran": a clause right after
  // the previous verb's object noun, whose own verb takes no object, is a relative clause about that noun, not a
  // complement; told in the past perfect, it is background to the news
  if (objectRelative(tokens, c, p)) {
    c.parent = k - 1;
    c.link = 'relative';
    c.aboutObject = true;
    if (tokens.slice(c.groupStart, c.verb).some((t) => t.norm === 'HAD')) c.background = true;
    // (its subject and phrases are its own, not the governing verb's object and phrases)
    if (p.object === c.subject) p.object = null;
    p.preps = p.preps.filter((x) => x.mention.first < c.start);
    return;
  }
  // "refused to meet an ECOWAS delegation that had travelled to Bamako": a restrictive relative clause right after
  // its subject, the previous verb's object, describes that actor; it is nothing the previous verb says or thinks
  if (c.subject && c.subjectHow === 'direct' && c.subject.first > p.verb && c.subject.last === c.groupStart - 2 && RELATIVE.has(tokens[c.groupStart - 1]?.norm ?? '')) {
    c.parent = k - 1;
    c.link = 'relative';
    return;
  }
  // "a court ordered journalist X released", "ordered the protesters detained": a bare past participle right after a
  // verb of ordering and its object tells the order's outcome, done to the object by the one who ordered it; the order
  // itself is told by that outcome and codes nothing of its own
  if (orderedOutcome(tokens, c, p) && p.subject) {
    c.object = c.subject;
    joinTo(c, k - 1, p, 'coordinated', 'coordinated');
    p.background = true;
    return;
  }
  // "bombed what the army said were arms depots of Hamas", "raided what officials described as a rebel hideout in X":
  // a free relative object with an attribution in it names the thing acted on after "were"/"as"; its owner (or its
  // place) is the governing verb's object, and the attribution keeps its own statement
  const described = describedObject(tokens, c, p);
  if (described) p.object = described;
  // complement clause: the previous verb is a speech/cognition verb and this clause follows it (not a clause
  // of time or reason after it: "..., a correspondent said, two weeks after rebels kidnapped ...")
  // ... also a passive whose subject is a thing: "said a rocket was fired at it"
  const thingPassive = !c.subject && c.passive && c.modality === 'asserted' && between.length > 0 && between.every((t) => ['DET', 'ADJ', 'NUM', 'NOUN', 'AUX'].includes(t.pos) || t.norm === 'THAT');
  // (not a relative clause about the verb's object: "sanctioned settlers who it said had attacked X"; nor one of place,
  // "hosted X in Jakarta, where the two leaders signed …")
  // (nor a clause after a semicolon, which joins sentences: "…, killing four guards; the group claimed responsibility")
  // (nor one whose subject opens after ", and" / ", but", which starts a clause of its own: "marched to demand the
  // president's resignation, and police used tear gas")
  // (the subject's own determiners and numbers come first: "…, and one man was shot dead by police")
  const opening = c.subject ? phraseOpening(tokens, c.subject.first) : -1;
  const fresh = !!c.subject && tokens[opening - 1]?.pos === 'CCONJ' && tokens[opening - 2]?.norm === ',';
  if (!fresh && (thingPassive || (c.subject && c.subject.first > p.verb)) && !between.some((t) => (BOUNDARY_SCONJ.has(t.norm) && t.norm !== 'THAT') || t.norm === 'WHO' || t.norm === 'WHOM' || t.norm === 'WHERE' || t.norm === ';')) {
    c.parent = k - 1;
    c.link = 'complement';
  }
  // a conditional: "if X strikes" anywhere before the subject in this clause
  for (let j = c.start - 1; j >= Math.max(0, c.start - 3); j--) {
    if (CONDITIONAL.has(tokens[j]?.norm ?? '')) c.modality = 'conditional';
  }
}

/** Where the noun phrase whose head words start at `first` opens: back over its determiners, numbers and adjectives. */
function phraseOpening(tokens: Token[], first: number): number {
  let j = first;
  while (j > 0 && NP_PREMODIFIERS.has(tokens[j - 1]?.pos ?? '')) j--;
  return j;
}
const NP_PREMODIFIERS = new Set(['DET', 'NUM', 'ADJ']);

/**
 * A non-restrictive relative clause between a subject and its verb: "Myanmar's military government, which seized
 * power in 2021, released 4,000 prisoners" — the verb after the closing comma has the antecedent as its subject;
 * in an object relative ("Kestria, which Valdoria attacked, condemned Morvane") the antecedent is also the
 * relative verb's object.
 */
export function linkAroundRelatives(tokens: Token[], mentions: ActorMention[], clauses: Clause[]): void {
  for (let k = 1; k < clauses.length; k++) {
    const c = clauses[k];
    // (a speech verb right after a relative clause or participle set off by commas is the subject's, not an
    // attribution of that clause: "The Pentagon, citing intelligence, said ...", "Russia, which invaded X, said ...")
    if (!c || (c.link && c.link !== 'complement' && c.link !== 'attribution') || tokens[c.groupStart - 1]?.norm !== ',' || (c.subject && c.subjectHow !== 'direct')) continue;
    for (let r = k - 1; r >= 0; r--) {
      const rel = clauses[r];
      if (!rel) break;
      const open = relativeOpening(tokens, mentions, rel);
      if (!open) continue;
      // the comma before the verb closes the relative clause: no other comma or clause boundary in between
      // (a participle's own phrase may join nouns: "Riot police, using water cannon and tear gas, dispersed X")
      // ... and so may a relative clause opened by its pronoun ("Mali, whose rulers expelled French troops after coups
      // between 2020 and 2023, announced …", "X, which attacked A and B, said …"): the comma before the verb still closes it
      const nounsJoined = (r === k - 1 && setOffParticiple(tokens, rel)) || RELATIVE_OPENERS.has(tokens[open.pronoun]?.norm ?? '');
      if (tokens.slice(open.pronoun + 1, c.groupStart - 1).some((t) => t.norm === ',' || t.norm === ';' || (t.pos === 'CCONJ' && !nounsJoined))) break;
      // ... and a subject found inside the relative clause ("Valdoria, which attacked Morvane, condemned X") is its
      if (c.subject && c.subject.first < open.pronoun) break;
      // ... and so is the user of a weapon the relative describes ("The drone, which was launched by X, hit Y": see
      // `weaponUser`)
      if (rel.link === 'relative' && rel.parent === k && rel.preps.some((x) => x.prep === 'BY' && x.mention === c.subject)) break;
      c.subject = open.antecedent;
      c.subjectHow = 'direct';
      // (an adjunct that waited for this subject shares it: `speechAdjunct`)
      for (const x of clauses) if (x.parent === k && x.link === 'coordinated' && !x.subject && x.subjectHow === 'coordinated') x.subject = open.antecedent;
      // a further clause inside the relative clause (", which abandoned neutrality after Russia invaded Ukraine,") dates
      // the description; its happening is background, not news (the relative's own verb is coded as before)
      if (RELATIVE.has(tokens[open.pronoun]?.norm ?? '')) for (let b = r + 1; b < k; b++) if (clauses[b]) (clauses[b] as Clause).background = true;
      // the main verb hangs where its relative clause hung ("said Kestria, which X supports, attacked Y")
      const inherited = rel.link === 'complement' && rel.parent !== null;
      c.parent = inherited ? rel.parent : null;
      c.link = inherited ? 'complement' : null;
      c.start = open.antecedent.first;
      // (not when the relative's subject is an appositive right after the comma: "X, the leader who ...")
      // (nor for "whose": "Kenya, whose troops serve …" has its own subject and no gap)
      const appositive = (!!rel.subject && rel.subject.first <= open.pronoun + 2 && tokens[open.pronoun]?.norm === ',') || tokens[open.pronoun]?.norm === 'WHOSE';
      if (rel.subjectHow === 'direct' && !rel.object && !rel.passive && !appositive) rel.object = open.antecedent;
      break;
    }
  }
}

/**
 * Is clause `k` a middle member of a list of verbs: right after a comma, finite (no -ing adjunct, no participle
 * describing the noun before it), with the verbs after it joined by commas up to one joined by "and"/"or"?
 */
function verbList(tokens: Token[], clauses: Clause[], k: number): boolean {
  const c = clauses[k];
  if (!c || tokens[c.groupStart - 1]?.norm !== ',' || /ING$/.test(tokens[c.verb]?.norm ?? '')) return false;
  // (the member takes an object or a phrase of its own: "arrested dozens", not "the town, seized last week")
  if (!['DET', 'NOUN', 'PROPN', 'NUM', 'PRON', 'ADJ'].includes(tokens[c.verb + 1]?.pos ?? '')) return false;
  for (let n = k + 1; n < clauses.length; n++) {
    const x = clauses[n];
    const prev = clauses[n - 1];
    if (!x || !prev || (x.subject && !listedObject(tokens, x, prev)) || x.passive || x.groupStart !== x.verb || /ING$/.test(tokens[x.verb]?.norm ?? '')) return false;
    const gap = tokens.slice(prev.verb + 1, x.groupStart);
    if (gap.some((t) => t.norm === ';' || t.pos === 'SCONJ' || RELATIVE.has(t.norm))) return false;
    const joiner = tokens[x.groupStart - 1];
    if (joiner?.pos === 'CCONJ') return true;
    if (joiner?.norm !== ',') return false;
  }
  return false;
}

/**
 * For a finite verb `k` after "and" whose previous clause is an -ing form (a gerund complement or adjunct): the
 * index of the nearest earlier finite clause with a subject, or -1 to join the previous clause as usual.
 */
/**
 * "sent planes carrying tents and blankets after an earthquake struck the region": a word of time or reason after
 * the last "and" between two verbs, with no comma after it, opens a clause of its own whose subject is no actor (an
 * earthquake); the "and" joined nouns, and the verb is not the earlier subject's ("and, after talks, withdrew" is).
 */
function openedAfterAnd(between: readonly Token[]): boolean {
  let j = between.length - 1;
  while (j >= 0 && between[j]?.pos !== 'CCONJ') j--;
  if (j < 0) return false;
  const rest = between.slice(j + 1);
  const o = rest.findIndex((t) => SUBORDINATE_OPENERS.has(t.norm));
  return o >= 0 && rest.slice(o + 1).every((t) => t.norm !== ',');
}

/**
 * "A and B held talks, but the meeting ended after two hours": after the last "and"/"but", a noun phrase of its own
 * ("the meeting", "the two-hour session") before the verb is the verb's subject even when it names no actor, so the verb
 * does not take the subject of the clause before. A phrase of time is no subject ("and the next day accused X").
 */
function ownNounSubject(between: readonly Token[]): boolean {
  let j = between.length - 1;
  while (j >= 0 && between[j]?.pos !== 'CCONJ') j--;
  if (j < 0 || between[j + 1]?.pos !== 'DET') return false;
  let k = j + 2;
  while (['ADJ', 'NUM'].includes(between[k]?.pos ?? '')) k++;
  const head = between[k];
  return head?.pos === 'NOUN' && !TIME_NOUNS.has(head.lemmaNorm);
}
/** Nouns of a time, which a phrase after "and" may start with without being the verb's subject: "and the next day". */
const TIME_NOUNS: ReadonlySet<string> = new Set(['DAY', 'WEEK', 'MONTH', 'YEAR', 'NIGHT', 'MORNING', 'AFTERNOON', 'EVENING', 'WEEKEND', 'TIME', 'HOUR']);

/** A finite past form with no auxiliary of its own ("urged") after "and", and a head clause whose verb is a bare form
 * after a modal or "do" ("could not take", "did not allow"). */
/** A regular past form ("expelled") right after "and", following a bare infinitive ("to close its office"). */
function pastAfterInfinitive(tokens: Token[], c: Clause, p: Clause): boolean {
  const v = tokens[c.verb];
  const pv = tokens[p.verb];
  if (!v || !pv || c.groupStart !== c.verb || tokens[c.verb - 1]?.norm !== 'AND' || !v.norm.endsWith('ED') || v.norm === v.lemmaNorm) return false;
  return p.link === 'infinitive' && p.parent !== null && pv.norm === pv.lemmaNorm && tokens[p.verb - 1]?.norm === 'TO';
}

function pastAfterBare(tokens: Token[], c: Clause, head: Clause | undefined): boolean {
  const v = tokens[c.verb];
  const hv = head ? tokens[head.verb] : undefined;
  if (!v || !hv || !head || c.groupStart !== c.verb || v.norm === v.lemmaNorm || v.norm.endsWith('ING') || v.norm.endsWith('S')) return false;
  // (a bare passive counts as the bare verb: "said Moldova would not be intimidated and thanked Romania")
  if ((hv.norm !== hv.lemmaNorm && !(head.passive && tokens[head.verb - 1]?.norm === 'BE')) || head.groupStart >= head.verb) return false;
  return tokens.slice(head.groupStart, head.verb).some((t) => MODALS.has(t.norm) || t.lemma === 'do');
}

function formMate(tokens: Token[], clauses: Clause[], k: number): number {
  const c = clauses[k];
  const p = clauses[k - 1];
  const ing = (x: Clause): boolean => /ING$/.test(tokens[x.verb]?.norm ?? '') && x.groupStart === x.verb;
  if (c && p && pastAfterInfinitive(tokens, c, p)) {
    // "ordered the agency to close its office and expelled its director": a past form after "and" cannot be an
    // infinitive's; it joins the finite verb that governs the infinitive
    let q = p.parent;
    while (q !== null && clauses[q]?.link === 'infinitive') q = clauses[q]?.parent ?? null;
    return q !== null && clauses[q]?.subject ? q : -1;
  }
  if (!c || !p || ing(c) || !ing(p)) return -1;
  // (an -ing form joined by "and" to another is passed over too when ", and" brings the finite verb: "accused X of
  // assaulting fishermen and seizing their catch, and demanded that Beijing return it")
  if (p.link === 'coordinated' && !(tokens[p.groupStart - 1]?.norm === 'AND' && tokens[c.groupStart - 1]?.norm === 'AND' && tokens[c.groupStart - 2]?.norm === ',')) return -1;
  for (let q = k - 2; q >= 0; q--) {
    const x = clauses[q];
    if (!x) break;
    if (!ing(x) && x.subject && x.link !== 'relative') return q;
  }
  return -1;
}

/**
 * The weapon noun that passive clause `p`, a verb of using it, describes, or null: `p` is a participle right after the noun
 * ("a rocket fired by X", hedged or not: "a drone believed to have been launched by X"), or after it and a comma
 * ("The rocket, fired by X,"), or a relative clause on it ("a drone which was launched by X", "The missile, which
 * Kyiv said was launched by X,"). `comma` says whether a comma sets the description off (the comma before the next
 * verb then closes it).
 */
function describedWeapon(tokens: Token[], p: Clause): { noun: number; comma: boolean } | null {
  // (a verb of using it: who shot a drone down or intercepted a missile did not fire it)
  // (a weapon noun that is an agent mention may have made the participle a relative or a complement of the verb
  // before: "Drones launched by X struck …", "reported that drones launched by X had struck …")
  const linked = !!p.link && !(p.subject && ((p.link === 'relative' && p.parent === null) || p.link === 'complement'));
  if (linked || !((p.passive && p.preps.some((x) => x.prep === 'BY')) || launchSite(tokens, p)) || !USE_PARTICIPLES.has(tokens[p.verb]?.norm ?? '')) return null;
  const hedge = hedgeBefore(tokens, p.verb);
  let j = hedge >= 0 ? hedge - 1 : p.groupStart - 1;
  let relative = false;
  // "which Kyiv said was launched by X": a speech verb and its subject between the pronoun and the relative's verb
  if (hedge < 0 && ATTRIBUTION_VERBS.has(tokens[j]?.lemma ?? '')) {
    let k = j - 1;
    while (k > j - 5 && ['PROPN', 'NOUN', 'DET', 'ADJ'].includes(tokens[k]?.pos ?? '')) k--;
    if (k === j - 1 || !RELATIVE.has(tokens[k]?.norm ?? '')) return null;
    j = k;
  }
  if (hedge < 0 && RELATIVE.has(tokens[j]?.norm ?? '')) {
    relative = true;
    j--;
  }
  // (a participle with no auxiliary of its own, or a relative clause's verb group)
  if (!relative && hedge < 0 && p.groupStart !== p.verb) return null;
  const comma = tokens[j]?.norm === ',';
  if (comma) j--;
  const noun = tokens[j];
  // (a capitalised plural opening the sentence may be tagged as a name: "Drones launched by the Houthis struck …")
  const weapon = !!noun && (noun.pos === 'NOUN' ? BY_INSTRUMENT_HEADS.has(noun.lemmaNorm) : noun.pos === 'PROPN' && BY_INSTRUMENT_HEADS.has(noun.norm.replace(/S$/, '')));
  return weapon ? { noun: j, comma } : null;
}

/**
 * "A rocket fired by X hit the convoy", "The drone, which was launched by X, struck Y": who used the weapon that the
 * previous clause `p` describes, when the weapon (no actor, or an actor phrase headed by the weapon) is the subject of
 * `c`; null otherwise. Only adverbs stand between, after the comma that closes a description set off by one.
 */
function weaponUser(tokens: Token[], c: Clause, p: Clause): ActorMention | null {
  const w = describedWeapon(tokens, p);
  if (!w || c.link || c.passive) return null;
  if (p.subject && p.subject.last !== w.noun) return null;
  if (c.subject && (c.subject.last !== w.noun || c.subjectHow !== 'direct')) return null;
  const user = p.preps.find((x) => x.prep === 'BY')?.mention ?? launchSite(tokens, p);
  if (!user) return null;
  const gap = tokens.slice(user.last + 1, c.groupStart);
  // (a description set off by commas may say more before its closing comma: "fired by X on Monday,")
  const closing = w.comma ? gap.findIndex((t) => t.norm === ',') : -1;
  if (w.comma && closing < 0) return null;
  return gap.every((t, k) => t.pos === 'ADV' || k < closing || k === closing) ? user : null;
}

/** Participles of firing a weapon, whose FROM phrase names the state it was fired from: "a missile fired from Yemen". */
const FIRING_PARTICIPLES: ReadonlySet<string> = new Set(['FIRED', 'LAUNCHED']);

/**
 * The state a weapon was fired from, named by the FROM phrase of the participle `p` with no subject or object of its
 * own ("A missile fired from Yemen hit X": Yemen fired it, as CAMEO codes a state a launch comes from; "fired from a Russian
 * warship": Russia's forces), or null; a place that is no state ("fired from Gaza", "from a ship") names no user.
 */
function launchSite(tokens: Token[], p: Clause): ActorMention | null {
  if (p.object || p.groupStart !== p.verb || !FIRING_PARTICIPLES.has(tokens[p.verb]?.norm ?? '')) return null;
  // (a weapon noun that is an agent mention with no country, right before the participle, may have been read as its
  // subject: "Drones launched from Lebanon struck …")
  if (p.subject && !(p.subject.last === p.verb - 1 && p.subject.codes.every((x) => x.startsWith('---')))) return null;
  const from = p.preps.find((x) => x.prep === 'FROM')?.mention;
  return from && from.codes.length === 1 && LAUNCHING.test(from.codes[0] ?? '') && tokens[from.first - 1]?.norm === 'FROM' ? from : null;
}

/**
 * The state that launch-site participle `c` names ("fired from Iran") when it follows the weapon noun (no actor) that ends
 * the BY phrase of passive `p`, which names no actor of its own: "Israel was hit by missiles fired from Iran"; else null.
 */
function byWeaponSite(tokens: Token[], c: Clause, p: Clause): ActorMention | null {
  if (!p.passive || c.subject || c.link || p.preps.some((x) => x.prep === 'BY')) return null;
  const weapon = tokens[c.groupStart - 1];
  if (weapon?.pos !== 'NOUN' || !BY_INSTRUMENT_HEADS.has(weapon.lemmaNorm)) return null;
  let j = c.groupStart - 2;
  while (j > p.verb && NOUN_PHRASE.has(tokens[j]?.pos ?? '')) j--;
  return j > p.verb && tokens[j]?.norm === 'BY' ? launchSite(tokens, c) : null;
}

/** Codes of a launch site that names who fired: a state, or a state's forces ("fired from a Russian warship": RUSMIL). */
const LAUNCHING = /^[A-Z]{3}(?:MIL)?$/;

/** Parts of speech of a phrase of time or place after an object: "on Tuesday", "in Brasilia last week". */
const TRAILING_PHRASE_POS: ReadonlySet<string> = new Set(['ADP', 'ADV', ...NOUN_PHRASE]);

/**
 * In "raided X, arrested Y, seized Z": the "subject" found for a verb after a comma is the object of the one before,
 * right before the comma or followed by a phrase of its own ("met X on Tuesday, signed …").
 */
function listedObject(tokens: Token[], c: Clause, p: Clause): boolean {
  const s = c.subject;
  if (!s || c.subjectHow !== 'direct' || s.first <= p.verb || tokens[c.groupStart - 1]?.norm !== ',' || !(p.object === s || p.preps.some((x) => x.mention === s))) return false;
  if (s.last === c.groupStart - 2) return true;
  const first = tokens[s.last + 1];
  return (first?.pos === 'ADP' || first?.pos === 'ADV' || onlyDayWords(tokens, s.last + 1, s.last + 2)) && tokens.slice(s.last + 1, c.groupStart - 1).every((t) => TRAILING_PHRASE_POS.has(t.pos));
}

/**
 * An attribution set off by commas between a subject and its verb: "Israeli warplanes, the military said on Saturday,
 * had killed X" — the verb after the closing comma has the actor before the opening comma as its subject, and the
 * speech clause attributes it (as ", officials said" at the end does).
 */
export function linkAroundAttribution(tokens: Token[], mentions: ActorMention[], clauses: Clause[]): void {
  for (let k = 1; k < clauses.length; k++) {
    const c = clauses[k];
    const p = clauses[k - 1];
    if (!c || !p || c.subject || c.link || p.link || p.parent !== null || tokens[c.groupStart - 1]?.norm !== ',') continue;
    if (!p.subject || p.subjectHow !== 'direct' || p.negated || p.modal || !ATTRIBUTION_VERBS.has(tokens[p.verb]?.lemma ?? '')) continue;
    // the speech clause is the speaker and its verb, with only words of time after it ("on Saturday")
    const open = p.subject.first - 1;
    if (tokens[open]?.norm !== ',' || p.groupStart !== p.subject.last + 1 || !onlyDayWords(tokens, p.verb + 1, c.groupStart - 1)) continue;
    const subject = mentions.find((m) => m.last === open - 1);
    if (!subject || tokens[subject.first - 1]?.pos === 'ADP') continue;
    c.subject = subject;
    c.subjectHow = 'direct';
    c.start = subject.first;
    p.parent = k;
    p.link = 'attribution';
  }
}

/** A participle with no subject opening the sentence, alone or after "after", "before", "while" ...: "After meeting X, ...". */
function frontedParticiple(tokens: Token[], p: Clause): boolean {
  if (p.subject || p.link || p.groupStart !== p.verb || !tokens[p.verb]?.norm.endsWith('ING')) return false;
  return p.verb === 0 || (p.verb === 1 && FRONTING_TIME.has(tokens[0]?.norm ?? ''));
}

/**
 * A reaction in an appositive about the sentence's deed: "Putin signed treaties annexing four regions, a move that Kyiv
 * denounced as illegal", "declared Maduro the winner, a result the opposition rejected" — the reaction's object is the
 * doer of the main clause (the subject of the first clause that governs no other), and it is asserted on its own, not
 * a complement of the verb before it.
 */
export function linkReactionsToDeeds(tokens: Token[], clauses: Clause[]): void {
  for (let k = 1; k < clauses.length; k++) {
    const c = clauses[k];
    // ("a step Iran's foreign minister called unjustified": naming the deed is no act on its doer)
    if (!c?.subject || c.subjectHow !== 'direct' || c.object || c.passive || NAMING_VERBS.has(tokens[c.verb]?.lemma ?? '')) continue;
    let j = c.subject.first - 1;
    if (['THAT', 'WHICH'].includes(tokens[j]?.norm ?? '')) {
      j--;
      // ("a campaign against cartels that Caracas denounced": a phrase of things may describe the deed's noun)
      const prep = DEED_NOUNS.has(tokens[j]?.lemmaNorm ?? '') ? -1 : deedPhrase(tokens, j);
      if (prep >= 0) j = prep - 1;
    }
    // ("…, a charge London dismissed as baseless": an accusation restated is what a denial answers)
    const claim = ACCUSATION_NOUNS.has(tokens[j]?.lemmaNorm ?? '') && DENYING_VERBS.has(tokens[c.verb]?.lemma ?? '');
    if ((!DEED_NOUNS.has(tokens[j]?.lemmaNorm ?? '') && !claim) || tokens[j]?.pos !== 'NOUN') continue;
    j--;
    while (tokens[j]?.pos === 'ADJ') j--;
    // (", a move that …" or "in a coordinated move that …")
    if (!['A', 'AN', 'THE'].includes(tokens[j]?.norm ?? '') || ![',', 'IN'].includes(tokens[j - 1]?.norm ?? '')) continue;
    const main = clauses.slice(0, k).find((x) => x.parent === null && x.subject && x.subjectHow === 'direct' && !x.passive && x.verb < j);
    if (!main?.subject) continue;
    c.object = main.subject;
    c.parent = null;
    c.link = null;
  }
}

/**
 * The deed's doer as the subject of a relative clause on a noun that restates the deed: "Armenia began drills near
 * Yerevan, a move that drew a sharp rebuke from Azerbaijan", "closed its border, a step which prompted condemnation from
 * the EU". The relative pronoun stands for the deed, so what the clause says the deed did (drew, prompted, ended) the
 * main clause's doer did, as with a participle after a comma (", drawing a rebuke from X"). The main clause is the first
 * one with a written subject that governs no other and comes before the noun; none before it, nothing is linked.
 */
export function linkDeedRelatives(tokens: Token[], clauses: Clause[]): void {
  for (let k = 1; k < clauses.length; k++) {
    const c = clauses[k];
    if (!c || c.subject || c.passive || c.groupStart !== c.verb) continue;
    let j = c.verb - 1;
    if (!['THAT', 'WHICH'].includes(tokens[j]?.norm ?? '')) continue;
    j--;
    if (!DEED_NOUNS.has(tokens[j]?.lemmaNorm ?? '') || tokens[j]?.pos !== 'NOUN') continue;
    j--;
    while (tokens[j]?.pos === 'ADJ') j--;
    if (!['A', 'AN', 'THE'].includes(tokens[j]?.norm ?? '') || ![',', 'IN'].includes(tokens[j - 1]?.norm ?? '')) continue;
    const m = clauses.slice(0, k).findIndex((x) => x.parent === null && x.subject && x.subjectHow === 'direct' && !x.passive && x.verb < j);
    const main = clauses[m];
    if (!main?.subject) continue;
    c.subject = main.subject;
    c.subjectHow = 'coordinated';
    c.parent = m;
    c.link = 'coordinated';
  }
}

/** "a campaign against cartels that": when the tokens ending at `j` are a short phrase of things ("against cartels",
 * "against the gangs") right after a DEED_NOUNS noun, the index of its preposition; else -1. */
function deedPhrase(tokens: Token[], j: number): number {
  for (let k = j; k > j - 4 && k > 0; k--) {
    const t = tokens[k];
    if (!t) return -1;
    if (t.pos === 'ADP') return DEED_NOUNS.has(tokens[k - 1]?.lemmaNorm ?? '') && tokens[k - 1]?.pos === 'NOUN' ? k : -1;
    if (!['NOUN', 'ADJ', 'DET'].includes(t.pos)) return -1;
  }
  return -1;
}

/**
 * Clause `p` sits between `subject` and the verb of clause `c` and describes that subject (a participle or a relative
 * clause): `c` takes the subject, and `p` becomes a relative clause.
 */
function describesSubject(c: Clause, p: Clause, subject: ActorMention): void {
  c.subject = subject;
  c.subjectHow = 'direct';
  c.start = subject.first;
  p.link = 'relative';
}

/** The clause whose doer an adjunct participle after clause `k - 1` shares (see `linkClauses`). */
function adjunctHead(tokens: Token[], clauses: Clause[], from: number): number {
  let h = from;
  for (let guard = 0; guard < clauses.length; guard++) {
    const q = clauses[h];
    if (!q) break;
    const gov = q.parent !== null ? clauses[q.parent] : undefined;
    // (an infinitive whose governor had no subject to give it, "a resolution that would have demanded a halt to
    // fighting in Sudan, drawing …": the adjunct is not the infinitive's, so look above it)
    if (q.link === 'infinitive' && gov && (q.subject ? gov.object === q.subject : !gov.subject)) h = q.parent ?? h;
    // (nor a gerund under its governor: "banned X from operating in Y, drawing condemnation", "denied attacking the
    // convoy, saying …", "barred two inspectors from entering the country, accusing them of …": the adjunct follows
    // the governing act)
    else if (q.link === 'gerund' && gov) h = q.parent ?? h;
    // (nor an infinitive its governor says was not done: "refused to withdraw its troops, accusing X of …", "failed to
    // reach a deal, citing …": what was not done has no adjuncts, so they tell of the refusal, which happened)
    else if (q.link === 'infinitive' && gov && NOT_DONE.has(tokens[gov.verb]?.lemma ?? '')) h = q.parent ?? h;
    // (not a verb after a comma, whose subject a relative clause before it may still give: "X, who ..., opened fire")
    else if (!q.subject && !q.passive && !q.link && h > 0 && tokens[q.groupStart - 1]?.norm !== ',') h--;
    else break;
  }
  return h;
}

/** A participle set off by a comma right after the verb group's start, with no subject of its own: ", using X, ...". */
function setOffParticiple(tokens: Token[], r: Clause): boolean {
  return r.groupStart === r.verb && !r.subject && tokens[r.verb - 1]?.norm === ',' && /(ED|EN|ING)$/.test(tokens[r.verb]?.norm ?? '');
}

/**
 * Is clause `r` a relative clause on its object set off by a comma with a subject of its own (", which Niger left …",
 * ", whom the army had detained …")?
 */
function setOffObjectRelative(tokens: Token[], r: Clause): boolean {
  const s = r.subject;
  return !!s && r.subjectHow === 'direct' && (tokens[s.first - 1]?.norm === 'WHICH' || tokens[s.first - 1]?.norm === 'WHOM') && tokens[s.first - 2]?.norm === ',';
}

/** Pronouns that open a relative clause set off by commas. */
const RELATIVE_OPENERS = new Set(['WHICH', 'WHO', 'WHOM', 'WHOSE']);

/** ", which/who ..." opening clause `r`: the relative pronoun's index and the mention before its comma. */
function relativeOpening(tokens: Token[], mentions: ActorMention[], r: Clause): { pronoun: number; antecedent: ActorMention } | null {
  if (r.subjectHow === 'relative' && r.subject && RELATIVE.has(tokens[r.start]?.norm ?? '') && tokens[r.start - 1]?.norm === ',') return { pronoun: r.start, antecedent: r.subject };
  // ... or a participle set off by commas: "Iraqi forces, backed by coalition aircraft, launched an operation"
  if (r.groupStart === r.verb && tokens[r.verb - 1]?.norm === ',' && /(ED|EN|ING)$/.test(tokens[r.verb]?.norm ?? '')) {
    const antecedent = mentions.find((m) => m.last === r.verb - 2);
    if (antecedent) return { pronoun: r.verb - 1, antecedent };
  }
  const s = r.subject;
  if (!s || r.subjectHow !== 'direct') return null;
  // ... or an appositive whose noun a restrictive relative clause describes: "Yahya Sinwar, the Hamas leader who
  // masterminded the attack, was killed by X" (the appositive's noun is the relative's subject; the main verb's is the
  // name before the comma)
  const det = tokens[s.first]?.pos === 'DET' ? s.first : tokens[s.first - 1]?.pos === 'DET' ? s.first - 1 : -1;
  let head = s.last + 1;
  while (['NOUN', 'ADJ'].includes(tokens[head]?.pos ?? '') && head < s.last + 3) head++;
  if (det > 0 && ['WHO', 'WHICH', 'THAT'].includes(tokens[head]?.norm ?? '') && tokens[det - 1]?.norm === ',') {
    const antecedent = mentions.find((m) => m.last === det - 2);
    if (antecedent) return { pronoun: det - 1, antecedent };
  }
  // ... or "Kenya, whose troops serve in the AU mission, condemned …": a possessive relative pronoun opens the subject
  const whose = tokens[s.first]?.norm === 'WHOSE' ? s.first : tokens[s.first - 1]?.norm === 'WHOSE' ? s.first - 1 : -1;
  if (whose > 0 && tokens[whose - 1]?.norm === ',') {
    const antecedent = mentions.find((m) => m.last === whose - 2);
    if (antecedent) return { pronoun: whose, antecedent };
  }
  const pron = s.first - 1;
  if (!['WHICH', 'WHOM'].includes(tokens[pron]?.norm ?? '') || tokens[pron - 1]?.norm !== ',') return null;
  const antecedent = mentions.find((m) => m.last === pron - 2);
  return antecedent ? { pronoun: pron, antecedent } : null;
}

/**
 * Questions: every clause before a "?" (back to the previous "?") asks rather than asserts — "Will X invade Y?",
 * and the quoted question in "“Did X attack?” the reporter asked", where the asking clause after it stays asserted.
 */
function markQuestions(tokens: Token[], clauses: Clause[]): void {
  let from = -1;
  for (let q = 0; q < tokens.length; q++) {
    if (tokens[q]?.norm !== '?') continue;
    for (const c of clauses) if (c.verb > from && c.verb < q && c.modality === 'asserted') c.modality = 'question';
    from = q;
  }
}

/** Texts that say or order something: an -ing participle after one is its content ("a resolution demanding X"). */
const CONTENT_NOUNS = new Set([
  'RESOLUTION', 'RESOLUTIONS', 'STATEMENT', 'STATEMENTS', 'COMMUNIQUE', 'DECLARATION', 'DECREE', 'DECREES', 'ORDER',
  'ORDERS', 'DIRECTIVE', 'PROCLAMATION', 'MOTION', 'LETTER', 'RULING', 'VERDICT', 'JUDGMENT', 'JUDGEMENT',
  // ... and laws: "passed a law banning X", "enacted legislation barring Y", "signed a bill criminalising Z"
  'LAW', 'LAWS', 'BILL', 'BILLS', 'LEGISLATION', 'EDICT', 'EDICTS', 'ORDINANCE', 'REGULATION', 'REGULATIONS', 'AMENDMENT',
]);

/** Verbs by which a text is put out by its author: "adopted/passed/issued/signed a resolution demanding X". */
const ISSUING_VERBS = new Set(['adopt', 'pass', 'issue', 'sign', 'release', 'publish', 'approve', 'deliver', 'hand', 'send', 'make', 'read', 'enact', 'promulgate', 'decree']);

/**
 * "rejected a bill banning opposition rallies", "struck down a decree barring candidates": an -ing form at `j` right
 * after a text's noun (CONTENT_NOUNS) that the verb at `v` did not put out (`issuedContent` makes that a clause) says
 * what the text says; whom it names is no participant in the verb's act.
 */
export function textContent(tokens: Token[], v: number, j: number): boolean {
  const t = tokens[j];
  return !!t && t.pos === 'VERB' && /ING$/.test(t.norm) && j > v + 1 && CONTENT_NOUNS.has(tokens[j - 1]?.norm ?? '');
}

/**
 * Is the -ing form at `v` the content of a CONTENT_NOUNS text that the verb at `prev` put out (ISSUING_VERBS), with
 * only the text's noun phrase and a time phrase between ("issued a statement on Monday condemning X")? A text with a
 * name or a possessive in its phrase may be someone else's ("blocked a European Union statement criticising X").
 */
export function issuedContent(tokens: Token[], prev: number, v: number): boolean {
  if (prev < 0 || !ISSUING_VERBS.has(tokens[prev]?.lemma ?? '') || !/ING$/.test(tokens[v]?.norm ?? '')) return false;
  // the text is the last noun before the participle, or before a time phrase right before it
  let k = v - 1;
  for (let j = prev + 1; j < v; j++) if (tokens[j]?.norm === 'ON' && onlyDayWords(tokens, j, v)) { k = j - 1; break; }
  if (!CONTENT_NOUNS.has(tokens[k]?.norm ?? '')) return false;
  for (let j = prev + 1; j < k; j++) {
    const t = tokens[j];
    if (!t || !['DET', 'ADJ', 'NUM', 'NOUN', 'ADV'].includes(t.pos)) return false;
  }
  return true;
}

/** Is `c` an -ing participle that is the content of a text `p` put out (`issuedContent`)? Its subject is `p`'s. */
function contentParticiple(tokens: Token[], c: Clause, p: Clause): boolean {
  if (c.subject || c.link || c.groupStart !== c.verb || !p.subject || p.passive) return false;
  return issuedContent(tokens, p.verb, c.verb);
}

/** Words that open a clause of time or reason: "after Y closed the border". */
const SUBORDINATE_OPENERS = new Set(['AFTER', 'WHEN', 'AS', 'SINCE', 'BECAUSE', 'WHILE', 'BEFORE', 'UNTIL', 'ONCE']);

/**
 * The addressee of a verb of appeal right after its preposition, when the infinitive follows it: "called on China to
 * use its influence" (China is to use it, not the caller).
 */
/**
 * The comma that opens relative clause `p` when `p` is set off by commas right before infinitive `c` ("X, which
 * oversee the truce, to V"), else null.
 */
function commaRelative(tokens: Token[], p: Clause, c: Clause): number | null {
  if (p.subjectHow !== 'relative' || tokens[c.groupStart - 1]?.norm !== ',') return null;
  let j = p.groupStart - 1;
  while (j > 0 && tokens[j]?.pos === 'ADV') j--;
  return RELATIVE.has(tokens[j]?.norm ?? '') && tokens[j - 1]?.norm === ',' ? j - 1 : null;
}

function addressee(tokens: Token[], p: Clause, c: Clause): ActorMention | null {
  const preps = PREP_OBJECT_CONTROL.get(tokens[p.verb]?.lemma ?? '');
  if (!preps || !preps.has(tokens[p.verb + 1]?.norm ?? '')) return null;
  const m = p.preps.find((x) => x.mention.first <= p.verb + 3 && x.mention.first > p.verb + 1 && preps.has(x.prep))?.mention;
  return m && m.last < c.groupStart ? m : null;
}
