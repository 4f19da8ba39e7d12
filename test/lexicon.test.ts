/**
 * Loading the lexicon: the compact tries give exactly what the readers read, actor entries rebuilt from their
 * spans equal the reader's entries, and the compiled-lexicon cache is used only for the same bytes — a changed
 * dictionary (even same size and mtime) is read again, a corrupt cache file is ignored, and malformed lines are
 * reported (or thrown) the same way from the cache as from the files.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { test } from 'node:test';
import { readActors, type ActorEntry } from '../src/dictionaries/actors-reader.js';
import { readAgents, type AgentEntry } from '../src/dictionaries/agents-reader.js';
import { builtinFiles, fileLabel, lexiconSource, loadLexicon, type DictionaryFiles, type Lexicon } from '../src/dictionaries/lexicon.js';
import { phraseTokens } from '../src/dictionaries/lines.js';
import { CompactTrie, CompactTrieBuilder, TokenTrie, type PhraseIndex } from '../src/dictionaries/trie.js';
import { SitrepError } from '../src/errors.js';
import { ROOT } from './helpers.js';

const tmp = mkdtempSync(join(tmpdir(), 'sitrep-lexicon-'));
const CACHE = join(tmp, 'cache');
process.env.SITREP_CACHE_DIR = CACHE;

const ACTORS = [
  '\uFEFF# fictional actors for the lexicon tests',
  'VALDORIA  [VAL]',
  '+VALDORIAN',
  '<!-- a comment over',
  '     two lines --> KESTRIA [KES]',
  '+KESTRIAN  # synonym with a comment',
  'ANNA_VELDT',
  '+VELDT',
  '\t[KESELI 19900101-20100101]',
  '\t[KESGOV 20100101-20200101] [IGONOR >20200101]',
  '[MOR]',
  'MORVANE  [MOR]',
  'MORVANE  [MORGOV]',
  '{NOT A PHRASE} [BAD',
  '+MORVANIAN',
  'ALLIANCE_OF_NORTHERN_STATES  [IGONOR] ; legacy comment',
  '+ANS',
  'NORTHERN_STATES  [NOR]',
  '',
].join('\n');
const AGENTS = ['GOVERNMENT [~GOV]', 'TROOP [~MIL]', 'MINISTRY_OF_DEFENCE {} [~GOVMIL]'].join('\n');
const VERBS = ['--- ATTACK [190] ---', 'ATTACK', '- * (WITH ROCKET) [195]', '--- MEET [040] ---', 'MEET {MET}', ''].join('\n');
const DISCARDS = ['BASKETBALL', '+HOROSCOPE'].join('\n');

function write(name: string, text: string): string {
  const f = join(tmp, name);
  writeFileSync(f, text);
  return f;
}

const files: DictionaryFiles = {
  actors: [write('a.actors.txt', ACTORS), write('b.actors.txt', 'VALGRAD [VAL]\n+VALDORIA\n')],
  agents: [write('agents.txt', AGENTS)],
  verbs: [write('verbs.txt', VERBS)],
  discards: [write('discards.txt', DISCARDS)],
};

function load(f: DictionaryFiles = files): { lex: Lexicon; errors: string[]; source: string | null } {
  const errors: string[] = [];
  const lex = loadLexicon(f, { onError: (e) => errors.push(`${e.code}: ${e.message}`) });
  return { lex, errors, source: lexiconSource() };
}

/** The values a plain object trie over the reader's entries gives for a phrase: what the compact trie must give. */
function expected(entries: ActorEntry[], phrase: string[]): ActorEntry[] {
  const trie = new TokenTrie<ActorEntry>();
  for (const e of entries) for (const p of e.phrases) trie.add(p, e);
  return trie.longest(phrase, 0)?.values ?? [];
}

function readerEntries(f: DictionaryFiles): ActorEntry[] {
  return f.actors.flatMap((a) => readActors(readFileSync(a, 'utf8'), fileLabel(a), { onError: () => undefined }));
}

const longest = <T>(index: PhraseIndex<T>, phrase: string): T[] => index.longest(phraseTokens(phrase), 0)?.values ?? [];

void test('cold then warm: read from the files once, then from the cache, with the same lexicon', () => {
  const cold = load();
  assert.equal(cold.source, 'files');
  assert.ok(existsSync(CACHE) && readdirSync(CACHE).some((f) => f.endsWith('.bin')), 'a cache file is written');
  const warm = load();
  assert.equal(warm.source, 'cache');
  assert.deepEqual(warm.errors, cold.errors, 'malformed lines are reported again, in the same order');
  const entries = readerEntries(files);
  for (const [phrase, codes] of [
    ['VALDORIA', ['VAL', 'VAL']],
    ['KESTRIAN', ['KES']],
    ['VELDT', [null]],
    ['MORVANIAN', ['MORGOV']],
    ['ALLIANCE OF NORTHERN STATES', ['IGONOR']],
    ['NORTHERN STATES', ['NOR']],
    ['ANNA', []],
  ] as const) {
    for (const { lex } of [cold, warm]) {
      const got = longest(lex.actors, phrase);
      assert.deepEqual(got, expected(entries, phraseTokens(phrase)), `${phrase}: entries as the reader reads them`);
      assert.deepEqual(got.map((e) => e.fallback), codes, `${phrase}: codes`);
    }
  }
  const veldt = longest(warm.lex.actors, 'ANNA VELDT')[0];
  assert.equal(veldt?.id, 'a.actors.txt:7');
  assert.deepEqual(veldt?.codes.map((c) => c.code), ['KESELI', 'KESGOV', 'IGONOR', 'MOR'], 'code lines, also unindented, join the entry');
  assert.equal(longest(warm.lex.actors, 'ANNA VELDT')[0], veldt, 'an entry is built once');
  assert.deepEqual(longest(warm.lex.agents, 'TROOPS').map((a) => a.suffix), ['MIL'], 'agent plurals');
  assert.deepEqual(longest(warm.lex.agents, 'MINISTRIES OF DEFENCE'), [], '{} means no plural');
  assert.deepEqual(warm.lex.verbs.get('MET')?.map((v) => v.base), ['MEET']);
  assert.deepEqual(warm.lex.verbs.get('ATTACKED')?.[0]?.block.patterns.map((p) => p.code.forward), ['195']);
  assert.deepEqual([warm.lex.sentenceDiscards.length, warm.lex.storyDiscards.length], [1, 1]);
  assert.deepEqual(warm.lex.files, [...files.actors, ...files.agents, ...files.verbs, ...files.discards]);
});

void test('malformed lines: reported with file and line, or thrown with --strict, from the files and from the cache', () => {
  const { errors } = load();
  assert.deepEqual(errors, ['E_DICT_SYNTAX: a.actors.txt:14: unbalanced bracket in "{NOT A PHRASE} [BAD"']);
  for (let k = 0; k < 2; k++) {
    assert.throws(() => loadLexicon(files), (e: SitrepError) => e.code === 'E_DICT_SYNTAX' && e.message.startsWith('a.actors.txt:14:'));
  }
  assert.throws(() => loadLexicon({ ...files, agents: [join(tmp, 'missing.txt')] }), (e: SitrepError) => e.code === 'E_DICT_FILE');
});

void test('a stale cache is never used: every change to a dictionary is read', () => {
  // [what changes, file, new text, phrase, the codes it must then give]
  const rows: [string, string, string, string, (string | null)[]][] = [
    ['a code, same size and mtime', 'b.actors.txt', 'VALGRAD [VLD]\n+VALDORIA\n', 'VALGRAD', ['VLD']],
    ['a synonym added', 'b.actors.txt', 'VALGRAD [VLD]\n+VALDORIA\n+VALGRADI\n', 'VALGRADI', ['VLD']],
    ['an entry removed', 'b.actors.txt', '', 'VALGRAD', []],
    ['a date range', 'a.actors.txt', ACTORS.replace('>20200101', '>20210101'), 'ANNA VELDT', [null]],
  ];
  for (const [what, name, text, phrase, codes] of rows) {
    const f = join(tmp, name);
    const before = statSync(f);
    load(); // the cache now holds the old content
    writeFileSync(f, text);
    utimesSync(f, before.atime, before.mtime);
    const after = load();
    assert.equal(after.source, 'files', `${what}: read again`);
    assert.deepEqual(longest(after.lex.actors, phrase).map((e) => e.fallback), codes, what);
    assert.equal(load().source, 'cache', `${what}: then cached`);
  }
  const veldt = longest(load().lex.actors, 'ANNA VELDT')[0];
  assert.equal(veldt?.codes[2]?.from, '2021-01-01');
  writeFileSync(join(tmp, 'a.actors.txt'), ACTORS);
  writeFileSync(join(tmp, 'b.actors.txt'), 'VALGRAD [VAL]\n+VALDORIA\n');
});

void test('a corrupt or truncated cache file is ignored; SITREP_CACHE_DIR=off writes nothing', () => {
  load();
  for (const f of readdirSync(CACHE)) {
    const p = join(CACHE, f);
    writeFileSync(p, readFileSync(p).subarray(0, 100));
  }
  const r = load();
  assert.equal(r.source, 'files');
  assert.deepEqual(longest(r.lex.actors, 'VALGRAD').map((e) => e.fallback), ['VAL']);
  process.env.SITREP_CACHE_DIR = 'off';
  try {
    const other = { ...files, discards: [write('other-discards.txt', 'CRICKET\n')] };
    const before = readdirSync(CACHE).length;
    assert.equal(load(other).source, 'files');
    assert.equal(load(other).source, 'files');
    assert.equal(readdirSync(CACHE).length, before);
  } finally {
    process.env.SITREP_CACHE_DIR = CACHE;
  }
});

void test('without the cache, the built-in and Phoenix actor tries give exactly the reader entries for every phrase', () => {
  const phoenix = resolve(ROOT, '..', 'shared', 'data', 'petrarch2');
  const sets: [string, DictionaryFiles][] = [['built-in', builtinFiles()]];
  const ph = ['Countries', 'International', 'MilNonState'].map((n) => join(phoenix, `Phoenix.${n}.actors.txt`));
  if (ph.every((f) => existsSync(f))) sets.push(['Phoenix', { actors: ph, agents: [join(phoenix, 'Phoenix.agents.txt')], verbs: [], discards: [] }]);
  for (const [name, f] of sets) {
    const lex = loadLexicon(f, { onError: () => undefined }, { cache: false });
    const entries = readerEntries(f);
    const trie = new TokenTrie<ActorEntry>();
    for (const e of entries) for (const p of e.phrases) trie.add(p, e);
    let phrases = 0;
    const wrong: string[] = [];
    for (const e of entries) {
      for (const p of e.phrases) {
        phrases++;
        if (JSON.stringify(lex.actors.longest(p, 0)) !== JSON.stringify(trie.longest(p, 0))) wrong.push(p.join(' '));
      }
    }
    assert.deepEqual(wrong.slice(0, 5), [], `${name}: ${wrong.length} phrases give other entries`);
    assert.equal(lex.actors.size, phrases, `${name}: every phrase indexed`);
    const agents = f.agents.flatMap((a) => readAgents(readFileSync(a, 'utf8'), fileLabel(a), { onError: () => undefined }));
    const agentTrie = new TokenTrie<AgentEntry>();
    for (const a of agents) agentTrie.add(a.phrase, a);
    const wrongAgents = agents.filter((a) => JSON.stringify(lex.agents.longest(a.phrase, 0)) !== JSON.stringify(agentTrie.longest(a.phrase, 0)));
    assert.deepEqual(wrongAgents.slice(0, 5), [], `${name}: agents`);
    assert.equal(lex.agents.size, agents.length, `${name}: every agent phrase indexed`);
  }
});

void test('built-in dictionaries missing from an installation: a typed error naming the folder, not silence', () => {
  assert.throws(() => builtinFiles(join(tmpdir(), 'sitrep-no-such-dictionaries')), (e: unknown) => e instanceof SitrepError && e.code === 'E_DICT_FILE' && /built-in dictionaries are missing/.test(e.message));
  assert.ok(builtinFiles().verbs.length === 1);
});

void test('dictionary phrases fold diacritics as token norms do; ASCII stays as it is', () => {
  assert.deepEqual(phraseTokens('MAROŠ_ŠEFČOVIČ'), ['MAROS', 'SEFCOVIC']);
  assert.deepEqual(phraseTokens('Erdoğan Łukasz Øresund'), ['ERDOGAN', 'LUKASZ', 'ORESUND']);
  assert.deepEqual(phraseTokens('UNITED_STATES_'), ['UNITED', 'STATES']);
});

void test('compact trie: the word numbers it remembers give what the table gives, also after the memory is emptied', () => {
  const b = new CompactTrieBuilder();
  b.add(['SOUTH', 'KESTRIA'], 0);
  b.add(['KESTRIA'], 1);
  b.add(['SOUTH', 'KESTRIAN', 'ARMY'], 2);
  const trie = new CompactTrie(b.data(), (n) => `v${n}`);
  const words = ['THE', 'SOUTH', 'KESTRIAN', 'ARMY', 'AND', 'SOUTH', 'KESTRIA', 'MET'];
  const all = (): unknown[] => words.map((_, i) => trie.longest(words, i));
  const first = all();
  assert.deepEqual(first[1], { end: 4, values: ['v2'] });
  assert.deepEqual(first[5], { end: 7, values: ['v0'] });
  assert.deepEqual(first[6], { end: 7, values: ['v1'] });
  assert.deepEqual(all(), first);
  // more words than it keeps (100,000): emptied on the way, and still right
  for (let k = 0; k < 100_050; k++) trie.longest([`W${k}`, 'KESTRIA'], 0);
  assert.deepEqual(all(), first);
  assert.deepEqual(trie.longest(['X', 'KESTRIA'], 1, ['X', 'KESTRIA']), { end: 2, values: ['v1'] });
});
