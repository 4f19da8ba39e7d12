/**
 * Typed errors with stable codes. Thrown only for misuse or broken input/infrastructure;
 * "no match" is always an empty result. The CLI prints `sitrep: <code>: <message>` on one line.
 */
export class SitrepError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'SitrepError';
  }
}

export const dictError = (file: string, line: number, what: string): SitrepError =>
  new SitrepError('E_DICT_SYNTAX', `${file}:${line}: ${what}`);

export const inputError = (where: string, what: string): SitrepError =>
  new SitrepError('E_INPUT', `${where}: ${what}`);

export const usageError = (what: string): SitrepError => new SitrepError('E_USAGE', what);
