import assert from 'node:assert/strict';
import { test } from 'node:test';
import { tokenize } from '../src/pipeline/tokenize.js';

void test('tokenize: offsets rebuild the input', () => {
  const text = "Valdoria's forces didn't attack the U.S. embassy on Jan. 2, officials said.";
  const toks = tokenize(text, 100);
  for (const t of toks) assert.equal(text.slice(t.start - 100, t.end - 100), t.text);
  assert.ok(toks.some((t) => t.text === 'U.S.'));
  assert.equal(toks.find((t) => t.text === 'attack')?.pos, 'VERB');
});

/** [sentence, word, tag it must get]: repairs of tags wink gets wrong in news text, and words left alone. */
const TAGS: [string, string, string][] = [
  ['Police fired tear gas at the crowd.', 'tear', 'NOUN'],
  ['Coast guard ships used water cannon against the boat.', 'water', 'NOUN'],
  ['Protesters tear down the statue.', 'tear', 'VERB'],
];
for (const [text, word, pos] of TAGS) {
  void test(`tokenize: "${word}" in "${text}" is ${pos}`, () => {
    assert.equal(tokenize(text, 0).find((t) => t.text === word)?.pos, pos);
  });
}
