/**
 * The dashboard's files: `index.html` and `style.css` from src/dashboard (they need no build), the browser
 * modules compiled by tsc from src/dashboard/*.ts into dist/src/dashboard. Only plain file names are served
 * (no path walking), each with its content type; everything else is 404.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
/** Project root, from dist/src/server. */
const ROOT = resolve(here, '..', '..', '..');
const SOURCE_DIR = join(ROOT, 'src', 'dashboard');
const COMPILED_DIR = resolve(here, '..', 'dashboard');

const TYPES: Record<string, string> = {
  html: 'text/html; charset=utf-8',
  css: 'text/css; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  svg: 'image/svg+xml',
};

const cache = new Map<string, { body: Uint8Array<ArrayBuffer>; type: string }>();

/** A dashboard asset by file name, or null. */
export function asset(name: string): { body: Uint8Array<ArrayBuffer>; type: string } | null {
  const m = /^([a-z0-9-]+)\.(html|css|js|svg)$/.exec(name);
  if (m === null) return null;
  const hit = cache.get(name);
  if (hit !== undefined) return hit;
  const ext = m[2] as string;
  const file = join(ext === 'js' ? COMPILED_DIR : SOURCE_DIR, name);
  if (!existsSync(file)) return null;
  const found = { body: new Uint8Array(readFileSync(file)), type: TYPES[ext] as string };
  cache.set(name, found);
  return found;
}

/** Security headers for every response: the dashboard loads only its own scripts, styles and API. */
export const SECURITY_HEADERS: Record<string, string> = {
  'content-security-policy': "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
};
