/**
 * Flat CSV of stored events (RFC 4180: CRLF line ends, a header, fields with a comma, quote or
 * line break quoted, quotes doubled). Lists (sources, URLs) are joined with `; `.
 */
import type { StoredEvent } from '../store/types.js';

type Column = [name: string, get: (e: StoredEvent) => string | number | null];

const COLUMNS: readonly Column[] = [
  ['id', (e) => e.id],
  ['date', (e) => e.date],
  ['date_basis', (e) => e.date_basis],
  ['code', (e) => e.code],
  ['root', (e) => e.root],
  ['quad', (e) => e.quad],
  ['goldstein', (e) => e.goldstein],
  ['plover_type', (e) => e.plover?.type ?? null],
  ['plover_mode', (e) => e.plover?.mode ?? null],
  ['source_code', (e) => e.source?.code ?? null],
  ['source_name', (e) => e.source?.name ?? null],
  ['source_text', (e) => e.source?.text ?? null],
  ['target_code', (e) => e.target?.code ?? null],
  ['target_name', (e) => e.target?.name ?? null],
  ['target_text', (e) => e.target?.text ?? null],
  ['location_name', (e) => e.location?.name ?? null],
  ['location_country', (e) => e.location?.country ?? null],
  ['lat', (e) => e.location?.lat ?? null],
  ['lon', (e) => e.location?.lon ?? null],
  ['modality', (e) => e.modality],
  ['speaker_code', (e) => e.speaker?.code ?? null],
  ['speaker_name', (e) => e.speaker?.name ?? null],
  ['num_mentions', (e) => e.num_mentions],
  ['num_sources', (e) => e.num_sources],
  ['num_articles', (e) => e.num_articles],
  ['first_seen', (e) => e.first_seen],
  ['sources', (e) => [...new Set(e.sources.map((s) => s.source ?? s.doc))].join('; ')],
  ['urls', (e) => e.sources.flatMap((s) => (s.url === null ? [] : [s.url])).join('; ')],
  ['evidence', (e) => e.mentions[0]?.text ?? null],
];

export const CSV_COLUMNS: readonly string[] = COLUMNS.map(([name]) => name);

/** One field, quoted when it must be. */
export function csvField(v: string | number | null): string {
  const s = v === null ? '' : String(v);
  return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

export function toCsv(events: readonly StoredEvent[]): string {
  const lines = [CSV_COLUMNS.map(csvField).join(',')];
  for (const e of events) lines.push(COLUMNS.map(([, get]) => csvField(get(e))).join(','));
  return lines.map((l) => `${l}\r\n`).join('');
}
