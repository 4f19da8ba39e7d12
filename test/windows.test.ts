/**
 * Very long documents: `textWindows` (input/windows.ts) as a table of cuts, and a coder whose window is a few hundred
 * characters coding a text of several windows — records at the whole text's offsets and sentence numbers, unique ids,
 * the same events as each window coded alone, and event lines streamed window by window (`codeParts`); several documents
 * coded together stage by stage (`codeBatch`).
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import test from 'node:test';
import { createCoder, type Coder } from '../src/coder.js';
import { textWindows, type TextWindow } from '../src/input/windows.js';
import { STAGES } from '../src/pipeline/stages.js';
import { FIXTURES } from './helpers.js';

const WINDOW_CASES: { name: string; text: string; max: number; want: TextWindow[] }[] = [
  { name: 'short text: one window', text: 'Valdoria attacked Kestria.', max: 100, want: [{ start: 0, end: 26 }] },
  { name: 'exactly the limit: one window', text: 'abcd efgh', max: 9, want: [{ start: 0, end: 9 }] },
  { name: 'empty text: one empty window', text: '', max: 10, want: [{ start: 0, end: 0 }] },
  {
    name: 'a line break in the second half wins over a later sentence end',
    text: 'One two three four.\nFive six. Seven eight nine ten',
    max: 30,
    want: [{ start: 0, end: 20 }, { start: 20, end: 50 }],
  },
  {
    name: 'no line break: the last sentence end and its space',
    text: 'Aaa bbb. Ccc ddd. Eee fff ggg hhh',
    max: 20,
    want: [{ start: 0, end: 18 }, { start: 18, end: 33 }],
  },
  {
    name: 'a closing quote stays with its sentence',
    text: 'He said “Go now.” Then they left the town',
    max: 25,
    want: [{ start: 0, end: 18 }, { start: 18, end: 41 }],
  },
  { name: 'no sentence end: the last space', text: 'aaaa bbbb cccc dddd eeee', max: 12, want: [{ start: 0, end: 10 }, { start: 10, end: 20 }, { start: 20, end: 24 }] },
  { name: 'a break only in the first half is not taken: the last space', text: 'a\nbbbbbbb ccc dd', max: 12, want: [{ start: 0, end: 10 }, { start: 10, end: 16 }] },
  { name: 'no space at all: cut at the limit', text: 'x'.repeat(25), max: 10, want: [{ start: 0, end: 10 }, { start: 10, end: 20 }, { start: 20, end: 25 }] },
  { name: 'never inside a surrogate pair', text: 'xxxxxxxxx\u{1F600}yyyy', max: 10, want: [{ start: 0, end: 9 }, { start: 9, end: 15 }] },
];

void test('textWindows: where a long text is cut', () => {
  for (const c of WINDOW_CASES) {
    const got = textWindows(c.text, c.max);
    assert.deepEqual(got, c.want, c.name);
    // the windows cover the text in order, each within the limit
    assert.equal(got.map((w) => c.text.slice(w.start, w.end)).join(''), c.text, c.name);
    for (const w of got) assert.ok(w.end - w.start <= c.max, c.name);
  }
  assert.throws(() => textWindows('abc', 1), /window size/);
});

const PARAGRAPHS = [
  'Valdoria attacked Kestria on Monday. Kestria condemned Valdoria.',
  'Morvane condemned Kestria. Valdoria attacked Morvane.',
  'Kestria attacked Valdoria. Morvane condemned Valdoria.',
];

let small: Coder | null = null;
/** The test dictionaries, with windows of 70 characters: each paragraph below is one window. */
const windowed = (): Coder =>
  (small ??= createCoder({
    noBuiltin: true,
    windowChars: 70,
    dictionaries: {
      actors: [join(FIXTURES, 'dicts', 'actors.txt')],
      agents: [join(FIXTURES, 'dicts', 'agents.txt')],
      verbs: [join(FIXTURES, 'dicts', 'verbs.txt')],
      discards: [],
    },
  }));

void test('a document longer than a window: records at the whole text\u2019s offsets, sentences numbered through', () => {
  const text = PARAGRAPHS.join('\n');
  const coder = windowed();
  const whole = coder.codeDoc({ id: 'long', text, date: '2021-06-01' });
  // the same events as each paragraph coded alone
  const alone = PARAGRAPHS.flatMap((p) => coder.codeDoc({ id: 'p', text: p, date: '2021-06-01' }).events);
  const key = (e: { code: string; source: { code: string } | null; target: { code: string } | null; modality: string }): string =>
    `${e.source?.code ?? ''}>${e.target?.code ?? ''}:${e.code}:${e.modality}`;
  assert.deepEqual(whole.events.map(key), alone.map(key));
  assert.equal(whole.events.length, 6, `${whole.events.length} events`);
  // every mention points into the whole text, and sentence numbers run on across windows
  for (const e of whole.events) for (const m of e.mentions) assert.equal(text.slice(m.start, m.end), m.text);
  assert.deepEqual([...new Set(whole.events.flatMap((e) => e.mentions.map((m) => m.sentence)))], [0, 1, 2, 3, 4, 5]);
  // ids stay unique although two windows have events at the same place in their own text
  assert.equal(new Set(whole.events.map((e) => e.id)).size, whole.events.length);
  // one entity for each state, its mentions in every window
  assert.deepEqual(whole.entities.map((e) => [e.code, e.mentions.length]), [['VAL', 5], ['KES', 4], ['MOR', 3]]);
  for (const e of whole.entities) for (const m of e.mentions) assert.equal(text.slice(m.start, m.end), e.text);
});

void test('codeParts: one result per window, the same records as codeDoc; a short text is one part', () => {
  const text = PARAGRAPHS.join('\n');
  const coder = windowed();
  const parts = [...coder.codeParts({ id: 'long', text, date: '2021-06-01' })];
  assert.equal(parts.length, 3);
  assert.deepEqual(parts.flatMap((p) => p.events), coder.codeDoc({ id: 'long', text, date: '2021-06-01' }).events);
  const short = [...coder.codeParts({ id: 's', text: PARAGRAPHS[0] as string, date: '2021-06-01' })];
  assert.equal(short.length, 1);
  assert.deepEqual(short[0]?.events, coder.codeDoc({ id: 's', text: PARAGRAPHS[0] as string, date: '2021-06-01' }).events);
});

void test('codeBatch: codeDoc\u2019s results, stage by stage; a text of several windows is left to codeDoc; a stage that throws stops only its document', () => {
  const coder = windowed();
  const docs = [...PARAGRAPHS.map((text, k) => ({ id: `p${k}`, text, date: '2021-06-01' })), { id: 'long', text: PARAGRAPHS.join('\n'), date: '2021-06-01' }];
  const batch = coder.codeBatch(docs);
  assert.equal(batch.length, 4);
  assert.equal(batch[3], null);
  for (const [k, d] of PARAGRAPHS.entries()) {
    const one = coder.codeDoc({ id: `p${k}`, text: d, date: '2021-06-01' });
    const got = batch[k] as typeof one;
    assert.ok(got && !('error' in got));
    assert.equal(got.events.length, 2, `p${k}`);
    for (const layer of ['events', 'quotes', 'entities', 'places', 'operations'] as const) assert.deepEqual(got[layer], one[layer], `p${k} ${layer}`);
  }
  // (a stage that throws on the second document: its error; the first and third are coded all the same)
  const failing = createCoder({
    noBuiltin: true,
    dictionaries: { actors: [join(FIXTURES, 'dicts', 'actors.txt')], agents: [join(FIXTURES, 'dicts', 'agents.txt')], verbs: [join(FIXTURES, 'dicts', 'verbs.txt')], discards: [] },
    stages: STAGES.map((s) => (s.name !== 'clauses' ? s : { name: s.name, run: (doc, ctx) => (doc.input.id === 'p1' ? assert.fail('no clauses') : s.run(doc, ctx)) })),
  });
  const [a, b, c] = failing.codeBatch(docs.slice(0, 3));
  assert.ok(b && 'error' in b && /no clauses/.test((b.error as Error).message));
  assert.deepEqual(a && !('error' in a) ? a.events.map((e) => e.code) : null, batch[0] && !('error' in batch[0]) ? batch[0].events.map((e) => e.code) : []);
  assert.deepEqual(c && !('error' in c) ? c.events.map((e) => e.code) : null, batch[2] && !('error' in batch[2]) ? batch[2].events.map((e) => e.code) : []);
});
