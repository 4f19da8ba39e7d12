/**
 * The pipeline, in order. Ordering constraints:
 * - segment before tokenize (tokens are per sentence, with document offsets);
 * - discards before actors (a discarded sentence is not analysed further);
 * - actors before clauses (clause analysis works over actor mentions as noun phrases);
 * - quote spans before coref (coreference must know which text is quoted); coref before quote speakers ("he said",
 *   "the secretary general said" name their speaker only once resolved); quote speakers before first person
 *   ("we" in a quote is the speaker's organisation); all of these before clauses (they add subject/object mentions);
 * - events before quote attribution (it sets speaker/source on coded events), and that before score (the record
 *   and its id take the final source);
 * - score before dates, places, operations, merge (they work on records and their origins); dates and places
 *   before operations and merge (merging needs compatible dates and keeps the best location); operations before
 *   merge (a status change the verb lexicon missed becomes an event that merges with its other mentions; merge
 *   then renames the events the operations' history points at);
 * - the events stage reads no places layer: a town that places a role is asked of the gazetteer module itself
 *   (`coding/town-country.ts`), and the places stage stays after score.
 */
import type { Lexicon } from '../dictionaries/lexicon.js';
import { recogniseActors } from './actors.js';
import { analyseClauses } from './clauses.js';
import { corefStage, firstPersonStage } from './coref.js';
import { dateStage } from './dates.js';
import { discardStage } from './discards.js';
import { attributeClaims } from '../coding/claims.js';
import { codeAppositiveReactions } from '../coding/reactions.js';
import { codeElectionJudgements } from '../coding/judgements.js';
import { crowdWeaponConjuncts } from '../coding/instruments.js';
import { codeClauses, codeNouns, joinEvents, type CodedEvent } from './events.js';
import { codeMediation } from '../coding/mediation.js';
import { retoldDeeds } from '../coding/retold.js';
import { addNamedCountries, datelineCountry, documentCountry, placeForces, placeLawRoles, placeOffices, storyCountries } from '../coding/actor-country.js';
import { mergeStage } from './merge.js';
import { operationStage } from './operations.js';
import { placeStage } from './places.js';
import { quoteAttributionStage, quoteSpanStage, quoteSpeakerStage } from './quotes.js';
import { scoreStage } from './score.js';
import { objectArray } from './packed.js';
import { segment } from './segment.js';
import type { Stage } from './stage.js';
import { tokenizeSentences } from './tokenize.js';

export const segmentStage: Stage = {
  name: 'segment',
  run(doc) {
    // an explicit literal, not `{ ...span, index, … }`: V8 (Node 20) defines each key after a spread one at a time
    // on a copied object, which made building these objects half the stage's time
    doc.sentences = segment(doc.input.text).map((span, index) => ({
      start: span.start,
      end: span.end,
      index,
      text: doc.input.text.slice(span.start, span.end),
      tokens: [],
      discarded: false,
      mentions: [],
      clauses: [],
      coded: objectArray(),
    }));
  },
};

/**
 * The base of a known verb form; an entry listing the form itself ("ATTACKED" in some dictionaries) loses to one
 * that derives it from a base. One memoised function per lexicon (the tokenizer also keys its word memo on it).
 */
const verbBases = new WeakMap<Lexicon, (upper: string) => string | undefined>();
function verbBaseOf(lexicon: Lexicon): (upper: string) => string | undefined {
  let f = verbBases.get(lexicon);
  if (!f) {
    const memo = new Map<string, string | undefined>();
    f = (upper) => {
      if (memo.has(upper)) return memo.get(upper);
      const list = lexicon.verbs.get(upper);
      const base = list ? (list.find((v) => v.base !== upper && !v.after.length && !v.before.length) ?? list[0])?.base : undefined;
      if (memo.size > 200_000) memo.clear();
      memo.set(upper, base);
      return base;
    };
    verbBases.set(lexicon, f);
  }
  return f;
}

export const tokenizeStage: Stage = {
  name: 'tokenize',
  run(doc, { lexicon }) {
    const verbBase = verbBaseOf(lexicon);
    const tokens = tokenizeSentences(doc.sentences, verbBase);
    doc.sentences.forEach((s, k) => (s.tokens = tokens[k] ?? []));
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
    // the events of the earlier sentences, for a reaction to "the <deed>" they told
    const prior: CodedEvent[] = [];
    // (the countries the story's actors name: its one country, and the namesakes of a town that places a role
    // told apart, coding/town-country)
    const story = storyCountries(doc.sentences.filter((s) => !s.discarded));
    const country = documentCountry(story);
    // (the events of the sentence before, whose doerless deed a bare claim of responsibility may claim)
    // (object elements even while empty, as every sentence's `coded`: `attributeClaims` reads both; see `objectArray`)
    let before = objectArray<CodedEvent>();
    // (the countries the sentences before have named, whose one country a state's forces with none belong to)
    const named = new Set<string>();
    // (the country the story is filed from, whose police and courts act there)
    const lead = doc.sentences[0];
    const filed = lead && !lead.discarded ? datelineCountry(lead.tokens, lead.mentions) : '';
    for (const s of doc.sentences) {
      if (s.discarded) continue;
      // (a sentence naming no actor may still tell a deed again: "The attack damaged three ships.")
      if (s.mentions.length) {
        placeLawRoles(s.mentions, s.tokens, filed, s === lead);
        placeOffices(s.mentions, country);
        placeForces(s.mentions, named);
        addNamedCountries(s.mentions, named);
        const nouns = codeNouns(lexicon, s.tokens, s.mentions, s.clauses);
        const mediation = codeMediation(s.tokens, s.mentions, s.clauses);
        const reactions = codeAppositiveReactions(lexicon, s.tokens, s.mentions, s.clauses);
        const judgements = codeElectionJudgements(s.tokens, s.mentions, s.clauses);
        const extra = mediation.length || reactions.length || judgements.length ? [...nouns, ...mediation, ...reactions, ...judgements] : nouns;
        const verbs = codeClauses(lexicon, s.tokens, s.mentions, s.clauses, prior, story);
        const weapons = crowdWeaponConjuncts(s.tokens, s.clauses, verbs);
        s.coded = joinEvents(weapons.length ? [...verbs, ...weapons] : verbs, extra);
        attributeClaims(s.tokens, s.clauses, s.coded, before);
      }
      if (prior.length) {
        const retold = retoldDeeds(lexicon, s.tokens, s.mentions, prior, s.coded);
        if (retold.length) s.coded = [...s.coded, ...retold];
      }
      for (const e of s.coded) prior.push(e);
      before = s.coded;
    }
  },
};

export const STAGES: Stage[] = [
  segmentStage, tokenizeStage, discardStage, actorStage,
  quoteSpanStage, corefStage, quoteSpeakerStage, firstPersonStage,
  clauseStage, eventStage, quoteAttributionStage,
  scoreStage, dateStage, placeStage, operationStage, mergeStage,
];
