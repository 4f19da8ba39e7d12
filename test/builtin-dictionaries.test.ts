/**
 * Sanity test of the built-in actor and agent dictionaries (`dictionaries/`). A tiny local line
 * checker enforces the stricter conventions of OUR files (see dictionaries/README.md): one shape per
 * line, 8-digit valid dates, ordered ranges, dated codes in chronological order with at most one
 * undated fallback last, codes made of 3-letter blocks, no phrase listed twice in a file. The files
 * are then loaded through the project's own readers and a table of phrases is resolved on dates.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readActors, codeOn, type ActorEntry } from '../src/dictionaries/actors-reader.js';
import { readAgents } from '../src/dictionaries/agents-reader.js';

const DICT_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../dictionaries');

const PHRASE = "[A-Z0-9][A-Z0-9_.'&/!-]*";
const ROOT_RE = new RegExp(`^(${PHRASE})(?:\\s+#.*)?$`);
const SYN_RE = new RegExp(`^\\+(${PHRASE})$`);
const CODE_RE = /^\t\[((?:[A-Z]{3})+)(?: (?:([<>])(\d{8})|(\d{8})-(\d{8})))?\]$/;
const AGENT_RE = new RegExp(`^(${PHRASE})(?: \\{([A-Z0-9_.'!-]*)\\})? \\[(~(?:[A-Z]{3})+|(?:[A-Z]{3})+~)\\]$`);
const SUBST_RE = /^!([A-Z]+)! = ([A-Z]+(?:, [A-Z]+)*)$/;

interface Range {
  code: string;
  from: string | null;
  to: string | null;
}

interface CheckedEntry {
  root: string;
  phrases: string[];
  codes: Range[];
}

class LineError extends Error {
  constructor(readonly line: number, message: string) {
    super(`line ${line}: ${message}`);
  }
}

function validDate(d: string): boolean {
  const y = Number(d.slice(0, 4));
  const m = Number(d.slice(4, 6));
  const day = Number(d.slice(6, 8));
  if (y < 1900 || y > 2100 || m < 1 || m > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** Parses one of our actor files strictly; throws LineError on the first bad line. */
function checkActors(source: string): CheckedEntry[] {
  const entries: CheckedEntry[] = [];
  const seen = new Map<string, number>();
  let cur: CheckedEntry | null = null;
  const close = (n: number): void => {
    if (cur && cur.codes.length === 0) throw new LineError(n, `${cur.root} has no code`);
  };
  const lines = source.split('\n');
  lines.forEach((line, k) => {
    const n = k + 1;
    if (line.trim() === '' || line.startsWith('#')) return;
    let m: RegExpExecArray | null;
    if ((m = CODE_RE.exec(line))) {
      if (!cur) throw new LineError(n, 'code before any root');
      const [, code = '', dir, one, from, to] = m;
      const last = cur.codes[cur.codes.length - 1];
      if (last && last.from === null && last.to === null) throw new LineError(n, 'code after the undated fallback');
      let range: Range = { code, from: null, to: null };
      if (dir && one) {
        if (!validDate(one)) throw new LineError(n, `bad date ${one}`);
        range = dir === '>' ? { code, from: one, to: null } : { code, from: null, to: one };
      } else if (from && to) {
        if (!validDate(from) || !validDate(to)) throw new LineError(n, `bad date in ${from}-${to}`);
        if (from >= to) throw new LineError(n, `empty range ${from}-${to}`);
        range = { code, from, to };
      }
      if (last && (range.from !== null || range.to !== null)) {
        const prev = last.from ?? '';
        if ((range.from ?? '') < prev) throw new LineError(n, 'dated codes out of chronological order');
      }
      cur.codes.push(range);
      return;
    }
    const phraseOf = (p: string): void => {
      if (!cur) throw new LineError(n, 'synonym before any root');
      if (seen.has(p)) throw new LineError(n, `${p} already listed on line ${seen.get(p) ?? 0}`);
      seen.set(p, n);
      cur.phrases.push(p);
    };
    if ((m = SYN_RE.exec(line))) {
      phraseOf(m[1] ?? '');
      return;
    }
    if ((m = ROOT_RE.exec(line))) {
      close(n);
      cur = { root: m[1] ?? '', phrases: [], codes: [] };
      entries.push(cur);
      phraseOf(cur.root);
      return;
    }
    throw new LineError(n, `unreadable line ${JSON.stringify(line)}`);
  });
  close(lines.length);
  return entries;
}

/** Parses our agent file strictly; returns the phrases with their codes. */
function checkAgents(source: string): Map<string, string> {
  const out = new Map<string, string>();
  source.split('\n').forEach((line, k) => {
    const n = k + 1;
    if (line.trim() === '' || line.startsWith('#') || SUBST_RE.test(line)) return;
    const m = AGENT_RE.exec(line);
    if (!m) throw new LineError(n, `unreadable agent line ${JSON.stringify(line)}`);
    const phrase = m[1] ?? '';
    if (out.has(phrase)) throw new LineError(n, `${phrase} listed twice`);
    out.set(phrase, m[3] ?? '');
  });
  return out;
}

/** PETRARCH's rule: first dated code valid on the date, else the undated fallback. */
function resolveOn(entry: CheckedEntry, date: string): string | null {
  const d = date.replace(/-/g, '');
  for (const c of entry.codes) {
    if (c.from === null && c.to === null) continue;
    if ((c.from === null || d >= c.from) && (c.to === null || d < c.to)) return c.code;
  }
  return entry.codes.find((c) => c.from === null && c.to === null)?.code ?? null;
}

function read(name: string): string {
  return readFileSync(join(DICT_DIR, name), 'utf8');
}

const ACTOR_FILES: { file: string; minEntries: number; minPhrases: number; prefixes?: Record<string, number> }[] = [
  { file: 'actors/countries.txt', minEntries: 240, minPhrases: 1000 },
  { file: 'actors/organizations.txt', minEntries: 120, minPhrases: 400, prefixes: { IGO: 80, NGO: 40 } },
  { file: 'actors/armed-groups.txt', minEntries: 150, minPhrases: 500, prefixes: { IMG: 10 } },
  { file: 'actors/leaders.txt', minEntries: 300, minPhrases: 700 },
];

for (const { file, minEntries, minPhrases, prefixes } of ACTOR_FILES) {
  void test(`${file}: every line has a valid shape and the counts reach their floors`, () => {
    const entries = checkActors(read(file));
    assert.ok(entries.length >= minEntries, `${entries.length} entries < ${minEntries}`);
    const phrases = entries.reduce((s, e) => s + e.phrases.length, 0);
    assert.ok(phrases >= minPhrases, `${phrases} phrases < ${minPhrases}`);
    for (const [prefix, floor] of Object.entries(prefixes ?? {})) {
      const k = entries.filter((e) => e.codes.some((c) => c.code.startsWith(prefix))).length;
      assert.ok(k >= floor, `${k} ${prefix} entries < ${floor}`);
    }
  });

  void test(`${file}: the project reader loads it with the same entries`, () => {
    const loaded = readActors(read(file), file);
    assert.equal(loaded.length, checkActors(read(file)).length);
  });
}

void test('agents.txt: every line has a valid shape, several hundred role nouns', () => {
  const agents = checkAgents(read('agents.txt'));
  assert.ok(agents.size >= 300, `${agents.size} agents < 300`);
  const roles = new Set([...agents.values()].map((c) => c.replace(/~/g, '')));
  for (const role of ['GOV', 'MIL', 'COP', 'REB', 'OPP', 'LEG', 'JUD', 'MED', 'BUS', 'CVL', 'REF', 'EDU', 'LAB', 'INS', 'SPY', 'NGO']) {
    assert.ok(roles.has(role), `no agent codes ${role}`);
  }
  assert.ok(readAgents(read('agents.txt'), 'agents.txt').length >= agents.size);
});

void test('agents.txt: military craft are military agents ("Russian aircraft killed …"); civilian craft are not agents', () => {
  const agents = checkAgents(read('agents.txt'));
  const rows: [string, string | undefined][] = [
    ['AIRCRAFT', '~MIL'], ['GUNBOAT', '~MIL'], ['FRIGATE', '~MIL'], ['WARSHIP', '~MIL'], ['TANK', '~MIL'],
    ['AIRLINER', undefined], ['FERRY', undefined],
  ];
  for (const [phrase, code] of rows) assert.equal(agents.get(phrase), code, phrase);
});

void test('agents.txt: officials named by their portfolio ("Cairo\'s security chief") are government agents', () => {
  const agents = checkAgents(read('agents.txt'));
  const rows: [string, string | undefined][] = [['SECURITY_CHIEF', '~GOV'], ['POLICE_CHIEF', '~COP'], ['SECURITY_FORCE', '~MIL']];
  for (const [phrase, code] of rows) assert.equal(agents.get(phrase), code, phrase);
});

void test('no phrase is claimed by two built-in actor files', () => {
  const owner = new Map<string, string>();
  for (const { file } of ACTOR_FILES) {
    for (const e of checkActors(read(file))) {
      for (const p of e.phrases) {
        assert.equal(owner.get(p), undefined, `${p} in ${file} and ${owner.get(p) ?? ''}`);
        owner.set(p, file);
      }
    }
  }
});

const RESOLVE: [file: string, phrase: string, date: string, code: string | null][] = [
  ['actors/countries.txt', 'U.S.', '2020-01-06', 'USA'],
  ['actors/countries.txt', 'IRAQI', '2020-01-06', 'IRQ'],
  ['actors/countries.txt', 'BAGHDAD', '2020-01-06', 'IRQ'],
  ['actors/countries.txt', 'KREMLIN', '2020-01-06', 'RUSGOV'],
  ['actors/countries.txt', 'WHITE_HOUSE', '2020-01-06', 'USAGOV'],
  ['actors/countries.txt', 'PENTAGON', '2020-01-06', 'USAMIL'],
  ['actors/countries.txt', 'KOSOVO', '2020-01-06', 'KSV'],
  ['actors/countries.txt', 'ROMANIA', '2020-01-06', 'ROU'],
  ['actors/countries.txt', 'SOUTH_SUDAN', '2005-01-01', 'SDN'],
  ['actors/countries.txt', 'SOUTH_SUDAN', '2015-01-01', 'SSD'],
  // regions that code to their country, and older names
  ['actors/countries.txt', 'DARFUR', '2005-01-01', 'SDN'],
  ['actors/countries.txt', 'CHECHEN', '2000-01-01', 'RUS'],
  ['actors/countries.txt', 'KAMPUCHEAN', '1985-01-01', 'KHM'],
  ['actors/countries.txt', 'KASHMIR', '2000-01-01', null],
  ['actors/countries.txt', 'NORTHERN_IRELAND', '1990-01-01', 'GBR'],
  ['actors/countries.txt', 'SCOTLAND', '2020-01-01', 'GBR'],
  // not Wales: "New South Wales" is Australian
  ['actors/countries.txt', 'WALES', '2020-01-01', null],
  ['actors/organizations.txt', 'NATO', '2020-01-06', 'IGOWSTNAT'],
  ['actors/organizations.txt', 'NORTH_ATLANTIC_COUNCIL', '2020-01-06', 'IGOWSTNAT'],
  ['actors/organizations.txt', 'IAEA', '2020-01-06', 'IGOUNOIAE'],
  ['actors/organizations.txt', 'AMNESTY_INTERNATIONAL', '2020-01-06', 'NGOHRIAMN'],
  ['actors/armed-groups.txt', 'DAESH', '2016-01-01', 'IMGMUSISI'],
  ['actors/armed-groups.txt', 'TALIBAN', '2000-01-01', 'AFGGOVTAL'],
  ['actors/armed-groups.txt', 'TALIBAN', '2010-01-01', 'AFGREBTAL'],
  ['actors/armed-groups.txt', 'TALIBAN', '2022-01-01', 'AFGGOVTAL'],
  ['actors/armed-groups.txt', 'IRGC', '2020-01-02', 'IRNMIL'],
  ['actors/armed-groups.txt', 'RSF', '2020-01-01', 'SDNMIL'],
  ['actors/armed-groups.txt', 'RSF', '2024-01-01', 'SDNREB'],
  ['actors/leaders.txt', 'STOLTENBERG', '2020-01-06', 'IGOWSTNAT'],
  ['actors/leaders.txt', 'STOLTENBERG', '2010-01-01', 'NORGOV'],
  ['actors/leaders.txt', 'STOLTENBERG', '2003-01-01', 'NORELI'],
  ['actors/leaders.txt', 'SOLEIMANI', '2020-01-02', 'IRNMIL'],
  ['actors/leaders.txt', 'OBAMA', '2005-06-01', 'USALEG'],
  ['actors/leaders.txt', 'TRUMP', '2022-06-01', 'USAELI'],
  ['actors/leaders.txt', 'TRUMP', '2025-06-01', 'USAGOV'],
  ['actors/leaders.txt', 'BUSH', '1991-01-17', 'USAGOV'],
  ['actors/leaders.txt', 'PUTIN', '2005-01-01', 'RUSGOV'],
  ['actors/leaders.txt', 'JOLANI', '2025-06-01', 'SYRGOV'],
  ['actors/leaders.txt', 'GBAGBO', '2000-01-01', 'CIVOPP'],
  ['actors/leaders.txt', 'GBAGBO', '2005-01-01', 'CIVGOV'],
  ['actors/leaders.txt', 'GBAGBO', '2015-01-01', 'CIVELI'],
  ['actors/leaders.txt', 'AKAYEV', '2000-01-01', 'KGZGOV'],
  ['actors/leaders.txt', 'PAPANDREOU', '1995-01-01', 'GRCGOV'],
  ['actors/leaders.txt', 'PAPANDREOU', '2000-01-01', 'GRCGOV'],
  ['actors/leaders.txt', 'PAPANDREOU', '2006-01-01', 'GRCELI'],
  ['actors/leaders.txt', 'ARISTIDE', '1993-01-01', 'HTIELI'],
  ['actors/leaders.txt', 'ARISTIDE', '2002-01-01', 'HTIGOV'],
  ['actors/leaders.txt', 'KLIBI', '1985-01-01', 'IGOMEAARL'],
  ['actors/leaders.txt', 'HABYARIMANA', '2000-01-01', 'RWAELI'],
  // office-holders of 2025-2026 (blind-current): dated on both sides of taking office
  ['actors/leaders.txt', 'BARHAM_SALIH', '2020-01-01', 'IRQGOV'],
  ['actors/leaders.txt', 'BARHAM_SALIH', '2026-03-01', 'IGOUNOREFHCR'],
  ['actors/leaders.txt', 'CATHERINE_CONNOLLY', '2025-06-01', 'IRLLEG'],
  ['actors/leaders.txt', 'CATHERINE_CONNOLLY', '2026-01-01', 'IRLGOV'],
  ['actors/leaders.txt', 'HORTA_INTA-A', '2025-06-01', 'GNBMIL'],
  ['actors/leaders.txt', 'HORTA_INTA-A', '2026-01-01', 'GNBGOV'],
  ['actors/leaders.txt', 'KAMIL_IDRIS', '2025-11-01', 'SDNGOV'],
  ['actors/leaders.txt', 'KAMIL_IDRIS', '2024-01-01', 'SDNELI'],
  ['actors/leaders.txt', 'SIHASAK', '2025-12-01', 'THAGOV'],
  ['actors/leaders.txt', 'VAUTRIN', '2025-11-01', 'FRAGOV'],
  ['actors/leaders.txt', 'ANDRIUS_KUBILIUS', '2010-01-01', 'LTUGOV'],
  ['actors/leaders.txt', 'ANDRIUS_KUBILIUS', '2025-06-01', 'IGOEUREEC'],
  ['actors/leaders.txt', 'MIKE_WALTZ', '2024-06-01', 'USALEG'],
  ['actors/leaders.txt', 'MIKE_WALTZ', '2025-10-01', 'USAGOV'],
  ['actors/leaders.txt', 'AHN_GYU_BACK', '2025-11-01', 'KORGOV'],
  ['actors/leaders.txt', 'PABLO_QUIRNO', '2025-12-01', 'ARGGOV'],
  ['actors/leaders.txt', 'LUIS_PETRI', '2026-02-01', 'ARGLEG'],
  ['actors/leaders.txt', 'ABU_SHABAB', '2025-06-01', 'PSEREB'],
  ['actors/leaders.txt', 'KAYIKWAMBA_WAGNER', '2025-06-01', 'CODGOV'],
  ['actors/leaders.txt', 'ROSARIO_MURILLO', '2025-06-01', 'NICGOV'],
  ['actors/leaders.txt', 'NAUSEDA', '2025-06-01', 'LTUGOV'],
  ['actors/leaders.txt', 'BIYA', '2025-06-01', 'CMRGOV'],
  ['actors/leaders.txt', 'IOHANNIS', '2020-01-01', 'ROUGOV'],
  ['actors/leaders.txt', 'IOHANNIS', '2025-06-01', 'ROUELI'],
  // bodies and armed groups of 2025-2026, with no code before they existed
  ['actors/organizations.txt', 'BOARD_OF_PEACE', '2025-12-01', 'IGOBOP'],
  ['actors/organizations.txt', 'BOARD_OF_PEACE', '2020-01-01', null],
  ['actors/organizations.txt', 'GAZA_STABILIZATION_FORCE', '2026-01-01', 'IGOBOPPKO'],
  ['actors/organizations.txt', 'GANG_SUPPRESSION_FORCE', '2025-12-01', 'IGOUNOPKO'],
  ['actors/organizations.txt', 'SAHEL_CONFEDERATION', '2025-06-01', 'IGOWAFAES'],
  ['actors/armed-groups.txt', 'TASIS', '2025-10-01', 'SDNREB'],
  ['actors/armed-groups.txt', 'POPULAR_FORCES', '2025-06-01', 'PSEREB'],
  ['actors/armed-groups.txt', 'POPULAR_FORCES', '2010-01-01', null],
  // regional bodies and armed groups of the Sahel, the Great Lakes, Latin America and South and Southeast Asia
  ['actors/organizations.txt', 'ICGLR', '2025-06-01', 'IGOAFRGLR'],
  ['actors/organizations.txt', 'SAMIDRC', '2025-06-01', 'IGOSAFDEVSADMIL'],
  ['actors/organizations.txt', 'MNJTF', '2025-06-01', 'IGOWAFLCBMIL'],
  ['actors/organizations.txt', 'OECS', '2025-06-01', 'IGOCRBOEC'],
  ['actors/organizations.txt', 'MELANESIAN_SPEARHEAD_GROUP', '2025-06-01', 'IGOOCEMSG'],
  ['actors/organizations.txt', 'TURKIC_COUNCIL', '2025-06-01', 'IGOCASOTS'],
  ['actors/armed-groups.txt', 'KATIBA_MACINA', '2025-06-01', 'IMGMUSALQ'],
  ['actors/armed-groups.txt', 'ANSARUL_ISLAM', '2025-06-01', 'IMGMUSALQ'],
  ['actors/armed-groups.txt', 'VDP', '2025-06-01', 'BFAMIL'],
  ['actors/armed-groups.txt', 'TWIRWANEHO', '2025-06-01', 'CODREB'],
  ['actors/armed-groups.txt', 'LOS_LOBOS', '2025-06-01', 'ECUCRM'],
  ['actors/armed-groups.txt', 'GULF_CARTEL', '2025-06-01', 'MEXCRM'],
  ['actors/armed-groups.txt', 'GRAN_GRIF', '2025-06-01', 'HTICRM'],
  ['actors/armed-groups.txt', 'BALOCH_LIBERATION_FRONT', '2025-06-01', 'PAKREB'],
  ['actors/armed-groups.txt', 'KNDF', '2025-06-01', 'MMRREB'],
  ['actors/armed-groups.txt', 'BRN', '2025-06-01', 'THAREB'],
  ['actors/armed-groups.txt', 'TPNPB', '2025-06-01', 'IDNREB'],
  // ("FACT" alone is the English word: only the full name is listed)
  ['actors/armed-groups.txt', 'FACT', '2025-06-01', null],
  // a phrase that is not in the file resolves to nothing
  ['actors/leaders.txt', 'NOBODY_IN_PARTICULAR', '2020-01-01', null],
];

void test('phrases resolve to the expected code on a date (local checker and project reader agree)', () => {
  const cache = new Map<string, { strict: CheckedEntry[]; loaded: ActorEntry[] }>();
  for (const [file, phrase, date, expected] of RESOLVE) {
    let dicts = cache.get(file);
    if (!dicts) {
      dicts = { strict: checkActors(read(file)), loaded: readActors(read(file), file) };
      cache.set(file, dicts);
    }
    const strict = dicts.strict.find((e) => e.phrases.includes(phrase));
    assert.equal(strict ? resolveOn(strict, date) : null, expected, `${phrase} on ${date} (local)`);
    const tokens = phrase.split('_').join(' ');
    const loaded = dicts.loaded.find((e) => e.phrases.some((p) => p.join(' ') === tokens));
    assert.equal(loaded ? codeOn(loaded, date) : null, expected, `${phrase} on ${date} (reader)`);
  }
});

const BAD_ACTOR_LINES: [name: string, text: string][] = [
  ['lower-case root', 'united_states\n\t[USA]\n'],
  ['code of 4 letters', 'UNITED_STATES\n\t[USAG]\n'],
  ['6-digit date', 'X\n\t[USAGOV >200101]\n'],
  ['impossible date', 'X\n\t[USAGOV >20010231]\n'],
  ['reversed range', 'X\n\t[USAGOV 20100101-20090101]\n'],
  ['code after the fallback', 'X\n\t[USAELI]\n\t[USAGOV >20090120]\n'],
  ['dates out of order', 'X\n\t[USAGOV >20090120]\n\t[USALEG 20050103-20081116]\n'],
  ['duplicate phrase', 'X\n+Y\n\t[USA]\nY\n\t[USA]\n'],
  ['root without code', 'X\nY\n\t[USA]\n'],
  ['code without indentation', 'X\n[USA]\n'],
];

void test('the local checker rejects malformed actor entries', () => {
  for (const [name, text] of BAD_ACTOR_LINES) {
    assert.throws(() => checkActors(text), LineError, name);
  }
  assert.equal(checkActors('X  # comment\n+Y\n\t[USALEG 20050103-20081116]\n\t[USAGOV >20090120]\n\t[USAELI]\n').length, 1);
});

void test('the local checker rejects malformed agent lines', () => {
  for (const bad of ['POLICE [COP]', 'POLICE {} [~CO]', 'police [~COP]', 'POLICE {A B} [~COP]', 'POLICE [~COP]\nPOLICE [~COP]']) {
    assert.throws(() => checkAgents(bad), LineError, bad);
  }
  assert.equal(checkAgents('!PERSON! = MAN, MEN\nPOLICE {} [~COP]\nNGO [NGO~]\n').size, 2);
});

void test('a possessive inside an actor phrase is its own token, as the tokenizer cuts text', () => {
  const [korea, party, name] = readActors("DEMOCRATIC_PEOPLE'S_REPUBLIC_OF_KOREA\n\t[PRK]\nKURDISTAN_WORKERS'_PARTY\n\t[TURREB]\nSEAN_O'NEILL\n\t[IRL]\n", 't');
  assert.deepEqual(korea?.phrases, [['DEMOCRATIC', 'PEOPLE', "'S", 'REPUBLIC', 'OF', 'KOREA']]);
  assert.deepEqual(party?.phrases, [['KURDISTAN', 'WORKERS', "'", 'PARTY']]);
  // an apostrophe inside a name is not a possessive
  assert.deepEqual(name?.phrases, [['SEAN', "O'NEILL"]]);
});
