/**
 * Summarise V8 CPU profiles (`node --cpu-prof --cpu-prof-dir=DIR …`): self time and inclusive time per
 * function, as `file:line`, largest first.
 *
 *   node dist/bench/profile.js DIR_OR_FILE [--top N]
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT } from './coder.bench.js';

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
}
interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

export interface Hotspot {
  where: string;
  ms: number;
  share: number;
}

function label(cf: CallFrame): string {
  const file = cf.url.startsWith('file://') ? relative(ROOT, new URL(cf.url).pathname) : cf.url;
  return `${cf.functionName || '(anonymous)'} ${file}${file ? `:${cf.lineNumber + 1}` : ''}`;
}

/** Self and inclusive time per function label (a recursive function counts once per sample). */
export function summarise(p: CpuProfile): { totalMs: number; self: Hotspot[]; inclusive: Hotspot[] } {
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const perNode = new Map<number, number>();
  let total = 0;
  p.samples.forEach((id, k) => {
    const d = p.timeDeltas[k] ?? 0;
    perNode.set(id, (perNode.get(id) ?? 0) + d);
    total += d;
  });
  const self = new Map<string, number>();
  const incl = new Map<string, number>();
  for (const [id, t] of perNode) {
    const n = byId.get(id);
    if (!n) continue;
    const own = label(n.callFrame);
    self.set(own, (self.get(own) ?? 0) + t);
    const seen = new Set<string>();
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
      const node = byId.get(cur);
      if (!node) break;
      const l = label(node.callFrame);
      if (seen.has(l)) continue;
      seen.add(l);
      incl.set(l, (incl.get(l) ?? 0) + t);
    }
  }
  const list = (m: Map<string, number>): Hotspot[] =>
    [...m].sort((a, b) => b[1] - a[1]).map(([where, us]) => ({ where, ms: Math.round(us / 1000), share: total ? us / total : 0 }));
  return { totalMs: Math.round(total / 1000), self: list(self), inclusive: list(incl) };
}

function profilesIn(path: string): string[] {
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path).filter((f) => f.endsWith('.cpuprofile')).map((f) => join(path, f));
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [target] = process.argv.slice(2).filter((a) => !a.startsWith('--') && !/^\d+$/.test(a));
  const k = process.argv.indexOf('--top');
  const top = k > 0 ? Number(process.argv[k + 1]) : 25;
  if (!target) {
    console.error('usage: node dist/bench/profile.js DIR_OR_FILE [--top N]');
    process.exitCode = 2;
  } else {
    for (const f of profilesIn(target)) {
      const s = summarise(JSON.parse(readFileSync(f, 'utf8')) as CpuProfile);
      const line = (h: Hotspot): string => `${String(h.ms).padStart(8)} ms ${(h.share * 100).toFixed(1).padStart(5)}%  ${h.where}`;
      console.log(`${f}: ${s.totalMs} ms sampled\n\nself time\n${s.self.slice(0, top).map(line).join('\n')}\n\ninclusive time\n${s.inclusive.slice(0, top).map(line).join('\n')}\n`);
    }
  }
}
