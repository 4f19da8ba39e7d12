/**
 * The compiled-lexicon cache: what reading a set of dictionaries produced (tries as integer arrays, verb
 * dictionaries, the malformed lines found), stored with `v8.serialize` so the next start-up loads it instead of
 * reading the files again (the Phoenix actor files alone are ~60,000 lines).
 *
 * A cache file is named by a key that hashes everything its content depends on: the cache layout, the V8
 * serialisation format, the compiled reader modules (this folder and `errors.js`), and for every dictionary its
 * kind, position, label and the sha1 of its bytes. Changing a dictionary, even to the same size and mtime,
 * changes the key, so a stale file is never read; it is pruned later. Writing is atomic (a temporary file
 * renamed into place), so concurrent workers never read a half-written file; an unreadable or corrupt file
 * is ignored. The cache is only an optimisation: when its folder cannot be written, sitrep reads the files.
 *
 * Folder: `SITREP_CACHE_DIR` when set (`off` disables the cache), else `node_modules/.cache/sitrep` under the
 * package root when that `node_modules` exists, else `$XDG_CACHE_HOME/sitrep` or `~/.cache/sitrep`.
 */
import { createHash, type Hash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deserialize, serialize } from 'node:v8';

/** Bumped when what a cache file holds changes shape. */
const CACHE_FORMAT = 1;
/** Cache files kept; older ones are removed when a new one is written. */
const KEEP = 16;
const HERE = dirname(fileURLToPath(import.meta.url));
const PACKAGE_ROOT = resolve(HERE, '../../..');

/** The cache folder, or null when caching is off. */
export function cacheDir(): string | null {
  const env = process.env.SITREP_CACHE_DIR;
  if (env !== undefined && env !== '') return env === 'off' ? null : resolve(env);
  if (existsSync(join(PACKAGE_ROOT, 'node_modules'))) return join(PACKAGE_ROOT, 'node_modules', '.cache', 'sitrep');
  const xdg = process.env.XDG_CACHE_HOME;
  return join(xdg ? xdg : join(homedir(), '.cache'), 'sitrep');
}

let readerFingerprint: string | null = null;

/** Hash of the compiled modules whose output is cached: any change to a reader invalidates every cache file. */
function fingerprint(): string {
  if (readerFingerprint === null) {
    const h = createHash('sha1');
    for (const f of readdirSync(HERE).filter((n) => n.endsWith('.js')).sort()) h.update(f).update(readFileSync(join(HERE, f)));
    h.update(readFileSync(join(HERE, '../errors.js')));
    readerFingerprint = h.digest('hex');
  }
  return readerFingerprint;
}

/** A key under construction: `part` adds labelled text or bytes. */
export class CacheKey {
  private readonly h: Hash = createHash('sha1');

  constructor(what: string) {
    this.h.update(`${what}\n${CACHE_FORMAT}\n${process.versions.v8}\n${fingerprint()}\n`);
  }

  part(label: string, bytes?: Buffer): this {
    this.h.update(`${label.length}:${label}\n`);
    if (bytes) this.h.update(createHash('sha1').update(bytes).digest('hex')).update('\n');
    return this;
  }

  digest(): string {
    return this.h.digest('hex');
  }
}

interface Stored {
  key: string;
  value: unknown;
}

/** The value stored under `key`, or null (no cache, no file, or a file that does not read back whole). */
export function readCache(key: string): unknown {
  const dir = cacheDir();
  if (!dir) return null;
  let buf: Buffer;
  try {
    buf = readFileSync(join(dir, `${key}.bin`));
  } catch {
    return null;
  }
  try {
    const stored = deserialize(buf) as Stored;
    return stored.key === key ? stored.value : null;
  } catch {
    return null;
  }
}

/** Store `value` under `key` (best effort: a cache that cannot be written is skipped). */
export function writeCache(key: string, value: unknown): void {
  const dir = cacheDir();
  if (!dir) return;
  try {
    mkdirSync(dir, { recursive: true });
    const tmp = join(dir, `${key}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`);
    writeFileSync(tmp, serialize({ key, value } satisfies Stored));
    renameSync(tmp, join(dir, `${key}.bin`));
    prune(dir);
  } catch {
    // read-only or full: the dictionaries are read from their files next time too
  }
}

/** Keep the newest `KEEP` cache files; remove temporary files a killed process left (older than an hour). */
function prune(dir: string): void {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.bin') || f.endsWith('.tmp'))
    .map((f) => ({ f, t: statSync(join(dir, f)).mtimeMs }))
    .sort((a, b) => b.t - a.t);
  const old = Date.now() - 3_600_000;
  for (const { f } of files.filter((x) => x.f.endsWith('.tmp') && x.t < old)) unlinkSync(join(dir, f));
  for (const { f } of files.filter((x) => x.f.endsWith('.bin')).slice(KEEP)) unlinkSync(join(dir, f));
}
