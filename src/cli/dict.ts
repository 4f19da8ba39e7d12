/** `sitrep dict check FILE…`: validate dictionaries; every malformed line is listed with file and line. */
import { readFileSync } from 'node:fs';
import { readActors } from '../dictionaries/actors-reader.js';
import { readAgents } from '../dictionaries/agents-reader.js';
import { readDiscards } from '../dictionaries/discards-reader.js';
import { readVerbFile } from '../dictionaries/verbs-reader.js';
import { SitrepError, usageError } from '../errors.js';

export const DICT_HELP = `Usage: sitrep dict check [--kind actors|agents|verbs|discards] FILE ...

Reads each dictionary and lists every malformed line as FILE:LINE: problem. The kind is taken from
--kind, or guessed from the file name (*verb*, *agent*, *discard*, otherwise actors).
Exit status: 0 when every file is clean, 1 when any line is malformed, 2 for a usage error.`;

type Kind = 'actors' | 'agents' | 'verbs' | 'discards';

export function guessKind(file: string): Kind {
  const f = file.toLowerCase();
  if (/verb/.test(f)) return 'verbs';
  if (/agent/.test(f)) return 'agents';
  if (/discard/.test(f)) return 'discards';
  return 'actors';
}

export function runDict(argv: string[]): number {
  const [sub, ...rest] = argv;
  if (sub === '--help' || sub === '-h' || sub === undefined) {
    process.stdout.write(DICT_HELP + '\n');
    return sub === undefined ? 2 : 0;
  }
  if (sub !== 'check') throw usageError(`unknown dict subcommand "${sub}" (try: sitrep dict --help)`);
  let kind: Kind | null = null;
  const files: string[] = [];
  for (let k = 0; k < rest.length; k++) {
    const a = rest[k] ?? '';
    if (a === '--kind') {
      const v = rest[++k];
      if (v !== 'actors' && v !== 'agents' && v !== 'verbs' && v !== 'discards') throw usageError(`--kind must be actors, agents, verbs or discards`);
      kind = v;
    } else if (a === '--help' || a === '-h') {
      process.stdout.write(DICT_HELP + '\n');
      return 0;
    } else if (a.startsWith('-')) throw usageError(`unknown option "${a}" for dict check`);
    else files.push(a);
  }
  if (!files.length) throw usageError('dict check needs at least one FILE');
  let problems = 0;
  for (const f of files) {
    const onError = (e: SitrepError): void => {
      problems++;
      process.stdout.write(`${e.message}\n`);
    };
    let text: string;
    try {
      text = readFileSync(f, 'utf8');
    } catch (e) {
      problems++;
      process.stdout.write(`${f}: cannot read (${(e as NodeJS.ErrnoException).code ?? ''})\n`);
      continue;
    }
    const k = kind ?? guessKind(f);
    let summary = '';
    if (k === 'actors') summary = `${readActors(text, f, { onError }).length} actor entries`;
    else if (k === 'agents') summary = `${readAgents(text, f, { onError }).length} agent phrases`;
    else if (k === 'discards') summary = `${readDiscards(text, f, { onError }).length} discards`;
    else {
      const d = readVerbFile(text, f, { onError });
      for (const u of d.unresolved) onError(new SitrepError('E_DICT_SYNTAX', `${u}: pattern uses an undefined synonym set (never matches)`));
      summary = `${d.verbs.length} verbs, ${d.blocks.reduce((a, b) => a + b.patterns.length, 0)} patterns, ${d.nouns.length} nouns, ${d.synsets.size} synonym sets`;
    }
    process.stderr.write(`${f}: ${k}: ${summary}\n`);
  }
  process.stderr.write(problems ? `${problems} problem${problems === 1 ? '' : 's'} found\n` : 'ok\n');
  return problems ? 1 : 0;
}
