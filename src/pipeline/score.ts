/**
 * Stage 6 — scoring and records: each coded event becomes an EventRecord (SPEC §3) with its CAMEO root,
 * QuadClass, Goldstein score and PLOVER category from the code table, a stable id, evidence offsets and the
 * rules that produced it. Each record remembers the coded event and evidence span behind it (`doc.origins`), which
 * the later stages (dates, places, merge, operations) read; they fill `date`, `location` and `mentions`.
 */
import * as crypto from 'node:crypto';
import { describe } from '../cameo/codes.js';
import type { ActorMention, EventActor, EventRecord } from '../types.js';
import type { CodedEvent } from './events.js';
import type { SentenceWork, Stage } from './stage.js';

const actorOf = (a: { mention: ActorMention; code: string } | null): EventActor | null =>
  a ? { code: a.code, text: a.mention.text, name: a.mention.name } : null;

/**
 * SHA-1 of a string (UTF-8) in hex. The one-shot `crypto.hash` (Node ≥ 20.12) costs a third of a Hash object per
 * call — ids are made for every coded event; older Node versions take the Hash object.
 */
export const sha1Hex: (s: string) => string =
  typeof crypto.hash === 'function' ? (s) => crypto.hash('sha1', s, 'hex') : (s) => crypto.createHash('sha1').update(s).digest('hex');

export function eventId(docId: string, s: SentenceWork, e: CodedEvent): string {
  const key = [docId, s.index, e.first, e.code, e.source?.code ?? '', e.target?.code ?? '', e.kind].join('\u0001');
  return sha1Hex(key).slice(0, 16);
}

export function toRecord(docId: string, date: string | null, s: SentenceWork, e: CodedEvent): EventRecord {
  const info = describe(e.code);
  return {
    id: eventId(docId, s, e),
    doc: docId,
    code: e.code,
    root: e.code.slice(0, 2),
    quad: info.quad,
    goldstein: info.goldstein,
    plover: info.plover,
    source: actorOf(e.source),
    target: actorOf(e.target),
    date,
    date_basis: date ? 'publication' : 'none',
    location: null,
    modality: e.modality,
    speaker: actorOf(e.speaker),
    mentions: [{ sentence: s.index, start: s.start, end: s.end, text: s.text }],
    explain: {
      verb_rule: e.verbRule,
      source_rule: e.source?.mention.rules.join(' ') ?? null,
      target_rule: e.target?.mention.rules.join(' ') ?? null,
    },
    // set by the dates stage; made here (undefined, which JSON leaves out) so every record has one object shape and
    // the stages after this one stay optimised
    date_precision: undefined,
  };
}

export const scoreStage: Stage = {
  name: 'score',
  run(doc) {
    const seen = new Set<string>();
    for (const s of doc.sentences) {
      for (const e of s.coded) {
        const rec = toRecord(doc.input.id, doc.input.date, s, e);
        if (seen.has(rec.id)) continue;
        seen.add(rec.id);
        doc.events.push(rec);
        const a = s.tokens[e.first];
        const b = s.tokens[e.last];
        doc.origins.set(rec, [{ sentence: s, event: e, start: a?.start ?? s.start, end: b?.end ?? s.end }]);
      }
    }
  },
};
