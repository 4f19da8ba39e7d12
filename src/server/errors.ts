/**
 * The API edge's one error shape, `{error: {code, message}}`, and the one place where a SitrepError code
 * becomes an HTTP status. Anything that is not a SitrepError is an internal error whose message is not shown.
 */
import { SitrepError } from '../errors.js';

/** HTTP status per error code; codes not listed are 500. */
export const STATUS: Readonly<Record<string, number>> = {
  E_QUERY: 400,
  E_INPUT: 400,
  E_USAGE: 400,
  E_WATCHLIST: 400,
  E_JSON: 400,
  E_AUTH: 401,
  E_NOT_FOUND: 404,
  E_METHOD: 405,
  E_TOO_LARGE: 413,
  E_MEDIA_TYPE: 415,
  E_STORE: 503,
};

export const notFound = (what: string): SitrepError => new SitrepError('E_NOT_FOUND', what);

export interface ErrorBody {
  error: { code: string; message: string };
}

export function errorBody(e: unknown): { status: number; body: ErrorBody } {
  if (e instanceof SitrepError) return { status: STATUS[e.code] ?? 500, body: { error: { code: e.code, message: e.message } } };
  return { status: 500, body: { error: { code: 'E_INTERNAL', message: 'internal error' } } };
}
