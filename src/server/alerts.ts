/**
 * After a write: every new or merged event goes on the stream, is checked against every watchlist, and each
 * first hit of a (watchlist, event) pair becomes an alert — stored, streamed, and POSTed to the watchlist's webhook.
 */
import { matchWatchlist, type Alert, type PutResult, type Store, type StoredEvent, type Watchlist } from '../store/index.js';
import type { Hub } from './sse.js';
import type { Webhooks } from './webhooks.js';

export interface AlertPayload {
  alert: Alert;
  watchlist: Pick<Watchlist, 'id' | 'name'>;
  event: StoredEvent;
}

export async function announce(store: Store, hub: Hub, webhooks: Webhooks, put: PutResult): Promise<AlertPayload[]> {
  const ids = [...put.created.map((id) => ({ id, kind: 'created' })), ...put.merged.map((id) => ({ id, kind: 'merged' }))];
  if (ids.length === 0) return [];
  const watchlists = await store.listWatchlists();
  const out: AlertPayload[] = [];
  for (const { id, kind } of ids) {
    const event = await store.getEvent(id);
    if (event === null) continue;
    hub.publish('event', { kind, event });
    for (const w of watchlists) {
      if (!matchWatchlist(w, event)) continue;
      const { alert, inserted } = await store.recordAlert({ watchlist_id: w.id, event_id: event.id, detail: { watchlist: w.name, kind } });
      if (!inserted) continue;
      const payload: AlertPayload = { alert, watchlist: { id: w.id, name: w.name }, event };
      out.push(payload);
      hub.publish('alert', payload);
      if (w.webhook !== null) webhooks.send(w.webhook, { type: 'sitrep.alert', ...payload });
    }
  }
  return out;
}
