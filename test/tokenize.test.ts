import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readsWinkDirectly, tokenize, tokenizeSentences } from '../src/pipeline/tokenize.js';

void test('tokenize: offsets rebuild the input', () => {
  const text = "Valdoria's forces didn't attack the U.S. embassy on Jan. 2, officials said.";
  const toks = tokenize(text, 100);
  for (const t of toks) assert.equal(text.slice(t.start - 100, t.end - 100), t.text);
  assert.ok(toks.some((t) => t.text === 'U.S.'));
  assert.equal(toks.find((t) => t.text === 'attack')?.pos, 'VERB');
});

void test('tokenize: sentences tagged in one batch get the tokens and tags they get one by one', () => {
  const rows = [
    'Valdoria recalled its ambassador from Kestria on Monday.',
    '“We will not negotiate,” the minister said.',
    "Kestrian troops didn't withdraw  from the border; talks resumed in Morvane.",
    'Police arrested 12 protesters after clashes in the capital, officials said Tuesday.',
    'The U.S. envoy met President Arlen Voss of Morvane.',
    'Mediated by Qatar, the talks ended.',
  ];
  let start = 0;
  const sentences = rows.map((text) => {
    const s = { text, start };
    start += text.length + 1;
    return s;
  });
  assert.deepEqual(tokenizeSentences(sentences), sentences.map((s) => tokenize(s.text, s.start)));
  // a single sentence and no sentence
  assert.deepEqual(tokenizeSentences(sentences.slice(0, 1)), [tokenize(rows[0] ?? '', 0)]);
  assert.deepEqual(tokenizeSentences([]), []);
});

void test('tokenize: wink\'s token data is read directly (the installed wink-nlp lays it out as expected)', () => {
  // if this fails after a wink-nlp upgrade, tokens are still right (read through out()), only slower: see `captured`
  assert.equal(readsWinkDirectly(), true);
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

/** Repairs that need the verb lexicon: an irregular past form after a name, before a particle, article or name. */
const FORMS: Record<string, string> = { SHOT: 'SHOOT', SHOOTS: 'SHOOT', STRIKES: 'STRIKE', STRUCK: 'STRIKE' };
const verbBase = (w: string): string | undefined => FORMS[w];
const TAGS_WITH_VERBS: [string, string, string][] = [
  ['Poland shot down the drone.', 'shot', 'VERB'],
  ['Iran shot a drone over the Gulf.', 'shot', 'VERB'],
  ['A Polish shot hit the target.', 'shot', 'NOUN'],
  ['Russian strikes on Kyiv killed two.', 'strikes', 'NOUN'],
  // after any noun when "dead" or "down" follows
  ['Police shot dead two protesters.', 'shot', 'VERB'],
  ['The police shot was heard.', 'shot', 'NOUN'],
];
for (const [text, word, pos] of TAGS_WITH_VERBS) {
  void test(`tokenize with a verb lexicon: "${word}" in "${text}" is ${pos}`, () => {
    assert.equal(tokenize(text, 0, verbBase).find((t) => t.text === word)?.pos, pos);
  });
}
