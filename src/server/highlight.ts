/**
 * Spans to highlight in an event's evidence sentence, relative to the mention's text: the source and target
 * actor texts where they occur, and — when the source comes first and the gap is short — the words between
 * them as the verb phrase (the event record keeps no verb offsets, so this one is marked approximate).
 */
import type { StoredEvent, StoredMention } from '../store/index.js';

export interface Highlight {
  start: number;
  end: number;
  role: 'source' | 'target' | 'verb';
  approximate?: boolean;
}

const MAX_VERB_GAP = 48;

function find(hay: string, needle: string | undefined, from = 0): number {
  if (needle === undefined || needle === '') return -1;
  const i = hay.indexOf(needle, from);
  return i >= 0 ? i : hay.toLowerCase().indexOf(needle.toLowerCase(), from);
}

export function highlights(event: Pick<StoredEvent, 'source' | 'target'>, mention: Pick<StoredMention, 'text'>): Highlight[] {
  const text = mention.text;
  const out: Highlight[] = [];
  const s = find(text, event.source?.text);
  const sEnd = s >= 0 ? s + (event.source?.text.length ?? 0) : -1;
  const t = find(text, event.target?.text, sEnd >= 0 ? sEnd : 0);
  const tAny = t >= 0 ? t : find(text, event.target?.text);
  if (s >= 0) out.push({ start: s, end: sEnd, role: 'source' });
  if (tAny >= 0 && (s < 0 || tAny >= sEnd || tAny + (event.target?.text.length ?? 0) <= s)) {
    out.push({ start: tAny, end: tAny + (event.target?.text.length ?? 0), role: 'target' });
  }
  if (s >= 0 && t > sEnd) {
    const gap = text.slice(sEnd, t);
    const lead = gap.length - gap.trimStart().length;
    const verb = gap.trim();
    if (verb !== '' && verb.length <= MAX_VERB_GAP && !/[.;:!?]/.test(verb)) {
      out.push({ start: sEnd + lead, end: sEnd + lead + verb.length, role: 'verb', approximate: true });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
