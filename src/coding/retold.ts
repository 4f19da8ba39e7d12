/**
 * A happening told again: a later sentence whose subject is "the <deed>" the story already told ("Russian drones
 * struck Odesa. The attack damaged three ships."; "Lula received Ramaphosa. Their meeting lasted three hours."; "Gunmen
 * kidnapped two engineers. The abduction took place near Kayes.") names no actor, so the events stage codes nothing
 * from it; it is a further mention of that deed (`retold`), which the merge stage joins to it. A subject "a second
 * <deed>" or "another <deed>" tells a new happening of the same kind by the same doer (`further`), which must stay
 * apart from the first ("A second strike on Sunday hit a house near Tyre").
 *
 * A passive whose subject is "the <person or craft>" the deed befell, and whose verb is coded for that deed's act with
 * no doer of another country named, tells it again too ("Police arrested a U.S. citizen. The man was detained at
 * Sheremetyevo airport on Tuesday").
 *
 * Rules as data below: which nouns name which deeds (`DEED_ANAPHORS`, shared with the reaction to "the <deed>"), which
 * weapons stand for the attack they were used in, which verbs tell of a deed with the deed as subject, which
 * determiners make a deed another one, and which nouns name a patient told again.
 */
import type { Lexicon } from '../dictionaries/lexicon.js';
import type { ActorMention, Token } from '../types.js';
import type { CodedEvent } from '../pipeline/events.js';
import { ANAPHORIC_DETERMINERS, DEED_ANAPHORS, namesDeed } from './clause-words.js';
import { FORCE_MEANS_HEADS, MODALS, MUNITION_NOUNS, SPEECH_VERBS } from './word-classes.js';

/** The deed named by a weapon as subject ("the missile struck"): an attack. */
const WEAPON_DEED = { id: 'da-weapon', roots: ['18', '19', '20'] as readonly string[] };
/** Weapons that stand for the attack they were used in, as subject of a verb of hitting ("The missile struck the bow"). */
const WEAPON_HEADS: ReadonlySet<string> = new Set([...MUNITION_NOUNS, ...FORCE_MEANS_HEADS]);

/**
 * Verbs (lemmas) whose subject "the <deed>" is the deed told again: it happened, lasted, was held or carried out,
 * included or followed something, was something ("the expulsion was a response"), hit, damaged or killed. Columns:
 * `hits`, a verb of hitting (the only ones for a weapon subject, "the missile struck", or for another deed, "a second
 * strike hit"); `placed`, its place phrase is where the deed happened ("took place near Kayes", "hit blocks in the
 * district"; not "was a response to acts by the regime in Minsk", "followed the arrest in Paris"). Not verbs of
 * judging or reacting ("the attack was condemned by X" is X's event), of ending ("the exercises ended on Monday" is
 * another happening) or of planning.
 */
const RETELLING_VERBS: readonly (readonly [lemma: string, hits: boolean, placed: boolean])[] = [
  ['take', false, true], ['happen', false, true], ['occur', false, true], ['last', false, true], ['follow', false, false],
  ['come', false, false], ['include', false, true], ['involve', false, true], ['begin', false, true], ['start', false, true],
  ['mark', false, false], ['be', false, false], ['carry', false, true], ['call', false, false], ['stage', false, true],
  ['hold', false, true], ['launch', false, true], ['conduct', false, true], ['make', false, false], ['see', false, false],
  ['free', false, false], ['bring', false, false], ['cause', false, false], ['trigger', false, false], ['spark', false, false],
  ['prompt', false, false], ['leave', false, true], ['target', false, true], ['affect', false, true], ['disrupt', false, true],
  ['hit', true, true], ['strike', true, true], ['damage', true, true], ['destroy', true, true], ['kill', true, true],
  ['wound', true, true], ['injure', true, true], ['set', true, true], ['level', true, true], ['flatten', true, true],
  ['land', true, true], ['slam', true, true], ['tear', true, true],
];
const RETELLING: ReadonlyMap<string, { hits: boolean; placed: boolean }> = new Map(RETELLING_VERBS.map(([lemma, hits, placed]) => [lemma, { hits, placed }]));

/** Determiners of a deed told again: the anaphoric ones ("the attack", "this decision") and "their meeting", "its expulsion". */
const RETELLING_DETERMINERS: ReadonlySet<string> = new Set([...ANAPHORIC_DETERMINERS, 'THEIR', 'ITS']);
/** Words after "a"/"an" that make the deed a new one of the same kind ("a second strike", "a fresh attack"). */
const FURTHER_ORDINALS: ReadonlySet<string> = new Set(['SECOND', 'THIRD', 'FOURTH', 'FIFTH', 'NEW', 'FRESH', 'FURTHER', 'SEPARATE', 'LATER', 'SUBSEQUENT']);
/** Determiners that make the deed a new one by themselves ("another attack"). */
const FURTHER_DETERMINERS: ReadonlySet<string> = new Set(['ANOTHER']);

/**
 * Nouns (lemmas) of a person or craft a deed befalls, which "the <noun>" as a passive's subject names again ("The man
 * was detained", "The tanker was seized"). Not offices or bodies, whose acts are their own.
 */
const PATIENT_HEADS: ReadonlySet<string> = new Set([
  'MAN', 'WOMAN', 'CITIZEN', 'NATIONAL', 'SUSPECT', 'JOURNALIST', 'REPORTER', 'ACTIVIST', 'TOURIST', 'STUDENT',
  'TEACHER', 'WORKER', 'ENGINEER', 'DIPLOMAT', 'HOSTAGE', 'CAPTIVE', 'PRISONER', 'DETAINEE', 'CREW',
  'VESSEL', 'SHIP', 'TANKER', 'BOAT', 'FREIGHTER', 'AIRCRAFT', 'PLANE', 'CONVOY',
]);

/** Tokens a subject "the <deed>" can follow: the sentence's start, a reporting verb, "that", a comma or a quote mark. */
const SUBJECT_OPENERS: ReadonlySet<string> = new Set(['THAT', ',', '“', '"', ':', '—']);

/**
 * The verb after the subject noun phrase ending at `head`: its index, whether it is a copula and whether a form of "be"
 * makes it a passive; null when none.
 */
function verbAfter(tokens: Token[], mentions: readonly ActorMention[], head: number): { verb: number; copula: boolean; passive: boolean } | null {
  let k = head + 1;
  // an appositive between commas ("The exercises, code-named Azure Shield, included …", "The man, a 28-year-old
  // teacher from Texas, was detained")
  if (tokens[k]?.norm === ',') {
    const close = tokens.findIndex((t, j) => j > k && j <= k + 12 && t.norm === ',');
    if (close < 0) return null;
    k = close + 1;
  } else if (tokens[k]?.pos === 'ADP' && ['AT', 'IN', 'NEAR', 'ON', 'DURING', 'IN'].includes(tokens[k]?.norm ?? '')) {
    // a phrase of place or time ("Their meeting at the Planalto Palace lasted …"), naming no actor
    let j = k + 1;
    while (j <= k + 5 && ['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM'].includes(tokens[j]?.pos ?? '')) j++;
    if (mentions.some((m) => m.first > k && m.first < j)) return null;
    k = j;
  }
  const aux = k;
  while (tokens[k]?.pos === 'AUX' || (tokens[k]?.pos === 'ADV' && k > aux)) {
    // ("would take place", "did not happen": only what is told as having happened)
    if (MODALS.has(tokens[k]?.norm ?? '') || tokens[k]?.norm === 'NOT' || tokens[k]?.norm === "N'T") return null;
    k++;
  }
  const be = tokens.slice(aux, k).some((t) => t.lemma === 'be');
  if (tokens[k]?.pos === 'VERB') return { verb: k, copula: false, passive: be && /(?:ED|EN|T|WN)$/.test(tokens[k]?.norm ?? '') };
  // "the expulsion was a response to …": a copula before a noun phrase
  if (k > aux && tokens[k - 1]?.lemma === 'be' && ['DET', 'ADJ', 'NUM'].includes(tokens[k]?.pos ?? '')) return { verb: k - 1, copula: true, passive: false };
  return null;
}

/** The CAMEO codes a single-word verb has by itself in the lexicon ("detained": 173). */
function verbCodes(lex: Lexicon, t: Token): string[] {
  const out: string[] = [];
  for (const e of lex.verbs.get(t.norm) ?? lex.verbs.get(t.lemmaNorm) ?? []) {
    const code = (e.code ?? e.block.code)?.forward;
    if (code && !e.before.length && !e.after.length) out.push(code);
  }
  return out;
}

/** The country part of an actor code ('' for a role with no country). */
const countryPart = (code: string): string => (/^(?:IGO|NGO|IMG|MNC)/.test(code) ? code.slice(0, 9) : code.startsWith('---') ? '' : code.slice(0, 3));

/**
 * Adds to `out` the telling again of the latest asserted deed of `deed`'s roots before token `d` (a new one of its kind
 * when `further`), whose subject phrase opens at `d` with `before` the token before it and whose verb is `v` (`placed`:
 * its sentence says where it happened); false
 * when the story told no such deed, or another speaker tells its own.
 * (Out of retoldDeeds: V8 optimises no function of more than 2,000 bytes of bytecode under the coder's flags, and
 * retoldDeeds was 2,035; see the commit for the figures.)
 */
function retell(tokens: Token[], mentions: readonly ActorMention[], earlier: readonly CodedEvent[], own: readonly CodedEvent[], deed: { id: string; roots: readonly string[] }, d: number, before: Token | undefined, further: boolean, v: { verb: number }, placed: boolean, out: CodedEvent[]): boolean {
  // the latest asserted deed of those roots the story told before the subject, and the events of its clause
  const prior = own.some((e) => e.last < d) ? [...earlier, ...own.filter((e) => e.last < d)] : earlier;
  let j = prior.length - 1;
  while (j >= 0 && !(prior[j]?.modality === 'asserted' && namesDeed(deed.roots, prior[j]?.code ?? '') && (prior[j]?.source || prior[j]?.target))) j--;
  const ante = prior[j];
  if (!ante) return false;
  // ("the army said its jets had struck …": a possessive after a verb of saying is the speaker's; a speaker other than
  // the deed's sides tells its own deed, not the deed again)
  const sides = [ante.source?.code, ante.target?.code];
  if (tokens[d]?.pos === 'PRON' && before && SPEECH_VERBS.has(before.lemma)) {
    const speaker = mentions.filter((m) => m.last < d - 1).pop();
    if (speaker?.codes.length && !speaker.codes.some((c) => sides.includes(c))) return false;
  }
  // (the events of one clause lie side by side in `prior`: "A and B exchanged prisoners" is one event each way)
  const one = (e: CodedEvent | undefined): e is CodedEvent => !!e && e.first === ante.first && e.last === ante.last && e.verbRule === ante.verbRule && e.modality === 'asserted';
  let from = j;
  while (one(prior[from - 1])) from--;
  const same = prior.slice(from, j + 1).filter((e) => namesDeed(deed.roots, e.code));
  if (further) {
    // a new deed of the kind by the same doer, at whom the verb names ("another attack hit X") or the first one's target
    const hit = mentions.find((m) => m.first > v.verb && m.first <= v.verb + 3);
    const target = hit?.codes[0] ? { mention: hit, code: hit.codes[0] } : ante.target;
    out.push({ first: d, last: v.verb, verbRule: `further:${deed.id} ${ante.verbRule}`, kind: 'further', code: ante.code, source: ante.source, target, modality: 'asserted', speaker: null, retells: undefined });
  } else {
    for (const e of same) out.push({ first: d, last: v.verb, verbRule: `retold:${deed.id} ${e.verbRule}`, kind: 'retold', code: e.code, source: e.source, target: e.target, modality: 'asserted', speaker: null, retells: { event: e, placed } });
  }
  return true;
}

/**
 * The events a sentence tells again or tells as a further one of their kind. `earlier`: the events of the story's earlier
 * sentences, in text order; `own`: the sentence's own (those that end before the subject count as told before it).
 */
export function retoldDeeds(lex: Lexicon, tokens: Token[], mentions: readonly ActorMention[], earlier: readonly CodedEvent[], own: readonly CodedEvent[]): CodedEvent[] {
  const out: CodedEvent[] = [];
  for (let head = 1; head < tokens.length; head++) {
    const t = tokens[head] as Token;
    if (t.pos !== 'NOUN') continue;
    if (PATIENT_HEADS.has(t.lemmaNorm)) {
      const v = retoldPatient(lex, tokens, mentions, head, earlier, own, out);
      if (v > head) head = v;
      continue;
    }
    const named = DEED_ANAPHORS.get(t.lemmaNorm);
    // (a noun of a deed is that deed, though it also names the means: "the strike was called", "the raid")
    const weapon = !named && WEAPON_HEADS.has(t.lemmaNorm);
    const deed = named ?? (weapon ? WEAPON_DEED : null);
    if (!deed) continue;
    // the determiner, over adjectives and nouns before the head ("the drone attack", "the first direct talks")
    let d = head - 1;
    while (d > 0 && ['ADJ', 'NOUN', 'NUM'].includes(tokens[d]?.pos ?? '') && !FURTHER_ORDINALS.has(tokens[d]?.norm ?? '')) d--;
    let further = false;
    if (FURTHER_ORDINALS.has(tokens[d]?.norm ?? '') && ['A', 'AN'].includes(tokens[d - 1]?.norm ?? '')) {
      further = true;
      d--;
    } else if (FURTHER_DETERMINERS.has(tokens[d]?.norm ?? '')) further = true;
    else if (!RETELLING_DETERMINERS.has(tokens[d]?.norm ?? '')) continue;
    // (an actor in the phrase makes it a subject the events stage codes: "The Israeli strike killed …"; a possessive
    // pronoun is the deed's doers told again: "Their meeting lasted three hours")
    if (mentions.some((m) => m.first <= head && m.last >= d && !(m.first === d && m.last === d && tokens[d]?.pos === 'PRON'))) continue;
    const before = tokens[d - 1];
    if (before && !SUBJECT_OPENERS.has(before.norm) && !SPEECH_VERBS.has(before.lemma)) continue;
    const v = verbAfter(tokens, mentions, head);
    if (!v) continue;
    const lemma = v.copula ? 'be' : (tokens[v.verb]?.lemma ?? '');
    const verb = RETELLING.get(lemma);
    // (a weapon, or another deed, needs a verb of hitting: "a second strike hit", not "a second strike was called")
    if (!verb || ((weapon || further) && !verb.hits)) continue;
    if (!retell(tokens, mentions, earlier, own, deed, d, before, further, v, verb.placed, out)) continue;
    head = v.verb;
  }
  return out;
}

/**
 * "The man, a 28-year-old teacher from Texas, was detained at Sheremetyevo airport": a passive whose subject is "the
 * <patient>" at the start of a sentence or clause, whose verb by itself codes the act of the latest asserted deed with a
 * target (same code root), tells that deed again — when the subject names no other country than its target's and no
 * doer of another country than its doer's is named by "by". Adds to `out`; returns the verb's index, or -1.
 */
function retoldPatient(lex: Lexicon, tokens: Token[], mentions: readonly ActorMention[], head: number, earlier: readonly CodedEvent[], own: readonly CodedEvent[], out: CodedEvent[]): number {
  const d = head - 1;
  const before = tokens[d - 1];
  if (!['THE', 'THIS'].includes(tokens[d]?.norm ?? '') || (before && !SUBJECT_OPENERS.has(before.norm) && !SPEECH_VERBS.has(before.lemma))) return -1;
  const v = verbAfter(tokens, mentions, head);
  if (!v?.passive) return -1;
  const roots = new Set(verbCodes(lex, tokens[v.verb] as Token).map((c) => c.slice(0, 2)));
  if (!roots.size) return -1;
  const prior = own.some((e) => e.last < d) ? [...earlier, ...own.filter((e) => e.last < d)] : earlier;
  let j = prior.length - 1;
  while (j >= 0 && !(prior[j]?.modality === 'asserted' && prior[j]?.target && roots.has(prior[j]?.code.slice(0, 2) ?? ''))) j--;
  const ante = prior[j];
  if (!ante?.target) return -1;
  // (the subject phrase and a BY phrase may name the same sides, or none)
  // (a country the subject took only from the sentence's one state, the speaker's in "China's Taiwan Affairs Office said
  // the crew had been detained", is none of its own)
  const named = mentions.find((m) => m.first >= d && m.first <= head);
  const subject = named && !named.rules.some((r) => r.startsWith('context-country')) ? named.codes.map(countryPart).filter(Boolean) : [];
  if (subject.some((c) => c !== countryPart(ante.target?.code ?? ''))) return -1;
  const by = tokens[v.verb + 1]?.norm === 'BY' ? mentions.find((m) => m.first > v.verb && m.first <= v.verb + 3) : undefined;
  const doer = by?.codes.map(countryPart).filter(Boolean) ?? [];
  if (doer.some((c) => c !== countryPart(ante.source?.code ?? ''))) return -1;
  out.push({ first: d, last: v.verb, verbRule: `retold:patient ${ante.verbRule}`, kind: 'retold', code: ante.code, source: ante.source, target: ante.target, modality: 'asserted', speaker: null, retells: { event: ante, placed: true } });
  return v.verb;
}
