/**
 * The dashboard's drawings, all plain SVG from aggregated data: the timeline (events per day stacked by quad
 * class, mean Goldstein as a line), the dyad list and the map (paths drawn by the server with d3-geo).
 */
import type { Points, Stats, World } from './api.js';
import { clear, el, fmt, svg } from './dom.js';

export const QUAD_NAMES = ['verbal cooperation', 'material cooperation', 'verbal conflict', 'material conflict'];

const DAY = 86_400_000;

function days(from: string, to: string): string[] {
  const out: string[] = [];
  for (let t = Date.parse(`${from}T00:00:00Z`), end = Date.parse(`${to}T00:00:00Z`); t <= end && out.length < 5000; t += DAY) {
    out.push(new Date(t).toISOString().slice(0, 10));
  }
  return out;
}

export function drawTimeline(root: SVGSVGElement, stats: Stats, onPick: (date: string) => void): void {
  clear(root);
  const width = Math.max(320, root.clientWidth || 800);
  const height = 200;
  const m = { top: 12, right: 36, bottom: 24, left: 40 };
  root.setAttribute('viewBox', `0 0 ${width} ${height}`);
  const first = stats.by_day[0];
  const last = stats.by_day[stats.by_day.length - 1];
  if (first === undefined || last === undefined) {
    root.appendChild(svg('text', { x: width / 2, y: height / 2, 'text-anchor': 'middle', class: 'muted' }, 'No dated events match these filters.'));
    return;
  }
  const all = days(first.date, last.date);
  const byDate = new Map(stats.by_day.map((d) => [d.date, d]));
  const max = Math.max(1, ...stats.by_day.map((d) => d.count));
  const iw = width - m.left - m.right;
  const ih = height - m.top - m.bottom;
  const bw = iw / all.length;
  const y = (n: number): number => m.top + ih - (n / max) * ih;
  const gy = (g: number): number => m.top + ih / 2 - (g / 10) * (ih / 2);

  for (const t of [0, 0.5, 1]) {
    const v = Math.round(max * t);
    root.appendChild(svg('line', { x1: m.left, x2: width - m.right, y1: y(v), y2: y(v), class: 'grid' }));
    root.appendChild(svg('text', { x: m.left - 6, y: y(v) + 4, 'text-anchor': 'end', class: 'axis' }, fmt.format(v)));
  }
  for (const g of [-10, 0, 10]) root.appendChild(svg('text', { x: width - m.right + 6, y: gy(g) + 4, class: 'axis gl-axis' }, g > 0 ? `+${g}` : String(g)));

  const bars = svg('g', {});
  all.forEach((date, i) => {
    const d = byDate.get(date);
    if (d === undefined) return;
    let acc = 0;
    const g = svg('g', { class: 'day' });
    d.quad.forEach((n, q) => {
      if (n === 0) return;
      g.appendChild(svg('rect', { x: m.left + i * bw + 0.5, width: Math.max(1, bw - 1), y: y(acc + n), height: y(acc) - y(acc + n), class: `q${q + 1}` }));
      acc += n;
    });
    g.appendChild(svg('title', {}, `${date}: ${fmt.format(d.count)} events — ${d.quad.map((n, q) => `${QUAD_NAMES[q]} ${n}`).join(', ')}; mean Goldstein ${d.mean_goldstein.toFixed(1)}`));
    g.addEventListener('click', () => onPick(date));
    bars.appendChild(g);
  });
  root.appendChild(bars);

  const pts = all.flatMap((date, i) => {
    const d = byDate.get(date);
    return d === undefined ? [] : [`${(m.left + (i + 0.5) * bw).toFixed(1)},${gy(d.mean_goldstein).toFixed(1)}`];
  });
  if (pts.length > 1) root.appendChild(svg('polyline', { points: pts.join(' '), class: 'gline' }));
  else if (pts.length === 1) {
    const [cx, cy] = (pts[0] as string).split(',');
    root.appendChild(svg('circle', { cx: cx ?? 0, cy: cy ?? 0, r: 3, class: 'gdot' }));
  }

  const ticks = Math.min(all.length, Math.max(2, Math.floor(iw / 110)));
  for (let k = 0; k < ticks; k++) {
    const i = ticks === 1 ? 0 : Math.round((k * (all.length - 1)) / (ticks - 1));
    root.appendChild(svg('text', { x: m.left + (i + 0.5) * bw, y: height - 6, 'text-anchor': 'middle', class: 'axis' }, all[i] ?? ''));
  }
}

export function goldsteinClass(g: number): string {
  return g <= -5 ? 'g-neg2' : g < 0 ? 'g-neg1' : g === 0 ? 'g-zero' : g < 5 ? 'g-pos1' : 'g-pos2';
}

export function drawDyads(root: HTMLElement, stats: Stats, onPick: (source: string, target: string) => void): void {
  clear(root);
  if (stats.top_dyads.length === 0) {
    root.appendChild(el('li', { class: 'empty' }, 'No dyads for these filters.'));
    return;
  }
  const max = Math.max(...stats.top_dyads.map((d) => d.count));
  for (const d of stats.top_dyads.slice(0, 12)) {
    const bar = el('span', { class: 'bar' });
    bar.style.width = `${Math.max(2, (d.count / max) * 100)}%`;
    const li = el('li', { tabindex: '0', title: `Filter on ${d.source} → ${d.target}` },
      el('span', { class: 'dyad' }, el('b', {}, d.source || '—'), ' → ', el('b', {}, d.target || '—')),
      el('span', { class: 'track' }, bar),
      el('span', { class: 'num' }, fmt.format(d.count)),
      el('span', { class: `chip ${goldsteinClass(d.mean_goldstein)}` }, d.mean_goldstein.toFixed(1)));
    li.addEventListener('click', () => onPick(d.source, d.target));
    li.addEventListener('keydown', (e) => {
      if (e.key === 'Enter') onPick(d.source, d.target);
    });
    root.appendChild(li);
  }
}

export function drawMap(root: SVGSVGElement, world: World, points: Points, note: HTMLElement): void {
  clear(root);
  root.setAttribute('viewBox', `0 0 ${world.width} ${world.height}`);
  root.appendChild(svg('path', { d: world.sphere, class: 'sphere' }));
  root.appendChild(svg('path', { d: world.graticule, class: 'graticule' }));
  const byCountry = new Map<string, number>();
  for (const p of points.points) if (p.country !== null) byCountry.set(p.country, (byCountry.get(p.country) ?? 0) + p.count);
  const maxC = Math.max(1, ...byCountry.values());
  const land = svg('g', {});
  for (const c of world.countries) {
    const n = byCountry.get(c.id) ?? 0;
    const path = svg('path', { d: c.d, class: n > 0 ? 'land hot' : 'land' }, svg('title', {}, n > 0 ? `${c.name}: ${fmt.format(n)} events` : c.name));
    if (n > 0) path.style.fillOpacity = String(0.25 + 0.6 * Math.sqrt(n / maxC));
    land.appendChild(path);
  }
  root.appendChild(land);
  const maxP = Math.max(1, ...points.points.map((p) => p.count));
  const dots = svg('g', {});
  for (const p of [...points.points].reverse()) {
    dots.appendChild(svg('circle', { cx: p.x, cy: p.y, r: (2.5 + 7 * Math.sqrt(p.count / maxP)).toFixed(1), class: p.approximate ? 'pt approx' : 'pt' },
      svg('title', {}, `${p.name}${p.country !== null ? ` (${p.country})` : ''}: ${fmt.format(p.count)} events${p.approximate ? ' — country only' : ''}`)));
  }
  root.appendChild(dots);
  note.textContent = points.total > points.sampled
    ? `newest ${fmt.format(points.sampled)} of ${fmt.format(points.total)} events`
    : `${fmt.format(points.total)} events`;
}
