/**
 * Event dates: each record takes the date expression that governs its evidence (`document/dates.ts`,
 * chrono-node with news-reading rules), resolved against the publication date — "Jan. 2" in a story of
 * 2020-01-06 is 2020-01-02 — with `date_basis` 'text' or 'publication' and the precision of the expression. A date
 * that is only when a statement about the event was made ("…, the ministry said on Friday") is marked on the origin
 * (`dateSaid`): the event happened by then, and a dated mention of the event itself wins in the merge stage.
 */
import { eventDate, statementDate } from '../document/dates.js';
import type { Stage } from './stage.js';

export const dateStage: Stage = {
  name: 'dates',
  run(doc) {
    for (const rec of doc.events) {
      const origin = doc.origins.get(rec)?.[0];
      if (!origin) continue;
      const s = origin.sentence;
      const d = eventDate(s.text, s.start, doc.input.date, { start: origin.start, end: origin.end });
      if (!d) continue;
      rec.date = d.date;
      rec.date_basis = d.basis;
      rec.date_precision = d.precision;
      if (statementDate(s.text, s.start, d, origin)) origin.dateSaid = true;
    }
  },
};
