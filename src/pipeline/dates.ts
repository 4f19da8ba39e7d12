/**
 * Event dates: each record takes the date expression that governs its evidence (`document/dates.ts`,
 * chrono-node with news-reading rules), resolved against the publication date — "Jan. 2" in a story of
 * 2020-01-06 is 2020-01-02 — with `date_basis` 'text' or 'publication' and the precision of the expression. A date
 * that is only when a statement about the event was made ("…, the ministry said on Friday") is marked on the origin
 * (`dateSaid`): the event happened by then, and a dated mention of the event itself wins in the merge stage.
 */
import { eventDate, statementDate } from '../document/dates.js';
import type { Stage } from './stage.js';

/**
 * Phrases that place a happening on the day of the one told before them, with no date of their own: "marched … in the
 * evening", "later that day", "hours later", "that night".
 */
const SAME_DAY = /\b(?:in the (?:evening|afternoon)|(?:that|the same) (?:evening|night|afternoon|day)|later (?:that|the same) day|later in the day|hours (?:later|earlier))\b/i;

export const dateStage: Stage = {
  name: 'dates',
  run(doc) {
    // (the day of the latest sentence before that dates its event by its own words, and that sentence's index)
    const dayOf: { sentence: number; date: string }[] = [];
    for (const rec of doc.events) {
      const origin = doc.origins.get(rec)?.[0];
      if (!origin) continue;
      const s = origin.sentence;
      let d = eventDate(s.text, s.start, doc.input.date, { start: origin.start, end: origin.end });
      if (!d) continue;
      if (d.basis === 'text' && d.precision === 'day') dayOf.push({ sentence: s.index, date: d.date });
      // "A court sentenced X on Monday … Protesters marched to parliament in the evening": a sentence with no date of
      // its own that says the day is the one told before takes the date of the latest sentence before it that has one
      else if (d.basis !== 'text' && SAME_DAY.test(s.text)) {
        const told = dayOf.reduce<{ sentence: number; date: string } | null>((a, x) => (x.sentence < s.index && (!a || x.sentence >= a.sentence) ? x : a), null);
        if (told) d = { ...d, date: told.date, basis: 'text' };
      }
      rec.date = d.date;
      rec.date_basis = d.basis;
      rec.date_precision = d.precision;
      if (statementDate(s.text, s.start, d, origin)) origin.dateSaid = true;
    }
  },
};
