/**
 * The embedded backend: one SQLite file through better-sqlite3 (major 12), in WAL mode so
 * readers (the dashboard, queries) never wait for the writer (ingest).
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { SitrepError } from '../errors.js';
import type { Database } from './schema.js';

export function sqliteDb(path: string): Kysely<Database> {
  let raw: BetterSqlite3.Database;
  try {
    if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
    raw = new BetterSqlite3(path);
    raw.pragma('journal_mode = WAL');
    raw.pragma('synchronous = NORMAL');
    raw.pragma('busy_timeout = 5000');
    // Full planner statistics (a sampled ANALYZE misjudges one-valued columns such as modality);
    // `optimize` only re-analyses tables that grew a lot since the last time.
    raw.pragma('optimize = 0x10002');
  } catch (err) {
    throw new SitrepError('E_STORE', `cannot open SQLite store ${path}: ${err instanceof Error ? err.message : String(err)}`);
  }
  return new Kysely<Database>({ dialect: new SqliteDialect({ database: raw }) });
}
