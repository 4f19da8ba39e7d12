/**
 * `openStore(url)`: a file path opens (or creates) an SQLite store, a `postgres://` URL a
 * PostgreSQL one. Both are migrated to the current schema before they are returned.
 */
import { migrateToLatest } from './migrate.js';
import { postgresDb } from './postgres.js';
import { sqliteDb } from './sqlite.js';
import { KyselyStore, type StoreOptions } from './store.js';
import type { Store } from './types.js';

export const DEFAULT_STORE = './sitrep.db';

/** `--db`, else `SITREP_DB`, else `./sitrep.db`. */
export function storeUrl(flag?: string | null, env: NodeJS.ProcessEnv = process.env): string {
  return flag ?? env.SITREP_DB ?? DEFAULT_STORE;
}

export const isPostgresUrl = (url: string): boolean => /^postgres(ql)?:\/\//i.test(url);

export async function openStore(url: string = DEFAULT_STORE, opts: StoreOptions = {}): Promise<Store> {
  if (isPostgresUrl(url)) {
    const { db, schema } = await postgresDb(url, opts.poolSize);
    try {
      await migrateToLatest(db, 'postgres', schema);
    } catch (err) {
      await db.destroy();
      throw err;
    }
    return new KyselyStore(db, 'postgres', opts);
  }
  const db = sqliteDb(url);
  try {
    await migrateToLatest(db, 'sqlite');
  } catch (err) {
    await db.destroy();
    throw err;
  }
  return new KyselyStore(db, 'sqlite', opts);
}

export type * from './types.js';
export { matchWatchlist } from './watch.js';
export { sameHappening, countryLevel, dyadKey } from './merge.js';
export type { StoreOptions } from './store.js';
