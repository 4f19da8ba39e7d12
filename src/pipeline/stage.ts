/**
 * The stage contract: a stage takes the document being built and adds its layer. Stages run in the order
 * of `STAGES` in `stages.ts`; each one may read what earlier stages wrote and nothing later.
 */
import type { PlaceMention } from '../document/places.js';
import type { QuoteSpan } from '../document/quotes.js';
import type { Lexicon } from '../dictionaries/lexicon.js';
import type { ActorMention, EventRecord, InputDoc, OperationRecord, Sentence } from '../types.js';
import type { ActorMemory } from './actors.js';
import type { Clause } from './clauses.js';
import type { CodedEvent } from './events.js';

export interface SentenceWork extends Sentence {
  discarded: boolean;
  mentions: ActorMention[];
  clauses: Clause[];
  coded: CodedEvent[];
}

/** A quoted passage with its speaker resolved to an actor (quotes stage, completed by coreference). */
export interface WorkingQuote extends QuoteSpan {
  /** The actor that speaks (a mention in the attribution, resolved by coreference); null when unresolved. */
  speaker: { mention: ActorMention; code: string } | null;
}

/**
 * Where a record came from: one coded event in one sentence, with its evidence span (document offsets); `event` is
 * null for an event derived by a later stage (an operation's status change the verb lexicon did not code).
 */
export interface EventOrigin {
  sentence: SentenceWork;
  event: CodedEvent | null;
  start: number;
  end: number;
  /** Set by the dates stage when the record's date is that of a statement about it ("…, X said on Friday"). */
  dateSaid?: boolean;
}

export interface WorkingDoc {
  input: InputDoc;
  sentences: SentenceWork[];
  /** Set when a story-level discard phrase matched: nothing in the document is coded. */
  discarded: string | null;
  memory: ActorMemory;
  events: EventRecord[];
  /** Quoted passages, in text order (quotes stage). */
  quotes: WorkingQuote[];
  /** The coded events behind each record (score stage; several after merging). */
  origins: Map<EventRecord, EventOrigin[]>;
  /** Place mentions of the whole document (places stage; [] when the text names no place). */
  places: PlaceMention[];
  /** The situation picture: operations and their status history (operations stage). */
  operations: OperationRecord[];
}

export interface CoderContext {
  lexicon: Lexicon;
}

export interface Stage {
  name: string;
  run(doc: WorkingDoc, ctx: CoderContext): void;
}
