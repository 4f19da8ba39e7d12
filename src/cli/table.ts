/** `--format table`: a readable view of one document's layers for people — events, quotes, entities, places, operations. */
import type { DocResult } from '../types.js';

const pad = (s: string, n: number): string => (s.length > n ? s.slice(0, n - 1) + '…' : s.padEnd(n));
const flat = (s: string): string => s.replace(/\s+/g, ' ');

export function formatTable(r: DocResult): string {
  const lines: string[] = [];
  lines.push(`── ${r.doc}${r.date ? `  (${r.date})` : ''}  ${r.events.length} event${r.events.length === 1 ? '' : 's'}`);
  if (r.events.length) {
    lines.push(`  ${pad('code', 6)} ${pad('source', 12)} ${pad('target', 12)} ${pad('plover', 10)} ${pad('modality', 12)} ${pad('date', 12)} ${pad('place', 22)} ${pad('speaker', 10)} ${pad('n', 2)} evidence`);
    for (const e of r.events) {
      const m = e.mentions[0];
      const date = e.date ? `${e.date}${e.date_basis === 'text' ? '' : '*'}` : '';
      const place = e.location ? `${e.location.name}${e.location.country ? ` (${e.location.country})` : ''}` : '';
      lines.push(
        `  ${pad(e.code, 6)} ${pad(e.source?.code ?? '—', 12)} ${pad(e.target?.code ?? '—', 12)} ${pad(e.plover?.type ?? '', 10)} ${pad(e.modality, 12)} ${pad(date, 12)} ${pad(place, 22)} ${pad(e.speaker?.code ?? '', 10)} ${pad(String(e.mentions.length), 2)} ${m ? pad(flat(m.text), 70) : ''}`,
      );
    }
    lines.push('  (* = publication date; n = mentions merged into the event)');
  }
  if (r.quotes.length) {
    lines.push('  quotes:');
    for (const q of r.quotes) lines.push(`    ${pad(q.speaker?.name ?? '?', 20)} ${pad(q.speaker?.code ?? '', 10)} “${pad(flat(q.text), 70)}”`);
  }
  if (r.entities.length) {
    lines.push('  entities:');
    for (const e of r.entities) lines.push(`    ${pad(e.code ?? '—', 12)} ${pad(e.name ?? e.text, 36)} ${pad(e.kind, 8)} ×${e.mentions.length}`);
  }
  if (r.places.length) {
    lines.push('  places:');
    for (const p of r.places) lines.push(`    ${pad(p.name, 32)} ${pad(p.kind, 8)} ${pad(p.country ?? '', 4)} ${pad(p.role, 9)} ${p.lat ?? ''},${p.lon ?? ''}`);
  }
  if (r.operations.length) {
    lines.push('  operations:');
    for (const op of r.operations) {
      lines.push(`    ${op.name} — ${op.actor ?? '?'} in ${op.country ?? '?'}: ${op.history.length ? `${op.status} since ${op.since ?? 'an undated change'}` : `${op.status} (mentioned; no change of status reported)`}${op.outlook ? `; ${op.outlook}` : ''}`);
      for (const h of op.history) lines.push(`      ${pad(h.date ?? '', 10)} ${pad(h.status, 10)} ${flat(h.evidence)}`);
    }
  }
  return lines.join('\n') + '\n\n';
}
