import { SitrepError } from '../errors.js';

/**
 * How a reader treats a malformed line. By default it throws (SitrepError E_DICT_SYNTAX with file:line).
 * With `onError`, the line is reported there and skipped, so a large third-party dictionary with a few
 * broken lines can still be used; `sitrep dict check` lists every such line and exits non-zero.
 */
export interface ReadOptions {
  onError?: (e: SitrepError) => void;
}

export function report(e: unknown, opts: ReadOptions): void {
  if (opts.onError && e instanceof SitrepError) opts.onError(e);
  else throw e;
}
