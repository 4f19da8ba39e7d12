import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { findQuotes, type QuoteSpan } from '../src/document/quotes.js';

const SEED = join(resolve(dirname(fileURLToPath(import.meta.url)), '../..'), '..', 'shared', 'corpus', 'seed');

type Brief = [text: string, speaker: string | null, cue: string | null, continues: boolean];
const brief = (q: QuoteSpan): Brief => [q.text, q.speakerText, q.cue, q.continues];

/** [document, expected quotes]. Speakers and places are invented. */
const cases: [string, Brief[]][] = [
  ['“We will not give up the port,” Marten said.', [['We will not give up the port,', 'Marten', 'said', false]]],
  ['“The border stays closed,” said Foreign Minister Ana Ruiz, who spoke in Lima.',
    [['The border stays closed,', 'Foreign Minister Ana Ruiz', 'said', false]]],
  ['Ruiz said: “Our patience has limits. We will act.” She did not elaborate.',
    [['Our patience has limits. We will act.', 'Ruiz', 'said', false]]],
  ['The envoy told the media after the session: “We are close to a deal.”',
    [['We are close to a deal.', 'The envoy', 'told', false]]],
  ['”Our troops are safe,” the defense minister said. ”They will stay in the field.”',
    [['Our troops are safe,', 'the defense minister', 'said', false], ['They will stay in the field.', 'the defense minister', 'said', true]]],
  ['“Talks are over,” he said.', [['Talks are over,', 'he', 'said', false]]],
  ['"Nobody wants war," according to a senior Valdorian official. "But we are ready."',
    [['Nobody wants war,', 'a senior Valdorian official', 'according to', false], ['But we are ready.', 'a senior Valdorian official', 'according to', true]]],
  ['``We are ready,\'\' the general said.', [['We are ready,', 'the general', 'said', false]]],
  ['“We will not,” he said, “accept this.”', [['We will not,', 'he', 'said', false], ['accept this.', 'he', 'said', true]]],
  ['The chief said ‘enough’ and left.', [['enough', 'The chief', 'said', false]]],
  // A quote carried into the next paragraph continues its speaker.
  ['“We expect an answer,” the envoy said.\n“Until then, the embassy stays shut.”',
    [['We expect an answer,', 'the envoy', 'said', false], ['Until then, the embassy stays shut.', 'the envoy', 'said', true]]],
  // Negatives: apostrophes are not quote marks.
  ['It’s the allies’ view that Kenya’s army won’t leave, and it doesn\'t matter.', []],
  ['The rebels\' leaders rejected the allies’ plan.', []],
  // A new paragraph with a new speaker's narrative: the unattributed quote is not the previous speaker's.
  ['“We will retaliate,” Marten said.\nRuiz, the defense minister, disagreed. “That is not our policy.”',
    [['We will retaliate,', 'Marten', 'said', false], ['That is not our policy.', null, null, false]]],
  // A scare quote without a speech verb has no speaker.
  ['The minister called the strikes “a crime” and left.', [['a crime', null, null, false]]],
];

for (const [text, want] of cases) {
  void test(`findQuotes: ${text.replace(/\n/g, ' / ')}`, () => {
    const got = findQuotes(text);
    assert.deepEqual(got.map(brief), want);
    for (const q of got) {
      assert.equal(text.slice(q.start, q.end), q.text);
      if (q.speakerText !== null && !q.continues) {
        assert.equal(text.slice(q.speakerStart as number, q.speakerEnd as number), q.speakerText);
      }
    }
  });
}

void test('findQuotes: no quotes, empty text', () => {
  assert.deepEqual(findQuotes(''), []);
  assert.deepEqual(findQuotes('The talks ended without a statement.'), []);
});

void test('findQuotes: seed article — 8 quotes, all attributed or continuing', (t) => {
  const file = join(SEED, 'nato-suspends-iraq-training.txt');
  if (!existsSync(file)) {
    t.skip('../shared not found');
    return;
  }
  const text = readFileSync(file, 'utf8');
  const quotes = findQuotes(text);
  assert.equal(quotes.length, 8);
  for (const q of quotes) assert.ok(q.speakerText !== null, `no speaker for: ${q.text.slice(0, 30)}`);
  assert.deepEqual(
    quotes.map((q) => [q.text.slice(0, 20), q.speakerText, q.continues]),
    [
      ['In everything that w', 'Stoltenberg', false],
      ['As such, we have for', 'Stoltenberg', true],
      ['NATO is prepared to ', 'the secretary general', false],
      ['We remain strongly c', 'the secretary general', true],
      ['For years, all allie', 'he', false],
      ['We agree Iran must n', 'he', true],
      ['A new conflict would', 'he', false],
      ['So, Iran must refrai', 'he', true],
    ],
  );
  const gold = JSON.parse(readFileSync(join(SEED, 'nato-suspends-iraq-training.gold.json'), 'utf8')) as { quotes: { starts_with: string }[] };
  assert.deepEqual(quotes.map((q, i) => q.text.startsWith(gold.quotes[i]?.starts_with ?? '?')), quotes.map(() => true));
});
