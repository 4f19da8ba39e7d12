/**
 * The stage contract: a stage takes the document being built and adds its layer. Stages run in the order
 * of `STAGES` in `stages.ts`; each one may read what earlier stages wrote and nothing later.
 */
import type { Lexicon } from '../dictionaries/lexicon.js';
import type { ActorMention, EventRecord, InputDoc, Sentence } from '../types.js';
import type { ActorMemory } from './actors.js';
import type { Clause } from './clauses.js';
import type { CodedEvent } from './events.js';

export interface SentenceWork extends Sentence {
  discarded: boolean;
  mentions: ActorMention[];
  clauses: Clause[];
  coded: CodedEvent[];
}

export interface WorkingDoc {
  input: InputDoc;
  sentences: SentenceWork[];
  /** Set when a story-level discard phrase matched: nothing in the document is coded. */
  discarded: string | null;
  memory: ActorMemory;
  events: EventRecord[];
}

export interface CoderContext {
  lexicon: Lexicon;
}

export interface Stage {
  name: string;
  run(doc: WorkingDoc, ctx: CoderContext): void;
}
