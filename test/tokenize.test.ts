import assert from 'node:assert/strict';
import { test } from 'node:test';
import { TAG_REPAIRS } from '../src/pipeline/tag-repairs.js';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { readsWinkDirectly, tagsByTables, tokenize, tokenizeSentences, winkTags } from '../src/pipeline/tokenize.js';

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
const FORMS: Record<string, string> = {
  SHOT: 'SHOOT', SHOOTS: 'SHOOT', FLEW: 'FLY', STRIKES: 'STRIKE', STRUCK: 'STRIKE', CLASH: 'CLASH', FIRE: 'FIRE', ALLEGED: 'ALLEGE', ALLEGE: 'ALLEGE', MEETING: 'MEET',
  ARRESTING: 'ARREST', WOUNDING: 'WOUND', DETAINING: 'DETAIN', ARRESTED: 'ARREST', TRAINED: 'TRAIN', ARMED: 'ARM', MEDIATED: 'MEDIATE',
};
const verbBase = (w: string): string | undefined => FORMS[w];
const TAGS_WITH_VERBS: [string, string, string][] = [
  // an -ed form after a determined noun, before a plural noun: a verb, unless mostly an adjective ("armed gangs")
  ["Malaysia's prime minister mediated talks between the two sides.", 'mediated', 'VERB'],
  ['Kenya sent police officers to Haiti to help the multinational mission fight armed gangs.', 'armed', 'ADJ'],
  ['Poland shot down the drone.', 'shot', 'VERB'],
  ['Iran shot a drone over the Gulf.', 'shot', 'VERB'],
  ['A Polish shot hit the target.', 'shot', 'NOUN'],
  ['Russian strikes on Kyiv killed two.', 'strikes', 'NOUN'],
  // after any noun when "dead" or "down" follows
  ['Police shot dead two protesters.', 'shot', 'VERB'],
  ['The police shot was heard.', 'shot', 'NOUN'],
  // a verb's base form after a plural noun, before "with", "on" or "against": a present-tense verb
  ['Syrian forces clash with rioters in the square.', 'clash', 'VERB'],
  ['Protesters clash with police in the capital.', 'clash', 'VERB'],
  ['Troops fire on protesters.', 'fire', 'VERB'],
  ['The clash with police lasted hours.', 'clash', 'NOUN'],
  ['Witnesses saw the fire on the hill.', 'fire', 'NOUN'],
  // an -ed form after a noun, opening a "that" clause
  ['A report released on Tuesday alleged that troops fired on the crowd.', 'alleged', 'VERB'],
  ['The alleged attack was denied.', 'alleged', 'ADJ'],
  // an -s form after a verb's bare noun object heads a compound noun
  ['Canada announced asset freezes against the officers.', 'freezes', 'NOUN'],
  ['The minister said trade grows every year.', 'grows', 'VERB'],
  // an -ed form between two nouns after a participle or a preposition is an adjective
  ['Aircraft using precision guided missiles struck the depot.', 'guided', 'ADJ'],
  ['The army said police arrested protesters.', 'arrested', 'VERB'],
  // a verb's base form after an article and a noun, before a preposition, heads a compound noun
  ['Missiles hit an apartment block in the city.', 'block', 'NOUN'],
  ['We will continue when the situation permits, he said.', 'permits', 'VERB'],
  // an -ing form after "after"/"since"/"while" and before a name or an article is a participle; after an article, a noun
  ['After meeting Xi Jinping, the president flew home.', 'meeting', 'VERB'],
  ['After the meeting with Xi Jinping, the president flew home.', 'meeting', 'NOUN'],
  // a base or -s form heading a noun phrase opened by a determiner and a name or nationality, before a verb, a
  // preposition or punctuation, is a noun; not a verb of saying, a verb before its object or after a plural noun
  ['The Freedom Shield exercises began on Monday.', 'exercises', 'NOUN'],
  ['Pyongyang condemned the Freedom Shield exercises.', 'exercises', 'NOUN'],
  ['The South Korean military exercises ended.', 'exercises', 'NOUN'],
  ['The Chinese missile launch alarmed Japan.', 'launch', 'NOUN'],
  ['The Chinese navy launch off Hainan was filmed.', 'launch', 'NOUN'],
  ['The Israeli military says.', 'says', 'VERB'],
  ['The Chinese forces launch drills near Taiwan.', 'launch', 'VERB'],
  ['Chinese forces launch drills near Taiwan.', 'launch', 'VERB'],
  ['The Houthis reject, in a statement, the proposal.', 'reject', 'VERB'],
  ['The Kenyan president flew to Uganda.', 'flew', 'VERB'],
  // (a clause of time with a plural subject keeps its verb against ed-between-nouns)
  ['Ruto sacked his cabinet weeks after protesters stormed parliament.', 'stormed', 'VERB'],
  ['The army withdrew hours before rebels captured towns in the north.', 'captured', 'VERB'],
  // (... and one with a collective subject; a participle between nouns after another preposition is still an adjective)
  ['Students marched as police arrested dozens of protesters.', 'arrested', 'VERB'],
  ['Kenya deployed troops with police trained instructors.', 'trained', 'ADJ'],
  // (a participle after a clause's comma, before a phrase of quantity, is a verb; with no clause before, it is not)
  ['Troops stormed the village, arresting at least 20 men.', 'arresting', 'VERB'],
  ['Police raided the camp, wounding dozens of people.', 'wounding', 'VERB'],
  ['Soldiers swept through the town, detaining up to 40 men.', 'detaining', 'VERB'],
  ['In the north, arresting dozens of men is routine.', 'arresting', 'NOUN'],
];
for (const [text, word, pos] of TAGS_WITH_VERBS) {
  void test(`tokenize with a verb lexicon: "${word}" in "${text}" is ${pos}`, () => {
    assert.equal(tokenize(text, 0, verbBase).find((t) => t.text === word)?.pos, pos);
  });
}

/** Verb forms the repair rows need, as the verb lexicon would give them. */
const REPAIR_FORMS: Record<string, string> = {
  ...FORMS, MEDIATED: 'MEDIATE', OVERTHREW: 'OVERTHROW', CLAIMED: 'CLAIM', BOMB: 'BOMB', SEIZE: 'SEIZE', ARRESTING: 'ARREST',
  SUSPENDING: 'SUSPEND', ENCIRCLED: 'ENCIRCLE', FREE: 'FREE', PRESSURED: 'PRESSURE', DANCING: 'DANCE', CROSSING: 'CROSS',
  SHARING: 'SHARE', EXPELLING: 'EXPEL', RESUMED: 'RESUME', WARNING: 'WARN', LOOTED: 'LOOT', ATTACKS: 'ATTACK', RELEASE: 'RELEASE',
  MEETING: 'MEET', SENT: 'SEND', ACCUSED: 'ACCUSE', WATCH: 'WATCH', STRIKES: 'STRIKE', CROSS: 'CROSS', TORTURED: 'TORTURE', ARMED: 'ARM',
  FIGHT: 'FIGHT', STRIKING: 'STRIKE', SHELLING: 'SHELL', DETAINED: 'DETAIN', ROUNDED: 'ROUND', SEALED: 'SEAL', CAST: 'CAST', LAUNCH: 'LAUNCH', REGARDS: 'REGARD', LAUNCHED: 'LAUNCH', HIT: 'HIT', REPORTED: 'REPORT',
};
const repairBase = (w: string): string | undefined => REPAIR_FORMS[w];

/**
 * Each tag repair (`TAG_REPAIRS`) with a sentence where it changes the word's tag and one where the same word is left
 * to wink or to another rule: [rule id, sentence, word, sentence, word].
 */
const REPAIRS: [string, string, string, string, string][] = [
  ['ed-after-name', 'Qatar mediated talks between the two sides.', 'mediated', 'The mediated talks ended.', 'mediated'],
  ['verb-after-name-verb', 'The Red Cross sent aid to the camp.', 'sent', 'The Red Cross convoy was sent back.', 'sent'],
  ['ed-after-military', "China's military encircled Taiwan with warships.", 'encircled', 'The military encircled area was closed.', 'encircled'],
  ['irregular-past-after-noun', 'Poland shot down the drone.', 'shot', 'A Polish shot hit the target.', 'shot'],
  ['irregular-past-after-collective', 'Kenyan police shot two protesters.', 'shot', 'A police shot was heard.', 'shot'],
  ['ed-after-collective', 'Egyptian police tortured detainees in Cairo.', 'tortured', 'People tortured by the regime testified.', 'tortured'],
  ['ed-after-determined-noun', "Malaysia's prime minister mediated talks between the two sides.", 'mediated', 'The mediated talks ended.', 'mediated'],
  ['ed-particle-after-subject', 'Turkish authorities rounded up dozens of students.', 'rounded', 'The areas sealed off by Turkish police were quiet.', 'sealed'],
  ['ed-after-distributive', 'France and Germany both accused Russia of sabotage.', 'accused', 'Police held all accused persons.', 'accused'],
  ['same-form-past-after-subject', 'Washington cast the lone veto.', 'cast', 'The Hollywood cast won the award.', 'cast'],
  ['past-after-reduced-participle', 'A drone launched overnight hit Kyiv.', 'hit', 'Kyiv reported an overnight hit on the grid.', 'hit'],
  ['ed-before-that', 'The ministry alleged that troops fired on the crowd.', 'alleged', 'The alleged attack was denied.', 'alleged'],
  ['present-before-prep', 'Syrian forces clash with rioters in the square.', 'clash', 'The clash with police lasted hours.', 'clash'],
  ['headline-present', 'Pakistani jets bomb militant hideouts', 'bomb', 'Pakistani jets bomb militant hideouts, officials said.', 'bomb'],
  ['fronted-participle', 'After meeting Xi Jinping, the president flew home.', 'meeting', 'After the meeting with Xi Jinping, the president flew home.', 'meeting'],
  ['means-gerund', 'Kenya retaliated by expelling two Ugandan diplomats.', 'expelling', 'The town was hit by shelling the next day.', 'shelling'],
  ['s-verb-after-conditional-name', 'If Azerbaijan attacks, Armenia will defend itself.', 'attacks', 'If Azerbaijan attacks continue, Armenia will respond.', 'attacks'],
  ['s-verb-after-opening-name', 'Beijing regards the island as its territory.', 'regards', 'China sent its warm regards to the delegates.', 'regards'],
  ['s-verb-after-relative', 'Kenya, which borders Somalia, expressed its solidarity.', 'borders', 'Kenya closed its borders with Somalia.', 'borders'],
  ['mandative-base', 'Kenya demanded that Uganda release the two journalists.', 'release', 'Kenya said that Uganda release figures were late.', 'release'],
  ['base-after-helped-name', 'Chad sent soldiers to help Niger fight jihadists.', 'fight', 'Chad watched the Niger fight jihadists.', 'fight'],
  ['gerund-after-taker', 'Washington resumed sharing intelligence with Kyiv.', 'sharing', 'Ukraine received sharing equipment from Poland.', 'sharing'],
  ['gerund-after-disavowed-intent', 'Kenya has no intention of meeting the envoy.', 'meeting', 'Kenya has no memory of meeting the envoy.', 'meeting'],
  ['gerund-after-capable', 'Japan will deploy missiles capable of striking targets in China.', 'striking', 'Japan will deploy striking missiles near China.', 'striking'],
  ['coordinated-ing', 'The army seized power, suspending the constitution and arresting political opponents.', 'arresting', 'The army seized power and arresting political opponents began.', 'arresting'],
  ['ing-after-clause-comma', 'Paris retaliated on Tuesday, expelling 12 Algerian diplomats and recalling its ambassador for consultations.', 'expelling', 'Aid agencies said on Wednesday, warning that hospitals would run out of power.', 'warning'],
  ['psych-passive', 'Germany is concerned about the fighting.', 'concerned', 'A concerned Germany called for talks.', 'concerned'],
  ['passive-before-by', 'A relief warehouse in the port was looted by armed men.', 'looted', 'The looted warehouse stood empty by the road.', 'looted'],
  ['after-modal', 'Kestria would free the prisoners.', 'free', 'The free prisoners left the camp.', 'free'],
  ['ed-after-perfect', 'Syrian police had tortured detainees in the prison.', 'tortured', 'Russia has armed forces in the region.', 'armed'],
  ['s-compound-after-object', 'Canada announced asset freezes against the officers.', 'freezes', 'The minister said trade grows every year.', 'grows'],
  ['ed-between-nouns', 'Aircraft using precision guided missiles struck the depot.', 'guided', 'The army said police arrested protesters.', 'arrested'],
  ['base-compound-after-article', 'Missiles hit an apartment block in the city.', 'block', 'We will continue when the situation permits, he said.', 'permits'],
  ['ing-compound-after-name', 'Trucks waited at the Rafah crossing to Gaza.', 'crossing', 'Refugees from the Balkans crossing into Hungary were stopped.', 'crossing'],
  ['ing-compound-after-noun', 'Turkey shut the border crossing to stop the convoy.', 'crossing', 'The army crossing the river met no resistance.', 'crossing'],
  ['head-after-determiner-name', 'The Chinese missile launch alarmed Japan.', 'launch', 'The Kremlin says.', 'says'],
  ['head-after-determined-noun', "Pyongyang's latest missile launch alarmed Japan.", 'launch', 'North Korea plans to launch a satellite.', 'launch'],
  ['ing-between-adjective-and-noun', 'Officials blamed a Russian military hacking unit for the breach.', 'hacking', 'Aid workers were busy distributing food to families.', 'distributing'],
  ['hedge-before-noun', 'The convoy was ambushed by suspected rebels.', 'suspected', 'Police suspected rebels of the attack.', 'suspected'],
  ['ed-before-amount', 'Britain pledged a combined $250 million to Lebanon.', 'combined', 'Britain signed a combined trade deal.', 'combined'],
  ['adjective-after-article', 'North Korea fired a new intercontinental ballistic missile.', 'new', 'The troops arrived late on Tuesday.', 'late'],
  ['offensive-noun', 'Pakistan threatened to launch a new military offensive against India.', 'offensive', 'Kenya called the remarks offensive.', 'offensive'],
  ['acronym-in-name', 'Russia and the United States let the New START treaty expire.', 'START', 'LEADERS LET NEW START TREATY EXPIRE.', 'START'],
  ['verb-in-name', 'Human Rights Watch accused the police of torture.', 'Watch', 'Israel Strikes Gaza', 'Strikes'],
  ['hyphen-participle', 'Al Qaeda-linked militants attacked the base.', 'linked', 'The peace-keeping mission ended.', 'keeping'],
  ['s-head-after-hyphen-adjective', 'Russia began full-scale exercises near Finland.', 'exercises', 'Kenya exercises caution.', 'exercises'],
  ['s-noun-after-despite', 'Kenya kept its envoy in Kampala despite calls from lawmakers to expel him.', 'calls', 'Kenya calls for calm despite the attack.', 'calls'],
  ['weapon-first-word', 'Police fired tear gas at the crowd.', 'tear', 'Protesters tear down the statue.', 'tear'],
  ['noun-after-in', 'Uganda, in turn, expelled a Kenyan envoy.', 'turn', 'Kenya urged Uganda to turn back the convoy.', 'turn'],
  ['have-main-verb', 'Kenya had talks with Uganda.', 'had', 'Syrian police had tortured detainees in the prison.', 'had'],
];

/** The ids of the repairs that changed the tag of `word` in `text`. */
function repairsOf(text: string, word: string): string[] {
  const fired: [string, number][] = [];
  const tokens = tokenize(text, 0, repairBase, (rule, i) => fired.push([rule.id, i]));
  const at = tokens.findIndex((t) => t.text === word);
  assert.ok(at >= 0, `"${word}" is a token of "${text}"`);
  return fired.filter(([, i]) => i === at).map(([id]) => id);
}

void test('tokenize: every tag repair has a row, every row a repair', () => {
  assert.deepEqual(REPAIRS.map(([id]) => id), TAG_REPAIRS.map((r) => r.id));
});
for (const [id, yes, yesWord, no, noWord] of REPAIRS) {
  void test(`tokenize: tag repair ${id} changes "${yesWord}" in "${yes}", not "${noWord}" in "${no}"`, () => {
    assert.ok(repairsOf(yes, yesWord).includes(id), `${id} repairs "${yesWord}"`);
    assert.ok(!repairsOf(no, noWord).includes(id), `${id} leaves "${noWord}"`);
  });
}

void test('tokenize: the forms and tag repairs kept per word are those of the verb lexicon in use', () => {
  // a word's forms and the repairs that may apply to it are worked out once per word and verb lexicon (`verbBase`
  // function): the second time a sentence is tokenised they come from memory, and another lexicon has its own
  const text = 'Poland shot down the drone.';
  const shot = (vb: (w: string) => string | undefined): string | undefined => tokenize(text, 0, vb).find((t) => t.text === 'shot')?.pos;
  const first = tokenize(text, 0, repairBase);
  assert.deepEqual(tokenize(text, 0, repairBase), first);
  assert.equal(shot(repairBase), 'VERB');
  assert.equal(shot(() => undefined), 'NOUN');
  assert.equal(shot(repairBase), 'VERB');
  assert.equal(tokenize(text, 0, repairBase).find((t) => t.text === 'shot')?.lemma, 'shoot');
});

void test('tokenize: the POS machines run over tables (pos-machines.ts) tag as wink-nlp\'s own readDoc does', () => {
  const require = createRequire(import.meta.url);
  const winkNLP = require('wink-nlp') as (model: unknown, pipe: string[]) => { readDoc(t: string): { tokens(): { out(f: unknown): string[] } }; its: { value: unknown; pos: unknown } };
  const nlp = winkNLP(require('wink-eng-lite-web-model'), ['pos']);
  // (if this fails after an upgrade of wink-nlp or its model, tags are still right, by wink's automata, only slower)
  assert.equal(tagsByTables(), true);
  // news sentences (one gold set's, not held out), each alone and all as one text, and the repair tables' sentences
  const texts = readFileSync(new URL('../../test/fixtures/gold/blind-longform.jsonl', import.meta.url), 'utf8')
    .split('\n').filter((l) => l.trim() !== '').map((l) => (JSON.parse(l) as { text: string }).text);
  texts.push(texts.join('\n\n'), ...TAGS.map(([sentence]) => sentence), ...TAGS_WITH_VERBS.map(([sentence]) => sentence));
  for (const text of texts) {
    const items = nlp.readDoc(text).tokens();
    assert.deepEqual(winkTags(text), { values: items.out(nlp.its.value), tags: items.out(nlp.its.pos) }, text);
  }
});
