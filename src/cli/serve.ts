/**
 * `sitrep serve`: the dashboard at `/` and the API under `/api` over the store (`--db`, `SITREP_DB`, ./sitrep.db).
 * Writes need the token from `--token` or `SITREP_TOKEN`; without one a random token is made and printed.
 */
import { randomBytes } from 'node:crypto';
import { createCoder } from '../coder.js';
import { DICTIONARY_OPTIONS, coderOptionsFrom, parseCommand } from './options.js';
import { usageError } from '../errors.js';
import { createApp } from '../server/app.js';
import { listen } from '../server/node.js';
import { openStore, storeUrl } from '../store/index.js';

export const SERVE_HELP = `Usage: sitrep serve [options]

Serves the dashboard at / and the API under /api (description: /api/openapi.json).

Options:
  --db PATH|URL             the store (default: SITREP_DB, else ./sitrep.db; postgres://… for PostgreSQL)
  --port N                  port (default 8080; 0 picks a free one)
  --host H                  address to listen on (default 127.0.0.1)
  --token T                 bearer token for writes (default: SITREP_TOKEN, else a random one, printed)
  --read-token-required     reads need the token too
  --actors F, --agents F, --verbs F, --discards F, --no-builtin, --strict
                            dictionaries for POST /api/documents, as for 'sitrep code'
  -h, --help                this help`;

export async function runServe(argv: string[]): Promise<number> {
  const parsed = parseCommand('serve', {
    args: argv,
    allowPositionals: false,
    options: {
      db: { type: 'string' },
      port: { type: 'string', default: '8080' },
      host: { type: 'string', default: '127.0.0.1' },
      token: { type: 'string' },
      'read-token-required': { type: 'boolean', default: false },
      ...DICTIONARY_OPTIONS,
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  const o = parsed.values;
  if (o.help) {
    process.stdout.write(SERVE_HELP + '\n');
    return 0;
  }
  const port = Number(o.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw usageError(`--port: expected 0–65535, got "${o.port}"`);
  let token = o.token ?? process.env.SITREP_TOKEN ?? null;
  const generated = token === null || token === '';
  if (generated) token = randomBytes(18).toString('base64url');

  const store = await openStore(storeUrl(o.db));
  const log = (line: string): void => {
    process.stderr.write(`sitrep serve: ${line}\n`);
  };
  const app = createApp({
    store, token, readTokenRequired: o['read-token-required'], log,
    coder: () => createCoder(coderOptionsFrom(o, log)),
  });
  const server = await listen(app, { port, host: o.host });
  process.stdout.write(`sitrep: serving ${store.backend} store on ${server.url}/ (API: ${server.url}/api/openapi.json)\n`);
  if (generated) process.stdout.write(`sitrep: write token for this run: ${token}\n`);

  await new Promise<void>((resolve) => {
    const stop = (): void => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
  await server.close();
  await store.close();
  return 0;
}
