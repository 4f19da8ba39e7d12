/**
 * The lexicon: every dictionary the coder uses, loaded once and indexed for matching. Built-in
 * dictionaries (dictionaries/ at the package root, written by this project) come first; files given with
 * --actors/--agents/--verbs/--discards are added to them (or replace them with --no-builtin).
 *
 * Loading reads every file (malformed lines are reported, or thrown, as the readers do), compiles the result to
 * data (`CompiledLexicon`) and keeps it in the cache (`cache.ts`) under a key made of the files' bytes, so the
 * next start-up with the same dictionaries skips the reading. Actor entries are not kept as objects: the trie
 * holds their numbers and each entry is read again from its lines of the file the first time it matches.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SitrepError } from '../errors.js';
import { actorAt, scanActors, type ActorEntry, type ActorSpan } from './actors-reader.js';
import { readAgents, type AgentEntry } from './agents-reader.js';
import { CacheKey, readCache, writeCache } from './cache.js';
import { readDiscards, type DiscardEntry } from './discards-reader.js';
import { report, type ReadOptions } from './read-options.js';
import { CompactTrie, CompactTrieBuilder, trieDataCopy, type CompactTrieData, type PhraseIndex } from './trie.js';
import { readVerbFile, samePatternElem, type NounEntry, type PatternElem, type Transformation, type VerbBlock, type VerbCode, type VerbDictionary, type VerbEntry } from './verbs-reader.js';

export interface DictionaryFiles {
  actors: string[];
  agents: string[];
  verbs: string[];
  discards: string[];
}

export interface Lexicon {
  actors: PhraseIndex<ActorEntry>;
  agents: PhraseIndex<AgentEntry>;
  /** Verbs by every inflected form and by base form (upper case). */
  verbs: Map<string, VerbEntry[]>;
  nouns: PhraseIndex<NounEntry>;
  sentenceDiscards: DiscardEntry[];
  storyDiscards: DiscardEntry[];
  transformations: Transformation[];
  files: string[];
}

/** Folder of the dictionaries that ship with sitrep. */
export const BUILTIN_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../../dictionaries');

export function builtinFiles(dir = BUILTIN_DIR): DictionaryFiles {
  // an installation without its dictionaries would code nothing and say nothing: that is an error, not "no match"
  if (!existsSync(join(dir, 'verbs.txt')) || !existsSync(join(dir, 'actors'))) {
    throw new SitrepError('E_DICT_FILE', `${dir}: the built-in dictionaries are missing (reinstall sitrep, or use --no-builtin with your own)`);
  }
  const actorsDir = join(dir, 'actors');
  const list = (folder: string): string[] =>
    existsSync(folder) ? readdirSync(folder).filter((f) => f.endsWith('.txt')).sort().map((f) => join(folder, f)) : [];
  const one = (name: string): string[] => (existsSync(join(dir, name)) ? [join(dir, name)] : []);
  return { actors: list(actorsDir), agents: one('agents.txt'), verbs: one('verbs.txt'), discards: one('discards.txt') };
}

function read(path: string): Buffer {
  try {
    return readFileSync(path);
  } catch (e) {
    throw new SitrepError('E_DICT_FILE', `${path}: cannot read dictionary (${(e as NodeJS.ErrnoException).code ?? String(e)})`);
  }
}

/** Short, stable file label used in rule ids: built-in files are "builtin/<name>", others their base name. */
export function fileLabel(path: string): string {
  const abs = resolve(path);
  if (abs.startsWith(BUILTIN_DIR)) return 'builtin/' + abs.slice(BUILTIN_DIR.length + 1);
  return basename(path);
}

/**
 * What reading the dictionaries produced, as data: the actor and agent tries, the verb dictionaries, the
 * discards, and every malformed line in the order it was found. This is what the cache stores; the lexicon is
 * built from it the same way whether it was just read or loaded.
 */
interface CompiledLexicon {
  errors: { code: string; message: string }[];
  actors: CompactTrieData;
  /**
   * Per actor entry, 5 numbers: its file (index into the actor files), the line it starts on, whether that
   * line starts inside a comment (1/0), and the byte offsets in the file where it starts and where the next
   * entry starts (or the file ends).
   */
  actorSpans: Int32Array;
  agents: CompactTrieData;
  agentEntries: AgentEntry[];
  verbs: VerbDictionary[];
  discards: DiscardEntry[];
}

const SPAN = 5;

function compile(files: DictionaryFiles, texts: Map<string, string>, bytes: Map<string, Buffer>): CompiledLexicon {
  const errors: CompiledLexicon['errors'] = [];
  const opts: ReadOptions = { onError: (e) => errors.push({ code: e.code, message: e.message }) };
  const text = (f: string): string => texts.get(f) ?? '';
  const actors = new CompactTrieBuilder();
  const spans: number[] = [];
  files.actors.forEach((f, file) => {
    const raw = bytes.get(f) ?? Buffer.alloc(0);
    const starts = lineStarts(raw);
    const byteAt = (line: number | null): number => (line === null ? raw.length : (starts[line - 1] ?? raw.length));
    scanActors(text(f), fileLabel(f), opts, (e, span) => {
      const n = spans.length / SPAN;
      spans.push(file, span.from.n, span.from.open ? 1 : 0, byteAt(span.from.n), byteAt(span.untilLine));
      for (const p of e.phrases) actors.add(p, n);
    });
  });
  const agents = new CompactTrieBuilder();
  const agentEntries: AgentEntry[] = [];
  for (const f of files.agents) for (const a of readAgents(text(f), fileLabel(f), opts)) agents.add(a.phrase, agentEntries.push(a) - 1);
  const verbs = files.verbs.map((f) => readVerbFile(text(f), fileLabel(f), opts));
  const discards = files.discards.flatMap((f) => readDiscards(text(f), fileLabel(f), opts));
  return { errors, actors: actors.data(), actorSpans: Int32Array.from(spans), agents: agents.data(), agentEntries, verbs, discards };
}

/** Options for `loadLexicon` beyond how malformed lines are treated. */
export interface LexiconOptions {
  /** Use the compiled-lexicon cache (default true; `SITREP_CACHE_DIR=off` also turns it off). */
  cache?: boolean;
}

let lastSource: 'files' | 'cache' | null = null;

/** How the last `loadLexicon` call got its lexicon: read from the files, or loaded from the cache; null before. */
export function lexiconSource(): 'files' | 'cache' | null {
  return lastSource;
}

export function loadLexicon(files: DictionaryFiles, opts: ReadOptions = {}, lexOpts: LexiconOptions = {}): Lexicon {
  const all = [...files.actors, ...files.agents, ...files.verbs, ...files.discards];
  const bytes = new Map<string, Buffer>();
  for (const f of all) if (!bytes.has(f)) bytes.set(f, read(f));
  const key = new CacheKey('lexicon');
  for (const kind of ['actors', 'agents', 'verbs', 'discards'] as const) {
    key.part(`${kind} ${files[kind].length}`);
    for (const f of files[kind]) key.part(fileLabel(f), bytes.get(f));
  }
  const digest = key.digest();
  const useCache = lexOpts.cache !== false;
  let compiled = useCache ? (readCache(digest) as CompiledLexicon | null) : null;
  lastSource = compiled ? 'cache' : 'files';
  if (compiled) reshapeCached(compiled);
  if (!compiled) {
    const texts = new Map<string, string>();
    for (const f of all) if (!texts.has(f)) texts.set(f, bytes.get(f)?.toString('utf8') ?? '');
    compiled = compile(files, texts, bytes);
    if (useCache) writeCache(digest, compiled);
  }
  for (const e of compiled.errors) report(new SitrepError(e.code, e.message), opts);
  return build(compiled, files, bytes);
}

/**
 * Objects read back by `v8.deserialize` have maps of their own, not those of the same object written as a literal: a
 * verb code from the cache (an entry's, a block's, a pattern's) and one the coder makes (`{ forward: '161', reverse:
 * null }` in the events stage, a noun block's) were two maps, and the optimised functions reading `hit.code` in the
 * events stage were deoptimised ("wrong map") when the second reached them, as `wordNumber` was by the cached actor
 * and agent tries beside the noun trie built here. The codes, blocks, entries and trie data are made again as the
 * readers make them, keys in the same order, and so are the patterns' elements (each shared object once, so what
 * shared one still does).
 */
function reshapeCached(c: CompiledLexicon): void {
  const codes = new Map<VerbCode, VerbCode>();
  const code = (x: VerbCode): VerbCode => {
    let y = codes.get(x);
    if (!y) codes.set(x, (y = { forward: x.forward, reverse: x.reverse }));
    return y;
  };
  // blocks and entries too: the coder makes its own for rule hits (naming.ts `ruleHit`, a passive deed), and
  // `passiveRoleChoice` was deoptimised at `hit.entry.base` by the first of those
  const elems = new Map<PatternElem, PatternElem>();
  const elem = (e: PatternElem): PatternElem => {
    let y = elems.get(e);
    if (!y) elems.set(e, (y = samePatternElem(e)));
    return y;
  };
  const blocks = new Map<VerbBlock, VerbBlock>();
  const block = (b: VerbBlock): VerbBlock => {
    let y = blocks.get(b);
    if (!y) {
      for (const p of b.patterns) {
        p.code = code(p.code);
        for (const side of [p.pre, p.post]) for (let k = 0; k < side.length; k++) side[k] = elem(side[k] as PatternElem);
      }
      blocks.set(b, (y = { id: b.id, name: b.name, code: code(b.code), patterns: b.patterns, roles: b.roles }));
    }
    return y;
  };
  for (const d of c.verbs) {
    for (let k = 0; k < d.blocks.length; k++) d.blocks[k] = block(d.blocks[k] as VerbBlock);
    for (let k = 0; k < d.verbs.length; k++) {
      const v = d.verbs[k] as VerbEntry;
      d.verbs[k] = { id: v.id, base: v.base, forms: v.forms, before: v.before, after: v.after, code: v.code ? code(v.code) : v.code, block: block(v.block) };
    }
    for (const n of d.nouns) n.code = code(n.code);
  }
  c.actors = trieDataCopy(c.actors);
  c.agents = trieDataCopy(c.agents);
}

/** Byte offset of the start of each line ("\n" ends a line; "\r" before it stays with the line). */
function lineStarts(bytes: Buffer): number[] {
  const out: number[] = [0];
  for (let k = 0; k < bytes.length; k++) if (bytes[k] === 10) out.push(k + 1);
  return out;
}

function build(c: CompiledLexicon, files: DictionaryFiles, bytes: Map<string, Buffer>): Lexicon {
  // actor files are kept as bytes: an entry is decoded from its own lines the first time it matches
  const actorSources = files.actors.map((f) => ({ bytes: bytes.get(f) ?? Buffer.alloc(0), label: fileLabel(f) }));
  const actorEntries: (ActorEntry | undefined)[] = [];
  const spans = c.actorSpans;
  const actors = new CompactTrie<ActorEntry>(c.actors, (n) => {
    let e = actorEntries[n];
    if (!e) {
      const k = n * SPAN;
      const src = actorSources[spans[k] ?? 0] as { bytes: Buffer; label: string };
      const text = src.bytes.toString('utf8', spans[k + 3] ?? 0, spans[k + 4] ?? 0);
      const span: ActorSpan = { from: { at: 0, n: spans[k + 1] ?? 1, open: spans[k + 2] === 1 }, until: text.length, untilLine: null };
      actorEntries[n] = e = actorAt(text, src.label, span);
    }
    return e;
  });
  const verbs = new Map<string, VerbEntry[]>();
  const nouns = new CompactTrieBuilder();
  const nounEntries: NounEntry[] = [];
  const transformations: Transformation[] = [];
  for (const d of c.verbs) {
    for (const v of d.verbs) {
      for (const form of new Set([v.base, ...v.forms])) {
        const list = verbs.get(form);
        if (list) list.push(v);
        else verbs.set(form, [v]);
      }
    }
    for (const n of d.nouns) nouns.add(n.phrase, nounEntries.push(n) - 1);
    transformations.push(...d.transformations);
  }
  const agentEntries = c.agentEntries;
  return {
    actors,
    agents: new CompactTrie(c.agents, (n) => agentEntries[n] as AgentEntry),
    verbs,
    nouns: new CompactTrie(nouns.data(), (n) => nounEntries[n] as NounEntry),
    sentenceDiscards: c.discards.filter((d) => d.scope === 'sentence'),
    storyDiscards: c.discards.filter((d) => d.scope === 'story'),
    transformations,
    files: [...files.actors, ...files.agents, ...files.verbs, ...files.discards],
  };
}
