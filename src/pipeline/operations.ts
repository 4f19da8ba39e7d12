/**
 * The situation picture: operations — missions, deployments, training, programmes, talks, sanctions regimes — as
 * things with a status history, read from noun phrases and the verbs that govern them.
 *
 * 1. An operation phrase is a head noun from OPERATION_HEADS with its modifiers ("training mission", "NATO's
 *    mission", "our training"), its actor (a mention among the modifiers, "our" in a quote → the speaker's
 *    organisation, else the subject of the governing clause) and its country ("in Iraq", "in the country" by
 *    coreference, "with X" for talks, "on X" for sanctions).
 * 2. Phrases with the same kind, compatible actor and compatible country are one operation; a phrase with neither
 *    ("the mission", "that mission") is the most recent operation of its kind.
 * 3. The verb governing a phrase ("has suspended training operations", "the mission did not end") gives a status
 *    change from STATUS_VERBS when asserted; negated, modal or intended ("prepared to continue … when the
 *    situation permits") it changes nothing but is kept as evidence and, for a continuation or resumption while
 *    suspended, as the outlook "resumption intended".
 * Each change has its date (the date expression governing it, else the publication date), its evidence and the
 * id of the coded event in the same clause. When the verb lexicon coded none ("we have suspended our training"),
 * the change becomes an event of its own (DERIVED_CODES, rule `operation:<status>:<kind>`), which the merge stage
 * then joins with the other mentions of the same happening.
 */
import { describe } from '../cameo/codes.js';
import { ASKING, INTENT_VERBS, inMention } from '../coding/clause-words.js';
import { TIME_SPANS } from '../coding/word-classes.js';
import { eventDate } from '../document/dates.js';
import type { ActorMention, EventRecord, Mention, OperationChange, OperationRecord, OperationStatus, Token } from '../types.js';
import { actorKey, sourcelessNoun } from './merge.js';
import { objectArray } from './packed.js';
import { sha1Hex } from './score.js';
import type { SentenceWork, Stage, WorkingDoc } from './stage.js';

type OpKind = 'mission' | 'talks' | 'sanctions';

/** Head nouns of operation phrases, by kind. */
const OPERATION_HEADS: ReadonlyMap<string, OpKind> = new Map([
  ...['MISSION', 'MISSIONS', 'OPERATION', 'OPERATIONS', 'DEPLOYMENT', 'DEPLOYMENTS', 'TRAINING', 'PROGRAMME', 'PROGRAM',
    'PRESENCE', 'PATROLS', 'EXERCISES'].map((w): [string, OpKind] => [w, 'mission']),
  ...['TALKS', 'NEGOTIATIONS'].map((w): [string, OpKind] => [w, 'talks']),
  ...['SANCTIONS', 'EMBARGO'].map((w): [string, OpKind] => [w, 'sanctions']),
]);
/** Prepositions that attach the operation's country, by kind. */
const COUNTRY_PREPS: Record<OpKind, string[]> = {
  mission: ['IN', 'TO', 'INSIDE'],
  talks: ['WITH', 'IN'],
  sanctions: ['ON', 'AGAINST'],
};
/** Verbs (lemmas) that change an operation's status. */
const STATUS_VERBS: ReadonlyMap<string, OperationStatus> = new Map([
  ...['suspend', 'halt', 'pause', 'freeze', 'interrupt', 'stop'].map((v): [string, OperationStatus] => [v, 'suspended']),
  ...['resume', 'restart', 'restore', 'reopen'].map((v): [string, OperationStatus] => [v, 'resumed']),
  ...['end', 'terminate', 'conclude', 'cancel', 'abandon', 'scrap', 'lift', 'close'].map((v): [string, OperationStatus] => [v, 'ended']),
  ...['extend', 'renew', 'prolong', 'expand'].map((v): [string, OperationStatus] => [v, 'extended']),
  ...['launch', 'begin', 'start', 'deploy', 'establish', 'open', 'continue', 'maintain', 'impose'].map((v): [string, OperationStatus] => [v, 'active']),
]);
/** Words that make the next verb an intention, not a fact: "prepared to continue", "ready to resume", and the intent verbs ("threatened to impose"). */
const INTENT_ADJECTIVES = new Set(['ready', 'willing']);
const CONDITION = /\b(?:when|once|as soon as|if)\s+(?:the\s+)?(?:situation|conditions?|security)\s+(?:permits?|allows?|improves?)\b/i;
/** The CAMEO code of a status change the verb lexicon did not code, by operation kind. */
const DERIVED_CODES: Record<OpKind, Partial<Record<OperationStatus, string>>> = {
  mission: { suspended: '1622', ended: '1622' },
  talks: { suspended: '164', ended: '164', resumed: '046' },
  sanctions: { active: '163', extended: '163', ended: '081' },
};
const QUICK = /\b(?:missions?|operations?|deployments?|training|programm?e|presence|patrols|exercises|talks|negotiations|sanctions|embargo)\b/i;

interface Phrase {
  sentence: SentenceWork;
  kind: OpKind;
  first: number;
  head: number;
  last: number;
  actor: string | null;
  country: string | null;
  text: string;
  change: OperationStatus | null;
  /** A continuation/resumption that is intended, not done. */
  intent: boolean;
  negated: boolean;
  verbFrom: number;
}

const isState = (m: ActorMention): boolean => {
  const c = m.codes[0];
  return !!c && c.length === 3 && !c.startsWith('---') && !PREFIX9.test(c);
};
const PREFIX9 = /^(?:IGO|NGO|IMG|MNC)/;
const coded = (m: ActorMention | null | undefined): string | null => {
  const c = m?.codes[m.codes.length - 1];
  return c && !c.startsWith('---') ? c : null;
};

const mentionAt = (s: SentenceWork, i: number): ActorMention | undefined => inMention(s.mentions, i);

/** The verb governing token `i`: walk left over the phrase's determiners to a verb (possibly "has … suspended"). */
function governingVerb(tokens: Token[], from: number): number | null {
  for (let j = from - 1; j >= 0 && j >= from - 8; j--) {
    const t = tokens[j] as Token;
    if (t.pos === 'VERB') return j;
    if (t.pos === 'PUNCT' || t.pos === 'SCONJ' || t.pos === 'CCONJ') return null;
  }
  return null;
}

function negatedBefore(tokens: Token[], verb: number): boolean {
  for (let j = verb - 1; j >= 0 && j >= verb - 3; j--) {
    const t = tokens[j] as Token;
    if (['NOT', "N'T", 'N’T', 'NEVER'].includes(t.norm)) return true;
    if (t.pos !== 'AUX' && t.pos !== 'ADV' && t.pos !== 'PART') return false;
  }
  return false;
}

/** "prepared to continue", "plans to resume": the verb before "to" expresses intent. */
function intended(tokens: Token[], verb: number): boolean {
  if (tokens[verb - 1]?.norm !== 'TO') return false;
  const gov = tokens[verb - 2];
  if (!gov) return false;
  const word = gov.text.toLowerCase();
  // (a decision to act is read as the act, as the event stage reads "decided to impose sanctions on X")
  if (gov.lemma === 'decide') return false;
  return INTENT_VERBS.has(gov.lemma) || INTENT_VERBS.has(word) || INTENT_ADJECTIVES.has(word);
}

function speakerOf(doc: WorkingDoc, offset: number): string | null {
  return doc.quotes.find((q) => q.speaker && offset >= q.start && offset <= q.end)?.speaker?.code ?? null;
}

function phrasesOf(doc: WorkingDoc, s: SentenceWork): Phrase[] {
  const out: Phrase[] = [];
  const tokens = s.tokens;
  for (let h = 0; h < tokens.length; h++) {
    const t = tokens[h] as Token;
    if (t.pos !== 'NOUN') continue; // (the cheaper test first: most tokens are not nouns)
    const kind = OPERATION_HEADS.get(t.norm);
    if (!kind) continue;
    const next = tokens[h + 1];
    if (next && OPERATION_HEADS.has(next.norm) && next.pos === 'NOUN') continue; // "training" in "training mission"
    // modifiers: nouns, adjectives, names, possessives
    let first = h;
    let actor: string | null = null;
    for (let j = h - 1; j >= 0; j--) {
      const u = tokens[j] as Token;
      if (['NOUN', 'ADJ', 'PROPN'].includes(u.pos) || u.norm === "'S" || u.norm === '’S' || (u.pos === 'PART' && /S$/.test(u.norm))) {
        const m = mentionAt(s, j);
        if (m) {
          actor ??= coded(m);
          j = m.first;
          first = m.first;
          continue;
        }
        first = j;
        continue;
      }
      if (u.pos === 'PRON' && ['OUR', 'ITS', 'THEIR', 'HIS', 'HER'].includes(u.norm)) {
        actor ??= u.norm === 'OUR' ? speakerOf(doc, u.start) : coded(mentionAt(s, j));
      }
      break;
    }
    // ("ending a quarter of a century of talks", "after years of sanctions", "ending 65 years of French military
    // presence": a span of it says how long it lasted)
    if (tokens[first - 1]?.norm === 'OF' && TIME_SPANS.has(tokens[first - 2]?.norm ?? '')) continue;
    // the country: "in Iraq", "in the country"
    let last = h;
    let country: string | null = null;
    const prep = tokens[h + 1];
    if (prep && COUNTRY_PREPS[kind].includes(prep.norm)) {
      const m = s.mentions.find((x) => x.first >= h + 2 && x.first <= h + 3);
      if (m && isState(m)) {
        country = m.codes[0] as string;
        last = m.last;
      }
    }
    // the governing verb: before the phrase ("suspended training operations") or after it ("the mission did not end")
    let verb = governingVerb(tokens, first);
    let after = false;
    if (verb === null) {
      for (let j = last + 1; j < tokens.length && j <= last + 4; j++) {
        const u = tokens[j] as Token;
        if (u.pos === 'VERB') {
          verb = j;
          after = true;
          break;
        }
        if (u.pos !== 'AUX' && u.pos !== 'PART' && u.pos !== 'ADV') break;
      }
    }
    let change: OperationStatus | null = null;
    let intent = false;
    let negated = false;
    if (verb !== null) {
      const v = tokens[verb] as Token;
      const status = STATUS_VERBS.get(v.lemma) ?? STATUS_VERBS.get(v.text.toLowerCase()) ?? null;
      negated = negatedBefore(tokens, verb);
      const clause = s.clauses.find((c) => c.verb === verb);
      const modal = clause?.modality;
      // ("urged Uganda to resume talks": what one is asked to do has not happened, nor is it the one asked's intention)
      const asked = clause?.link === 'infinitive' && clause.parent !== null && ASKING.has(tokens[s.clauses[clause.parent]?.verb ?? -1]?.lemma ?? '');
      if (status && !negated && !asked) {
        if (intended(tokens, verb) || CONDITION.test(s.text) || (modal && modal !== 'asserted')) intent = status === 'active' || status === 'resumed';
        else change = status;
      }
      // the actor of the clause: its subject (skipped when the phrase is itself the subject)
      if (!actor && !after) {
        const c = s.clauses.find((x) => x.verb === verb) ?? s.clauses.find((x) => x.verb < verb && x.end >= verb);
        actor = coded(c?.subject) ?? subjectBefore(s, verb);
      }
    }
    const a = tokens[first] as Token;
    const b = tokens[last] as Token;
    const from = verb !== null && !after ? Math.min(verb, first) : first;
    out.push({
      sentence: s, kind, first, head: h, last, actor, country, change, intent, negated,
      text: doc.input.text.slice(a.start, b.end).replace(/^(?:the|a|an|that|this|our|its|their)\s+/i, ''),
      verbFrom: from,
    });
    h = last;
  }
  return out;
}

/** The nearest coded mention before the verb, with no other verb between ("the alliance has suspended"). */
function subjectBefore(s: SentenceWork, verb: number): string | null {
  for (let k = s.mentions.length - 1; k >= 0; k--) {
    const m = s.mentions[k] as ActorMention;
    if (m.last >= verb) continue;
    const gap = s.tokens.slice(m.last + 1, verb);
    if (gap.some((t) => t.pos === 'VERB' || t.pos === 'PUNCT')) return null;
    return coded(m);
  }
  return null;
}

interface Op {
  rec: OperationRecord;
  kind: OpKind;
  named: boolean;
}

const same = (a: string | null, b: string | null, key: (c: string) => string): boolean => !a || !b || key(a) === key(b);

function linkEvent(doc: WorkingDoc, p: Phrase): EventRecord | null {
  const from = p.sentence.tokens[p.verbFrom]?.start ?? p.sentence.start;
  const to = p.sentence.tokens[p.last]?.end ?? p.sentence.end;
  for (const rec of doc.events) {
    const origins = doc.origins.get(rec);
    // a sourceless nominal mention is only evidence for an event named elsewhere (the merge stage drops it)
    if (sourcelessNoun(rec, origins)) continue;
    for (const o of origins ?? []) if (o.sentence === p.sentence && o.start <= to && o.end >= from) return rec;
  }
  return null;
}

/** An event for a status change that no coded event covers; added to doc.events in text order. */
function derive(doc: WorkingDoc, p: Phrase, op: OperationRecord, from: Token, to: Token, date: string | null): EventRecord | null {
  const code = p.change ? DERIVED_CODES[p.kind][p.change] : undefined;
  if (!code || !op.actor) return null;
  const s = p.sentence;
  const info = describe(code);
  const rule = `operation:${p.change ?? ''}:${p.kind}`;
  const speaker = doc.quotes.find((q) => q.speaker && from.start >= q.start && to.end <= q.end + 1)?.speaker ?? null;
  const rec: EventRecord = {
    id: sha1Hex([doc.input.id, s.index, p.verbFrom, code, rule].join('\u0001')).slice(0, 16),
    doc: doc.input.id, code, root: code.slice(0, 2), quad: info.quad, goldstein: info.goldstein, plover: info.plover,
    source: { code: op.actor, text: speaker && op.actor === speaker.code ? speaker.mention.text : op.name, name: null },
    target: op.country ? { code: op.country, text: p.text, name: null } : null,
    date, date_basis: date ? (date === doc.input.date ? 'publication' : 'text') : 'none',
    location: null, modality: 'asserted',
    speaker: speaker ? { code: speaker.code, text: speaker.mention.text, name: speaker.mention.name } : null,
    mentions: [{ sentence: s.index, start: s.start, end: s.end, text: s.text }],
    explain: { verb_rule: rule, source_rule: 'operation:actor', target_rule: op.country ? 'operation:country' : null },
    date_precision: undefined, // (as score's toRecord: one record shape)
  };
  doc.origins.set(rec, [{ sentence: s, event: null, start: from.start, end: to.end }]);
  const at = doc.events.findIndex((e) => (e.mentions[0]?.start ?? 0) > s.start);
  doc.events.splice(at < 0 ? doc.events.length : at, 0, rec);
  return rec;
}

function statusOf(history: OperationChange[]): { status: OperationStatus; since: string | null } {
  const last = history[history.length - 1];
  if (!last) return { status: 'active', since: null };
  let since = last.date;
  for (let k = history.length - 2; k >= 0; k--) {
    const h = history[k] as OperationChange;
    if (h.status !== last.status) break;
    if (h.date) since = h.date;
  }
  return { status: last.status, since };
}

export const operationStage: Stage = {
  name: 'operations',
  run(doc) {
    if (doc.discarded || !QUICK.test(doc.input.text)) return;
    const ops: Op[] = [];
    for (const s of doc.sentences) {
      if (s.discarded) continue;
      for (const p of phrasesOf(doc, s)) {
        let op: Op | undefined;
        if (p.actor || p.country) {
          op = [...ops].reverse().find((o) => o.kind === p.kind && same(o.rec.actor, p.actor, actorKey) && same(o.rec.country, p.country, (c) => c));
        } else {
          op = [...ops].reverse().find((o) => o.kind === p.kind);
          if (!op) continue;
        }
        if (!op) {
          op = {
            kind: p.kind, named: !!(p.actor && p.country),
            rec: { name: p.text, actor: p.actor, country: p.country, status: 'active', since: null, history: [], evidence: [] },
          };
          ops.push(op);
        }
        op.rec.actor ??= p.actor;
        op.rec.country ??= p.country;
        if (!op.named && p.actor && p.country) {
          op.rec.name = p.text;
          op.named = true;
        }
        const ev: Mention = { sentence: s.index, start: s.start, end: s.end, text: s.text };
        if (!op.rec.evidence.some((m) => m.sentence === s.index)) op.rec.evidence.push(ev);
        const from = s.tokens[p.verbFrom] as Token;
        const to = s.tokens[p.last] as Token;
        const evidence = doc.input.text.slice(from.start, to.end);
        if (p.change) {
          const d = eventDate(s.text, s.start, doc.input.date, { start: from.start, end: to.end });
          const rec = linkEvent(doc, p) ?? derive(doc, p, op.rec, from, to, d?.date ?? null);
          op.rec.history.push({ status: p.change, date: d?.date ?? null, event: rec?.id ?? null, evidence });
          // the operation's country is the target when the event names none, only a role ("---MIL"), or itself
          const weak = !rec?.target || rec.target.code.startsWith('---') || actorKey(rec.target.code) === actorKey(rec.source?.code ?? '');
          if (rec && weak && op.rec.country && rec.source && actorKey(rec.source.code) === actorKey(op.rec.actor ?? '')) {
            rec.target = { code: op.rec.country, text: p.text, name: null };
            rec.explain.target_rule = 'operation:country';
          }
        } else if (p.intent) {
          op.rec.outlook = statusOf(op.rec.history).status === 'suspended' ? 'resumption intended' : 'continuation intended';
        }
      }
    }
    // a change with no text date keeps its text order; dated changes are ordered by date
    for (const op of ops) {
      op.rec.history.sort((a, b) => (a.date ?? '').localeCompare(b.date ?? ''));
      Object.assign(op.rec, statusOf(op.rec.history));
    }
    // (an array with object elements even when empty, as `workingDoc` makes it: `.filter(…).map(…)` gave a holey
    // array once optimised and a small-integer one when empty, each a map of its own for `renameOperations`)
    const kept = objectArray<OperationRecord>();
    for (const o of ops) if (o.rec.actor || o.rec.country) kept.push(o.rec);
    doc.operations = kept;
  },
};
