/**
 * Runs one measurement on every store backend a benchmark can reach: a temporary SQLite file always, and
 * PostgreSQL in a throw-away schema when a URL is given. Results are merged into one flat record.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { openStore } from '../src/store/index.js';
import type { Store } from '../src/store/types.js';

export async function onEveryBackend(
  name: string,
  pgUrl: string | undefined,
  measure: (store: Store, backend: 'sqlite' | 'postgres') => Promise<Record<string, number>>,
): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  const dir = mkdtempSync(join(tmpdir(), `sitrep-bench-${name}-`));
  try {
    const store = await openStore(join(dir, `${name}.db`));
    try {
      Object.assign(out, await measure(store, 'sqlite'));
    } finally {
      await store.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  if (pgUrl !== undefined && pgUrl !== '') {
    const schema = `sitrep_bench_${name}_${process.pid}`;
    const store = await openStore(`${pgUrl}${pgUrl.includes('?') ? '&' : '?'}schema=${schema}`);
    try {
      Object.assign(out, await measure(store, 'postgres'));
    } finally {
      await store.close();
      const client = new pg.Client({ connectionString: pgUrl });
      await client.connect();
      await client.query(`drop schema if exists "${schema}" cascade`);
      await client.end();
    }
  }
  return out;
}
