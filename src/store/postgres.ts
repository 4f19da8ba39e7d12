/**
 * The PostgreSQL backend. `postgres://…?schema=NAME` keeps the tables in schema NAME (created
 * if missing) through the connection's `search_path`; without it they live in `public`.
 */
import { availableParallelism } from 'node:os';
import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import { SitrepError } from '../errors.js';
import type { Database } from './schema.js';

/** Splits `?schema=` off a connection URL. */
export function parsePostgresUrl(url: string): { connectionString: string; schema: string | null } {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    throw new SitrepError('E_STORE', `not a PostgreSQL URL: ${url}`);
  }
  const schema = u.searchParams.get('schema');
  u.searchParams.delete('schema');
  if (schema !== null && !/^[A-Za-z_][A-Za-z0-9_]{0,62}$/.test(schema)) {
    throw new SitrepError('E_STORE', `schema: not a plain SQL identifier: ${JSON.stringify(schema)}`);
  }
  return { connectionString: u.toString(), schema };
}

/**
 * Default pool size: twice the cores, 4 to 20. More connections than the server has cores to run
 * them only queue inside PostgreSQL instead of in the pool, and each new connection pays for
 * loading the catalog: with 20 clients on 2 cores a pool of 4 gave a query p95 of 197 ms where 20
 * connections gave 803 ms (the database on this machine; give `poolSize` for a bigger remote one).
 */
export function defaultPoolSize(): number {
  return Math.min(20, Math.max(4, 2 * availableParallelism()));
}

/** A pool on the URL and the schema the tables live in. */
export async function postgresDb(url: string, poolSize = defaultPoolSize()): Promise<{ db: Kysely<Database>; schema: string }> {
  const { connectionString, schema } = parsePostgresUrl(url);
  // Idle connections stay a minute (pg's default is 10 s): a new one reloads the catalog on its first query.
  const config: pg.PoolConfig = { connectionString, max: poolSize, idleTimeoutMillis: 60_000 };
  // The identifier was checked above; search_path is set at connection start-up, before any query.
  if (schema !== null) config.options = `-c search_path=${schema}`;
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool: new pg.Pool(config) }) });
  try {
    if (schema !== null) await sql`create schema if not exists ${sql.id(schema)}`.execute(db);
    else await sql`select 1`.execute(db);
  } catch (err) {
    await db.destroy();
    const { hostname, port, pathname } = new URL(connectionString);
    throw new SitrepError('E_STORE', `cannot connect to PostgreSQL at ${hostname}:${port}${pathname}: ${err instanceof Error ? err.message : String(err)}`);
  }
  return { db, schema: schema ?? 'public' };
}
