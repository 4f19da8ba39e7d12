/**
 * One event per happening within a document: records that report the same happening merge into one record with
 * several `mentions` ("the alliance has suspended training" … "we have suspended our training"; "an airstrike
 * killed X" … "the killing of X").
 *
 * Two records are the same happening when (rules as data below):
 * - their modality is the same and neither is a plain statement (root 01: two statements are two happenings);
 * - their codes are compatible: the same root, or both in one family (18/19/20 — attacks, killings, force);
 * - their actors agree at the actor-key level (first 3 characters; 9 for IGO/NGO/IMG/MNC codes), where a missing
 *   actor agrees with any, but at least one side (source or target) is present in both and equal; within one
 *   sentence the full codes must agree (DNKMED and DNKGOV in one sentence are two participants);
 * - their dates are compatible: equal, or one of them only has the publication date.
 * The representative is the verbal mention with the most actors (a nominal mention "the killing of X" merges into
 * the verbal event it names; one without a source merges only for roots 16-20 and is dropped when it names no
 * event of the document); missing source/target/location/speaker are filled from the others, a date from the
 * text beats the publication date, and the id is that of the first mention in the text, so it is stable.
 */
import type { EventActor, EventRecord, Mention } from '../types.js';
import type { EventOrigin, Stage, WorkingDoc } from './stage.js';

/** Code families whose members can name one happening. */
const FAMILIES: string[][] = [['18', '19', '20']];
/** Roots that never merge: each statement is its own happening. */
const NEVER: ReadonlySet<string> = new Set(['01']);

const PREFIX9 = /^(?:IGO|NGO|IMG|MNC)/;
export const actorKey = (code: string): string => (PREFIX9.test(code) ? code.slice(0, 9) : code.slice(0, 3));

/** Records that may merge share this key: modality and code family. */
function bucketOf(r: EventRecord): string {
  const f = FAMILIES.findIndex((x) => x.includes(r.root));
  return `${r.modality}:${f < 0 ? r.root : `family${f}`}`;
}

/** 1 = both present and equal, 0 = one missing, -1 = conflict (`a`, `b`: actor keys, null when the actor is missing). */
function agree(a: string | null, b: string | null): number {
  if (a === null || b === null) return 0;
  return a === b ? 1 : -1;
}

/** What `compatible` asks of a record, worked out once per record rather than once per pair compared. */
interface MergeInfo { source: string | null; target: string | null; sourceless: boolean }
const infoOf = (r: EventRecord, doc: WorkingDoc): MergeInfo => ({
  source: r.source ? actorKey(r.source.code) : null,
  target: r.target ? actorKey(r.target.code) : null,
  sourceless: sourcelessNoun(r, doc.origins.get(r)),
});

/** A nominal mention with no source ("the killing of X"): evidence for an event named elsewhere, never an event alone. */
export const sourcelessNoun = (r: EventRecord, o: EventOrigin[] | undefined): boolean =>
  !r.source && !!o?.length && o.every((x) => x.event?.kind === 'noun');

/**
 * Roots where a nominal mention without a source ("the killing of X", "the arrest of Y", "the suspension of Z") is
 * specific enough to name an event reported elsewhere; "a meeting of X" or "talks with Y" are not.
 */
const SOURCELESS_NOUN_ROOTS: ReadonlySet<string> = new Set(['16', '17', '18', '19', '20']);

/** Same happening? `a` and `b` are in one bucket (same modality and code family). */
function compatible(a: EventRecord, b: EventRecord, ia: MergeInfo, ib: MergeInfo): boolean {
  if (!SOURCELESS_NOUN_ROOTS.has(a.root) && (ia.sourceless || ib.sourceless)) return false;
  const s = agree(ia.source, ib.source);
  const t = agree(ia.target, ib.target);
  if (s < 0 || t < 0 || s + t === 0) return false;
  // within one sentence, actors with different full codes are different participants ("Danish media and
  // government warned X": DNKMED and DNKGOV), not two reports of one happening
  const differ = (x: EventActor | null, y: EventActor | null): boolean => !!x && !!y && x.code !== y.code && !x.code.startsWith('---');
  if ((differ(a.source, b.source) || differ(a.target, b.target)) && a.mentions.some((m) => b.mentions.some((n) => n.sentence === m.sentence))) return false;
  return a.date === b.date || a.date_basis !== 'text' || b.date_basis !== 'text';
}

/** Rank of a record as the representative of its group: verbal before nominal, more actors first. */
const rank = (r: EventRecord, o: EventOrigin[] | undefined): number =>
  (o?.[0] && o[0].event?.kind !== 'noun' ? 10 : 0) + (r.source ? 2 : 0) + (r.target ? 2 : 0) + (r.date_basis === 'text' ? 1 : 0);

/**
 * Does `b` represent a group better than `a`: a higher rank, or as high with a specific code of the root whose residual
 * code `a` has ("threatened to impose sanctions": 1312 over the verb's own 130; the codebook codes a residual "not
 * specified below" only when no distinction can be made)?
 */
function better(b: EventRecord, a: EventRecord, doc: WorkingDoc): boolean {
  const rb = rank(b, doc.origins.get(b));
  const ra = rank(a, doc.origins.get(a));
  return rb > ra || (rb === ra && a.root === b.root && a.code === `${a.root}0` && b.code !== a.code);
}

export const mergeStage: Stage = {
  name: 'merge',
  run(doc) {
    mergeMentions(doc);
    doc.events = doc.events.filter((r) => !sourcelessNoun(r, doc.origins.get(r)));
  },
};

function mergeMentions(doc: WorkingDoc): void {
  if (doc.events.length < 2) return;
  const groups: EventRecord[][] = [];
  const buckets = new Map<string, EventRecord[][]>();
  const infos = new Map<EventRecord, MergeInfo>();
  for (const rec of doc.events) {
    if (NEVER.has(rec.root)) {
      groups.push([rec]);
      continue;
    }
    const key = bucketOf(rec);
    let bucket = buckets.get(key);
    if (!bucket) buckets.set(key, (bucket = []));
    const info = infoOf(rec, doc);
    infos.set(rec, info);
    const g = bucket.find((x) => x.every((y) => compatible(y, rec, infos.get(y) as MergeInfo, info)));
    if (g) g.push(rec);
    else {
      const fresh = [rec];
      bucket.push(fresh);
      groups.push(fresh);
    }
  }
  if (groups.length === doc.events.length) return;
  const out: EventRecord[] = [];
  for (const g of groups) {
    if (g.length === 1) {
      out.push(g[0] as EventRecord);
      continue;
    }
    const rep = g.reduce((a, b) => (better(b, a, doc) ? b : a));
    const first = g.reduce((a, b) => ((a.mentions[0]?.start ?? 0) <= (b.mentions[0]?.start ?? 0) ? a : b));
    const dated = g.find((r) => r.date_basis === 'text') ?? rep;
    const mentions = new Map<string, Mention>();
    for (const r of g) for (const m of r.mentions) mentions.set(`${m.sentence}:${m.start}`, m);
    // written out key by key in the order of score's toRecord (date_precision last), not `{ ...rep, … }`: a spread
    // copy is a record of another object shape (and adding a key after a spread is slow on Node 20)
    const merged: EventRecord = {
      id: first.id,
      doc: rep.doc,
      code: rep.code,
      root: rep.root,
      quad: rep.quad,
      goldstein: rep.goldstein,
      plover: rep.plover,
      source: rep.source ?? g.find((r) => r.source)?.source ?? null,
      target: rep.target ?? g.find((r) => r.target)?.target ?? null,
      date: dated.date,
      date_basis: dated.date_basis,
      location: rep.location ?? g.find((r) => r.location)?.location ?? null,
      modality: rep.modality,
      speaker: rep.speaker ?? g.find((r) => r.speaker)?.speaker ?? null,
      mentions: [...mentions.values()].sort((a, b) => a.start - b.start),
      explain: { ...rep.explain, merged: g.map((r) => r.id).join(' ') },
      date_precision: dated.date_precision ? dated.date_precision : rep.date_precision,
    };
    doc.origins.set(merged, g.flatMap((r) => doc.origins.get(r) ?? []));
    out.push(merged);
  }
  doc.events = out;
  // operation status changes point at the merged ids
  const renamed = new Map<string, string>();
  for (const r of out) for (const old of (r.explain.merged ?? '').split(' ')) if (old) renamed.set(old, r.id);
  for (const op of doc.operations) {
    for (const h of op.history) if (h.event) h.event = renamed.get(h.event) ?? h.event;
    // one status change per happening: a second mention of the same event is evidence, not another change
    const seen = new Set<string>();
    op.history = op.history.filter((h) => {
      if (!h.event) return true;
      const key = `${h.status}:${h.event}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  }
}
