/**
 * Reader for PETRARCH agent dictionaries: `PHRASE {PLURAL|} [~CODE]` or `[CODE~]`, and substitution
 * sets `!NAME! = A, B, C` used inside phrases. Regular plurals are generated unless `{}` is given.
 */
import { dictError } from '../errors.js';
import { report, type ReadOptions } from './read-options.js';
import { dictLines, phraseTokens, pluralOf } from './lines.js';

export interface AgentEntry {
  id: string;
  phrase: string[];
  /** Role code(s) appended after the actor code ("~GOV") ... */
  suffix: string;
  /** ... or placed before it ("NGO~"). */
  prefix: string;
}

export function readAgents(source: string, file: string, opts: ReadOptions = {}): AgentEntry[] {
  const subs = new Map<string, string[]>();
  const out: AgentEntry[] = [];
  for (const { n, text } of dictLines(source)) {
    try {
      const line = text.trim();
      const sub = /^!([A-Z]+)!\s*=\s*(.+)$/i.exec(line);
      if (sub) {
        subs.set((sub[1] ?? '').toUpperCase(), (sub[2] ?? '').split(',').map((s) => s.trim().toUpperCase()).filter(Boolean));
        continue;
      }
      const code = /\[([^\]]*)\]\s*$/.exec(line);
      if (!code) throw dictError(file, n, `agent line without [~CODE]: "${line}"`);
      const raw = (code[1] ?? '').trim().toUpperCase();
      let suffix = '';
      let prefix = '';
      if (raw.startsWith('~')) suffix = raw.slice(1);
      else if (raw.endsWith('~')) prefix = raw.slice(0, -1);
      else throw dictError(file, n, `agent code "${raw}" needs ~ before or after it`);
      if (!/^([A-Z0-9]{3})+$/.test(suffix + prefix)) throw dictError(file, n, `bad agent code "${raw}"`);
      let body = line.slice(0, code.index).trim();
      let plurals: string[] | null = null;
      const braces = /\{([^}]*)\}/.exec(body);
    if (braces) {
      plurals = (braces[1] ?? '').trim() ? [(braces[1] ?? '').trim()] : [];
      body = body.replace(braces[0], ' ').trim();
    }
    if (!body) throw dictError(file, n, 'agent line without a phrase');
    for (const phrase of expand(body, subs, file, n)) {
      const forms: string[][] = [phraseTokens(phrase)];
      if (plurals === null) {
        const toks = phraseTokens(phrase);
        const last = toks[toks.length - 1] ?? '';
        if (!phrase.includes('!') && !phrase.endsWith('_')) forms.push([...toks.slice(0, -1), pluralOf(last)]);
      } else for (const p of plurals) for (const e of expand(p, subs, file, n)) forms.push(phraseTokens(e));
      const seen = new Set<string>();
      for (const f of forms) {
        const key = f.join(' ');
        if (!f.length || seen.has(key)) continue;
        seen.add(key);
        out.push({ id: `${file}:${n}`, phrase: f, suffix, prefix });
      }
    }
    } catch (e) {
      report(e, opts);
    }
  }
  return out;
}

function expand(phrase: string, subs: Map<string, string[]>, file: string, n: number): string[] {
  const m = /!([A-Z]+)!/i.exec(phrase);
  if (!m) return [phrase];
  const alts = subs.get((m[1] ?? '').toUpperCase());
  if (!alts) throw dictError(file, n, `undefined substitution set !${m[1] ?? ''}!`);
  return alts.flatMap((a) => expand(phrase.replace(m[0], a), subs, file, n));
}
