/**
 * Quoted passages and their attribution cue.
 *
 * Marks are paired left to right within a paragraph. Curly marks have a fixed direction (“ opens, ‘ opens), but
 * " and ” may do both — some wires open and close with ” — so their direction is read from the characters around
 * them: a mark after a space or at the start of a paragraph, before a word, opens; a mark after a word or
 * punctuation, before a space, punctuation or the end, closes. ’ between two letters is an apostrophe (Iran’s).
 * A quote still open at the end of a paragraph ends there (news style reopens it in the next paragraph).
 *
 * Attribution is looked for after the quote (`,” X said.`, `,” said X.`, `,” according to X.`) and then before it
 * in the same sentence (`X said: “…”`, `X told the media … “…”`). A quote without attribution that opens a sentence
 * and follows the previous quote with nothing but its attribution in between continues that quote's speaker.
 */

export interface QuoteSpan {
  start: number;
  end: number;
  /** The text inside the marks (`text === doc.slice(start, end)`). */
  text: string;
  speakerText: string | null;
  speakerStart: number | null;
  speakerEnd: number | null;
  /** The speech verb, e.g. "said", "told"; for a continuing quote, the cue of the quote it continues. */
  cue: string | null;
  /** No own attribution: continues the previous quote's speaker. */
  continues: boolean;
}

/** Verbs that introduce reported speech, as data. */
export const SPEECH_VERBS: readonly string[] = [
  'said', 'says', 'say', 'told', 'tells', 'added', 'adds', 'stated', 'states', 'declared', 'declares', 'announced',
  'announces', 'warned', 'warns', 'wrote', 'writes', 'tweeted', 'insisted', 'insists', 'noted', 'notes', 'explained',
  'argued', 'argues', 'asked', 'asks', 'replied', 'continued', 'stressed', 'stresses', 'urged', 'acknowledged',
  'claimed', 'claims', 'recalled', 'cautioned', 'complained', 'confirmed', 'maintained', 'observed', 'remarked',
  'responded', 'emphasized', 'emphasised', 'underlined', 'conceded', 'vowed', 'pledged', 'promised', 'predicted',
  'suggested', 'admitted', 'denied', 'commented', 'posted', 'quipped', 'charged', 'contended', 'concluded',
  'asserted', 'alleged', 'countered', 'reiterated', 'affirmed', 'announced', 'proclaimed', 'pointed out',
];

const VERB = `(?:${[...new Set(SPEECH_VERBS)].sort((a, b) => b.length - a.length).join('|')})`;
const WORD = String.raw`[\p{L}\p{N}][\p{L}\p{N}.’'\-]*`;
/** Words that cannot open a speaker phrase after a quote ("” and said …" is not an attribution). */
const NOT_SPEAKER_START = /^(?:and|but|or|so|then|that|which|who|as|if|when|while|because|to|in|on|at|for|with)$/i;

/** `,” Stoltenberg told …` / `,” the secretary general said` / `,” he said`. */
const POST_SPEAKER_VERB = new RegExp(String.raw`^[\s,]*((?:${WORD}\s+){0,7}?${WORD})\s+(?:(?:has|had|also|later|then|once)\s+)?(${VERB})\b`, 'u');
/** `,” said Stoltenberg.` */
const POST_VERB_SPEAKER = new RegExp(String.raw`^[\s,]*(${VERB})\s+((?:${WORD})(?:\s+${WORD}){0,7})`, 'u');
/** `,” according to the ministry.` */
const POST_ACCORDING = new RegExp(String.raw`^[\s,]*(according to)\s+((?:${WORD})(?:\s+${WORD}){0,7})`, 'u');
/** `Stoltenberg said: “…` — the last speech verb before the quote, with its subject. */
const PRE_VERB = new RegExp(String.raw`(${VERB})\b`, 'gu');
/** Where a `said X` speaker phrase stops. */
const SPEAKER_STOP = /\s+(?:who|which|in|on|at|after|during|adding|when|as|that|to|before|while|from|of the|via)\b/;

const ABBREV = /(?:\b[A-Z]|\bU\.S|\bMr|\bMrs|\bMs|\bDr|\bGen|\bCol|\bLt|\bSt|\bSen|\bRep|\bGov|\bNo|\bJan|\bFeb|\bAug|\bSept?|\bOct|\bNov|\bDec|\bInc|\bCorp|\bCo|\bJr|\bSr)$/;

interface Mark { pos: number; len: number; family: 'D' | 'S'; open: boolean; close: boolean }

const isSpace = (c: string): boolean => c === '' || /\s/.test(c);
const isWordChar = (c: string): boolean => /[\p{L}\p{N}]/u.test(c);
const OPEN_BEFORE = new Set(['', ' ', '\t', '\n', '(', '[', '—', '–', '-', ':', '/', '“', '‘']);

/** The characters a mark can start with; the scan jumps from one to the next. */
const MARK_START = /[`'“"”‘’]/g;

function marksOf(text: string, from: number, to: number): Mark[] {
  const marks: Mark[] = [];
  MARK_START.lastIndex = from;
  for (let found = MARK_START.exec(text); found && found.index < to; found = MARK_START.exec(text)) {
    const i = found.index;
    const c = found[0];
    const prev = i > from ? text.charAt(i - 1) : '';
    if (c === '`' && text.charAt(i + 1) === '`') {
      marks.push({ pos: i, len: 2, family: 'D', open: true, close: false });
      MARK_START.lastIndex = i + 2;
      continue;
    }
    if (c === "'" && text.charAt(i + 1) === "'") {
      marks.push({ pos: i, len: 2, family: 'D', open: false, close: true });
      MARK_START.lastIndex = i + 2;
      continue;
    }
    const next = i + 1 < to ? text.charAt(i + 1) : '';
    if (c === '“') marks.push({ pos: i, len: 1, family: 'D', open: true, close: !isSpace(prev) && isSpace(next) });
    else if (c === '"' || c === '”') {
      const open = OPEN_BEFORE.has(prev) && !isSpace(next);
      const close = !isSpace(prev) && !isWordChar(next);
      if (open || close) marks.push({ pos: i, len: 1, family: 'D', open, close });
    } else if (c === '‘') {
      if (OPEN_BEFORE.has(prev) && !isSpace(next)) marks.push({ pos: i, len: 1, family: 'S', open: true, close: false });
    } else if (c === '’') {
      // Between letters it is an apostrophe (Iran’s, don’t); after a word and before a non-letter it may close.
      if (!(isWordChar(prev) && isWordChar(next)) && !isSpace(prev) && !isWordChar(next)) {
        marks.push({ pos: i, len: 1, family: 'S', open: false, close: true });
      }
    }
  }
  return marks;
}

/** End of the sentence that starts at `from` (exclusive index), not past `limit`. */
function sentenceEnd(text: string, from: number, limit: number): number {
  const re = /[.!?]+(?=\s|$|[”"’])/g;
  re.lastIndex = from;
  for (let m = re.exec(text); m && m.index < limit; m = re.exec(text)) {
    if (m[0] === '.' && ABBREV.test(text.slice(Math.max(from, m.index - 5), m.index))) {
      const after = text.slice(m.index + 1, m.index + 3);
      if (!/^\s[A-Z“”"]/.test(after)) continue;
      if (/\bU\.S$/.test(text.slice(Math.max(from, m.index - 4), m.index))) continue;
    }
    return Math.min(limit, m.index + m[0].length);
  }
  return limit;
}

/** Start of the sentence that contains position `pos`, not before `floor`. */
function sentenceStart(text: string, pos: number, floor: number): number {
  let start = floor;
  const re = /[.!?]+[”"’]?\s+/g;
  re.lastIndex = floor;
  for (let m = re.exec(text); m && m.index + m[0].length <= pos; m = re.exec(text)) {
    if (m[0].startsWith('.') && ABBREV.test(text.slice(Math.max(floor, m.index - 5), m.index))) {
      const nextChar = text.charAt(m.index + m[0].length);
      if (!/[A-Z“”"]/.test(nextChar) || /\bU\.S$/.test(text.slice(Math.max(floor, m.index - 4), m.index))) continue;
    }
    start = m.index + m[0].length;
  }
  return start;
}

interface Attribution { speaker: string; speakerStart: number; cue: string; tailEnd: number }

function cleanSpeaker(raw: string): string {
  return raw.replace(/[,;:]+$/, '').trim();
}

function postAttribution(text: string, from: number, limit: number): Attribution | null {
  const end = sentenceEnd(text, from, limit);
  const post = text.slice(from, end);
  let m = POST_ACCORDING.exec(post) ?? POST_VERB_SPEAKER.exec(post);
  if (m) {
    let speaker = m[2] as string;
    const stop = SPEAKER_STOP.exec(speaker);
    if (stop) speaker = speaker.slice(0, stop.index);
    speaker = cleanSpeaker(speaker.split(/[,;:]/)[0] as string).replace(/[.]$/, (d, i: number, s: string) => (ABBREV.test(s.slice(0, i)) ? d : ''));
    const speakerStart = from + (m.index ?? 0) + m[0].length - (m[2] as string).length;
    if (speaker) return { speaker, speakerStart, cue: m[1] as string, tailEnd: end };
  }
  m = POST_SPEAKER_VERB.exec(post);
  if (m) {
    const speaker = m[1] as string;
    const firstWord = speaker.split(/\s+/)[0] as string;
    if (!NOT_SPEAKER_START.test(firstWord)) {
      const speakerStart = from + post.indexOf(speaker, m.index);
      return { speaker, speakerStart, cue: m[2] as string, tailEnd: end };
    }
  }
  return null;
}

function preAttribution(text: string, sentStart: number, openPos: number): Attribution | null {
  const pre = text.slice(sentStart, openPos);
  let last: RegExpExecArray | null = null;
  PRE_VERB.lastIndex = 0;
  for (let m = PRE_VERB.exec(pre); m; m = PRE_VERB.exec(pre)) last = m;
  if (!last) return null;
  // The subject: the words right before the verb, back to a clause break; an appositive ", X," is the speaker.
  const head = pre.slice(0, last.index).replace(/\s+(?:has|had|also|later|then|once)\s*$/, ' ');
  const chunks = head.split(/[,;:—–]/).map((s) => s.trim()).filter(Boolean);
  let speaker = chunks[chunks.length - 1] ?? '';
  const words = speaker.split(/\s+/).filter(Boolean);
  if (words.length > 8) speaker = words.slice(-8).join(' ');
  speaker = speaker.replace(/^(?:and|but|so|then|after that|however)\s+/i, '');
  if (!speaker) return null;
  const speakerStart = sentStart + head.lastIndexOf(speaker);
  return { speaker, speakerStart, cue: last[1] as string, tailEnd: openPos };
}

interface Raw { open: number; close: number; openLen: number; closeLen: number; paraEnd: number; paraStart: number }

/** All quoted passages in a document, in order, with their attribution. */
export function findQuotes(text: string): QuoteSpan[] {
  const raws: Raw[] = [];
  const paraRe = /[^\n]+/g;
  for (let p = paraRe.exec(text); p; p = paraRe.exec(text)) {
    const paraStart = p.index;
    const paraEnd = p.index + p[0].length;
    let open: Mark | null = null;
    for (const mk of marksOf(text, paraStart, paraEnd)) {
      if (!open) {
        if (mk.open) open = mk;
        continue;
      }
      if (mk.family !== open.family) continue; // nested quotes of the other kind stay inside
      if (mk.close) {
        raws.push({ open: open.pos, openLen: open.len, close: mk.pos, closeLen: mk.len, paraStart, paraEnd });
        open = null;
      }
    }
    if (open && open.family === 'D') {
      let close = paraEnd;
      while (close > open.pos + 1 && /\s/.test(text.charAt(close - 1))) close--;
      raws.push({ open: open.pos, openLen: open.len, close, closeLen: 0, paraStart, paraEnd });
    }
  }

  const out: QuoteSpan[] = [];
  let prevTail = -1;
  let prev: QuoteSpan | null = null;
  for (let k = 0; k < raws.length; k++) {
    const r = raws[k] as Raw;
    let start = r.open + r.openLen;
    let end = r.close;
    while (start < end && /\s/.test(text.charAt(start))) start++;
    while (end > start && /\s/.test(text.charAt(end - 1))) end--;
    const afterClose = r.close + r.closeLen;
    const nextOpen = (raws[k + 1]?.paraStart === r.paraStart ? raws[k + 1]?.open : undefined) ?? r.paraEnd;
    const sentStart = sentenceStart(text, r.open, Math.max(r.paraStart, prevTail > r.paraStart ? prevTail : r.paraStart));
    const attribution =
      (r.closeLen ? postAttribution(text, afterClose, Math.min(nextOpen, r.paraEnd)) : null) ??
      preAttribution(text, sentStart, r.open);
    const span: QuoteSpan = {
      start, end, text: text.slice(start, end),
      speakerText: null, speakerStart: null, speakerEnd: null, cue: null, continues: false,
    };
    if (attribution) {
      span.speakerText = attribution.speaker;
      span.speakerStart = attribution.speakerStart;
      span.speakerEnd = attribution.speakerStart + attribution.speaker.length;
      span.cue = attribution.cue;
      prevTail = Math.max(afterClose, attribution.tailEnd);
    } else {
      const opensSentence = text.slice(sentStart, r.open).trim() === '';
      const gap = prevTail >= 0 ? text.slice(prevTail, r.open) : null;
      if (prev && prev.speakerText && opensSentence && gap !== null && gap.trim() === '') {
        span.continues = true;
        span.speakerText = prev.speakerText;
        span.speakerStart = prev.speakerStart;
        span.speakerEnd = prev.speakerEnd;
        span.cue = prev.cue;
      }
      prevTail = afterClose;
    }
    out.push(span);
    prev = span;
  }
  return out;
}
