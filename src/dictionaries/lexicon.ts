/**
 * The lexicon: every dictionary the coder uses, loaded once and indexed for matching. Built-in
 * dictionaries (dictionaries/ at the package root, written by this project) come first; files given with
 * --actors/--agents/--verbs/--discards are added to them (or replace them with --no-builtin).
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SitrepError } from '../errors.js';
import { readActors, type ActorEntry } from './actors-reader.js';
import { readAgents, type AgentEntry } from './agents-reader.js';
import { readDiscards, type DiscardEntry } from './discards-reader.js';
import type { ReadOptions } from './read-options.js';
import { TokenTrie } from './trie.js';
import { readVerbFile, type NounEntry, type Transformation, type VerbEntry } from './verbs-reader.js';

export interface DictionaryFiles {
  actors: string[];
  agents: string[];
  verbs: string[];
  discards: string[];
}

export interface Lexicon {
  actors: TokenTrie<ActorEntry>;
  agents: TokenTrie<AgentEntry>;
  /** Verbs by every inflected form and by base form (upper case). */
  verbs: Map<string, VerbEntry[]>;
  nouns: TokenTrie<NounEntry>;
  sentenceDiscards: DiscardEntry[];
  storyDiscards: DiscardEntry[];
  transformations: Transformation[];
  files: string[];
}

/** Folder of the dictionaries that ship with sitrep. */
export const BUILTIN_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../../dictionaries');

export function builtinFiles(): DictionaryFiles {
  const actorsDir = join(BUILTIN_DIR, 'actors');
  const list = (dir: string): string[] =>
    existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => join(dir, f)) : [];
  const one = (name: string): string[] => (existsSync(join(BUILTIN_DIR, name)) ? [join(BUILTIN_DIR, name)] : []);
  return { actors: list(actorsDir), agents: one('agents.txt'), verbs: one('verbs.txt'), discards: one('discards.txt') };
}

function read(path: string): string {
  try {
    return readFileSync(path, 'utf8');
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

export function loadLexicon(files: DictionaryFiles, opts: ReadOptions = {}): Lexicon {
  const lex: Lexicon = {
    actors: new TokenTrie(),
    agents: new TokenTrie(),
    verbs: new Map(),
    nouns: new TokenTrie(),
    sentenceDiscards: [],
    storyDiscards: [],
    transformations: [],
    files: [],
  };
  for (const f of files.actors) {
    lex.files.push(f);
    for (const e of readActors(read(f), fileLabel(f), opts)) for (const p of e.phrases) lex.actors.add(p, e);
  }
  for (const f of files.agents) {
    lex.files.push(f);
    for (const a of readAgents(read(f), fileLabel(f), opts)) lex.agents.add(a.phrase, a);
  }
  for (const f of files.verbs) {
    lex.files.push(f);
    const d = readVerbFile(read(f), fileLabel(f), opts);
    for (const v of d.verbs) {
      for (const form of new Set([v.base, ...v.forms])) {
        const list = lex.verbs.get(form);
        if (list) list.push(v);
        else lex.verbs.set(form, [v]);
      }
    }
    for (const n of d.nouns) lex.nouns.add(n.phrase, n);
    lex.transformations.push(...d.transformations);
  }
  for (const f of files.discards) {
    lex.files.push(f);
    for (const d of readDiscards(read(f), fileLabel(f), opts)) (d.scope === 'story' ? lex.storyDiscards : lex.sentenceDiscards).push(d);
  }
  return lex;
}
