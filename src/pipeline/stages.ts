/**
 * The pipeline, in order. Ordering constraints:
 * - segment before tokenize (tokens are per sentence, with document offsets);
 * - discards before actors (a discarded sentence is not analysed further);
 * - actors before clauses (clause analysis works over actor mentions as noun phrases);
 * - events before score (scoring needs the final code of each event).
 */
import { recogniseActors } from './actors.js';
import { analyseClauses } from './clauses.js';
import { discardStage } from './discards.js';
import { codeClauses, codeNouns } from './events.js';
import { scoreStage } from './score.js';
import { segment } from './segment.js';
import type { Stage } from './stage.js';
import { tokenize } from './tokenize.js';

export const segmentStage: Stage = {
  name: 'segment',
  run(doc) {
    doc.sentences = segment(doc.input.text).map((span, index) => ({
      ...span,
      index,
      text: doc.input.text.slice(span.start, span.end),
      tokens: [],
      discarded: false,
      mentions: [],
      clauses: [],
      coded: [],
    }));
  },
};

export const tokenizeStage: Stage = {
  name: 'tokenize',
  run(doc) {
    for (const s of doc.sentences) s.tokens = tokenize(s.text, s.start);
  },
};

export const actorStage: Stage = {
  name: 'actors',
  run(doc, { lexicon }) {
    if (doc.discarded) return;
    for (const s of doc.sentences) if (!s.discarded) s.mentions = recogniseActors(s.tokens, lexicon, doc.input.date, doc.memory);
  },
};

export const clauseStage: Stage = {
  name: 'clauses',
  run(doc) {
    for (const s of doc.sentences) if (!s.discarded && s.mentions.length) s.clauses = analyseClauses(s.tokens, s.mentions);
  },
};

export const eventStage: Stage = {
  name: 'events',
  run(doc, { lexicon }) {
    for (const s of doc.sentences) {
      if (s.discarded || !s.mentions.length) continue;
      s.coded = [...codeClauses(lexicon, s.tokens, s.mentions, s.clauses), ...codeNouns(lexicon, s.tokens, s.mentions, s.clauses)];
    }
  },
};

export const STAGES: Stage[] = [segmentStage, tokenizeStage, discardStage, actorStage, clauseStage, eventStage, scoreStage];
