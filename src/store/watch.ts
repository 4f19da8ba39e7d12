/**
 * Whether a stored event hits a watchlist. Pure: the alerting side calls it for each new or
 * merged event and records hits with `Store.recordAlert`.
 */
import { distanceKm } from '../document/distance.js';
import type { StoredEvent, Watchlist } from './types.js';

/** Every condition the watchlist sets must hold; a watchlist with no condition matches nothing. */
export function matchWatchlist(w: Watchlist, e: StoredEvent): boolean {
  let conditions = 0;
  const src = e.source?.code ?? '';
  const tgt = e.target?.code ?? '';
  if (w.actor !== null) {
    conditions++;
    if (!src.startsWith(w.actor) && !tgt.startsWith(w.actor)) return false;
  }
  if (w.target !== null) {
    conditions++;
    if (!tgt.startsWith(w.target)) return false;
  }
  if (w.place !== null) {
    conditions++;
    const loc = e.location;
    if (loc === null) return false;
    const p = w.place.toLowerCase();
    const byCountry = loc.country !== null && loc.country.toLowerCase() === p;
    if (!byCountry && !loc.name.toLowerCase().includes(p)) return false;
  }
  if (w.lat !== null && w.lon !== null && w.radius_km !== null) {
    conditions++;
    const loc = e.location;
    if (loc === null || loc.lat === null || loc.lon === null) return false;
    if (distanceKm(w.lat, w.lon, loc.lat, loc.lon) > w.radius_km) return false;
  }
  if (w.codes.length > 0) {
    conditions++;
    if (!w.codes.some((c) => e.code.startsWith(c))) return false;
  }
  return conditions > 0;
}
