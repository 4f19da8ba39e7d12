/** The CLI contract (SPEC §2) and bad input: one-line errors that name what and where; others still coded. */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { FIXTURES, ROOT } from './helpers.js';

const BIN = join(ROOT, 'bin', 'sitrep.js');
const DICTS = ['--no-builtin', '--actors', join(FIXTURES, 'dicts', 'actors.txt'), '--agents', join(FIXTURES, 'dicts', 'agents.txt'), '--verbs', join(FIXTURES, 'dicts', 'verbs.txt')];

function run(args: string[], input?: string | Buffer): { code: number; out: string; err: string } {
  const r = spawnSync(process.execPath, [BIN, ...args], { input: input ?? '', cwd: ROOT });
  return { code: r.status ?? -1, out: r.stdout.toString('utf8'), err: r.stderr.toString('utf8') };
}

const tmp = mkdtempSync(join(tmpdir(), 'sitrep-cli-'));

void test('code: jsonl in, one event per line out, exit 0', () => {
  const r = run(['code', '--input', 'jsonl', ...DICTS], '{"id":"a","text":"Valdoria attacked Kestria.","date":"2021-05-01"}\n');
  assert.equal(r.code, 0, r.err);
  const lines = r.out.trim().split('\n');
  assert.equal(lines.length, 1);
  const e = JSON.parse(lines[0] ?? '{}') as { doc: string; code: string; date: string };
  assert.equal(e.doc, 'a');
  assert.equal(e.code, '190');
  assert.equal(e.date, '2021-05-01');
});

void test('code: no event is still success', () => {
  const r = run(['code', ...DICTS], 'Nothing happened here.');
  assert.equal(r.code, 0);
  assert.equal(r.out, '');
});

void test('code: table and doc formats', () => {
  const t = run(['code', '--format', 'table', '--date', '2021-05-01', ...DICTS], 'Valdoria attacked Kestria.');
  assert.match(t.out, /190\s+VAL\s+KES/);
  const d = run(['code', '--format', 'doc', ...DICTS], 'Valdoria attacked Kestria.');
  const doc = JSON.parse(d.out) as { events: unknown[]; quotes: unknown[]; operations: unknown[] };
  assert.equal(doc.events.length, 1);
  assert.ok(Array.isArray(doc.quotes) && Array.isArray(doc.operations));
});

const BAD: [string, string[], string | Buffer, RegExp][] = [
  ['unknown option', ['code', '--bogus'], '', /E_USAGE: .*bogus/],
  ['bad --format', ['code', '--format', 'xml'], '', /E_USAGE: --format/],
  ['bad --date', ['code', '--date', '2020-1-5'], '', /E_USAGE: --date/],
  ['empty input', ['code', ...DICTS], '', /E_INPUT: stdin: empty input/],
  ['non-UTF-8 bytes', ['code', ...DICTS], Buffer.from([0x41, 0x20, 0xff, 0xfe, 0x42]), /E_INPUT: .*not valid UTF-8.*offset 2/],
  ['missing file', ['code', join(tmp, 'nope.txt'), ...DICTS], '', /E_INPUT: .*nope\.txt: cannot read/],
  ['unknown command', ['frobnicate'], '', /E_USAGE: unknown command/],
];
for (const [name, args, input, re] of BAD) {
  void test(`bad input: ${name} → one-line error, non-zero exit`, () => {
    const r = run(args, input);
    assert.notEqual(r.code, 0);
    assert.match(r.err, re);
    assert.equal(r.err.trim().split('\n').length, 1, r.err);
  });
}

void test('bad input: broken JSONL lines are reported with line numbers, the good ones still coded', () => {
  const input = ['{"id":"ok1","text":"Valdoria attacked Kestria."}', 'not json', '{"id":"x"}', '{"id":"d","text":"x","date":"May 5"}', '{"id":"ok2","text":"Kestria attacked Morvane."}'].join('\n');
  const r = run(['code', '--input', 'jsonl', ...DICTS], input);
  assert.equal(r.code, 1);
  assert.match(r.err, /stdin:2: not a JSON object/);
  assert.match(r.err, /stdin:3: missing "text"/);
  assert.match(r.err, /stdin:4: "date" must be YYYY-MM-DD/);
  const docs = r.out.trim().split('\n').map((l) => (JSON.parse(l) as { doc: string }).doc);
  assert.deepEqual(docs, ['ok1', 'ok2']);
});

void test('bad input: a JSONL line that is not UTF-8 loses only itself', () => {
  const good = (id: string): Buffer => Buffer.from(JSON.stringify({ id, text: 'Valdoria attacked Kestria.' }) + '\n');
  const input = Buffer.concat([good('a'), Buffer.from('{"id":"b","text":"Valdoria \xff attacked."}\n', 'latin1'), good('c')]);
  const r = run(['code', '--input', 'jsonl', ...DICTS], input);
  assert.equal(r.code, 1);
  assert.match(r.err, /E_INPUT: stdin:2: not valid UTF-8 text \(first bad byte at offset 27\)/);
  assert.equal(r.err.trim().split('\n').length, 1, r.err);
  assert.deepEqual(r.out.trim().split('\n').map((l) => (JSON.parse(l) as { doc: string }).doc), ['a', 'c']);
});

void test('JSONL is read in blocks: lines longer than a block, and a last line without a newline', () => {
  const long = 'the rain kept falling over the hills and '.repeat(60_000) + 'Kestria condemned Morvane.';
  const lines = [{ id: 'a', text: 'Valdoria attacked Kestria.' }, { id: 'long', text: long }, { id: 'z', text: 'Kestria attacked Morvane.' }];
  const r = run(['code', '--input', 'jsonl', ...DICTS], lines.map((l) => JSON.stringify(l)).join('\n'));
  assert.equal(r.code, 0, r.err);
  assert.deepEqual(r.out.trim().split('\n').map((l) => (JSON.parse(l) as { doc: string }).doc), ['a', 'long', 'z']);
});

void test('bad input: a 10 MB single line is coded without error', () => {
  const big = 'the weather over Valdoria stayed calm and ' + 'the rain kept falling and '.repeat(400_000) + 'Valdoria attacked Kestria.';
  const f = join(tmp, 'big.txt');
  writeFileSync(f, big);
  const r = run(['code', f, ...DICTS]);
  assert.equal(r.code, 0, r.err);
});

void test('a document longer than a window (200,000 characters) is coded in windows, offsets in the whole text', () => {
  const text = 'Valdoria attacked Kestria. ' + 'The rain kept falling over the hills. '.repeat(6_000) + 'Kestria condemned Valdoria.';
  const r = run(['code', '--input', 'jsonl', ...DICTS], JSON.stringify({ id: 'long', text, date: '2021-06-01' }));
  assert.equal(r.code, 0, r.err);
  const events = r.out.trim().split('\n').map((l) => JSON.parse(l) as { doc: string; code: string; mentions: { sentence: number; start: number; end: number; text: string }[] });
  assert.deepEqual(events.map((e) => [e.doc, e.code]), [['long', '190'], ['long', '111']]);
  const last = events[1]?.mentions[0];
  assert.ok(last && last.start > 200_000, 'the second event is in a later window');
  assert.equal(text.slice(last.start, last.end), last.text);
  assert.equal(last.sentence, 6_001);
});

void test('bad dictionary line: reported with file and line; --strict makes it fatal', () => {
  const f = join(tmp, 'bad.actors.txt');
  writeFileSync(f, 'GOOD_LAND [GDL]\nBROKEN_LAND [BR K]\n');
  const lax = run(['code', '--no-builtin', '--actors', f], 'Nothing.');
  assert.equal(lax.code, 0);
  assert.match(lax.err, /bad\.actors\.txt:2: bad (actor code|date restriction)/);
  const strict = run(['code', '--strict', '--no-builtin', '--actors', f], 'Nothing.');
  assert.equal(strict.code, 1);
  assert.match(strict.err, /E_DICT_SYNTAX: .*bad\.actors\.txt:2/);
  const check = run(['dict', 'check', f]);
  assert.equal(check.code, 1);
  assert.match(check.out, /bad\.actors\.txt:2:/);
});

void test('--help on every command', () => {
  for (const args of [['--help'], ['code', '--help'], ['dict', '--help'], ['dict', 'check', '--help']]) {
    const r = run(args);
    assert.equal(r.code, 0);
    assert.match(r.out, /Usage/);
  }
  assert.match(run(['code', '--help']).out, /Exit status/);
});

void test('code: a large batch coded on worker threads gives the same output, in order, as one thread', () => {
  const lines: string[] = [];
  for (let k = 0; k < 420; k++) lines.push(JSON.stringify({ id: `d${k}`, text: k % 3 ? 'Valdoria attacked Kestria.' : 'Kestria condemned Morvane.', date: '2021-05-01' }));
  const input = lines.join('\n') + '\n';
  const one = run(['code', '--input', 'jsonl', '--threads', '1', ...DICTS], input);
  const two = run(['code', '--input', 'jsonl', '--threads', '2', ...DICTS], input);
  assert.equal(two.code, 0, two.err);
  assert.equal(two.out, one.out);
  assert.equal(two.out.trim().split('\n').length, 420);
  assert.match(run(['code', '--threads', 'zero', ...DICTS], 'x').err, /E_USAGE: --threads/);
});
