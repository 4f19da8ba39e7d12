/**
 * The PostgreSQL backend. `postgres://…?schema=NAME` keeps the tables in schema NAME (created
 * if missing) through the connection's `search_path`; without it they live in `public`.
 */
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

/** A pool on the URL and the schema the tables live in. */
export async function postgresDb(url: string, poolSize = 10): Promise<{ db: Kysely<Database>; schema: string }> {
  const { connectionString, schema } = parsePostgresUrl(url);
  const config: pg.PoolConfig = { connectionString, max: poolSize };
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
