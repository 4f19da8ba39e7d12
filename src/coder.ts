/**
 * The library entry point: `createCoder(options)` loads the dictionaries once and returns a coder whose
 * `code(doc)` runs every stage of the pipeline over one document.
 */
import { builtinFiles, loadLexicon, type DictionaryFiles, type Lexicon } from './dictionaries/lexicon.js';
import type { ReadOptions } from './dictionaries/read-options.js';
import type { PlaceMention } from './document/places.js';
import { newActorMemory } from './pipeline/actors.js';
import type { Stage, WorkingDoc } from './pipeline/stage.js';
import { allPlaces } from './pipeline/places.js';
import { mapPacked, objectArray } from './pipeline/packed.js';
import { STAGES } from './pipeline/stages.js';
import { textWindows, WINDOW_CHARS, type TextWindow } from './input/windows.js';
import { sha1Hex } from './pipeline/score.js';
import type { DocResult, EntityRecord, InputDoc, Mention, PlaceRecord, QuoteRecord, Span } from './types.js';

export interface CoderOptions {
  /** Extra dictionaries (PETRARCH formats), added to the built-in ones. */
  dictionaries?: Partial<DictionaryFiles>;
  /** Leave out the built-in dictionaries. */
  noBuiltin?: boolean;
  /** What to do with a malformed dictionary line (default: throw). */
  read?: ReadOptions;
  stages?: Stage[];
  /** `codeDoc` codes a longer text in windows of at most this many characters (default `WINDOW_CHARS`; see input/windows.ts). */
  windowChars?: number;
}

export interface Coder {
  lexicon: Lexicon;
  /** Every stage over one document, as one piece, whatever its length: the working layers (tests, debugging). */
  code(doc: InputDoc): WorkingDoc;
  /** One document's result; a text longer than `windowChars` is coded window by window and joined (`input/windows.ts`). */
  codeDoc(doc: InputDoc): DocResult;
  /**
   * One document's results a window at a time (one result for a text no longer than `windowChars`), offsets in the
   * whole text: for output that can be written as each window is done (event lines), so memory stays bounded.
   */
  codeParts(doc: InputDoc): Iterable<DocResult>;
  /**
   * Several documents coded together, stage by stage: each stage runs over every document of the batch before the next
   * stage starts, so a stage's compiled code and the data it reads (dictionaries, pattern tables, memos) are still in
   * the processor's caches for the next document, where coding one document through every stage evicted them
   * (2026-11-29, the whole pipeline on 400 corpus documents after 200, batches of 10: 320-405 µs of CPU per sentence
   * against 410-460 one document at a time, runs alternated at load 17-21). The results are those of `codeDoc`, as the
   * stages keep nothing of one document for another. Per document: its result; `{ error }` when a stage threw on it
   * (its later stages are not run; the other documents go on); or null for a text longer than `windowChars`, which is
   * left to `codeDoc` or `codeParts` (window by window).
   */
  codeBatch(docs: readonly InputDoc[]): (DocResult | BatchError | null)[];
}

/** What stopped one document of a batch (`Coder.codeBatch`): the value a stage threw. */
export interface BatchError {
  error: unknown;
}

export function createCoder(opts: CoderOptions = {}): Coder {
  const base: DictionaryFiles = opts.noBuiltin ? { actors: [], agents: [], verbs: [], discards: [] } : builtinFiles();
  const extra = opts.dictionaries ?? {};
  const files: DictionaryFiles = {
    actors: [...base.actors, ...(extra.actors ?? [])],
    agents: [...base.agents, ...(extra.agents ?? [])],
    verbs: [...base.verbs, ...(extra.verbs ?? [])],
    discards: [...base.discards, ...(extra.discards ?? [])],
  };
  const lexicon = loadLexicon(files, opts.read);
  const stages = opts.stages ?? STAGES;
  const windowChars = opts.windowChars ?? WINDOW_CHARS;
  const ctx = { lexicon };
  const code = (input: InputDoc): WorkingDoc => {
    const doc = workingDoc(input);
    for (const stage of stages) stage.run(doc, ctx);
    return doc;
  };
  return {
    lexicon,
    code,
    codeDoc(input) {
      const windows = textWindows(input.text, windowChars);
      return windows.length === 1 ? resultOf(input, code(input)) : joinParts(input, windowResults(input, windows, code));
    },
    codeParts(input) {
      return windowResults(input, textWindows(input.text, windowChars), code);
    },
    codeBatch(inputs) {
      // (a text of one window is coded here; `textWindows` makes one window exactly when the text is no longer)
      // (`mapPacked`: `.map` made holey arrays once this function was optimised, which deoptimised the loop below)
      const docs = mapPacked(inputs, (input) => (windowChars > 1 && input.text.length <= windowChars ? workingDoc(input) : null));
      const failed: (BatchError | null)[] = mapPacked(inputs, () => null);
      for (const stage of stages) {
        for (let k = 0; k < docs.length; k++) {
          const doc = docs[k];
          if (!doc || failed[k]) continue;
          try {
            stage.run(doc, ctx);
          } catch (error) {
            failed[k] = { error };
          }
        }
      }
      return docs.map((doc, k) => failed[k] ?? (doc ? resultOf(doc.input, doc) : null));
    },
  };
}

/** A document before any stage has run. */
function workingDoc(input: InputDoc): WorkingDoc {
  return {
    input, sentences: [], discarded: null, memory: newActorMemory(), events: [],
    quotes: [], origins: new Map(), places: [], operations: objectArray(),
  };
}

/**
 * A coded document's result. The quotes, entities and full places layers (the last needs the gazetteer over every
 * sentence) are built when read (`--format doc`, table), not for event lines, which need none of them. `at` moves a
 * span of a window to the whole text.
 */
function resultOf(input: InputDoc, doc: WorkingDoc, at?: <T extends Span>(x: T) => T): DocResult {
  const result: DocResult = {
    doc: input.id, date: input.date, events: doc.events, quotes: [], entities: [], places: [], operations: doc.operations,
  };
  lazy(result, 'quotes', () => (at ? quotesOf(doc).map(at) : quotesOf(doc)));
  lazy(result, 'entities', () => (at ? entitiesOf(doc).map((e) => ({ ...e, mentions: e.mentions.map(at) })) : entitiesOf(doc)));
  lazy(result, 'places', () => (at ? placesOf(allPlaces(doc)).map(at) : placesOf(allPlaces(doc))));
  return result;
}

/**
 * The results of a document's windows (`input/windows.ts`), each coded when asked for: its records are moved to the
 * whole text's character offsets and sentence numbers, and the event ids of every window after the first are made
 * anew from the window's number (a window numbers its sentences from its own start, so two windows could give one id).
 */
function* windowResults(input: InputDoc, windows: TextWindow[], code: (input: InputDoc) => WorkingDoc): Generator<DocResult> {
  if (windows.length === 1) {
    yield resultOf(input, code(input));
    return;
  }
  let sentences = 0;
  for (const [k, w] of windows.entries()) {
    const doc = code({ ...input, text: input.text.slice(w.start, w.end) });
    const at = <T extends Span>(x: T): T => ({ ...x, start: x.start + w.start, end: x.end + w.start });
    const before = sentences;
    const mention = (m: Mention): Mention => ({ ...at(m), sentence: m.sentence + before });
    const id = (old: string): string => (k === 0 ? old : sha1Hex(`${old}\u0001${k}`).slice(0, 16));
    doc.events = doc.events.map((r) => {
      const merged = r.explain.merged;
      return {
        ...r, id: id(r.id), mentions: r.mentions.map(mention),
        explain: merged ? { ...r.explain, merged: merged.split(' ').map(id).join(' ') } : r.explain,
      };
    });
    doc.operations = doc.operations.map((op) => ({
      ...op, evidence: op.evidence.map(mention), history: op.history.map((h) => ({ ...h, event: h.event === null ? null : id(h.event) })),
    }));
    sentences += doc.sentences.length;
    yield resultOf(input, doc, at);
  }
}

/** One result of a document coded in windows: every layer of every window, an entity's mentions in all of them joined. */
function joinParts(input: InputDoc, parts: Iterable<DocResult>): DocResult {
  const result: DocResult = { doc: input.id, date: input.date, events: [], quotes: [], entities: [], places: [], operations: [] };
  const entities = new Map<string, EntityRecord>();
  for (const part of parts) {
    result.events.push(...part.events);
    result.operations.push(...part.operations);
    result.quotes.push(...part.quotes);
    result.places.push(...part.places);
    for (const e of part.entities) {
      const seen = entities.get(entityKey(e));
      if (seen) seen.mentions.push(...e.mentions);
      else entities.set(entityKey(e), e);
    }
  }
  result.entities = [...entities.values()];
  return result;
}

/** Replace a property of `obj` (keeping its place among the keys) by a getter that builds the value once. */
function lazy<T extends object, K extends keyof T>(obj: T, key: K, build: () => T[K]): void {
  let value: T[K] | undefined;
  let built = false;
  Object.defineProperty(obj, key, {
    enumerable: true,
    get: (): T[K] => {
      if (!built) {
        value = build();
        built = true;
      }
      return value as T[K];
    },
  });
}

function quotesOf(doc: WorkingDoc): QuoteRecord[] {
  return doc.quotes.map((q) => ({
    start: q.start, end: q.end, text: q.text,
    speaker: q.speaker
      ? { name: q.speaker.mention.name ?? q.speaker.mention.text, code: q.speaker.code }
      : q.speakerText ? { name: q.speakerText, code: null } : null,
  }));
}

/** Every actor mention, grouped by code and name, with its spans (coreferent mentions join their antecedent). */
function entitiesOf(doc: WorkingDoc): EntityRecord[] {
  const byKey = new Map<string, EntityRecord>();
  for (const s of doc.sentences) {
    for (const m of s.mentions) {
      const code = m.codes.join('/') || null;
      const key = entityKey({ code, name: m.name, kind: m.kind, text: m.text });
      let e = byKey.get(key);
      if (!e) {
        e = { text: m.text, code, name: m.name, kind: m.kind, mentions: [] };
        byKey.set(key, e);
      }
      e.mentions.push({ start: m.start, end: m.end });
    }
  }
  return [...byKey.values()];
}

/** Mentions of one entity: the same code and name (agents without a name: the same words). */
const entityKey = (e: Pick<EntityRecord, 'code' | 'name' | 'kind' | 'text'>): string =>
  `${e.code ?? ''}\u0001${e.name ?? (e.kind === 'agent' ? e.text.toLowerCase() : '')}`;

function placesOf(places: PlaceMention[]): PlaceRecord[] {
  return places.map((p) => ({
    text: p.text, name: p.place.name, kind: p.place.kind, country: p.place.country, lat: p.place.lat, lon: p.place.lon,
    start: p.start, end: p.end, role: p.role,
  }));
}
