/**
 * Discard phrases: matched over the blank-separated words of a sentence, as PETRARCH's discard check splits it, so
 * a phrase closed by a comma or a full stop (an aside, a reported clause's end) is not found.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readDiscards } from '../src/dictionaries/discards-reader.js';
import { firstDiscard } from '../src/pipeline/discards.js';

const LIST = readDiscards(['YEARS AGO', 'MONTHS AGO', 'FIRST SEED', '+FOOTBALL LEAGUE'].join('\n'), 'discards.txt');

const DISCARDED: [string, string][] = [
  ['Two years ago when the border war began, Valdoria shelled the town.', 'discards.txt:1'],
  ['The rebels seized the port months ago and still hold it.', 'discards.txt:2'],
  ['The first seed lost in the third round.', 'discards.txt:3'],
  ['Kestria won the football league on Sunday.', 'discards.txt:4'],
];

const KEPT: string[] = [
  // the phrase ends an aside or a reported clause: the sentence's own event is current
  'A court in Valdoria issued arrest warrants for two men sought in a killing three years ago, police said Monday.',
  'The release of a reporter, who was detained 15 months ago, came as Kestria said it would free 40 prisoners.',
  'Valdoria freed the men it had held for years.',
  'Kestria said the seed funding would reach farmers first.',
];

void test('discards: a phrase found among the blank-separated words discards the sentence or story', () => {
  for (const [text, id] of DISCARDED) assert.equal(firstDiscard(text, LIST)?.id, id, text);
});

void test('discards: punctuation glued to a word is part of it (no match across a comma or full stop)', () => {
  for (const text of KEPT) assert.equal(firstDiscard(text, LIST), null, text);
});
