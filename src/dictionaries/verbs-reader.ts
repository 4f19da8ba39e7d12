/**
 * Reader for PETRARCH/TABARI verb dictionaries (CAMEO.2.0.txt, the KEDS-era PETR.Validate.verbs.txt, and
 * sitrep's own dictionaries/verbs.txt):
 *
 *   &SYNSET / +MEMBER             synonym sets (plurals generated unless the member or label ends in `_`)
 *   --- NAME [CODE] ---           a verb block with its default code
 *   --- NAME [CODE] @timetable --- a block with a role of its own (sitrep's extension; `BLOCK_ROLES`; a file
 *                                 that gives none is a PETRARCH one: `PETRARCH_BLOCK_ROLES`)
 *   VERB {IRREGULAR FORMS} [CODE] a verb of the block, optionally with its own code
 *   +HOLD_TALKS  KLM_+RST         multi-word verbs: the word after `+` is the verb itself
 *   - PRE * POST [CODE] # note    a pattern of the block; `_` joins adjacent words, `&SET` a synonym set,
 *                                 `(PREP NOUN)` a prepositional phrase and `{MOD HEAD}` a noun phrase, each ending
 *                                 at its noun phrase's head (`PhraseGroup`), `$` `+` `%` source/target/compound
 *                                 slots, `^` any one noun phrase
 *   ~ a (b c VERB) VERB = x y CODE  transformations (kept for `dict check`, applied by the coder's rules)
 *   ####### NOMINAL EVENTS #######  then `NOUN [CODE]` lines: event nouns ("airstrike", "killing")
 *
 * Every block, verb and pattern carries the id `file:line`. Unlike PETRARCH2, a `<!-- -->` line is only a
 * comment: it does not switch off the patterns after it.
 */
import { dictError } from '../errors.js';
import { report, type ReadOptions } from './read-options.js';
import { dictLines, phraseTokens, pluralOf } from './lines.js';

/** An event code as written: `[190]`, `[042:043]` (also the reverse event), `[:075]` (reverse only), `[---]`. */
export interface VerbCode {
  forward: string | null;
  reverse: string | null;
}

/**
 * A phrase group of a PETRARCH2 pattern, shared by the elements it holds (`first`..`last`, positions in their side's
 * list): `(PREP NOUN ...)` a prepositional phrase, whose words after the preposition lie in the noun phrase it governs;
 * `{MOD ... HEAD}` a noun phrase, whose words lie in one noun phrase. In both the last word is that noun phrase's head:
 * no noun follows it in the phrase ("{HUMAN RIGHTS}" is not "human rights groups"). A `{ }` inside `( )` is part of the
 * prepositional phrase's noun phrase.
 */
export interface PhraseGroup {
  kind: 'pp' | 'np';
  first: number;
  last: number;
}

export type PatternElem =
  | { kind: 'words'; alts: string[][]; adj: boolean; label: string; first?: Set<string>; group?: PhraseGroup }
  | { kind: 'slot'; role: 'source' | 'target' | 'compound'; adj: boolean; group?: PhraseGroup }
  | { kind: 'skip'; adj: boolean; group?: PhraseGroup };

/**
 * A pattern element with every kind's keys, in one order (those of other kinds undefined; `group` set later for an
 * element of a phrase group): one object map for all elements. With a key set per kind, and `group` added to some,
 * the matcher's functions saw several maps and were deoptimised ("wrong map" in `matchBackward` at `e.group`,
 * `findBackward` at `e.adj`) whenever an element of a shape they had not met came by.
 */
export function patternElem(kind: PatternElem['kind'], role: 'source' | 'target' | 'compound' | undefined, alts: string[][] | undefined, adj: boolean, label: string | undefined, group: PhraseGroup | undefined): PatternElem {
  return { kind, role, alts, adj, label, group } as unknown as PatternElem;
}

/**
 * `e` (with adjacency `adj`) as `patternElem` makes it: a spread copy (`{ ...e, adj }`) was a map of its own, as are
 * elements read back from the lexicon cache (lexicon.ts `reshapeCached`).
 */
export function samePatternElem(e: PatternElem, adj: boolean = e.adj): PatternElem {
  return patternElem(e.kind, e.kind === 'slot' ? e.role : undefined, e.kind === 'words' ? e.alts : undefined, adj, e.kind === 'words' ? e.label : undefined, e.group);
}

export interface VerbPattern {
  id: string;
  block: string;
  pre: PatternElem[];
  post: PatternElem[];
  /** `_*`: the last pre element touches the verb; `*_`: the first post element does. */
  code: VerbCode;
  text: string;
}

export interface VerbBlock {
  id: string;
  name: string;
  code: VerbCode;
  patterns: VerbPattern[];
  /** The roles its header gives it (`@timetable`): see `BLOCK_ROLES`. */
  roles: readonly BlockRole[];
}

/**
 * Roles a block's header may give it after its code, `--- NAME [CODE] @role ---` (sitrep's own extension of the
 * layout; an unknown role fails the load). The coder tests a block's role, never its name:
 * - `timetable`: the block's verbs time what their infinitive names ("was scheduled to give a speech"): they code no
 *   event of their own, yet the events stage holds that infinitive unasserted, as under a coding governor.
 * - `pressing`: the block's verbs press an actor ("pressed X to V", "leaned on Y over Z"): the events stage keeps a
 *   hit only with an actor pressed to act or pressed over a matter (`pressingAppeal`); "pressed ahead with", "pushed
 *   into the town" code nothing.
 * - `travel`: the block's verbs are journeys of their subject: a particle after an object ("flew him to X", "stopped
 *   a tanker in the Gulf") moved someone else and is no match (verb-patterns), and a navy's ships arriving at a
 *   foreign port under the block's deployment pattern (154) make a port call, a visit (042; events stage).
 * - `naval`: the block's events are a navy's: the events stage keeps a hit only when its doer is a navy's ships or a
 *   military actor ("a tanker docked in Havana" is no port call).
 */
export type BlockRole = 'timetable' | 'pressing' | 'travel' | 'naval' | 'expulsion';
const BLOCK_ROLES: ReadonlySet<string> = new Set<BlockRole>(['timetable', 'pressing', 'travel', 'naval', 'expulsion']);
const isBlockRole = (r: string): r is BlockRole => BLOCK_ROLES.has(r);

/**
 * Roles of the blocks of a PETRARCH verb dictionary (CAMEO.2.0.txt, PETR.Validate.verbs.txt), which knows no `@role`:
 * in a file whose headers give no role at all, the block of this name takes it, as the coder read that block by its
 * name before blocks had roles (the VISIT block is the travel verbs there as in sitrep's own lexicon).
 */
const PETRARCH_BLOCK_ROLES: ReadonlyMap<string, BlockRole> = new Map([['VISIT', 'travel']]);

export interface VerbEntry {
  id: string;
  /** Base form, upper case. */
  base: string;
  forms: string[];
  /** Words that must precede / follow the verb for a multi-word verb (HOLD_TALKS → after: [TALKS]). */
  before: string[];
  after: string[];
  code: VerbCode | null;
  block: VerbBlock;
}

export interface NounEntry {
  id: string;
  phrase: string[];
  code: VerbCode;
}

export interface Transformation {
  id: string;
  text: string;
}

export interface VerbDictionary {
  file: string;
  verbs: VerbEntry[];
  blocks: VerbBlock[];
  nouns: NounEntry[];
  synsets: Map<string, string[][]>;
  transformations: Transformation[];
  /** Patterns that name an undefined synonym set (reported by `dict check`, never matched). */
  unresolved: string[];
}

const CODE_TOKEN = /^[^\s\]]+$/;

/**
 * A code with no digit is no event code: TABARI's markers (`[+++]`, a complex event PETRARCH does not code) and
 * placeholders (`[xxy]`). Only `---`, the null code, is written without one.
 */
const markerCode = (s: string): boolean => s.split(':').some((c) => c !== '' && c !== '---' && !/\d/.test(c));

export function parseVerbCode(file: string, n: number, raw: string): VerbCode {
  const s = raw.trim();
  if (!CODE_TOKEN.test(s)) throw dictError(file, n, `bad event code "[${raw}]"`);
  if (markerCode(s)) throw dictError(file, n, `"[${raw}]" is no event code (a TABARI marker, not coded)`);
  const norm = (c: string | undefined): string | null => (!c || c === '---' ? null : c);
  if (s.includes(':')) {
    const [a, b] = s.split(':');
    return { forward: norm(a), reverse: norm(b) };
  }
  return { forward: norm(s), reverse: null };
}

/** Regular verb forms from a base (upper case): -S, -ED, -ING with the usual spelling changes. */
export function verbForms(base: string): string[] {
  const out = new Set([base]);
  const b = base;
  if (/(S|SH|CH|X|Z|O)$/.test(b)) out.add(b + 'ES');
  else if (/[^AEIOU]Y$/.test(b)) out.add(b.slice(0, -1) + 'IES');
  else out.add(b + 'S');
  if (/E$/.test(b)) {
    out.add(b + 'D');
    out.add(b.slice(0, -1) + 'ING');
  } else if (/[^AEIOU]Y$/.test(b)) {
    out.add(b.slice(0, -1) + 'IED');
    out.add(b + 'ING');
  } else {
    out.add(b + 'ED');
    out.add(b + 'ING');
    if (/^[^AEIOU]*[AEIOU][BDGKLMNPRTV]$/.test(b)) {
      const last = b[b.length - 1] ?? '';
      out.add(b + last + 'ED');
      out.add(b + last + 'ING');
    }
  }
  return [...out];
}

export function readVerbs(source: string, file: string, opts: ReadOptions = {}): VerbDictionary {
  const dict: VerbDictionary = { file, verbs: [], blocks: [], nouns: [], synsets: new Map(), transformations: [], unresolved: [] };
  const rawSynsets = new Map<string, { members: string[]; noPlural: boolean }>();
  const rawPatterns: { n: number; text: string; block: VerbBlock }[] = [];
  let block: VerbBlock | null = null;
  let synset: { members: string[]; noPlural: boolean } | null = null;
  for (const { n, text } of dictLines(source)) {
    try {
      const line = text.trim();
      if (/^#{3,}/.test(line) || /^#/.test(line)) continue;
      const header = /^(?:---+|###)\s*(.*?)\s*(?:\[([^\]]*)\])?\s*((?:@\S+\s*)*)(?:---+|###)\s*$/.exec(line);
      if (header) {
        synset = null;
        const roles = (header[3] ?? '').split(/\s+/).filter(Boolean).map((r) => r.slice(1));
        const unknown = roles.find((r) => !isBlockRole(r));
        if (unknown !== undefined) throw dictError(file, n, `unknown block role "@${unknown}" (known: ${[...BLOCK_ROLES].map((r) => '@' + r).join(', ')})`);
        // (a block whose code is a marker is still a block: reported, its verbs code nothing of their own)
        let code: VerbCode = { forward: null, reverse: null };
        try {
          code = parseVerbCode(file, n, header[2] ?? '---');
        } catch (e) {
          report(e, opts);
        }
        block = { id: `${file}:${n}`, name: (header[1] ?? '').trim(), code, patterns: [], roles: roles.filter(isBlockRole) };
        dict.blocks.push(block);
        continue;
      }
      if (line.startsWith('&')) {
        const label = line.split(/\s+/)[0] ?? '';
        const noPlural = label.endsWith('_');
        const name = label.slice(1).replace(/_+$/, '').toUpperCase();
        synset = { members: [], noPlural };
        rawSynsets.set(name, synset);
        continue;
      }
      if (synset && line.startsWith('+')) {
        synset.members.push(line.slice(1).trim());
        continue;
      }
      synset = null;
      if (line.startsWith('~')) {
        dict.transformations.push({ id: `${file}:${n}`, text: line.slice(1).trim() });
        continue;
      }
      if (line.startsWith('-')) {
        if (!block) throw dictError(file, n, 'pattern before any verb block');
        rawPatterns.push({ n, text: line.slice(1).trim(), block });
        continue;
      }
      const codeMatch = /\[([^\]]*)\]/.exec(line);
      const code = codeMatch ? parseVerbCode(file, n, codeMatch[1] ?? '') : null;
      const body = line.replace(/\[[^\]]*\]/g, ' ').trim();
    if (!block) {
      throw dictError(file, n, `unexpected line outside a verb block: "${line}"`);
    }
    const irregular = /\{([^}]*)\}/.exec(body);
    const words = body.replace(/\{[^}]*\}/g, ' ').trim();
    if (!words || /[{}[\]()]/.test(words)) throw dictError(file, n, `unreadable verb line "${line}"`);
    const parts = words.split(/\s+/)[0] ?? '';
    const toks = parts.split('_').filter(Boolean);
    let vi = toks.findIndex((t) => t.startsWith('+'));
    if (vi < 0) vi = 0;
    const base = (toks[vi] ?? '').replace(/^\+/, '').toUpperCase();
    if (!/^[A-Z][A-Z'-]*$/.test(base)) throw dictError(file, n, `bad verb "${base}"`);
    // irregular forms of a multi-word verb are written whole ("{+FOUGHT_BACK +FIGHTS_BACK}"): keep the verb word
      const extra = irregular
        ? (irregular[1] ?? '')
            .split(/\s+/)
            .filter(Boolean)
            .map((f) => {
              const parts = f.split('_').filter(Boolean);
              return (parts.find((p) => p.startsWith('+')) ?? parts[0] ?? '').replace(/^\+/, '').toUpperCase();
            })
            .filter((f) => f.length > 0)
        : [];
    dict.verbs.push({
      id: `${file}:${n}`,
      base,
      forms: [...new Set([...verbForms(base), ...extra])],
      before: toks.slice(0, vi).map((t) => t.toUpperCase()),
      after: toks.slice(vi + 1).map((t) => t.toUpperCase()),
      code,
      block,
    });
    } catch (e) {
      report(e, opts);
    }
  }
  // synonym sets (may nest one level: +&OTHER)
  const resolve = (name: string, depth: number): string[][] | null => {
    const s = rawSynsets.get(name);
    if (!s || depth > 3) return null;
    const out: string[][] = [];
    for (const m of s.members) {
      if (m.startsWith('&')) {
        const inner = resolve(m.slice(1).replace(/_+$/, '').toUpperCase(), depth + 1);
        if (inner) out.push(...inner);
        continue;
      }
      const toks = phraseTokens(m);
      if (!toks.length) continue;
      out.push(toks);
      if (!s.noPlural && !m.endsWith('_')) out.push([...toks.slice(0, -1), pluralOf(toks[toks.length - 1] ?? '')]);
    }
    return out;
  };
  for (const name of rawSynsets.keys()) dict.synsets.set(name, resolve(name, 0) ?? []);
  if (!dict.blocks.some((b) => b.roles.length)) {
    for (const b of dict.blocks) {
      const role = PETRARCH_BLOCK_ROLES.get(b.name);
      if (role) b.roles = [role];
    }
  }
  for (const p of rawPatterns) {
    try {
      const pat = parsePattern(file, p.n, p.text, p.block, dict);
      if (pat) p.block.patterns.push(pat);
    } catch (e) {
      report(e, opts);
    }
  }
  return dict;
}

/**
 * Nominal-event section: a line `####### NOMINAL EVENTS #######` switches the reader into noun mode. dictLines
 * strips `#` comments, so the switch is detected on the raw text before reading.
 */
export function readVerbFile(source: string, file: string, opts: ReadOptions = {}): VerbDictionary {
  const marker = /^#+\s*NOMINAL EVENTS\s*#+\s*$/m.exec(source);
  if (!marker) return readVerbs(source, file, opts);
  const head = source.slice(0, marker.index);
  const tail = source.slice(marker.index);
  const lineOffset = head.split('\n').length - 1;
  const dict = readVerbs(head, file, opts);
  for (const { n, text } of dictLines(tail)) {
    const line = text.trim();
    if (line.startsWith('#')) continue;
    const codeMatch = /\[([^\]]*)\]/.exec(line);
    const ln = n + lineOffset;
    if (!codeMatch) throw dictError(file, ln, `nominal event needs a [CODE]: "${line}"`);
    const code = parseVerbCode(file, ln, codeMatch[1] ?? '');
    const body = line.replace(/\[[^\]]*\]/g, ' ').replace(/\{[^}]*\}/g, ' ').trim();
    const phrase = phraseTokens(body);
    if (!phrase.length) throw dictError(file, ln, 'nominal event without a noun');
    dict.nouns.push({ id: `${file}:${ln}`, phrase, code });
    if (!body.endsWith('_')) {
      const last = phrase[phrase.length - 1] ?? '';
      dict.nouns.push({ id: `${file}:${ln}`, phrase: [...phrase.slice(0, -1), pluralOf(last)], code });
    }
  }
  return dict;
}

function parsePattern(file: string, n: number, text: string, block: VerbBlock, dict: VerbDictionary): VerbPattern | null {
  const codeMatch = /\[([^\]]*)\]\s*$/.exec(text);
  if (!codeMatch) throw dictError(file, n, `pattern without [CODE]: "- ${text}"`);
  const code = parseVerbCode(file, n, codeMatch[1] ?? '');
  let body = text.slice(0, codeMatch.index).trim();
  body = body.replace(/\*\*/g, '*');
  // split around the verb marker, keeping `_` adjacency on either side
  const star = body.indexOf('*');
  if (star < 0) throw dictError(file, n, `pattern without * (the verb): "- ${text}"`);
  if (body.indexOf('*', star + 1) >= 0) throw dictError(file, n, `pattern with two verb markers: "- ${text}"`);
  const left = body.slice(0, star);
  const right = body.slice(star + 1);
  let undefinedSet = false;
  const elems = (s: string): PatternElem[] => {
    const out: PatternElem[] = [];
    // `_` between items means adjacency; blanks allow gaps; ( ) and { } are phrase groups (`PhraseGroup`)
    let group: PhraseGroup | null = null;
    let open = '';
    const close = (): void => {
      if (group && out.length > group.first) {
        group.last = out.length - 1;
        for (let k = group.first; k <= group.last; k++) (out[k] as PatternElem).group = group;
      }
      group = null;
    };
    for (const chunk of s.replace(/([(){}])/g, ' $1 ').split(/\s+/).filter(Boolean)) {
      if (chunk === '(' || chunk === '{') {
        // (a noun phrase inside a prepositional phrase is that phrase's own: it adds nothing to its group)
        if (open === '(' && chunk === '{') {
          open = '({';
          continue;
        }
        if (open) throw dictError(file, n, `phrase group inside another in "- ${text}"`);
        open = chunk;
        group = { kind: chunk === '(' ? 'pp' : 'np', first: out.length, last: out.length };
        continue;
      }
      if (chunk === ')' || chunk === '}') {
        const opener = chunk === ')' ? '(' : '{';
        if (!open.endsWith(opener)) throw dictError(file, n, `unbalanced "${chunk}" in "- ${text}"`);
        open = open.slice(0, -1);
        if (!open) close();
        continue;
      }
      const parts = joinSynsetNames(chunk.split('_'), dict.synsets);
      parts.forEach((p, k) => {
        const adj = k > 0;
        if (p === '') return;
        if (p === '$') out.push(patternElem('slot', 'source', undefined, adj, undefined, undefined));
        else if (p === '+') out.push(patternElem('slot', 'target', undefined, adj, undefined, undefined));
        else if (p === '%') out.push(patternElem('slot', 'compound', undefined, adj, undefined, undefined));
        else if (p === '^') out.push(patternElem('skip', undefined, undefined, adj, undefined, undefined));
        else if (p.startsWith('&')) {
          const set = dict.synsets.get(p.slice(1).replace(/_+$/, '').toUpperCase());
          if (!set) undefinedSet = true;
          out.push(patternElem('words', undefined, set ?? [], adj, p.toUpperCase(), undefined));
        } else {
          const w = p.toUpperCase();
          out.push(patternElem('words', undefined, [[w]], adj, w, undefined));
        }
      });
      // a chunk ending in `_` ("IN_") or starting with "_" glues to the verb: handled below
    }
    if (open) throw dictError(file, n, `unclosed "${open.slice(-1)}" in "- ${text}"`);
    return out;
  };
  const pre = elems(left);
  const post = elems(right);
  if (/_\s*$/.test(left) && pre.length === 0) {
    /* "_*" with nothing before: ignore */
  }
  // adjacency to the verb: "IN_*" → last pre elem adjacent; "*_OUT" → first post elem adjacent
  const preTouch = /_\s*$/.test(left);
  const postTouch = /^\s*_/.test(right);
  const last = pre[pre.length - 1];
  if (last && preTouch) pre[pre.length - 1] = samePatternElem(last, true);
  const first = post[0];
  if (first) post[0] = samePatternElem(first, postTouch);
  // in `pre`, adjacency is stored on the element that follows; shift so pre[k].adj means "touches pre[k+1] or the verb"
  const preAdj: PatternElem[] = pre.map((e, k) => {
    const next = pre[k + 1];
    const touches = next ? next.adj : preTouch;
    return samePatternElem(e, touches);
  });
  if (undefinedSet) {
    dict.unresolved.push(`${file}:${n}`);
    return null;
  }
  return { id: `${file}:${n}`, block: block.name, pre: preAdj, post, code, text: `- ${text}` };
}

/** Re-join `&FIGHT_OF_WORDS` that the `_` split broke apart, when the joined name is a defined set. */
function joinSynsetNames(parts: string[], synsets: Map<string, string[][]>): string[] {
  const out: string[] = [];
  for (let k = 0; k < parts.length; k++) {
    const p = parts[k] ?? '';
    if (!p.startsWith('&')) {
      out.push(p);
      continue;
    }
    let best = k;
    for (let j = k + 1; j < parts.length; j++) {
      if (synsets.has(parts.slice(k, j + 1).join('_').slice(1).toUpperCase())) best = j;
    }
    out.push(parts.slice(k, best + 1).join('_'));
    k = best;
  }
  return out;
}
