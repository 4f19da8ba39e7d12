/** `--format table`: a readable view of one document's events for people. */
import type { DocResult } from '../types.js';

const pad = (s: string, n: number): string => (s.length > n ? s.slice(0, n - 1) + '…' : s.padEnd(n));

export function formatTable(r: DocResult): string {
  const lines: string[] = [];
  lines.push(`── ${r.doc}${r.date ? `  (${r.date})` : ''}  ${r.events.length} event${r.events.length === 1 ? '' : 's'}`);
  if (r.events.length) {
    lines.push(`  ${pad('code', 6)} ${pad('source', 12)} ${pad('target', 12)} ${pad('plover', 10)} ${pad('modality', 12)} ${pad('date', 10)}  evidence`);
    for (const e of r.events) {
      const m = e.mentions[0];
      lines.push(
        `  ${pad(e.code, 6)} ${pad(e.source?.code ?? '—', 12)} ${pad(e.target?.code ?? '—', 12)} ${pad(e.plover?.type ?? '', 10)} ${pad(e.modality, 12)} ${pad(e.date ?? '', 10)}  ${m ? pad(m.text.replace(/\s+/g, ' '), 70) : ''}`,
      );
    }
  }
  if (r.quotes.length) {
    lines.push('  quotes:');
    for (const q of r.quotes) lines.push(`    ${pad(q.speaker?.name ?? '?', 20)} ${pad(q.speaker?.code ?? '', 10)} “${pad(q.text.replace(/\s+/g, ' '), 70)}”`);
  }
  if (r.operations.length) {
    lines.push('  operations:');
    for (const op of r.operations) lines.push(`    ${op.name} — ${op.actor ?? '?'} in ${op.country ?? '?'}: ${op.status} since ${op.since ?? '?'}`);
  }
  return lines.join('\n') + '\n\n';
}
