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
import { STAGES } from './pipeline/stages.js';
import type { DocResult, EntityRecord, InputDoc, PlaceRecord, QuoteRecord } from './types.js';

export interface CoderOptions {
  /** Extra dictionaries (PETRARCH formats), added to the built-in ones. */
  dictionaries?: Partial<DictionaryFiles>;
  /** Leave out the built-in dictionaries. */
  noBuiltin?: boolean;
  /** What to do with a malformed dictionary line (default: throw). */
  read?: ReadOptions;
  stages?: Stage[];
}

export interface Coder {
  lexicon: Lexicon;
  code(doc: InputDoc): WorkingDoc;
  codeDoc(doc: InputDoc): DocResult;
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
  const ctx = { lexicon };
  const code = (input: InputDoc): WorkingDoc => {
    const doc: WorkingDoc = {
      input, sentences: [], discarded: null, memory: newActorMemory(), events: [],
      quotes: [], origins: new Map(), places: [], operations: [],
    };
    for (const stage of stages) stage.run(doc, ctx);
    return doc;
  };
  return {
    lexicon,
    code,
    codeDoc(input) {
      const doc = code(input);
      const result: DocResult = {
        doc: input.id, date: input.date, events: doc.events, quotes: [], entities: [], places: [], operations: doc.operations,
      };
      // The quotes, entities and full places layers (the last needs the gazetteer over every sentence) are built
      // when read (`--format doc`, table), not for event lines, which need none of them.
      lazy(result, 'quotes', () => quotesOf(doc));
      lazy(result, 'entities', () => entitiesOf(doc));
      lazy(result, 'places', () => placesOf(allPlaces(doc)));
      return result;
    },
  };
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
      const key = `${code ?? ''}\u0001${m.name ?? (m.kind === 'agent' ? m.text.toLowerCase() : '')}`;
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

function placesOf(places: PlaceMention[]): PlaceRecord[] {
  return places.map((p) => ({
    text: p.text, name: p.place.name, kind: p.place.kind, country: p.place.country, lat: p.place.lat, lon: p.place.lon,
    start: p.start, end: p.end, role: p.role,
  }));
}
