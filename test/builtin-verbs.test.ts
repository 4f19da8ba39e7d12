/**
 * The built-in verb lexicon (dictionaries/verbs.txt) and CAMEO code table (dictionaries/cameo-codes.tsv):
 * both load cleanly with the project's reader, agree with each other, and cover every CAMEO root.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { readVerbFile, readVerbs, type BlockRole, type VerbCode, type VerbDictionary, type VerbPattern } from '../src/dictionaries/verbs-reader.js';
import { SitrepError } from '../src/errors.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const VERBS = join(ROOT, 'dictionaries', 'verbs.txt');
const CODES = join(ROOT, 'dictionaries', 'cameo-codes.tsv');
const GDELT_GOLDSTEIN = resolve(ROOT, '..', 'shared', 'data', 'cameo', 'CAMEO.goldsteinscale.txt');
const CAMEO_VERBS = resolve(ROOT, '..', 'shared', 'data', 'petrarch2', 'CAMEO.2.0.txt');

interface CodeRow {
  code: string;
  name: string;
  goldstein: number;
  quad: number;
  ploverType: string;
  ploverMode: string;
}

const HEADER = 'code\tname\tgoldstein\tquad\tplover_type\tplover_mode';

function loadCodes(): Map<string, CodeRow> {
  const lines = readFileSync(CODES, 'utf8').split('\n').filter((l) => l.length > 0);
  assert.equal(lines[0], HEADER, 'cameo-codes.tsv header');
  const rows = new Map<string, CodeRow>();
  lines.slice(1).forEach((line, k) => {
    const f = line.split('\t');
    assert.equal(f.length, 6, `cameo-codes.tsv:${k + 2} has ${f.length} columns`);
    const [code = '', name = '', g = '', q = '', ploverType = '', ploverMode = ''] = f;
    assert.match(code, /^(0[1-9]|1[0-9]|20)\d{0,2}$/, `cameo-codes.tsv:${k + 2} code "${code}"`);
    assert.ok(!rows.has(code), `duplicate code ${code}`);
    rows.set(code, { code, name, goldstein: Number(g), quad: Number(q), ploverType, ploverMode });
  });
  return rows;
}

const codes = loadCodes();
const dict: VerbDictionary = readVerbFile(readFileSync(VERBS, 'utf8'), 'dictionaries/verbs.txt');

/** GDELT QuadClass by root: 01–05 verbal cooperation, 06–09 material cooperation, 10–14 verbal conflict, 15–20 material conflict. */
function quadOfRoot(root: number): number {
  return root <= 5 ? 1 : root <= 9 ? 2 : root <= 14 ? 3 : 4;
}

/** PLOVER manual table 7.1: CAMEO cue category → PLOVER event type (01 and 02 are dropped). */
function ploverOf(code: string): string {
  const root = code.slice(0, 2);
  if (root === '08') return /^08[0-3]?$/.test(code.slice(0, 3)) ? 'CONCEDE' : 'RETREAT';
  const byRoot: Record<string, string> = {
    '01': '', '02': '', '03': 'AGREE', '04': 'CONSULT', '05': 'SUPPORT', '06': 'COOPERATE', '07': 'AID',
    '09': 'ACCUSE', '10': 'REQUEST', '11': 'ACCUSE', '12': 'REJECT', '13': 'THREATEN', '14': 'PROTEST',
    '15': 'MOBILIZE', '16': 'SANCTION', '17': 'COERCE', '18': 'ASSAULT', '19': 'ASSAULT', '20': 'ASSAULT',
  };
  return byRoot[root] ?? '?';
}

/** Modes PLOVER defines per event type (PLOVER manual tables 3.1–3.11 and the NGEC structured codebook). */
const PLOVER_MODES: Record<string, string[]> = {
  CONSULT: ['visit', 'third-party', 'multilateral', 'phone'],
  RETREAT: ['withdraw', 'release', 'return', 'disarm', 'ceasefire', 'access', 'resign'],
  REQUEST: ['assist', 'change', 'yield', 'meet'],
  REJECT: ['assist', 'change', 'yield', 'meet'],
  ACCUSE: ['disapprove', 'investigate', 'allege'],
  THREATEN: ['restrict', 'ban', 'arrest', 'relations', 'rights', 'expel', 'territory', 'violence'],
  PROTEST: ['demo', 'riot', 'strike', 'hunger', 'boycott', 'obstruct'],
  SANCTION: ['convict', 'expel', 'withdraw', 'discontinue'],
  MOBILIZE: ['troops', 'weapons', 'police', 'militia'],
  COERCE: ['seize', 'restrict', 'ban', 'censor', 'curfew', 'martial-law', 'arrest', 'deport', 'withhold', 'misinformation', 'cyber'],
  ASSAULT: ['abduct', 'beat', 'torture', 'execute', 'sexual', 'assassinate', 'destroy', 'primitive', 'firearms', 'explosives',
    'suicide-attack', 'aerial', 'drone', 'heavy-weapons', 'crowd-control', 'cleansing', 'massacre', 'unconventional'],
};

const ROOTS = Array.from({ length: 20 }, (_, k) => String(k + 1).padStart(2, '0'));

function codesOf(c: VerbCode | null): string[] {
  return c ? [c.forward, c.reverse].filter((x): x is string => x !== null) : [];
}

void test('cameo-codes.tsv: every root 01..20 with its 3- and 4-digit children, parents present', () => {
  assert.ok(codes.size >= 310, `${codes.size} codes`);
  for (const root of ROOTS) assert.ok(codes.has(root), `root ${root}`);
  for (const code of codes.keys()) {
    if (code.length > 2) assert.ok(codes.has(code.slice(0, code.length === 4 ? 3 : 2)), `parent of ${code}`);
  }
  for (const must of ['010', '036', '042', '0256', '111', '1622', '163', '173', '1823', '190', '195', '1952', '204']) {
    assert.ok(codes.has(must), must);
  }
});

void test('cameo-codes.tsv: goldstein in [-10, 10], quad consistent with the root, PLOVER type and mode valid', () => {
  for (const r of codes.values()) {
    assert.ok(Number.isFinite(r.goldstein) && r.goldstein >= -10 && r.goldstein <= 10, `${r.code} goldstein ${r.goldstein}`);
    assert.equal(r.quad, quadOfRoot(Number(r.code.slice(0, 2))), `${r.code} quad`);
    assert.equal(r.ploverType, ploverOf(r.code), `${r.code} plover type`);
    assert.ok(r.name.length > 0, `${r.code} name`);
    if (r.ploverMode) {
      assert.ok((PLOVER_MODES[r.ploverType] ?? []).includes(r.ploverMode), `${r.code} mode ${r.ploverType}/${r.ploverMode}`);
    }
  }
});

void test('cameo-codes.tsv: spot values', () => {
  const rows: [string, number, number, string, string][] = [
    ['010', 0, 1, '', ''],
    ['036', 4, 1, 'AGREE', ''],
    ['042', 1.9, 1, 'CONSULT', 'visit'],
    ['057', 8, 1, 'SUPPORT', ''],
    ['0841', 7, 2, 'RETREAT', 'release'],
    ['0871', 9, 2, 'RETREAT', 'ceasefire'],
    ['111', -2, 3, 'ACCUSE', 'disapprove'],
    ['1622', -5.6, 4, 'SANCTION', 'discontinue'],
    ['163', -8, 4, 'SANCTION', 'discontinue'],
    ['173', -5, 4, 'COERCE', 'arrest'],
    ['195', -10, 4, 'ASSAULT', 'aerial'],
    ['2042', -10, 4, 'ASSAULT', 'unconventional'],
  ];
  for (const [code, g, quad, type, mode] of rows) {
    const r = codes.get(code);
    assert.ok(r, code);
    assert.deepEqual([r.goldstein, r.quad, r.ploverType, r.ploverMode], [g, quad, type, mode], code);
  }
});

void test('cameo-codes.tsv: goldstein values match the published GDELT scale where it lists the code', (t) => {
  if (!existsSync(GDELT_GOLDSTEIN)) {
    t.skip('../shared not found');
    return;
  }
  const lines = readFileSync(GDELT_GOLDSTEIN, 'utf8').replace(/\r/g, '').split('\n').slice(1).filter(Boolean);
  let compared = 0;
  for (const line of lines) {
    const [code = '', value = ''] = line.split('\t');
    const r = codes.get(code);
    assert.ok(r, `GDELT code ${code} missing from cameo-codes.tsv`);
    assert.equal(r.goldstein, Number(value), `goldstein ${code}`);
    compared++;
  }
  assert.ok(compared >= 300);
});

void test('verbs.txt: every code used exists in cameo-codes.tsv', () => {
  const used: [string, string][] = [];
  for (const b of dict.blocks) {
    for (const c of codesOf(b.code)) used.push([c, b.id]);
    for (const p of b.patterns) for (const c of codesOf(p.code)) used.push([c, p.id]);
  }
  for (const v of dict.verbs) for (const c of codesOf(v.code)) used.push([c, v.id]);
  for (const n of dict.nouns) for (const c of codesOf(n.code)) used.push([c, n.id]);
  assert.ok(used.length > 1000);
  for (const [c, id] of used) assert.ok(codes.has(c), `${id}: unknown CAMEO code ${c}`);
});

void test('verbs.txt: every root 01..20 has at least 5 verb lines, and the lexicon meets its size floors', () => {
  const perRoot = new Map<string, number>();
  for (const v of dict.verbs) {
    const code = v.code?.forward ?? v.block.code.forward;
    if (code) perRoot.set(code.slice(0, 2), (perRoot.get(code.slice(0, 2)) ?? 0) + 1);
  }
  for (const root of ROOTS) assert.ok((perRoot.get(root) ?? 0) >= 5, `root ${root}: ${perRoot.get(root) ?? 0} verbs`);
  const patterns = dict.blocks.reduce((n, b) => n + b.patterns.length, 0);
  assert.ok(dict.verbs.length >= 600, `${dict.verbs.length} verb lines`);
  assert.ok(patterns >= 800, `${patterns} patterns`);
  assert.ok(dict.nouns.length >= 150, `${dict.nouns.length} nominal entries`);
});

void test('verbs.txt: block names unique, synonym sets all defined and non-empty', () => {
  const seen = new Set<string>();
  for (const b of dict.blocks) {
    assert.ok(!seen.has(b.name), `duplicate block ${b.name} (${b.id})`);
    seen.add(b.name);
  }
  assert.deepEqual(dict.unresolved, [], 'patterns naming an undefined synonym set');
  const text = readFileSync(VERBS, 'utf8').replace(/#[^\n]*/g, '');
  for (const m of text.matchAll(/&([A-Z][A-Z_]*)/g)) {
    const name = (m[1] ?? '').replace(/_+$/, '');
    assert.ok((dict.synsets.get(name) ?? []).length > 0, `synonym set &${name}`);
  }
});

void test('verbs.txt: no verb form belongs to two blocks', () => {
  const owner = new Map<string, string>();
  for (const v of dict.verbs) {
    for (const f of v.forms) {
      const key = [...v.before, f, ...v.after].join(' ');
      const prev = owner.get(key);
      assert.ok(prev === undefined || prev === v.block.name, `"${key}" in ${prev ?? ''} and ${v.block.name} (${v.id})`);
      owner.set(key, v.block.name);
    }
  }
});

function verbCode(word: string): string | null {
  for (const v of dict.verbs) {
    if (v.before.length === 0 && v.after.length === 0 && v.forms.includes(word)) return (v.code ?? v.block.code).forward;
  }
  return null;
}

function patternsOf(word: string): VerbPattern[] {
  const v = dict.verbs.find((e) => e.before.length === 0 && e.after.length === 0 && e.forms.includes(word));
  return v ? v.block.patterns : [];
}

/** The code of the first pattern of the verb's block whose words include all of `pre` before and `post` after the verb. */
function patternCode(word: string, pre: string[], post: string[]): string | null | undefined {
  const has = (elems: VerbPattern['pre'], words: string[]): boolean =>
    words.every((w) => elems.some((e) => e.kind === 'words' && e.alts.some((alt) => alt.includes(w))));
  const p = patternsOf(word).find((q) => has(q.pre, pre) && has(q.post, post) && q.pre.length === pre.length);
  return p === undefined ? undefined : p.code.forward;
}

void test('verbs.txt: default codes of common news verbs', () => {
  const rows: [string, string | null][] = [
    ['SAID', '010'], ['DENIED', '016'], ['URGED', '020'], ['PLEDGED', '030'], ['VISITED', '042'], ['HOSTED', '043'],
    ['MET', '040'], ['BRIEFED', '040'], ['PRAISED', '051'], ['APOLOGIZED', '055'], ['SIGNED', '057'], ['COOPERATED', '060'],
    ['DONATED', '070'], ['RELEASED', '084'], ['INVESTIGATED', '090'], ['DEMANDED', '100'], ['CONDEMNED', '111'],
    ['ACCUSED', '112'], ['SUED', '115'], ['REJECTED', '120'], ['VETOED', '129'], ['THREATENED', '130'], ['PROTESTED', '140'],
    ['RIOTED', '145'], ['MOBILIZED', '154'], ['SUSPENDED', '160'], ['EXPELLED', '166'], ['ARRESTED', '173'], ['DEPORTED', '174'],
    ['KIDNAPPED', '181'], ['TORTURED', '1822'], ['KILLED', '1823'], ['ASSASSINATED', '186'], ['ATTACKED', '190'],
    ['SHELLED', '194'], ['OCCUPIED', '192'], ['MASSACRED', '202'], ['WOUNDED', '180'], ['INJURED', '180'], ['REIMPOSED', '163'], ['ALLOWED', '080'],
    // negative rows: not verbs of the lexicon
    ['THE', null], ['NATO', null],
    // a verb whose own code is [---] is no event unless a pattern of its block matches
    ['AIMED', null], ['NEEDED', null], ['COMMITTED', null],
  ];
  for (const [word, code] of rows) assert.equal(verbCode(word), code, word);
});

void test('verbs.txt: patterns keyed on objects and subjects change the code', () => {
  const rows: [string, string[], string[], string | null][] = [
    ['SUSPENDED', [], ['TRAINING', 'OPERATIONS'], '1622'],
    ['SUSPENDED', [], ['TALKS'], '164'],
    ['KILLED', ['AIRSTRIKE'], [], '195'],
    ['KILLED', ['DRONE'], [], '1952'],
    ['URGED', [], ['RESTRAINT'], '0256'],
    ['ANNOUNCED', [], ['CEASEFIRE'], '0871'],
    ['IMPOSED', [], ['SANCTIONS'], '163'],
    ['ACCUSED', [], ['OF', 'ESPIONAGE'], '1125'],
    ['AGREED', [], ['UPON', 'PACT'], '030'],
    ['AGREED', [], ['EXCHANGE', 'INFORMATION'], '0314'],
    ['OPPOSED', [], ['MEDIATION'], '126'],
    ['ANNOUNCED', [], ['SUSPENSION'], '160'],
    ['ANNOUNCED', [], ['STATE', 'SIEGE'], '1724'],
    ['DISPATCHED', [], ['INSPECTORS'], '090'],
    ['SENT', [], ['TO', 'INVESTIGATE'], '090'],
    ['REJECTED', [], ['CALLS', 'BY'], '120'],
    ['EXPELLED', [], ['INSPECTORS'], '1662'],
    ['TRAINED', [], ['HACKERS'], '155'],
    ['ALLOWED', [], ['INSPECTORS'], '0862'],
    ['ALLOWED', [], ['DELIVERY', 'OF', 'AID'], '0863'],
    ['CANCELLED', [], ['RESTRICTIONS'], '081'],
    ['OFFERED', [], ['IMPOSE'], '130'],
    ['SHUNNED', [], ['WORK'], '143'],
    ['PROHIBITED', [], ['AID'], '162'],
    // negative rows: a sense that is no event
    ['KILLED', [], ['BILL'], '129'],
    ['STRUCK', [], ['DEAL'], '057'],
    ['FOUGHT', [], ['CORRUPTION'], null],
    ['OPPOSED', [], ['RESULTS'], '110'],
  ];
  for (const [word, pre, post, code] of rows) {
    assert.equal(patternCode(word, pre, post), code, `${pre.join(' ')} ${word} ${post.join(' ')}`);
  }
});

void test('block roles: the blocks the coder tests carry them; a role is read from the header, an unknown one fails the load', () => {
  const roles: BlockRole[] = ['timetable', 'pressing', 'travel', 'naval', 'expulsion'];
  assert.deepEqual(roles.map((r) => [r, dict.blocks.filter((b) => b.roles.includes(r)).map((b) => b.name)]),
    [['timetable', ['TIMETABLE']], ['pressing', ['PRESS']], ['travel', ['VISIT']], ['naval', ['PORT_CALL']], ['expulsion', ['EXPEL']]]);
  const own = readVerbs('--- PLANNED [---] @timetable ---\n+BE_PLANNED\n--- MEET [040] ---\nMEET\n--- SAIL_IN [042] @travel @naval ---\n+SAIL_IN\n', 'own.txt');
  assert.deepEqual(own.blocks.map((b) => [b.name, b.roles]), [['PLANNED', ['timetable']], ['MEET', []], ['SAIL_IN', ['travel', 'naval']]]);
  // a role is never read off a block's name in a file that marks roles: its VISIT block is a plain block
  const marked = readVerbs('--- VISIT [042] ---\nVISIT\n--- PLANNED [---] @timetable ---\n+BE_PLANNED\n', 'own.txt');
  assert.deepEqual(marked.blocks.map((b) => [b.name, b.roles]), [['VISIT', []], ['PLANNED', ['timetable']]]);
  // unknown roles fail the load with file:line, the old spelling and one off by a letter alike
  for (const [text, line, role] of [
    ['--- PLANNED [---] @timetabled ---\n+BE_PLANNED\n', 1, 'timetabled'],
    ['--- MEET [040] ---\nMEET\n--- VISIT [042] @visit ---\nVISIT\n', 3, 'visit'],
    ['--- PRESS [020] @Pressing ---\nPRESS\n', 1, 'Pressing'],
  ] as const) {
    assert.throws(() => readVerbs(text, 'own.txt'),
      (e: unknown) => e instanceof SitrepError && e.code === 'E_DICT_SYNTAX' && e.message.startsWith(`own.txt:${line}: unknown block role "@${role}"`), role);
  }
});

void test('block roles in a PETRARCH dictionary (no roles in the file): the VISIT block takes @travel by name, no other block a role', () => {
  const petr = readVerbs('---  VISIT   [042:043]  ---\nVISIT\n--- PRESS [020] ---\nPRESS\n--- PORT_CALL [042] ---\nDOCK\n', 'petr.txt');
  assert.deepEqual(petr.blocks.map((b) => [b.name, b.roles]), [['VISIT', ['travel']], ['PRESS', []], ['PORT_CALL', []]]);
  if (!existsSync(CAMEO_VERBS)) return;
  const phoenix = readVerbFile(readFileSync(CAMEO_VERBS, 'utf8'), 'CAMEO.2.0.txt', { onError: () => undefined });
  assert.deepEqual(phoenix.blocks.filter((b) => b.roles.length).map((b) => [b.name, b.roles]), [['VISIT', ['travel']]]);
});

void test('a code with no digit is no event code: a marker pattern is reported and skipped, a marker block codes nothing', () => {
  const text = '--- RESTORE [064] ---\nRESTORE\n- * FULL TIES [+++]\n- * TIES [064]\n--- BLAST [+++] ---\nBLAST\n- * STATEMENT [122]\n';
  const errors: string[] = [];
  const d = readVerbs(text, 'own.txt', { onError: (e) => errors.push(e.message) });
  assert.deepEqual(errors.map((m) => m.split(':').slice(0, 2).join(':')).sort(), ['own.txt:3', 'own.txt:5']);
  assert.deepEqual(d.blocks.map((b) => [b.name, b.code.forward, b.patterns.map((p) => p.code.forward)]), [['RESTORE', '064', ['064']], ['BLAST', null, ['122']]]);
  // (the null code and codes with digits stay: "[---]", "[:173]", "[102b]")
  const kept = readVerbs('--- ACT [---] ---\nACT\n- * A [:173]\n- * B [102b]\n', 'own.txt');
  assert.deepEqual(kept.blocks[0]?.patterns.map((p) => [p.code.forward, p.code.reverse]), [[null, '173'], ['102b', null]]);
  // without onError the load fails, naming the line
  assert.throws(() => readVerbs(text, 'own.txt'), (e: unknown) => e instanceof SitrepError && e.message.startsWith('own.txt:5: "[+++]" is no event code'));
});

void test('phrase groups: ( ) a prepositional phrase and { } a noun phrase, shared by their elements; unbalanced ones are reported', () => {
  const d = readVerbs('--- MEET [040] ---\nMEET\n- * (WITH {TRADE ENVOYS}) [046]\n- {PEACE ACTIVISTS} * TALKS [043]\n- * (ABOUT) PLANS [041]\n', 'own.txt');
  const [pp, np, bare] = d.blocks[0]?.patterns ?? [];
  const groups = (elems: VerbPattern['pre']): (string | null)[] => elems.map((e) => (e.group ? `${e.group.kind}:${e.group.first}-${e.group.last}` : null));
  // (a noun phrase inside a prepositional phrase is that phrase's own)
  assert.deepEqual(groups(pp?.post ?? []), ['pp:0-2', 'pp:0-2', 'pp:0-2']);
  assert.deepEqual([groups(np?.pre ?? []), groups(np?.post ?? [])], [['np:0-1', 'np:0-1'], [null]]);
  assert.deepEqual(groups(bare?.post ?? []), ['pp:0-0', null]);
  const errors: string[] = [];
  const bad = readVerbs('--- MEET [040] ---\nMEET\n- * (WITH ENVOYS)) [046]\n- * {TRADE (ENVOYS}) [046]\n- * (WITH ENVOYS [046]\n- * TALKS [043]\n', 'own.txt', { onError: (e) => errors.push(e.message) });
  assert.deepEqual(errors.map((m) => m.split(':').slice(0, 2).join(':')), ['own.txt:3', 'own.txt:4', 'own.txt:5']);
  assert.equal(bad.blocks[0]?.patterns.length, 1);
});
