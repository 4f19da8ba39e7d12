/**
 * Bearer tokens. Writes always need the token; reads need it only when the server is started with
 * `--read-token-required`. The stream also accepts `?access_token=` because browsers' EventSource cannot set headers.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import { SitrepError } from '../errors.js';

const digest = (s: string): Buffer => createHash('sha256').update(s, 'utf8').digest();

/** Constant-time comparison (hashing first makes the lengths equal). */
export function sameToken(given: string, expected: string): boolean {
  return timingSafeEqual(digest(given), digest(expected));
}

/** The token a request presents, from `Authorization: Bearer …` or, when allowed, `access_token`. */
export function presentedToken(req: Request, url: URL, allowQuery: boolean): string | null {
  const h = req.headers.get('authorization');
  const m = h === null ? null : /^Bearer\s+(\S+)\s*$/i.exec(h);
  if (m?.[1] !== undefined) return m[1];
  if (allowQuery) return url.searchParams.get('access_token');
  return null;
}

/** Throws E_AUTH unless the request carries the expected token. */
export function requireToken(req: Request, url: URL, expected: string | null, allowQuery = false): void {
  if (expected === null || expected === '') throw new SitrepError('E_AUTH', 'this server has no token configured; start it with --token or SITREP_TOKEN');
  const given = presentedToken(req, url, allowQuery);
  if (given === null) throw new SitrepError('E_AUTH', 'missing token: send Authorization: Bearer <token>');
  if (!sameToken(given, expected)) throw new SitrepError('E_AUTH', 'wrong token');
}
