/**
 * Quotations as pipeline stages (the passage finder is `document/quotes.ts`):
 *
 * 1. `quoteSpanStage` finds every quoted passage and its attribution cue (before coreference);
 * 2. `quoteSpeakerStage` resolves each cue to an actor — the actor mention inside the speaker phrase, which
 *    coreference has already filled for "he" and "the secretary general" — and a quote that continues the
 *    previous one takes its speaker;
 * 3. `quoteAttributionStage` (after event coding) gives every event whose evidence lies inside a quote the quote's
 *    speaker, and the speaker's organisation as source where the event has none.
 */
import { findQuotes } from '../document/quotes.js';
import type { ActorMention } from '../types.js';
import type { Stage, WorkingDoc, WorkingQuote } from './stage.js';

/** An opening or double quote mark: documents without one skip the quote finder (apostrophes alone do not count). */
const QUOTE_CHAR = /["“”‘`]|''/;

export const quoteSpanStage: Stage = {
  name: 'quote-spans',
  run(doc) {
    if (doc.discarded || !QUOTE_CHAR.test(doc.input.text)) return;
    // written out key by key (the spread's order, then `speaker`), not `{ ...q, speaker: null }`: on Node 20 a key added
    // after a spread is defined on the copy one at a time, several microseconds per quote
    doc.quotes = findQuotes(doc.input.text).map((q) => ({
      start: q.start, end: q.end, text: q.text, speakerText: q.speakerText, speakerStart: q.speakerStart,
      speakerEnd: q.speakerEnd, cue: q.cue, continues: q.continues, speaker: null,
    }));
  },
};

/** The mention that speaks in a speaker phrase: a coded actor first, else a role ("a spokesman"). */
function speakerMention(doc: WorkingDoc, start: number, end: number): ActorMention | null {
  let best: ActorMention | null = null;
  for (const s of doc.sentences) {
    if (s.end <= start || s.start >= end) continue;
    for (const m of s.mentions) {
      if (m.end <= start || m.start >= end || !m.codes[0]) continue;
      const coded = !m.codes[0].startsWith('---');
      if (!best || (coded && best.codes[0]?.startsWith('---'))) best = m;
    }
  }
  return best;
}

export function resolveSpeakers(doc: WorkingDoc): void {
  let prev: WorkingQuote | null = null;
  for (const q of doc.quotes) {
    if (q.continues && prev) q.speaker = prev.speaker;
    else if (q.speakerStart !== null && q.speakerEnd !== null) {
      const m = speakerMention(doc, q.speakerStart, q.speakerEnd);
      q.speaker = m && m.codes[0] ? { mention: m, code: m.codes[0] } : null;
    }
    prev = q;
  }
}

export const quoteSpeakerStage: Stage = {
  name: 'quote-speakers',
  run(doc) {
    if (doc.quotes.length) resolveSpeakers(doc);
  },
};

const FIRST_PERSON = /^(?:we|us|our)$/i;

export const quoteAttributionStage: Stage = {
  name: 'quote-attribution',
  run(doc) {
    if (!doc.quotes.some((q) => q.speaker)) return;
    for (const s of doc.sentences) {
      const quotes = doc.quotes.filter((q) => q.speaker && q.start < s.end && q.end > s.start);
      if (!quotes.length) continue;
      for (const e of s.coded) {
        const a = s.tokens[e.first];
        const b = s.tokens[e.last];
        if (!a || !b) continue;
        const q = quotes.find((x) => a.start >= x.start && b.end <= x.end + 1);
        const speaker = q?.speaker;
        if (!speaker) continue;
        e.speaker ??= speaker;
        // "we" was given the speaker's organisation by coreference; an event with no source gets it here
        const unresolvedWe = e.source && e.source.mention.kind === 'pronoun' && FIRST_PERSON.test(e.source.mention.text) && !e.source.code;
        if ((!e.source || unresolvedWe) && e.kind !== 'noun' && e.target?.code !== speaker.code) e.source = { mention: speaker.mention, code: speaker.code };
      }
    }
  },
};
