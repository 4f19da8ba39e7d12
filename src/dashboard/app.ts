/**
 * The dashboard: filters (kept in the URL hash), then everything is drawn from server-side aggregates —
 * /api/stats for the timeline and dyads, /api/map/points for the map, one page of /api/events at a time — so
 * the browser never holds more than a page of events. The stream adds alerts live and marks new events.
 */
import { ApiError, get, stream, type Alert, type AlertMessage, type Event, type EventDetail, type Operation, type Page, type Points, type Stats, type World } from './api.js';
import { drawDyads, drawMap, drawTimeline, goldsteinClass, QUAD_NAMES } from './charts.js';
import { byId, clear, el, fmt, safeLink } from './dom.js';

const FILTERS = ['actor', 'target', 'root', 'since', 'until', 'text', 'dyad'] as const;
const PAGE_SIZE = 25;

const form = byId<HTMLFormElement>('filters');
const state = {
  cameo: {} as Record<string, string>,
  world: null as World | null,
  cursors: [null] as (string | null)[],
  page: 0,
  next: null as string | null,
  selected: null as string | null,
  newEvents: 0,
};

function params(): URLSearchParams {
  const p = new URLSearchParams();
  const data = new FormData(form);
  for (const k of FILTERS) {
    const v = data.get(k);
    if (typeof v === 'string' && v.trim() !== '') p.set(k, v.trim());
  }
  const dyad = new URLSearchParams(location.hash.slice(1)).get('dyad');
  if (dyad !== null && !p.has('actor') && !p.has('target')) p.set('dyad', dyad);
  return p;
}

function showError(e: unknown): void {
  const box = byId('error');
  box.hidden = false;
  box.textContent = e instanceof ApiError ? `${e.code}: ${e.message}` : e instanceof Error ? e.message : String(e);
}

const label = (code: string): string => state.cameo[code] ?? state.cameo[code.slice(0, 2)] ?? code;
const who = (a: Event['source']): string => (a === null ? '—' : a.code);

async function refresh(): Promise<void> {
  byId('error').hidden = true;
  const p = params();
  location.hash = p.toString();
  state.cursors = [null];
  state.page = 0;
  state.newEvents = 0;
  byId('new-events').hidden = true;
  try {
    await Promise.all([loadStats(p), loadMap(p), loadEvents()]);
  } catch (e) {
    showError(e);
  }
}

async function loadStats(p: URLSearchParams): Promise<void> {
  const stats = await get<Stats>('/api/stats', p);
  const summary = byId('summary');
  clear(summary);
  summary.append(
    el('span', {}, el('b', {}, fmt.format(stats.total)), ' events'),
    el('span', {}, 'mean Goldstein ', el('b', { class: `chip ${goldsteinClass(stats.mean_goldstein ?? 0)}` }, stats.mean_goldstein === null ? '—' : stats.mean_goldstein.toFixed(2))),
    el('span', {}, el('b', {}, fmt.format(stats.by_quad.filter((q) => q.quad >= 3).reduce((a, q) => a + q.count, 0))), ' conflict'),
  );
  drawTimeline(byId<SVGSVGElement>('timeline'), stats, (date) => setFilters({ since: date, until: date }));
  drawDyads(byId('dyads'), stats, (source, target) => setFilters({ actor: source, target }));
}

async function loadMap(p: URLSearchParams): Promise<void> {
  state.world ??= await get<World>('/api/map/world');
  const points = await get<Points>('/api/map/points', p);
  drawMap(byId<SVGSVGElement>('map'), state.world, points, byId('map-note'));
}

async function loadEvents(): Promise<void> {
  const p = params();
  p.set('limit', String(PAGE_SIZE));
  const cursor = state.cursors[state.page];
  if (cursor !== null && cursor !== undefined) p.set('cursor', cursor);
  const page = await get<Page>('/api/events', p);
  state.next = page.next;
  const body = byId<HTMLTableElement>('events').tBodies[0] as HTMLTableSectionElement;
  clear(body);
  if (page.events.length === 0) body.appendChild(el('tr', {}, el('td', { colspan: '6', class: 'empty' }, 'No events match these filters.')));
  for (const e of page.events) {
    const tr = el('tr', { tabindex: '0', 'data-id': e.id },
      el('td', { class: 'date' }, e.date ?? '—'),
      el('td', {}, el('span', { class: 'code', title: e.source?.name ?? '' }, who(e.source)), el('span', { class: 'arrow' }, ' → '), el('span', { class: 'code', title: e.target?.name ?? '' }, who(e.target))),
      el('td', {}, el('span', { class: `quad q${e.quad}` }, e.code), ' ', label(e.code)),
      el('td', { class: 'num' }, el('span', { class: `chip ${goldsteinClass(e.goldstein)}` }, e.goldstein.toFixed(1))),
      el('td', {}, e.location === null ? '—' : e.location.name),
      el('td', { class: 'num' }, String(e.num_sources)));
    if (e.id === state.selected) tr.classList.add('selected');
    tr.addEventListener('click', () => void openEvent(e.id));
    tr.addEventListener('keydown', (k) => {
      if (k.key === 'Enter') void openEvent(e.id);
    });
    body.appendChild(tr);
  }
  const start = state.page * PAGE_SIZE;
  byId('page-info').textContent = page.total === 0 ? '' : `${fmt.format(start + 1)}–${fmt.format(start + page.events.length)} of ${fmt.format(page.total)}`;
  byId<HTMLButtonElement>('prev').disabled = state.page === 0;
  byId<HTMLButtonElement>('next').disabled = page.next === null;
}

/** The evidence sentence with its highlighted spans, as text nodes and <mark>s. */
function evidence(text: string, hs: EventDetail['highlights'][number]): HTMLElement {
  const p = el('p', { class: 'evidence' });
  let at = 0;
  for (const h of hs) {
    if (h.start < at) continue;
    p.append(text.slice(at, h.start));
    p.append(el('mark', { class: `hl-${h.role}`, title: h.approximate === true ? `${h.role} (approximate)` : h.role }, text.slice(h.start, h.end)));
    at = h.end;
  }
  p.append(text.slice(at));
  return p;
}

async function openEvent(id: string): Promise<void> {
  state.selected = id;
  for (const tr of document.querySelectorAll('#events tr.selected')) tr.classList.remove('selected');
  document.querySelector(`#events tr[data-id="${CSS.escape(id)}"]`)?.classList.add('selected');
  const box = byId('event-detail');
  try {
    const e = await get<EventDetail>(`/api/events/${encodeURIComponent(id)}`);
    clear(box);
    const actor = (a: Event['source'], role: string): HTMLElement => el('div', { class: `actor ${role}` }, el('span', { class: 'role' }, role),
      a === null ? '—' : el('span', {}, el('b', {}, a.code), a.name !== null ? ` ${a.name}` : '', el('span', { class: 'muted' }, ` “${a.text}”`)));
    box.append(
      el('div', { class: 'ev-title' }, el('span', { class: `quad q${e.quad}` }, e.code), ' ', el('span', {}, e.label ?? label(e.code))),
      el('div', { class: 'ev-meta' },
        el('span', { class: `chip ${goldsteinClass(e.goldstein)}`, title: 'Goldstein scale' }, e.goldstein.toFixed(1)),
        el('span', {}, QUAD_NAMES[e.quad - 1] ?? ''),
        el('span', {}, e.date ?? 'undated', el('span', { class: 'muted' }, ` (${e.date_basis})`)),
        e.location !== null ? el('span', {}, 'at ', e.location.name, e.location.country !== null ? `, ${e.location.country}` : '') : null,
        e.modality !== 'asserted' ? el('span', { class: 'warn' }, e.modality) : null),
      actor(e.source, 'source'), actor(e.target, 'target'),
      ...(e.speaker !== null ? [actor(e.speaker, 'speaker')] : []),
      el('h3', {}, 'Evidence'),
      ...e.mentions.map((m, i) => el('div', { class: 'mention' }, evidence(m.text, e.highlights[i] ?? []),
        el('div', { class: 'muted small' }, `document ${m.doc}, sentence ${m.sentence + 1}, characters ${m.start}–${m.end}`))),
      el('h3', {}, `Sources (${e.num_sources} outlets, ${e.num_articles} articles, ${e.num_mentions} mentions)`),
      el('ul', { class: 'sources' }, ...e.sources.map((s) => el('li', {},
        el('b', {}, s.source ?? s.doc), ' ', safeLink(s.url, s.title ?? s.url ?? s.doc),
        el('span', { class: 'muted' }, ` ${s.date ?? ''}`)))),
      el('details', {}, el('summary', {}, 'Why this code'), el('dl', { class: 'explain' },
        ...Object.entries(e.explain).flatMap(([k, v]) => [el('dt', {}, k), el('dd', {}, v ?? '—')]))),
    );
  } catch (err) {
    clear(box);
    box.append(el('p', { class: 'error' }, err instanceof Error ? err.message : String(err)));
  }
}

async function loadOperations(): Promise<void> {
  const { operations } = await get<{ operations: Operation[] }>('/api/operations');
  const root = byId('operations');
  clear(root);
  if (operations.length === 0) root.append(el('p', { class: 'empty' }, 'No operations reported yet.'));
  for (const o of operations) {
    root.append(el('article', { class: 'op' },
      el('div', { class: 'op-head' }, el('b', {}, o.name), el('span', { class: `status s-${o.status}` }, o.status)),
      el('div', { class: 'muted small' }, [o.actor, o.country].filter((x) => x !== null).join(' in '), o.since !== null ? ` · since ${o.since}` : ''),
      el('ol', { class: 'history' }, ...o.history.map((h) => el('li', {},
        el('span', { class: `status s-${h.status}` }, h.status), ' ', el('span', { class: 'muted' }, h.date ?? 'undated'),
        el('div', { class: 'small' }, h.evidence))))));
  }
}

function alertItem(a: Alert, e: Event | null, fresh: boolean): HTMLElement {
  const name = typeof a.detail.watchlist === 'string' ? a.detail.watchlist : a.watchlist_id;
  const li = el('li', { class: fresh ? 'fresh' : '', tabindex: '0' },
    el('div', {}, el('b', {}, name), el('span', { class: 'muted small' }, ` ${new Date(a.created_at).toLocaleString()}`)),
    e !== null
      ? el('div', { class: 'small' }, el('span', { class: `quad q${e.quad}` }, e.code), ` ${who(e.source)} → ${who(e.target)} `, label(e.code), e.location !== null ? ` · ${e.location.name}` : '')
      : el('div', { class: 'small muted' }, `event ${a.event_id}`));
  li.addEventListener('click', () => void openEvent(a.event_id));
  return li;
}

async function loadAlerts(): Promise<void> {
  const { alerts } = await get<{ alerts: Alert[] }>('/api/alerts', new URLSearchParams({ limit: '20' }));
  const root = byId('alerts');
  clear(root);
  if (alerts.length === 0) root.append(el('li', { class: 'empty' }, 'No alerts yet. Watchlists: POST /api/watchlists.'));
  for (const a of alerts) root.append(alertItem(a, null, false));
}

function setFilters(values: Partial<Record<(typeof FILTERS)[number], string>>): void {
  for (const [k, v] of Object.entries(values)) {
    const input = form.elements.namedItem(k);
    if (input instanceof HTMLInputElement || input instanceof HTMLSelectElement) input.value = v ?? '';
  }
  void refresh();
}

function fillFromHash(): void {
  const p = new URLSearchParams(location.hash.slice(1));
  for (const k of FILTERS) {
    const input = form.elements.namedItem(k);
    if ((input instanceof HTMLInputElement || input instanceof HTMLSelectElement) && p.has(k)) input.value = p.get(k) ?? '';
  }
}

function live(): void {
  const dot = byId('live-dot');
  const text = byId('live-label');
  let pending: ReturnType<typeof setTimeout> | null = null;
  stream({
    open() {
      dot.className = 'dot on';
      text.textContent = 'live';
    },
    error() {
      dot.className = 'dot off';
      text.textContent = 'reconnecting…';
    },
    event() {
      state.newEvents++;
      const pill = byId('new-events');
      pill.hidden = false;
      pill.textContent = `${fmt.format(state.newEvents)} new — refresh`;
      // aggregates catch up at most every 5 s however fast events arrive
      pending ??= setTimeout(() => {
        pending = null;
        void loadStats(params()).catch(showError);
        void loadOperations().catch(showError);
      }, 5000);
    },
    alert(m: AlertMessage) {
      const root = byId('alerts');
      root.querySelector('.empty')?.remove();
      root.prepend(alertItem(m.alert, m.event, true));
      while (root.children.length > 50) root.lastElementChild?.remove();
    },
  });
}

async function start(): Promise<void> {
  state.cameo = await get<Record<string, string>>('/api/cameo');
  const select = form.elements.namedItem('root') as HTMLSelectElement;
  for (let r = 1; r <= 20; r++) {
    const code = String(r).padStart(2, '0');
    select.append(el('option', { value: code }, `${code} ${state.cameo[code] ?? ''}`));
  }
  fillFromHash();
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    void refresh();
  });
  form.addEventListener('reset', () => {
    location.hash = '';
    setTimeout(() => void refresh(), 0);
  });
  byId('next').addEventListener('click', () => {
    if (state.next === null) return;
    state.cursors[state.page + 1] = state.next;
    state.page++;
    void loadEvents().catch(showError);
  });
  byId('prev').addEventListener('click', () => {
    if (state.page === 0) return;
    state.page--;
    void loadEvents().catch(showError);
  });
  byId('new-events').addEventListener('click', () => void refresh());
  let resize: ReturnType<typeof setTimeout> | null = null;
  window.addEventListener('resize', () => {
    if (resize !== null) clearTimeout(resize);
    resize = setTimeout(() => void loadStats(params()).catch(showError), 200);
  });
  await Promise.all([refresh(), loadOperations(), loadAlerts()]);
  live();
  document.body.dataset.ready = 'true';
}

start().catch(showError);
