/**
 * The command line (SPEC §2). `sitrep code` codes documents; `sitrep dict check` validates dictionaries.
 * Errors are one line on standard error: `sitrep: CODE: what (where)`.
 */
import { SitrepError } from '../errors.js';
import { applyCoderV8Flags } from './v8-flags.js';

// The coder's V8 flags (see v8-flags.ts), set before any command module is loaded; the worker threads get them too.
applyCoderV8Flags();

/**
 * Each command is loaded only when it runs: the store, HTML extraction and server modules cost start-up time
 * that `sitrep code` should not pay.
 */
const COMMANDS: Record<string, () => Promise<(argv: string[]) => number | Promise<number>>> = {
  code: async () => (await import('./code.js')).runCode,
  dict: async () => (await import('./dict.js')).runDict,
  ingest: async () => (await import('./ingest.js')).runIngestCommand,
  query: async () => (await import('./query.js')).runQuery,
  serve: async () => (await import('./serve.js')).runServe,
};

export const USAGE = `sitrep — sourced, coded event data from news text

Usage:
  sitrep code [FILE ...] [options]      code documents into CAMEO/PLOVER events
  sitrep dict check FILE ...            validate PETRARCH/TABARI dictionary files
  sitrep ingest PATH|URL ... [options]  store documents, pages, feeds and directories as events
  sitrep query [filters] [--format F]   events from the store (table, jsonl, csv, gdelt, plover)
  sitrep serve [--db PATH] [--port N]   the dashboard and the HTTP API over the store
  sitrep help [COMMAND]                 this text, or a command's help

Run 'sitrep COMMAND --help' for a command's options.`;

export async function main(argv: string[]): Promise<number> {
  const [cmd, ...rest] = argv;
  try {
    const load = cmd ? COMMANDS[cmd] : undefined;
    if (load) return await (await load())(rest);
    if (cmd === undefined || cmd === 'help' || cmd === '--help' || cmd === '-h') {
      const sub = rest[0] ? COMMANDS[rest[0]] : undefined;
      if (sub) return await (await sub())(['--help']);
      process.stdout.write(USAGE + '\n');
      return 0;
    }
    throw new SitrepError('E_USAGE', `unknown command "${cmd}" (try: sitrep --help)`);
  } catch (e) {
    return fail(e);
  }
}

export function fail(e: unknown): number {
  if (e instanceof SitrepError) {
    process.stderr.write(`sitrep: ${e.code}: ${e.message}\n`);
    return e.code === 'E_USAGE' ? 2 : 1;
  }
  const msg = e instanceof Error ? e.message : String(e);
  process.stderr.write(`sitrep: E_INTERNAL: ${msg.split('\n')[0] ?? ''}\n`);
  return 70;
}
