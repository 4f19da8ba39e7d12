/**
 * Options shared by the commands that code text (`code`, `ingest`, `serve`): the dictionary flags of SPEC §2
 * and how a malformed dictionary line is treated.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { CoderOptions } from '../coder.js';
import { usageError } from '../errors.js';

/** node:util parseArgs for one command, its errors turned into one-line usage errors that name the command. */
export function parseCommand<T extends ParseArgsConfig>(command: string, config: T): ReturnType<typeof parseArgs<T>> {
  try {
    return parseArgs(config);
  } catch (e) {
    throw usageError(`${(e instanceof Error ? e.message : String(e)).split('\n')[0] ?? ''} (see: sitrep ${command} --help)`);
  }
}

export const DICTIONARY_OPTIONS = {
  actors: { type: 'string', multiple: true, default: [] as string[] },
  agents: { type: 'string', multiple: true, default: [] as string[] },
  verbs: { type: 'string', multiple: true, default: [] as string[] },
  discards: { type: 'string', multiple: true, default: [] as string[] },
  'no-builtin': { type: 'boolean', default: false },
  strict: { type: 'boolean', default: false },
} as const;

export interface DictionaryFlags {
  actors: string[];
  agents: string[];
  verbs: string[];
  discards: string[];
  'no-builtin': boolean;
  strict: boolean;
}

/** Coder options from the flags; without --strict a malformed dictionary line is reported through `warn` and skipped. */
export function coderOptionsFrom(o: DictionaryFlags, warn: (line: string) => void): CoderOptions {
  return {
    noBuiltin: o['no-builtin'],
    dictionaries: { actors: o.actors, agents: o.agents, verbs: o.verbs, discards: o.discards },
    read: o.strict ? {} : { onError: (e) => warn(`sitrep: warning: ${e.code}: ${e.message} (line skipped)`) },
  };
}
