/** Shared test helpers: paths, the fixture coder, and access to ../shared when it is present. */
import { spawn } from 'node:child_process';
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

/** Run the CLI (`bin/sitrep.js ARGS`) from the project root without blocking the test runner. */
export function runCli(args: string[]): Promise<{ code: number; out: string; err: string }> {
  return new Promise((resolve) => {
    const p = spawn(process.execPath, [join(ROOT, 'bin', 'sitrep.js'), ...args], { cwd: ROOT });
    let out = '';
    let err = '';
    p.stdout.on('data', (b: Buffer) => (out += b.toString('utf8')));
    p.stderr.on('data', (b: Buffer) => (err += b.toString('utf8')));
    p.on('close', (code) => resolve({ code: code ?? -1, out, err }));
  });
}
