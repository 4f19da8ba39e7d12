/**
 * Constructions coded with the Phoenix dictionaries (PETRARCH's CAMEO.2.0 verbs and Phoenix actors and agents, read
 * from ../shared/data/petrarch2 when it is there; sentences written for this test). As in builtin-coding.test.ts, GOLD
 * rows list every asserted event and NOT_CODED rows name codes that must not be asserted.
 */
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { test } from 'node:test';
import { createCoder, type Coder } from '../src/coder.js';
import { ROOT, triples, type Triple } from './helpers.js';

const DIR = resolve(ROOT, '..', 'shared', 'data', 'petrarch2');
const FILES = {
  actors: ['Countries', 'International', 'MilNonState'].map((n) => join(DIR, `Phoenix.${n}.actors.txt`)),
  agents: [join(DIR, 'Phoenix.agents.txt')],
  verbs: [join(DIR, 'CAMEO.2.0.txt')],
  discards: [join(DIR, 'Phoenix.discards.txt')],
};
const present = Object.values(FILES).every((fs) => fs.every((f) => existsSync(f)));
let phoenix: Coder | null = null;
const coder = (): Coder => (phoenix ??= createCoder({ noBuiltin: true, read: { onError: () => undefined }, dictionaries: FILES }));
const DATE = '2015-06-01';

const GOLD: [string, Triple[]][] = [
  // a company's name before a model's designation is the make of the aircraft, not the company: the airline is hit
  ['Rebels shot down a Malaysia Airlines Boeing 737 over Syria.', [['---REB', 'MYSBUS', '190']]],
  // (the company named with no model after it is the company)
  ['Malaysia Airlines accused Boeing of negligence.', [['MYSBUS', 'MNCUSA', '112']]],
  // an opposition role that does not oppose its OF phrase belongs to it, with all its roles
  ["Qatar deported exiled leaders of Egypt's Muslim community.", [['QAT', 'EGYOPPMUSCVL', '174']]],
  // "prepared" read as a verb of its own still gives its infinitive its subject: an intention to visit
  ['The talks came as the US leader prepared to visit China.', [['USA', 'CHN', '036']]],
  // "over 150" is a number, not a phrase: the prisoners are whom the release is aimed at
  ['Israel freed over 150 Palestinian prisoners as a gesture to the Egyptian president.', [['ISR', 'PSE', '0841']]],
  // a pattern's words before the verb are read in its own clause ("- &WEAPON * [183]" in KILL needs the weapon
  // there), the subject's phrase included
  ['Militants fired rockets at the town, and gunmen killed three Kenyan villagers.', [['KENUAF', 'KENCVL', '193']]],
  ['Rockets fired by Somali militants killed three Kenyan villagers.', [['SOMUAF', 'KENCVL', '183']]],
  // a pattern's "(PREP NOUN)" is a prepositional phrase: its noun heads the phrase the preposition governs
  // ("- * (WITH RIOTERS) [175:145]" in CLASH), looked for at each place the preposition stands ("- * (IN PROTEST)
  // [140]": not "in Nairobi", then "in protest")
  ['Egyptian police clashed with Egyptian rioters in Cairo.', [['EGYCOP', 'EGYOPP', '175'], ['EGYOPP', 'EGYCOP', '145']]],
  ['Kenyan activists staged a vigil in Nairobi on Monday in protest against the government.', [['KENOPP', 'KENGOV', '140']]],
  // a pattern's "{MOD HEAD}" is a noun phrase ending at its head ("- * {HUNGER STRIKE} [142]" in START); a noun of
  // time after the head is no part of it
  ['Kenyan activists started a hunger strike on Monday.', [['KENOPP', '', '142']]],
  ['Kenyan activists started a hunger strike yesterday.', [['KENOPP', '', '142']]],
];

const NOT_CODED: [string, string][] = [
  // (an intention to visit is no visit; a refusal is no intention)
  ['The talks came as the US leader prepared to visit China.', '042'],
  ['The US leader was not prepared to visit China.', '036'],
  // (rockets fired in an earlier clause do not make the gunmen's killing a bombing)
  ['Militants fired rockets at the town, and gunmen killed three Kenyan villagers.', '183'],
  // (the noun of a "(PREP NOUN)" group outside the phrase the preposition governs; the head of "{MOD HEAD}" modifying
  // another noun)
  ['Egyptian police clashed in the square with the army, while rioters burned tyres.', '175'],
  ['Kenyan activists started hunger strike talks on Monday.', '142'],
];

for (const [text, want] of GOLD) {
  void test(`Phoenix: ${text}`, { skip: !present && 'Phoenix dictionaries not found' }, () => assert.deepEqual(triples(coder(), text, DATE), want));
}
for (const [text, code] of NOT_CODED) {
  void test(`Phoenix, no ${code}: ${text}`, { skip: !present && 'Phoenix dictionaries not found' }, () => {
    assert.deepEqual(triples(coder(), text, DATE).filter((t) => t[2] === code), []);
  });
}
