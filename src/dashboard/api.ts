/**
 * The dashboard's view of the API: typed fetches, the optional read token (kept in localStorage when the
 * server asks for one), and the live stream.
 */
export interface Actor { code: string; text: string; name: string | null }
export interface Mention { doc: string; sentence: number; start: number; end: number; text: string }
export interface Source { doc: string; source: string | null; url: string | null; title: string | null; date: string | null; added_at: string }
export interface Event {
  id: string; code: string; root: string; quad: number; goldstein: number;
  source: Actor | null; target: Actor | null; date: string | null; date_basis: string;
  location: { name: string; country: string | null; lat: number | null; lon: number | null } | null;
  modality: string; speaker: Actor | null; mentions: Mention[]; sources: Source[];
  num_mentions: number; num_sources: number; num_articles: number; first_seen: string;
  explain: Record<string, string | null>;
}
export interface Highlight { start: number; end: number; role: 'source' | 'target' | 'verb'; approximate?: boolean }
export interface EventDetail extends Event { label: string | null; highlights: Highlight[][] }
export interface Page { events: Event[]; total: number; next: string | null }
export interface Stats {
  total: number; mean_goldstein: number | null;
  by_day: { date: string; count: number; quad: [number, number, number, number]; mean_goldstein: number }[];
  by_root: { root: string; count: number }[];
  by_quad: { quad: number; count: number }[];
  top_dyads: { source: string; target: string; count: number; mean_goldstein: number }[];
}
export interface Operation {
  id: string; name: string; actor: string | null; country: string | null; status: string; since: string | null; updated_at: string;
  history: { status: string; date: string | null; evidence: string; docs: string[] }[];
}
export interface Alert { id: string; watchlist_id: string; event_id: string; created_at: string; detail: Record<string, unknown> }
export interface AlertMessage { alert: Alert; watchlist: { id: string; name: string }; event: Event }
export interface World { width: number; height: number; sphere: string; graticule: string; countries: { id: string; name: string; d: string }[] }
export interface Points { total: number; sampled: number; points: { name: string; country: string | null; x: number; y: number; count: number; approximate: boolean }[] }

const TOKEN_KEY = 'sitrep.token';

export class ApiError extends Error {
  constructor(readonly status: number, readonly code: string, message: string) {
    super(message);
  }
}

function token(): string | null {
  return localStorage.getItem(TOKEN_KEY);
}

export async function get<T>(path: string, params?: URLSearchParams): Promise<T> {
  const url = params !== undefined && [...params.keys()].length > 0 ? `${path}?${params.toString()}` : path;
  const t = token();
  const res = await fetch(url, { headers: t !== null ? { authorization: `Bearer ${t}` } : {} });
  if (res.status === 401) {
    const given = window.prompt('This sitrep server needs a token to read. Token:');
    if (given !== null && given.trim() !== '') {
      localStorage.setItem(TOKEN_KEY, given.trim());
      return get<T>(path, params);
    }
  }
  if (!res.ok) {
    const body = (await res.json().catch(() => null)) as { error?: { code?: string; message?: string } } | null;
    throw new ApiError(res.status, body?.error?.code ?? 'E_HTTP', body?.error?.message ?? `HTTP ${res.status}`);
  }
  return (await res.json()) as T;
}

export function stream(handlers: { open(): void; error(): void; event(e: { kind: string; event: Event }): void; alert(a: AlertMessage): void }): EventSource {
  const t = token();
  const src = new EventSource(t !== null ? `/api/stream?access_token=${encodeURIComponent(t)}` : '/api/stream');
  src.onopen = () => handlers.open();
  src.onerror = () => handlers.error();
  src.addEventListener('event', (m) => handlers.event(JSON.parse((m as MessageEvent<string>).data) as { kind: string; event: Event }));
  src.addEventListener('alert', (m) => handlers.alert(JSON.parse((m as MessageEvent<string>).data) as AlertMessage));
  return src;
}
