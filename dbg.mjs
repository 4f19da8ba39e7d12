// usage (project root, after build): node dbg.mjs builtin|phoenix "text" [date]
import { createCoder } from './dist/src/coder.js';
const [mode, text, date] = process.argv.slice(2);
const P = '../shared/data/petrarch2';
const opts = mode === 'phoenix' ? { noBuiltin: true, dictionaries: {
  actors: [`${P}/Phoenix.Countries.actors.txt`, `${P}/Phoenix.International.actors.txt`, `${P}/Phoenix.MilNonState.actors.txt`],
  agents: [`${P}/Phoenix.agents.txt`], verbs: [`${P}/CAMEO.2.0.txt`], discards: [`${P}/Phoenix.discards.txt`] } } : {};
const coder = createCoder({ ...opts, read: { onError: () => {} } });
const doc = coder.code({ id: 'x', text, date: date ?? '2024-05-01' });
if (doc.discarded) console.log('DOC DISCARDED', doc.discarded);
for (const s of doc.sentences) {
  if (s.discarded) console.log('SENTENCE DISCARDED');
  console.log('TOKENS', s.tokens.map((t) => `${t.i}:${t.text}/${t.pos}${t.lemma !== t.text.toLowerCase() ? '(' + t.lemma + ')' : ''}`).join(' '));
  for (const m of s.mentions) console.log('MENTION', m.first, m.last, JSON.stringify(m).slice(0, 300));
  for (const c of s.clauses) console.log('CLAUSE', `verb=${c.verb}:${s.tokens[c.verb]?.text}`, 'subj', c.subject ? `${c.subject.first}-${c.subject.last}:${c.subject.code ?? ''}` : '-', c.subjectHow, 'obj', c.object ? `${c.object.first}-${c.object.last}:${c.object.code ?? ''}` : '-', 'preps', c.preps.map((p) => `${p.prep ?? JSON.stringify(p).slice(0,60)}`).join(','), c.passive ? 'PASSIVE' : '', c.modality, 'parent', c.parent, c.link ?? '', c.intent ? 'INTENT' : '', c.background ? 'BG' : '');
  for (const e of s.coded) console.log('CODED', e.code, e.source?.code ?? '-', e.target?.code ?? '-', e.modality, e.kind, e.verbRule);
}
for (const e of doc.events) console.log('EVENT', JSON.stringify({ code: e.code, s: e.source, t: e.target, m: e.modality, r: e.rules ?? e.rule_ids }).slice(0, 400));
