/**
 * The shapes that flow through sitrep. A `Doc` is built up stage by stage (see
 * `pipeline/stages.ts`); every span is a pair of character offsets into `Doc.text`.
 */

/** One input document, as read from text, HTML or a JSONL line. */
export interface InputDoc {
  id: string;
  text: string;
  /** Publication date, YYYY-MM-DD, or null when unknown. */
  date: string | null;
  url?: string;
  title?: string;
  source?: string;
}

export interface Span {
  start: number;
  end: number;
}

export interface Sentence extends Span {
  index: number;
  text: string;
  tokens: Token[];
}

/** Universal POS tags as produced by wink-nlp. */
export type Pos =
  | 'ADJ' | 'ADP' | 'ADV' | 'AUX' | 'CCONJ' | 'DET' | 'INTJ' | 'NOUN' | 'NUM' | 'PART'
  | 'PRON' | 'PROPN' | 'PUNCT' | 'SCONJ' | 'SYM' | 'VERB' | 'X' | 'SPACE';

export interface Token extends Span {
  /** Index of the token within its sentence. */
  i: number;
  /** The token as written. */
  text: string;
  /** Upper-case form used for dictionary matching ("U.S." stays "U.S."). */
  norm: string;
  lemma: string;
  /** Upper-case lemma, for dictionary matching. */
  lemmaNorm: string;
  pos: Pos;
}

/** A dictionary entry that can code a stretch of tokens. */
export interface ActorCodeRange {
  code: string;
  /** Inclusive start date YYYY-MM-DD, or null when open. */
  from: string | null;
  /** Exclusive end date YYYY-MM-DD, or null when open. */
  to: string | null;
}

/** An actor found in a sentence: tokens [first, last] inclusive. */
export interface ActorMention {
  first: number;
  last: number;
  start: number;
  end: number;
  text: string;
  /** Resolved CAMEO actor codes (several for a compound such as "Danish media and government"). */
  codes: string[];
  /** Canonical name of the entity, when the dictionary gives one. */
  name: string | null;
  /** Ids of the dictionary entries / rules that produced the codes. */
  rules: string[];
  /**
   * Role codes composed onto the actor from role nouns ("GOV" for "the Iraqi government"), if any. Every mention
   * is made with the property (undefined when there is none), after `kind`: one object shape, so the functions
   * reading mentions stay optimised (a mention given its role later was a second shape, and deoptimised them).
   */
  role: string | undefined;
  /** Kind of recognition: dictionary phrase, agent-only, inferred from an appositive, pronoun, etc. */
  kind: 'actor' | 'agent' | 'inferred' | 'pronoun' | 'coref';
}

export type Modality =
  | 'asserted' | 'negated' | 'modal' | 'demanded' | 'hypothetical' | 'conditional' | 'future' | 'question' | 'alleged';

export interface PloverLabel {
  type: string;
  mode: string | null;
}

export interface EventActor {
  code: string;
  text: string;
  name: string | null;
}

export interface Mention {
  sentence: number;
  start: number;
  end: number;
  text: string;
}

export interface Location {
  name: string;
  country: string | null;
  lat: number | null;
  lon: number | null;
}

export interface Explain {
  verb_rule: string;
  source_rule: string | null;
  target_rule: string | null;
  [extra: string]: string | null;
}

/** The event record of SPEC §3: what `--format jsonl` writes, one per line. */
export interface EventRecord {
  id: string;
  doc: string;
  code: string;
  root: string;
  quad: number;
  goldstein: number;
  plover: PloverLabel | null;
  source: EventActor | null;
  target: EventActor | null;
  date: string | null;
  date_basis: 'text' | 'publication' | 'none';
  date_precision?: 'day' | 'week' | 'month' | 'year';
  location: Location | null;
  modality: Modality;
  speaker: EventActor | null;
  mentions: Mention[];
  explain: Explain;
}

/** A quoted passage attributed to a speaker (`--format doc`). */
export interface QuoteRecord {
  start: number;
  end: number;
  text: string;
  speaker: { name: string | null; code: string | null } | null;
}

export interface EntityRecord {
  text: string;
  code: string | null;
  name: string | null;
  kind: string;
  mentions: Span[];
}

export interface PlaceRecord {
  text: string;
  name: string;
  kind: string;
  country: string | null;
  lat: number | null;
  lon: number | null;
  start: number;
  end: number;
  role: string;
}

export type OperationStatus = 'active' | 'suspended' | 'resumed' | 'ended' | 'extended' | 'planned';

export interface OperationChange {
  status: OperationStatus;
  date: string | null;
  event: string | null;
  evidence: string;
}

export interface OperationRecord {
  name: string;
  actor: string | null;
  country: string | null;
  status: OperationStatus;
  since: string | null;
  history: OperationChange[];
  evidence: Mention[];
  /** What the text says of the future, when it does: "resumption intended", "end planned". */
  outlook?: string | null;
}

/** Everything sitrep knows about one document (`--format doc`). */
export interface DocResult {
  doc: string;
  date: string | null;
  url?: string;
  title?: string;
  source?: string;
  events: EventRecord[];
  quotes: QuoteRecord[];
  entities: EntityRecord[];
  places: PlaceRecord[];
  operations: OperationRecord[];
}
