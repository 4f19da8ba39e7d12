import assert from 'node:assert/strict';
import { test } from 'node:test';
import { segment } from '../src/pipeline/segment.js';

const cases: [string, string[]][] = [
  ['The envoy left. The talks ended.', ['The envoy left.', 'The talks ended.']],
  ['Gen. Anna Veldt arrived on Jan. 2. She spoke.', ['Gen. Anna Veldt arrived on Jan. 2.', 'She spoke.']],
  ['U.S. officials met the envoy. Talks went on.', ['U.S. officials met the envoy.', 'Talks went on.']],
  ['The aid came from the U.S. The convoy left.', ['The aid came from the U.S.', 'The convoy left.']],
  ['”We are ready,” she said. ”We will wait.”', ['”We are ready,” she said.', '”We will wait.”']],
  ['He said: ”It is over.” Then he left.', ['He said: ”It is over.”', 'Then he left.']],
  ['First line\nSecond line', ['First line', 'Second line']],
  ['Is it true? Yes! It is.', ['Is it true?', 'Yes!', 'It is.']],
  ['The rate rose to 3.5 percent in Valdoria.', ['The rate rose to 3.5 percent in Valdoria.']],
  ['Mr. Veldt and Dr. Kern met e.g. on Monday.', ['Mr. Veldt and Dr. Kern met e.g. on Monday.']],
];

for (const [text, want] of cases) {
  void test(`segment: ${text.slice(0, 40)}`, () => {
    const got = segment(text).map((s) => text.slice(s.start, s.end));
    assert.deepEqual(got, want);
  });
}

void test('segment: spans point into the text and never overlap', () => {
  const text = '  One. Two three.  \n\n Four?  ';
  const spans = segment(text);
  let last = 0;
  for (const s of spans) {
    assert.ok(s.start >= last && s.end > s.start);
    last = s.end;
  }
  assert.deepEqual(spans.map((s) => text.slice(s.start, s.end)), ['One.', 'Two three.', 'Four?']);
});
