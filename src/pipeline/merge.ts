/**
 * One event per happening within a document: records that report the same happening merge into one record with
 * several `mentions` ("the alliance has suspended training" … "we have suspended our training"; "an airstrike
 * killed X" … "the killing of X").
 *
 * Two records are the same happening when (rules as data below):
 * - their modality is the same and neither is a plain statement (root 01: two statements are two happenings);
 * - their codes are compatible: the same root, or both in one family (18/19/20 — attacks, killings, force); in the
 *   roots of distinct material and diplomatic acts (05–08, 16, 17) also one code, one the other's more specific code,
 *   or the root's residual "not specified below" ("praised Brazil", 051, and "signed agreements", 057, are two
 *   happenings; so are an arrest, 173, and a travel ban, 172), unless both rest on one stretch of evidence (one verb
 *   group read twice); two verbs of one sentence are two acts ("fired tear gas and arrested dozens": 175 and 173);
 * - their actors agree at the actor-key level (first 3 characters; 9 for IGO/NGO/IMG/MNC codes), where a missing
 *   actor agrees with any, but at least one side (source or target) is present in both and equal; within one
 *   sentence the full codes must agree (DNKMED and DNKGOV in one sentence are two participants), and one's doer is
 *   never the other's target while their doers differ (SDNREB shelling, SDNMIL striking SDNREB: two sides);
 * - their dates are compatible: equal, or one of them only has the publication date or the date of a statement about
 *   it no earlier than the other ("X arrested Y, the ministry said on Friday" … "was detained on Tuesday");
 * - their places are compatible: not in two countries, nor two named places more than 50 km apart (a whole country,
 *   "in western Mali", holds any of its places, and the place is kept over the country).
 * A deed told again by "the <deed>" as subject (a `retold` coded event, coding/retold.ts) joins the event it tells again
 * when date and place allow, and is dropped otherwise; "another <deed>" (`further`) is a new happening and joins no
 * event told before it; so is a deed told with "again", "once more", "for a second time" or "a fresh wave of"
 * (REPEAT_MARKERS), whereas a later retelling without such a word joins the latest happening it fits.
 * The representative is the verbal mention with the most actors (a nominal mention "the killing of X" merges into
 * the verbal event it names; one without a source merges only for roots 16-20 and is dropped when it names no
 * event of the document); missing source/target/location/speaker are filled from the others, a date from the
 * text beats the publication date, and the id is that of the first mention in the text, so it is stable.
 */
import { distanceKm } from '../document/distance.js';
import { countryByCode } from '../document/gazetteer.js';
import type { EventActor, EventRecord, Location, Mention } from '../types.js';
import type { CodedEvent } from './events.js';
import type { EventOrigin, Stage, WorkingDoc } from './stage.js';
import { flatMapPacked, mapPacked } from './packed.js';

/** Code families whose members can name one happening. */
const FAMILIES: string[][] = [['18', '19', '20']];
/**
 * Roots whose codes name distinct acts, so that two codes of one of them are two happenings unless one is the other's
 * more specific code or the residual: endorsing and signing (05), kinds of cooperation and aid (06, 07), of yielding
 * (08), of reducing relations (16) and of coercion (17). In the others one root is one act told with other verbs ("met",
 * "visited", "hosted"; "condemned", "accused").
 */
const STRICT_ROOTS: ReadonlySet<string> = new Set(['05', '06', '07', '08', '16', '17']);
/** Two named places farther apart than this are two places (km). */
const NEAR_KM = 50;
/**
 * Words that make a deed a new happening of its kind, told again ("hit Kyiv again", "once more shelled",
 * "for a second time", "a fresh wave of strikes"): such a record joins no event told before it (rule ids for the
 * record's explanation are the phrases themselves). Looked for near the evidence (REPEAT_BEFORE tokens before it,
 * REPEAT_AFTER after it), not across punctuation.
 */
const REPEAT_MARKERS: readonly string[][] = [['AGAIN'], ['ONCE', 'MORE'], ['ANEW'], ['FOR', 'A', 'SECOND', 'TIME'], ['FOR', 'A', 'THIRD', 'TIME'], ['FOR', 'THE', 'SECOND', 'TIME'], ['FOR', 'THE', 'THIRD', 'TIME'], ['A', 'FRESH', 'WAVE', 'OF'], ['A', 'NEW', 'WAVE', 'OF']];
const REPEAT_BEFORE = 4;
const REPEAT_AFTER = 6;
/** The words a repeat marker starts with: a token that is none of them starts no marker (most tokens; checked first). */
const REPEAT_FIRST: ReadonlySet<string> = new Set(REPEAT_MARKERS.map((m) => m[0] as string));

/** Does a repeat marker stand near the evidence of the record's coded event (same clause stretch, no punctuation between)? */
function repeated(r: EventRecord, doc: WorkingDoc): boolean {
  const o = doc.origins.get(r)?.[0];
  const e = o?.event;
  if (!o || !e) return false;
  const toks = o.sentence.tokens;
  let lo = e.first;
  while (lo > 0 && lo > e.first - REPEAT_BEFORE && toks[lo - 1]?.pos !== 'PUNCT') lo--;
  let hi = e.last;
  while (hi < toks.length - 1 && hi < e.last + REPEAT_AFTER && toks[hi + 1]?.pos !== 'PUNCT') hi++;
  for (let i = lo; i <= hi; i++) {
    if (!REPEAT_FIRST.has(toks[i]?.norm ?? '')) continue;
    if (REPEAT_MARKERS.some((m) => m.every((w, k) => i + k <= hi && toks[i + k]?.norm === w))) return true;
  }
  return false;
}

/** Roots that never merge: each statement is its own happening. */
const NEVER: ReadonlySet<string> = new Set(['01']);

const PREFIX9 = /^(?:IGO|NGO|IMG|MNC)/;
export const actorKey = (code: string): string => (PREFIX9.test(code) ? code.slice(0, 9) : code.slice(0, 3));

/** The bucket name of each root in a family ("18" → "family0"); a root in none is its own. */
const FAMILY_OF: ReadonlyMap<string, string> = new Map(FAMILIES.flatMap((f, i) => f.map((root): [string, string] => [root, `family${i}`])));

/** Records that may merge share this key: modality and code family. */
function bucketOf(r: EventRecord): string {
  return `${r.modality}:${FAMILY_OF.get(r.root) ?? r.root}`;
}

/** 1 = both present and equal, 0 = one missing, -1 = conflict (of two actor keys). */
function agree(a: string | null, b: string | null): number {
  if (!a || !b) return 0;
  return a === b ? 1 : -1;
}

/** A nominal mention with no source ("the killing of X"): evidence for an event named elsewhere, never an event alone. */
export const sourcelessNoun = (r: EventRecord, o: EventOrigin[] | undefined): boolean =>
  !r.source && !!o?.length && o.every((x) => x.event?.kind === 'noun');

/**
 * Roots where a nominal mention without a source ("the killing of X", "the arrest of Y", "the suspension of Z") is
 * specific enough to name an event reported elsewhere; "a meeting of X" or "talks with Y" are not.
 */
const SOURCELESS_NOUN_ROOTS: ReadonlySet<string> = new Set(['16', '17', '18', '19', '20']);

/**
 * Can two codes of one bucket name one happening: one family, one root outside STRICT_ROOTS, or in them one code, one
 * the other's more specific code, or a residual code of the root ("050" with "057")?
 */
function sameAct(a: EventRecord, b: EventRecord): boolean {
  if (a.root !== b.root || !STRICT_ROOTS.has(a.root)) return true;
  const residual = (x: string): boolean => x === `${x.slice(0, 2)}0`;
  return a.code.startsWith(b.code) || b.code.startsWith(a.code) || residual(a.code) || residual(b.code);
}

/** Is a location a whole country ("in Mali", "in northern Israel": the country's own name), not a place in it? */
const wholeCountry = (l: Location): boolean => !!l.country && countryByCode(l.country)?.name === l.name;

/** Are two events' places compatible: not two countries, nor two located places far apart (a country holds its places)? */
function samePlace(a: Location | null, b: Location | null): boolean {
  if (!a || !b) return true;
  if (a.country && b.country && a.country !== b.country) return false;
  if (wholeCountry(a) || wholeCountry(b)) return true;
  return a.lat === null || b.lat === null || a.lon === null || b.lon === null || distanceKm(a.lat, a.lon, b.lat, b.lon) <= NEAR_KM;
}

/** Does the date of `a`, of week, month or year precision, contain the day `b`? */
function contains(a: EventRecord, b: EventRecord): boolean {
  if (!a.date || !b.date) return false;
  if (a.date_precision === 'year') return b.date.slice(0, 4) === a.date.slice(0, 4);
  if (a.date_precision === 'month') return b.date.slice(0, 7) === a.date.slice(0, 7);
  if (a.date_precision !== 'week') return false;
  const days = (Date.parse(b.date) - Date.parse(a.date)) / 86_400_000;
  return days >= 0 && days < 7;
}

/**
 * What `compatible` asks of one record, worked out once per record rather than once per pair: the sentences of its
 * mentions, its actors' keys, whether it is a sourceless nominal mention, and whether its date is that of a statement
 * about it.
 */
interface Facts {
  sentences: ReadonlySet<number>;
  /** The evidence of each coded event behind the record: its sentence and token range (`first`..`last`). */
  spans: readonly { sentence: number; first: number; last: number }[];
  source: string | null;
  target: string | null;
  sourceless: boolean;
  said: boolean;
}

function factsOf(r: EventRecord, doc: WorkingDoc): Facts {
  const o = doc.origins.get(r);
  // (loops, not `new Set(map)` and `flatMap`: V8 builds a throwaway array per origin for flatMap's callback)
  const sentences = new Set<number>();
  for (const m of r.mentions) sentences.add(m.sentence);
  const spans: Facts['spans'][number][] = [];
  for (const x of o ?? []) if (x.event) spans.push({ sentence: x.sentence.index, first: x.event.first, last: x.event.last });
  return {
    sentences,
    spans,
    source: r.source ? actorKey(r.source.code) : null,
    target: r.target ? actorKey(r.target.code) : null,
    sourceless: sourcelessNoun(r, o),
    said: !!o?.[0]?.dateSaid,
  };
}

/**
 * Can `a` and `b` be one happening by their dates: equal dates, one of them only the publication date, or one a week,
 * month or year that holds the other's day ("on Thursday" and "this year")?
 */
const sameDate = (a: EventRecord, fa: Facts, b: EventRecord, fb: Facts): boolean =>
  a.date === b.date || a.date_basis !== 'text' || b.date_basis !== 'text' || contains(a, b) || contains(b, a) || saidAfter(a, fa, b) || saidAfter(b, fb, a);

/** Is the date of `a` only that of a statement about it, made on or after the date of `b`? */
const saidAfter = (a: EventRecord, fa: Facts, b: EventRecord): boolean => fa.said && !!a.date && !!b.date && a.date >= b.date;

/**
 * Is `a` done by the party `b` was done to, while `b`'s doer is another: two sides of one country's fighting ("the RSF
 * shelled a camp" … "the army's drones struck RSF positions", SDNREB and SDNMIL), which actor keys alone cannot tell
 * apart? A blow and the blow back are two happenings.
 */
const sidesOfOneConflict = (a: EventRecord, b: EventRecord): boolean =>
  !!a.source && !!b.source && !!b.target && a.source.code !== b.source.code && a.source.code === b.target.code && !a.source.code.startsWith('---');

/** Do two records rest on overlapping evidence in one sentence (one verb group read twice)? */
const sharedEvidence = (fa: Facts, fb: Facts): boolean =>
  fa.spans.some((x) => fb.spans.some((y) => x.sentence === y.sentence && x.first <= y.last && y.first <= x.last));

/** Same happening? `a` and `b` are in one bucket (same modality and code family). */
function compatible(a: EventRecord, fa: Facts, b: EventRecord, fb: Facts): boolean {
  let oneSentence = false;
  for (const n of fa.sentences) {
    if (fb.sentences.has(n)) {
      oneSentence = true;
      break;
    }
  }
  return compatibleAs(a, fa, b, fb, oneSentence, sharedEvidence(fa, fb));
}

/**
 * `compatible`, told whether the two records have a mention in one sentence and whether they rest on overlapping
 * evidence: with neither, the answer depends on `a` only through its `likeness` (see `GroupIndex`).
 */
function compatibleAs(a: EventRecord, fa: Facts, b: EventRecord, fb: Facts, oneSentence: boolean, shared: boolean): boolean {
  // (two codes of one root read off one stretch of evidence are two readings of one act: "threatened to stop
  // negotiations"; off two verbs of one sentence they are two acts: "fired tear gas and arrested dozens", 175 and 173)
  if ((!shared && !sameAct(a, b)) || !samePlace(a.location, b.location)) return false;
  if (!SOURCELESS_NOUN_ROOTS.has(a.root) && (fa.sourceless || fb.sourceless)) return false;
  const s = agree(fa.source, fb.source);
  const t = agree(fa.target, fb.target);
  if (s < 0 || t < 0 || s + t === 0) return false;
  // within one sentence, actors with different full codes are different participants ("Danish media and
  // government warned X": DNKMED and DNKGOV), not two reports of one happening
  const differ = (x: EventActor | null, y: EventActor | null): boolean => !!x && !!y && x.code !== y.code && !x.code.startsWith('---');
  if ((differ(a.source, b.source) || differ(a.target, b.target)) && oneSentence) return false;
  if (sidesOfOneConflict(a, b) || sidesOfOneConflict(b, a)) return false;
  return sameDate(a, fa, b, fb);
}

/** The kind of the coded event behind a record (undefined for one a later stage derived). */
const kindOf = (r: EventRecord, doc: WorkingDoc): CodedEvent['kind'] | undefined => doc.origins.get(r)?.[0]?.event?.kind;

/** Rank of a record as the representative of its group: verbal before nominal or retold, more actors first. */
const rank = (r: EventRecord, o: EventOrigin[] | undefined): number =>
  (o?.[0] && o[0].event?.kind !== 'noun' && o[0].event?.kind !== 'retold' ? 10 : 0) + (r.source ? 2 : 0) + (r.target ? 2 : 0) + (r.date_basis === 'text' ? 1 : 0);

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

/**
 * What `compatibleAs` reads of a record besides its sentences and evidence: two records alike in all of it are, with
 * a third record none of whose sentences they share, both compatible with it or both not. (The same event told
 * again and again in one text gives one group of thousands of alike records: checking each record against one of
 * every kind in a group, and exactly against the few that share a sentence with it, keeps merging near-linear.)
 */
function likeness(r: EventRecord, f: Facts): string {
  // fields joined by a character no code, date or place name holds, an absent one marked by another (a JSON.stringify
  // of the same fields was a sixth of the stage)
  const l = r.location;
  const place = l ? `${l.country ?? NONE}${SEP}${l.name}${SEP}${l.lat ?? NONE}${SEP}${l.lon ?? NONE}` : NONE;
  return `${r.root}${SEP}${r.code}${SEP}${r.source?.code ?? NONE}${SEP}${r.target?.code ?? NONE}${SEP}${r.date ?? NONE}${SEP}` +
    `${r.date_basis}${SEP}${r.date_precision ?? NONE}${SEP}${place}${SEP}${f.sourceless ? 1 : 0}${f.said ? 1 : 0}`;
}
const SEP = '\u0000';
const NONE = '\u0001';

/** The sentences of a record's mentions and of its evidence. */
function sentencesOf(f: Facts): number[] {
  const out = [...f.sentences];
  for (const s of f.spans) if (!f.sentences.has(s.sentence)) out.push(s.sentence);
  return out;
}

/** One group's records by likeness (one of each kind, and how many) and by sentence. */
interface GroupIndex {
  kinds: Map<string, { rep: EventRecord; count: number }>;
  kindOf: Map<EventRecord, string>;
  bySentence: Map<number, EventRecord[]>;
}

function addToIndex(ix: GroupIndex, r: EventRecord, f: Facts): void {
  const key = likeness(r, f);
  const k = ix.kinds.get(key);
  if (k) k.count++;
  else ix.kinds.set(key, { rep: r, count: 1 });
  ix.kindOf.set(r, key);
  for (const n of sentencesOf(f)) {
    const list = ix.bySentence.get(n);
    if (list) list.push(r);
    else ix.bySentence.set(n, [r]);
  }
}

/**
 * Can `rec` be one happening with every member of the group: exactly with those that share a sentence with it, and
 * with one of each likeness for the others.
 */
function fitsGroup(ix: GroupIndex, rec: EventRecord, f: Facts, recSentences: readonly number[], facts: (r: EventRecord) => Facts): boolean {
  let near: Map<string, number> | undefined;
  let seen: Set<EventRecord> | undefined;
  for (const n of recSentences) {
    for (const y of ix.bySentence.get(n) ?? []) {
      if (seen?.has(y)) continue;
      (seen ??= new Set()).add(y);
      if (!compatible(y, facts(y), rec, f)) return false;
      const key = ix.kindOf.get(y) as string;
      (near ??= new Map()).set(key, (near.get(key) ?? 0) + 1);
    }
  }
  for (const [key, k] of ix.kinds) {
    if (k.count > (near?.get(key) ?? 0) && !compatibleAs(k.rep, facts(k.rep), rec, f, false, false)) return false;
  }
  return true;
}

/** The latest group of the bucket every member of which can be one happening with `rec`. */
function latestFit(bucket: EventRecord[][], rec: EventRecord, facts: (r: EventRecord) => Facts, indexOf: (g: EventRecord[]) => GroupIndex): EventRecord[] | undefined {
  const f = facts(rec);
  const recSentences = sentencesOf(f);
  for (let i = bucket.length - 1; i >= 0; i--) {
    const g = bucket[i] as EventRecord[];
    if (fitsGroup(indexOf(g), rec, f, recSentences, facts)) return g;
  }
  return undefined;
}

/** The record of each coded event of `doc` (for what a retold deed tells again). */
function recordsOf(doc: WorkingDoc): Map<CodedEvent, EventRecord> {
  const recordOf = new Map<CodedEvent, EventRecord>();
  for (const [r, os] of doc.origins) for (const o of os) if (o.event) recordOf.set(o.event, r);
  return recordOf;
}

/**
 * Places a deed told again (`rec`) in the group of the event it tells, when the date and place it gives allow; false
 * when it joins none (and is dropped) (a part of `mergeMentions`, kept apart for the V8 limit on optimised functions).
 */
function joinRetold(doc: WorkingDoc, rec: EventRecord, recordOf: Map<CodedEvent, EventRecord>, groupOf: Map<EventRecord, EventRecord[]>, indexOf: (g: EventRecord[]) => GroupIndex, facts: (r: EventRecord) => Facts): boolean {
  // a deed told again joins the event it tells (when the date and place it gives allow), and is nothing alone
  // (its place only when the sentence says where the deed happened: "took place near Kayes")
  const ante = doc.origins.get(rec)?.[0]?.event?.retells;
  if (ante && !ante.placed) rec.location = null;
  const anteRec = ante ? recordOf.get(ante.event) : undefined;
  const g = anteRec ? groupOf.get(anteRec) : undefined;
  // (date and place are read from a record's likeness: one record of each kind answers for the group)
  const ix = g ? indexOf(g) : undefined;
  if (g && ix && [...ix.kinds.values()].every(({ rep: y }) => sameDate(y, facts(y), rec, facts(rec)) && samePlace(y.location, rec.location))) {
    g.push(rec);
    addToIndex(ix, rec, facts(rec));
    groupOf.set(rec, g);
    return true;
  }
  return false;
}

/**
 * One record for a group of records of one happening (a part of `mergeMentions`, kept apart for the V8 limit on
 * optimised functions).
 */
function mergedRecord(g: EventRecord[], doc: WorkingDoc, facts: (r: EventRecord) => Facts): EventRecord {
  const rep = g.reduce((a, b) => (better(b, a, doc) ? b : a));
  const first = g.reduce((a, b) => ((a.mentions[0]?.start ?? 0) <= (b.mentions[0]?.start ?? 0) ? a : b));
  // (a date of the event itself before the date of a statement about it)
  const dated = g.find((r) => r.date_basis === 'text' && !facts(r).said) ?? g.find((r) => r.date_basis === 'text') ?? rep;
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
    // (the most precise place told: "near the town of Kayes" over "in western Mali")
    location: [rep, ...g].find((r) => typeof r.location?.lat === 'number' && !wholeCountry(r.location))?.location
      ?? [rep, ...g].find((r) => typeof r.location?.lat === 'number')?.location ?? rep.location ?? g.find((r) => r.location)?.location ?? null,
    modality: rep.modality,
    speaker: rep.speaker ?? g.find((r) => r.speaker)?.speaker ?? null,
    mentions: [...mentions.values()].sort((a, b) => a.start - b.start),
    explain: { ...rep.explain, merged: mapPacked(g, (r) => r.id).join(' ') },
    date_precision: dated.date_precision ? dated.date_precision : rep.date_precision,
  };
  doc.origins.set(merged, flatMapPacked(g, (r) => doc.origins.get(r) ?? []));
  return merged;
}

/** The merged ids in operation status changes (a part of `mergeMentions`, kept apart for the V8 limit on optimised functions). */
function renameOperations(doc: WorkingDoc, out: EventRecord[]): void {
  // (most documents have no operation: then the ids need no map)
  if (!doc.operations.length) return;
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

function mergeMentions(doc: WorkingDoc): void {
  const groups: EventRecord[][] = [];
  const buckets = new Map<string, EventRecord[][]>();
  /** The group of each record placed so far, and the record of each coded event (for what a retold deed tells again). */
  const groupOf = new Map<EventRecord, EventRecord[]>();
  let recordOf: Map<CodedEvent, EventRecord> | undefined;
  const known = new Map<EventRecord, Facts>();
  const facts = (r: EventRecord): Facts => {
    let f = known.get(r);
    if (!f) known.set(r, (f = factsOf(r, doc)));
    return f;
  };
  /**
   * The records of each group of a bucket, by likeness and by sentence (for `latestFit`), built from the group's members
   * in order when a later record of its bucket (or a deed told again) first asks, and kept up to date after that: a
   * third of the records are alone in their bucket and never need one, nor their facts (the same index as one built
   * record by record from the start: nothing `likeness` and `factsOf` read changes while records are placed).
   */
  const index = new Map<EventRecord[], GroupIndex>();
  const indexOf = (g: EventRecord[]): GroupIndex => {
    let ix = index.get(g);
    if (!ix) {
      index.set(g, (ix = { kinds: new Map(), kindOf: new Map(), bySentence: new Map() }));
      for (const r of g) addToIndex(ix, r, facts(r));
    }
    return ix;
  };
  let dropped = 0;
  for (const rec of doc.events) {
    const told = kindOf(rec, doc);
    if (told === 'retold') {
      // (built at the first deed told again: most documents have none)
      recordOf ??= recordsOf(doc);
      if (!joinRetold(doc, rec, recordOf, groupOf, indexOf, facts)) dropped++;
      continue;
    }
    if (NEVER.has(rec.root)) {
      groups.push([rec]);
      continue;
    }
    const key = bucketOf(rec);
    let bucket = buckets.get(key);
    if (!bucket) buckets.set(key, (bucket = []));
    // ("a second strike", "another attack", "hit Kyiv again" is a new happening: it joins nothing told before it; a
    // later retelling joins the latest happening it fits; the first record of a bucket has none to join)
    const g = !bucket.length || told === 'further' || repeated(rec, doc) ? undefined : latestFit(bucket, rec, facts, indexOf);
    if (g) {
      g.push(rec);
      // (`latestFit` built the group's index before it took this record)
      addToIndex(index.get(g) as GroupIndex, rec, facts(rec));
    } else {
      const fresh = [rec];
      bucket.push(fresh);
      groups.push(fresh);
    }
    groupOf.set(rec, g ?? (bucket[bucket.length - 1] as EventRecord[]));
  }
  if (groups.length + dropped === doc.events.length) {
    if (dropped) doc.events = groups.map((g) => g[0] as EventRecord);
    return;
  }
  const out: EventRecord[] = [];
  for (const g of groups) {
    if (g.length === 1) {
      out.push(g[0] as EventRecord);
      continue;
    }
    out.push(mergedRecord(g, doc, facts));
  }
  doc.events = out;
  renameOperations(doc, out);
}
