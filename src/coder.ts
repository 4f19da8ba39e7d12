/**
 * The library entry point: `createCoder(options)` loads the dictionaries once and returns a coder whose
 * `code(doc)` runs every stage of the pipeline over one document.
 */
import { builtinFiles, loadLexicon, type DictionaryFiles, type Lexicon } from './dictionaries/lexicon.js';
import type { ReadOptions } from './dictionaries/read-options.js';
import { newActorMemory } from './pipeline/actors.js';
import type { Stage, WorkingDoc } from './pipeline/stage.js';
import { STAGES } from './pipeline/stages.js';
import type { DocResult, InputDoc } from './types.js';

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
    const doc: WorkingDoc = { input, sentences: [], discarded: null, memory: newActorMemory(), events: [] };
    for (const stage of stages) stage.run(doc, ctx);
    return doc;
  };
  return {
    lexicon,
    code,
    codeDoc(input) {
      const doc = code(input);
      return { doc: input.id, date: input.date, events: doc.events, quotes: [], entities: [], places: [], operations: [] };
    },
  };
}
