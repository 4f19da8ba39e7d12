/**
 * PLOVER JSON records (PLOVER manual, chapter 6 "Data Fields"; multi-word field names with
 * underscores), one JSON object per line. `event_type`, `source` and `target` repeat the first
 * entries of `event`, `actor` and `recipient` for readers that want flat fields.
 */
import type { EventActor } from '../types.js';
import type { StoredEvent } from '../store/types.js';

export interface PloverEntity {
  code: string;
  sector: string | null;
  entity_text: string;
  identifier_text: string | null;
}

export interface PloverRecord {
  id: string;
  date: string | null;
  actor: PloverEntity[];
  recipient: PloverEntity[];
  event: string[];
  event_type: string | null;
  mode: string[];
  source: string | null;
  target: string | null;
  event_loc: { extracted_place: string; resolved_place: string; lat: number | null; lon: number | null; country_code: string | null } | null;
  event_text: string[];
  quad_code: number;
  event_scale: number;
  text_info: { sequence: number; start: number; end: number } | null;
  cite_info: { url: string | null; title: string | null; publication: string | null }[];
  coder: string;
  coded_date: string;
  modality: string;
  cameo: string;
  num_mentions: number;
  num_sources: number;
  num_articles: number;
}

function entity(a: EventActor): PloverEntity {
  const country = a.code.slice(0, 3);
  const sector = a.code.length > 3 ? a.code.slice(3) : null;
  return { code: country, sector, entity_text: a.text, identifier_text: a.name };
}

export function toPlover(e: StoredEvent): PloverRecord {
  const first = e.mentions[0];
  return {
    id: e.id,
    date: e.date,
    actor: e.source === null ? [] : [entity(e.source)],
    recipient: e.target === null ? [] : [entity(e.target)],
    event: e.plover === null ? [] : [e.plover.type],
    event_type: e.plover?.type ?? null,
    mode: e.plover?.mode === null || e.plover?.mode === undefined ? [] : [e.plover.mode],
    source: e.source?.code ?? null,
    target: e.target?.code ?? null,
    event_loc: e.location === null ? null : {
      extracted_place: e.location.name, resolved_place: e.location.name,
      lat: e.location.lat, lon: e.location.lon, country_code: e.location.country,
    },
    event_text: [...new Set(e.mentions.map((m) => m.text))],
    quad_code: e.quad,
    event_scale: e.goldstein,
    text_info: first === undefined ? null : { sequence: first.sentence, start: first.start, end: first.end },
    cite_info: e.sources.map((s) => ({ url: s.url, title: s.title, publication: s.source })),
    coder: 'sitrep',
    coded_date: e.first_seen.slice(0, 10),
    modality: e.modality,
    cameo: e.code,
    num_mentions: e.num_mentions,
    num_sources: e.num_sources,
    num_articles: e.num_articles,
  };
}

/** Newline-delimited PLOVER JSON, as the manual suggests. */
export function toPloverJson(events: readonly StoredEvent[]): string {
  return events.map((e) => `${JSON.stringify(toPlover(e))}\n`).join('');
}
