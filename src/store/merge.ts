/**
 * When two reports, from different documents, describe the same happening. One rule in one
 * place, tested as a table (`test/store.test.ts`):
 *
 * - same country-level dyad, in the same direction (see `countryLevel`);
 * - same CAMEO root, and compatible codes: one code is a prefix of the other, or both share
 *   the same 3-digit base code;
 * - both dated, at most one day apart;
 * - same place country, or one of them has none;
 * - same modality (an asserted strike is not the same record as a denied one).
 */

/** Code prefixes that name an organisation rather than a country: keep 9 characters for these. */
const ORG_PREFIXES = ['IGO', 'NGO', 'IMG', 'MNC'];

/** The country-level part of an actor code: `USAMIL` → `USA`, `IGOWSTNAT` → `IGOWSTNAT`, none → ''. */
export function countryLevel(code: string | null | undefined): string {
  if (code === null || code === undefined) return '';
  const c = code.toUpperCase();
  return ORG_PREFIXES.includes(c.slice(0, 3)) ? c.slice(0, 9) : c.slice(0, 3);
}

/** The directed country-level dyad key stored in `events.dyad`. */
export function dyadKey(source: string | null | undefined, target: string | null | undefined): string {
  return `${countryLevel(source)}>${countryLevel(target)}`;
}

/** What the rule looks at: a subset of both `EventRecord` and a stored event row. */
export interface MergeKey {
  code: string;
  root: string;
  source: string | null;
  target: string | null;
  date: string | null;
  country: string | null;
  modality: string;
}

/** One code is a prefix of the other, or they share a 3-digit base code. */
export function compatibleCodes(a: string, b: string): boolean {
  if (a.startsWith(b) || b.startsWith(a)) return true;
  return a.length >= 3 && b.length >= 3 && a.slice(0, 3) === b.slice(0, 3);
}

const DAY_MS = 86_400_000;

/** Whole days between two YYYY-MM-DD dates, or null when either is missing or malformed. */
export function daysApart(a: string | null, b: string | null): number | null {
  if (a === null || b === null) return null;
  const ta = Date.parse(`${a}T00:00:00Z`);
  const tb = Date.parse(`${b}T00:00:00Z`);
  if (Number.isNaN(ta) || Number.isNaN(tb)) return null;
  return Math.round(Math.abs(ta - tb) / DAY_MS);
}

/** Shift a YYYY-MM-DD date by whole days. */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** True when two reports describe the same happening (the rule above). */
export function sameHappening(a: MergeKey, b: MergeKey): boolean {
  if (a.modality !== b.modality) return false;
  if (dyadKey(a.source, a.target) !== dyadKey(b.source, b.target)) return false;
  if (a.root !== b.root || !compatibleCodes(a.code, b.code)) return false;
  const days = daysApart(a.date, b.date);
  if (days === null || days > 1) return false;
  return a.country === null || b.country === null || a.country === b.country;
}
