/**
 * The command line (SPEC §2). `sitrep code` codes documents; `sitrep dict check` validates dictionaries.
 * Errors are one line on standard error: `sitrep: CODE: what (where)`.
 */
import { SitrepError } from '../errors.js';
import { runCode } from './code.js';
import { runDict } from './dict.js';
import { runIngestCommand } from './ingest.js';
import { runQuery } from './query.js';
import { runServe } from './serve.js';

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
    switch (cmd) {
      case 'code':
        return await runCode(rest);
      case 'dict':
        return runDict(rest);
      case 'ingest':
        return await runIngestCommand(rest);
      case 'query':
        return await runQuery(rest);
      case 'serve':
        return await runServe(rest);
      case undefined:
      case 'help':
      case '--help':
      case '-h':
        if (rest[0] === 'code') return await runCode(['--help']);
        if (rest[0] === 'dict') return runDict(['--help']);
        if (rest[0] === 'ingest') return await runIngestCommand(['--help']);
        if (rest[0] === 'query') return await runQuery(['--help']);
        if (rest[0] === 'serve') return await runServe(['--help']);
        process.stdout.write(USAGE + '\n');
        return 0;
      default:
        throw new SitrepError('E_USAGE', `unknown command "${cmd}" (try: sitrep --help)`);
    }
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
