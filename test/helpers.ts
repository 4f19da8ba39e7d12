/** Shared test helpers: paths, the fixture coder, and access to ../shared when it is present. */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createCoder, type Coder } from '../src/coder.js';

/** Project root (tests run from dist/test). */
export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const FIXTURES = join(ROOT, 'test', 'fixtures');
export const SHARED = resolve(ROOT, '..', 'shared');
export const HAS_SHARED = existsSync(join(SHARED, 'data', 'petrarch2'));
export const SKIP_SHARED = HAS_SHARED ? false : '../shared not found: skipping tests that need the shared data';

let fixtureCoder: Coder | null = null;

/** A coder over the small fictional test dictionaries only. */
export function testCoder(): Coder {
  fixtureCoder ??= createCoder({
    noBuiltin: true,
    dictionaries: {
      actors: [join(FIXTURES, 'dicts', 'actors.txt')],
      agents: [join(FIXTURES, 'dicts', 'agents.txt')],
      verbs: [join(FIXTURES, 'dicts', 'verbs.txt')],
      discards: [],
    },
  });
  return fixtureCoder;
}

export type Triple = [string, string, string];

/** Asserted events of a text as sorted [source, target, code] triples. */
export function triples(coder: Coder, text: string, date = '2021-06-01'): Triple[] {
  return coder
    .codeDoc({ id: 't', text, date })
    .events.filter((e) => e.modality === 'asserted')
    .map((e): Triple => [e.source?.code ?? '', e.target?.code ?? '', e.code])
    .sort((a, b) => a.join().localeCompare(b.join()));
}
