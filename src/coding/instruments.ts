/**
 * Crowd-control weapons used in one verb of a pair joined by "and", whose people are named by the other: "riot police
 * used water cannon and detained scores of marchers", "troops fired tear gas and beat protesters". The first verb's
 * object is a weapon, not a party; the people it was used on are the second verb's target, and using such weapons on
 * people is repression (CAMEO 175) besides what the second verb codes. Only a verb of using or firing with such a weapon
 * right after it, and only a hostile second act (an arrest, a beating, a killing): "Police seized weapons and arrested
 * two men" seized no crowd weapon, and "fired tear gas and urged residents to stay indoors" used it on no one named.
 */
import type { Token } from '../types.js';
import type { Clause } from '../pipeline/clauses.js';
import { coded, type CodedEvent } from '../pipeline/events.js';
import { CROWD_WEAPONS } from './word-classes.js';

export const INSTRUMENT_RULE = 'builtin:instrument-conjunct';

/** The weapons of crowd control (word classes' `crowd` column), as words. */
const WEAPON_WORDS: readonly (readonly string[])[] = CROWD_WEAPONS.map((w) => w.split(' '));

/** Verbs (lemmas) that use a weapon on someone: "used", "fired", "hurled", "deployed". */
const USING_VERBS: ReadonlySet<string> = new Set(['use', 'fire', 'hurl', 'throw', 'lob', 'deploy', 'spray', 'unleash', 'wield', 'turn', 'employ', 'shoot', 'launch']);

/** Acts on people that show whom the weapon was used on: arrests, beatings, violence (CAMEO 17x–20x). */
const HOSTILE_ACT = /^(?:1[7-9]|20)/;

/** The last token of a crowd weapon written at `i`, or -1. */
function weaponAt(tokens: Token[], i: number): number {
  for (const words of WEAPON_WORDS) if (words.every((w, j) => tokens[i + j]?.norm === w)) return i + words.length - 1;
  return -1;
}

/**
 * The last token of a crowd weapon that is the object of the verb at `v`, written before `end` with only determiners,
 * numbers, adjectives or a noun of quantity and "of" before it ("fired volleys of tear gas"), or -1.
 */
function weaponObject(tokens: Token[], v: number, end: number): number {
  for (let i = v + 1; i < end && i <= v + 4; i++) {
    const last = weaponAt(tokens, i);
    if (last >= 0 && last < end) return last;
    const t = tokens[i];
    if (!t || !['DET', 'NUM', 'ADJ', 'NOUN', 'ADV'].includes(t.pos) && t.norm !== 'OF') return -1;
  }
  return -1;
}

/**
 * The repression (175) of each hostile act a verb joined by "and" did to people, by whoever used crowd weapons in the
 * verb before it with no target of its own (see the file's comment). `events` are the clause coder's events.
 */
export function crowdWeaponConjuncts(tokens: Token[], clauses: readonly Clause[], events: readonly CodedEvent[]): CodedEvent[] {
  const out: CodedEvent[] = [];
  clauses.forEach((c, k) => {
    if (!c.subject || c.passive || !USING_VERBS.has(tokens[c.verb]?.lemma ?? '')) return;
    const next = clauses.find((x) => x.parent === k && x.link === 'coordinated' && x.subjectHow === 'coordinated' && x.subject === c.subject && tokens[x.groupStart - 1]?.norm === 'AND');
    if (!next) return;
    const last = weaponObject(tokens, c.verb, next.groupStart - 1);
    if (last < 0) return;
    // (the weapon's own verb named its people: "fired tear gas at protesters and arrested 20")
    if (events.some((e) => e.first <= last && e.last >= c.verb && e.last < next.groupStart && e.target)) return;
    const done = new Set<string>();
    for (const e of events) {
      if (e.kind !== 'verb' || !e.source || !e.target || e.source.mention !== c.subject || !HOSTILE_ACT.test(e.code)) continue;
      if (e.first < next.groupStart || e.last > next.end) continue;
      const key = `${e.source.code} ${e.target.code} ${e.modality}`;
      if (done.has(key)) continue;
      done.add(key);
      out.push(coded({ first: c.groupStart, last, verbRule: INSTRUMENT_RULE, kind: 'verb' }, '175', e.source, e.target, e.modality, e.speaker));
    }
  });
  return out;
}
