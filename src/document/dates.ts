/**
 * The date that governs an event in a sentence.
 *
 * chrono-node finds candidate expressions; the rules below then (1) drop what is not a date in news prose
 * ("may" and "march" as verbs, "sun", a bare month without a preposition, "now", a clock time alone), (2) resolve
 * what chrono leaves open the way a news reader does — a bare weekday or a month-day without a year is the most
 * recent one for a past event and the next one for a future event — and (3) pick the expression attached to the
 * event's own clause when a focus span is given. Sentences with no date-like word skip chrono entirely, which keeps
 * the common case cheap.
 */
import { createRequire } from 'node:module';
import type * as chrono from 'chrono-node';
import { SitrepError } from '../errors.js';

export interface EventDate {
  /** YYYY-MM-DD; for week precision the Monday of the week, for month the 1st, for year January 1. */
  date: string;
  basis: 'text' | 'publication';
  precision: 'day' | 'week' | 'month' | 'year';
  /** Document offsets of the date expression; null when the date comes from the publication date. */
  start: number | null;
  end: number | null;
  text: string | null;
}

/** Cheap pre-check: a sentence without any of these cannot hold a date we accept. */
const TRIGGER = new RegExp(
  [
    String.raw`\b(?:Jan|Feb|Mar|Apr|May|June?|July?|Aug|Sept?|Oct|Nov|Dec)`,
    String.raw`\b(?:Mon|Tues?|Wed|Thu|Fri|Sat|Sun)`,
    String.raw`\b(?:today|tonight|overnight|yesterday|tomorrow|ago)\b`,
    String.raw`\b(?:last|next|this|past|coming|earlier|later)\s+(?:night|week|month|year|weekend|morning|afternoon|evening)`,
    String.raw`\b(?:19|20)\d\d\b`,
    String.raw`\b\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b`,
  ].join('|'),
);

const MONTH_WORD = /\b(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\b/;
const WEEKDAY_WORD = /\b(?:Mon(?:day)?|Tue(?:s(?:day)?)?|Wed(?:nesday)?|Thu(?:r(?:s(?:day)?)?)?|Fri(?:day)?|Sat(?:urday)?|Sun(?:day)?)\b\.?/;
const FULL_WEEKDAY = /\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b|\b(?:Mon|Tues?|Wed|Thu|Thurs|Fri|Sat|Sun)\./;
/** A bare month name is a date only after one of these ("in March", "since May", "mid-March"). */
const MONTH_PREP = /\b(?:in|since|until|till|by|during|early|late|mid|of|last|next|this|through|from|before|after|between|and|or|to|on)[\s-]+$/i;
/** Clock-less relative days that chrono leaves without known components. */
const RELATIVE_DAY = /\b(?:today|tonight|yesterday|tomorrow|this\s+(?:morning|afternoon|evening)|last\s+night|overnight)\b/i;
/** Words that are dates to chrono but say nothing about when an event happened. */
const NOT_A_DATE = /^(?:now|right now|currently|nowadays)$/i;
/**
 * A stretch of time counted forward from now ("in three years", "within 48 hours"): a date only for what is still to
 * come ("troops will withdraw within two weeks"); of a past or present event it is a span, not when it happened
 * ("their first direct talks in three years", "ordered the diplomats to leave within 48 hours").
 */
const SPAN_AHEAD = /^(?:(?:with)?in\s+)?(?:the\s+next\s+)?(?:[\d.,]+|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|a\s+few|few|several|\d+)\s+(?:seconds?|minutes?|hours?|days?|weeks?|fortnights?|months?|years?|decades?)$/i;
const SPAN_AHEAD_BEFORE = /\b(?:with)?in\s+(?:the\s+next\s+)?$/i;
/** "for" right before a span: a duration ("for three months", "for 11 days"). */
const SPAN_FOR_BEFORE = /\bfor\s+(?:another\s+|a\s+further\s+|the\s+next\s+)?$/i;
/** A span counted from another happening, "a day after", "two weeks before" (not "the day after tomorrow"). */
const SPAN_FROM_EVENT = /^(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|several|a\s+few|\d+)\s+(?:hours?|days?|weeks?|months?|years?)\s+(?:after|before|later|earlier)$/i;
/**
 * "overnight": the night before the day the story tells of (chrono does not read it) — the publication day, when the
 * sentence names no other day ("struck Kharkiv overnight, the governor said on Saturday" is Saturday's).
 */
const OVERNIGHT = /\bovernight\b/gi;
/** Year alone after a preposition: "in 2019", "since 2014" (chrono leaves these out). */
const YEAR_ONLY = /\b(?:in|since|during|by|until|through|early|late|mid|of|from)[\s-]+((?:19|20)\d\d)\b(?![-/]\d|\s*%)/gi;
/** A clause that speaks of the future: bare weekdays and dates then resolve forward. */
const FUTURE = /\b(?:will|shall|won[’']t|is to|are to|plans? to|planned for|is scheduled|are scheduled|scheduled for|is expected to|are expected to|(?:is|are) set to|next|upcoming|due to)\b/i;
/** Where one clause ends and another begins inside a sentence. */
const CLAUSE_BREAK = /[;:]|\s[—–]\s|\s--\s|\b(?:that|which|who|whom|whose|while|after|before|when|because|but|although|though|whereas)\b/gi;

/** Days a month-day may lie after the publication date and still be read as this year's (late-filed stories). */
const WINDOW_DAYS = 7;

interface Ymd { y: number; m: number; d: number }
interface Candidate { index: number; text: string; date: Ymd; precision: EventDate['precision'] }

const DAY_MS = 86_400_000;
const toUtc = (v: Ymd): number => Date.UTC(v.y, v.m - 1, v.d);
const fromUtc = (ms: number): Ymd => {
  const d = new Date(ms);
  return { y: d.getUTCFullYear(), m: d.getUTCMonth() + 1, d: d.getUTCDate() };
};
const fmt = (v: Ymd): string =>
  `${String(v.y).padStart(4, '0')}-${String(v.m).padStart(2, '0')}-${String(v.d).padStart(2, '0')}`;
const mondayOf = (v: Ymd): Ymd => {
  const ms = toUtc(v);
  const dow = (new Date(ms).getUTCDay() + 6) % 7; // Monday = 0
  return fromUtc(ms - dow * DAY_MS);
};

/**
 * A bare weekday (`want`, 0 Sunday … 6 Saturday) placed by the publication date: the last such day on or before it, or
 * for what is still to come the next one after it ("will meet on Friday" published on a Friday is a week on).
 */
function weekdayBy(pub: Ymd, want: number, ahead: boolean): Ymd {
  const pubMs = toUtc(pub);
  const pubDow = new Date(pubMs).getUTCDay();
  return fromUtc(ahead ? pubMs + ((want - pubDow + 7) % 7 || 7) * DAY_MS : pubMs - ((pubDow - want + 7) % 7) * DAY_MS);
}

function parsePub(pubDate: string | null): Ymd | null {
  if (pubDate === null) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(pubDate);
  const v = m ? { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) } : null;
  if (!v || fmt(fromUtc(toUtc(v))) !== pubDate) {
    throw new SitrepError('E_DATE', `publication date must be YYYY-MM-DD, got ${JSON.stringify(pubDate)}`);
  }
  return v;
}

/** chrono-node is loaded on first use (~30 ms of CPU for the English locale): most sentences never need it. */
type ChronoEn = typeof import('chrono-node/en');
let chronoModule: ChronoEn | null = null;
function chronoLib(): ChronoEn {
  // the English locale alone: the package's main entry also loads every other locale (~4x the load time);
  // its `casual` is this same object
  chronoModule ??= createRequire(import.meta.url)('chrono-node/en') as ChronoEn;
  return chronoModule;
}

/**
 * chrono's casual English parsers each scan the whole sentence with a large pattern, and most of them cannot match
 * a given sentence: the ENCasualDateParser needs "now", "today", "night" …, the month parsers a month stem. A parser
 * whose pattern cannot match adds nothing to the results (chrono concatenates what each parser finds, then refines),
 * so leaving it out is exact. `need` is, per parser, a pattern every match of the parser's own pattern contains
 * (read off the pattern: the same letters under the same case-insensitive flag, no `u`), or null to always run it.
 * The parser's pattern is checked against `hash` (FNV-1a of source/flags) when chrono is loaded: a parser unknown or
 * changed (a chrono upgrade) always runs.
 */
const MONTH_STEM = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
/**
 * What a parser's matches must contain: a pattern, or a list of letter sequences one of which occurs, any case — looked
 * for in the lower-cased sentence (`sequencesIn`; the same answer as the case-insensitive alternation
 * /ago|before|earlier/i for these ASCII words, at a fraction of the cost: the guards took 3.2 s of a 27.7 s dates
 * profile as patterns).
 */
type Need = RegExp | readonly string[];
/**
 * A number and a time unit with no letter after them ("two weeks", "48 hours,", "a year"): the parsers whose pattern
 * ends with chrono's TIME_UNITS_PATTERN and `(?=\W|$)` (within, casual relative) hold one at the end of every match,
 * their last number and unit. Written with chrono's own NUMBER_PATTERN and TIME_UNIT_DICTIONARY (the strict variants'
 * unit list is a part of it); the hashes below keep it in step with chrono. This one guard leaves out two large
 * patterns on most sentences that reach chrono (about 60% on the benchmark corpus).
 */
const TIME_UNIT_END = new RegExp(
  String.raw`(?:(?:eleven|twelve|three|seven|eight|four|five|nine|one|two|six|ten)|[0-9]+|[0-9]+\.[0-9]+|half(?:\s{0,2}an?)?|an?\b(?:\s{0,2}few)?|few|several|the|a?\s{0,2}couple\s{0,2}(?:of)?)` +
    String.raw`\s{0,3}(?:quarters|seconds|minutes|quarter|second|minute|months|hours|weeks|month|years|mins|hour|days|week|year|sec|min|hrs|day|mon|mos|qtr|hr|mo|yr|s|m|h|d|w|y)(?=\W|$)`,
  'i',
);
/**
 * A day of the month as chrono writes it (its ORDINAL_NUMBER_PATTERN: one or two digits, or an ordinal word, "first" …
 * "thirty-first"): every ordinal word holds one of these stems ("fourteenth" holds "teenth", "twentieth" "tieth",
 * "twenty-first" "first"). The little-endian month parser ("5 May", "the 5th of May") needs one before its month.
 */
const DAY_NUMBER = /\d|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|teenth|tieth/i;
const PARSER_NEEDS: Record<string, { hash: string; need: Need[] }> = {
  ENYearMonthDayParser: { hash: '09a4b144', need: [/\d{4}/] },
  ISOFormatParser: { hash: '6bcf21ad', need: [/\d{4}-\d/] },
  SlashDateFormatParser: { hash: '4c965ad4', need: [/\d[/.-]\d/] },
  ENMonthNameLittleEndianParser: { hash: 'e5093247', need: [DAY_NUMBER, MONTH_STEM] },
  ENMonthNameMiddleEndianParser: { hash: '4fe75f97', need: [MONTH_STEM] },
  ENWeekdayParser: { hash: 'e4169096', need: [['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun', 'week']] },
  ENSlashMonthFormatParser: { hash: 'a5b64d29', need: [/\d\/\d/] },
  ENTimeExpressionParser: { hash: 'c6f93834', need: [/\d/] },
  ENTimeUnitAgoFormatParser: { hash: '61d696c8', need: [['ago', 'before', 'earlier']] },
  ENTimeUnitLaterFormatParser: { hash: 'b9740e71', need: [['later', 'after', 'from now', 'henceforth', 'forward', 'out']] },
  ENYearMonthNameParser: { hash: '6a416df1', need: [/\d{4}|\d\s{0,2}(?:be|ad|bc|ce)/i, MONTH_STEM] },
  ENCasualDateParser: { hash: '7a95d8eb', need: [['now', 'today', 'tonight', 'tomorrow', 'overmorrow', 'tmr', 'yesterday', 'night']] },
  ENCasualTimeParser: { hash: '391ff145', need: [['morning', 'afternoon', 'evening', 'night', 'midday', 'noon']] },
  ENEndOfCurrentMonthParser: { hash: '1daec59b', need: [/of\s+(?:the\s+)?month/i] },
  ENMonthNameParser: { hash: 'c194d879', need: [MONTH_STEM] },
  ENRelativeDateFormatParser: { hash: 'f33e17e0', need: [['this', 'last', 'past', 'next', 'after']] },
  ENTimeUnitCasualRelativeFormatParser: { hash: '208fb793', need: [['this', 'last', 'past', 'next', 'after', '+', '-'], TIME_UNIT_END] },
  ENTimeUnitWithinFormatParser: { hash: 'd085d5bb', need: [TIME_UNIT_END] },
};

/**
 * The letter sequences of `PARSER_NEEDS`' lists, all found by one scan of the lower-cased sentence (`sequencesIn`)
 * rather than an `includes` per sequence per list (some 50 a sentence: 4.0 against 1.7 µs on the benchmark's sentences
 * that reach chrono). At each position the pattern takes the longest sequence that starts there (the alternation tries
 * the longest first); every shorter one starting there is a prefix of it, and `SEQUENCE_PREFIXES` adds those.
 */
const SEQUENCES: readonly string[] = [...new Set(Object.values(PARSER_NEEDS).flatMap((e) => e.need.flatMap((n) => (n instanceof RegExp ? [] : n))))]
  .sort((a, b) => b.length - a.length);
const SEQUENCE_AT = new RegExp(`(?=(${SEQUENCES.map((w) => w.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&')).join('|')}))`, 'g');
const SEQUENCE_PREFIXES: ReadonlyMap<string, readonly string[]> = new Map(SEQUENCES.map((w) => [w, SEQUENCES.filter((p) => w.startsWith(p))]));

/** The sequences of `SEQUENCES` that occur in `lower`: the same answers as `lower.includes` for each. */
function sequencesIn(lower: string): Set<string> {
  const found = new Set<string>();
  SEQUENCE_AT.lastIndex = 0;
  for (let m = SEQUENCE_AT.exec(lower); m; m = SEQUENCE_AT.exec(lower)) {
    for (const w of SEQUENCE_PREFIXES.get(m[1] as string) ?? []) found.add(w);
    SEQUENCE_AT.lastIndex = m.index + 1; // (a lookahead matches nothing: step on by hand)
  }
  return found;
}

const fnv1a = (s: string): string => {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193) >>> 0;
  return h.toString(16).padStart(8, '0');
};

type ChronoParser = chrono.Chrono['parsers'][number];
interface GuardedChrono { chrono: chrono.Chrono; parsers: ChronoParser[]; needs: (Need[] | null)[]; known: number }
let guarded: GuardedChrono | null = null;

function guardedChrono(): GuardedChrono {
  if (guarded) return guarded;
  const lib = chronoLib();
  const instance = lib.casual.clone();
  const parsers = [...instance.parsers];
  // what chrono's ParsingContext holds for parse(text, ref) without options (the patterns read only `option`)
  const context = { text: '', option: {}, refDate: new Date(2000, 0, 1, 12) } as unknown as chrono.ParsingContext;
  let known = 0;
  const needs = parsers.map((p) => {
    const entry = PARSER_NEEDS[p.constructor.name];
    if (!entry) return null;
    let source: string;
    try {
      const re = (p as unknown as { pattern(c: chrono.ParsingContext): RegExp }).pattern(context);
      source = `${re.source}/${re.flags}`;
    } catch {
      return null;
    }
    if (fnv1a(source) !== entry.hash) return null;
    known++;
    return entry.need;
  });
  return (guarded = { chrono: instance, parsers, needs, known });
}

/** How many of chrono's parsers are guarded by `PARSER_NEEDS` (a test checks none went stale with an upgrade). */
export function guardedParserCount(): number {
  return guardedChrono().known;
}

function chronoParse(text: string, ref: Date): chrono.ParsedResult[] {
  if (!fastPath) return chronoLib().casual.parse(text, ref);
  const g = guardedChrono();
  const seen = new Map<Need, boolean>(); // the month stem guards four parsers: test it once
  let found: Set<string> | null = null;
  const has = (need: Need): boolean => {
    let v = seen.get(need);
    if (v === undefined) {
      if (need instanceof RegExp) v = need.test(text);
      else {
        const inText = (found ??= sequencesIn(text.toLowerCase()));
        v = need.some((w) => inText.has(w));
      }
      seen.set(need, v);
    }
    return v;
  };
  g.chrono.parsers = g.parsers.filter((_, k) => {
    const need = g.needs[k];
    return !need || need.every(has);
  });
  return g.chrono.parse(text, ref);
}

/** Off only to compare the fast paths (`quickCandidates`, the parser guards) with plain chrono (tests, benchmarks). */
let fastPath = true;
/**
 * The coder asks once per event, often several times for one sentence, and a document's events do not always come
 * sentence by sentence ("A … B … A"): keep chrono's answers for the last few sentences, newest first.
 */
const PARSE_CACHE = 4;
interface CachedParse { text: string; pub: string; results: chrono.ParsedResult[] }
let recentParses: CachedParse[] = [];

function parseCached(text: string, pub: Ymd | null): chrono.ParsedResult[] {
  const key = pub ? fmt(pub) : '';
  for (const c of recentParses) if (c.text === text && c.pub === key) return c.results;
  const ref = pub ? new Date(pub.y, pub.m - 1, pub.d, 12) : new Date(2000, 0, 1, 12);
  const results = chronoParse(text, ref);
  recentParses.unshift({ text, pub: key, results });
  if (recentParses.length > PARSE_CACHE) recentParses.pop();
  return results;
}

/** The last publication date read (see `eventDate`). */
let lastPub: { text: string | null; pub: Ymd | null } | null = null;

/**
 * What `eventDate` works out once per sentence, whatever event of it asks: whether it passes `TRIGGER`, its clause
 * breaks, which clauses speak of the future, and its candidates for each reading of the future. The pipeline asks once
 * per event, and a document's events do not come sentence by sentence ("A … B … A"): the last few sentences are kept,
 * newest first. Every entry is a pure function of the sentence and the publication date, so reuse is exact.
 */
interface SentenceMemo {
  text: string;
  pubDate: string | null;
  hit: boolean;
  breaks: number[] | null;
  /** Per clause (index into the breaks): does it speak of the future (`FUTURE`)? */
  future: (boolean | undefined)[];
  /** Candidates when the focus clause is past [0] or future [1]. */
  found: [Candidate[] | null, Candidate[] | null];
}
const SENTENCE_MEMO = 4;
let sentenceMemos: SentenceMemo[] = [];

function sentenceMemo(text: string, pubDate: string | null): SentenceMemo {
  for (const m of sentenceMemos) if (m.text === text && m.pubDate === pubDate) return m;
  const m: SentenceMemo = { text, pubDate, hit: TRIGGER.test(text), breaks: null, future: [], found: [null, null] };
  sentenceMemos.unshift(m);
  if (sentenceMemos.length > SENTENCE_MEMO) sentenceMemos.pop();
  return m;
}

/** A clause opened by a relative pronoun. */
const RELATIVE_OPENER = /^(?:which|who|whom|whose)\b/i;

/** Offsets where one clause ends and another begins (CLAUSE_BREAK). */
function clauseBreaks(text: string): number[] {
  const breaks: number[] = [];
  CLAUSE_BREAK.lastIndex = 0;
  for (let m = CLAUSE_BREAK.exec(text); m; m = CLAUSE_BREAK.exec(text)) breaks.push(m.index);
  return breaks;
}

/**
 * Anything chrono might read as (part of) a date or time, case-insensitive and deliberately broad: digits, month and
 * weekday stems (also glued to the modifiers chrono allows before them, "lastMonday"), casual words and time units.
 * A glued modifier is matched as group 1 and skipped by the caller (`dateishAt`): the same matches as a lookbehind
 * `(?<=\b(?:on|…))` before the stem, which V8 tried at every position (62 vs 36 ms over the 25,587 calls of 800
 * benchmark documents; no stem starts with a modifier or inside one, so the leftmost match is the same).
 */
const DATEISH = new RegExp(
  String.raw`\b(on|in|of|this|last|past|next)?(?:mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:r(?:s(?:day)?)?)?|fri(?:day)?|` +
    String.raw`sat(?:urday)?|sun(?:day)?|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|` +
    String.raw`oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b` +
    String.raw`|\b(?:now|today|tonight|overnight|tomorrow|overmorrow|tmrw?|yesterday|noon|midnight|midday|morning|afternoon|evening|night|ago|later|earlier|` +
    String.raw`within|secs?|seconds?|mins?|minutes?|hours?|hrs?|days?|weeks?|fortnights?|months?|quarters?|qtrs?|years?|yrs?|decades?|` +
    String.raw`o'?clock|end|beginning|[ap]\.?m)\b`,
  'gi',
);
/** Where a `DATEISH` match's word starts: after a glued modifier ("last" of "lastMonday"). */
const dateishAt = (m: RegExpExecArray): number => m.index + (m[1]?.length ?? 0);
/** Digits: a plain number ("50,000", "47") is harmless far from the date word; anything else goes to chrono. */
const DIGITS = /\d[\d,.:/-]*/g;
const PLAIN_NUMBER = /^(?:\d{1,3}(?:,\d{3})+|\d+)$/;
const FAST_WEEKDAY = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;
const WEEKDAY_NUM: Record<string, number> = { Sunday: 0, Monday: 1, Tuesday: 2, Wednesday: 3, Thursday: 4, Friday: 5, Saturday: 6 };
const FAST_DAY: Record<string, number> = { today: 0, overnight: 0, yesterday: -1, tomorrow: 1 };

/**
 * The common case without chrono: a sentence whose only date-like word is a bare weekday ("on Friday") or
 * "today"/"yesterday"/"tomorrow". Returns exactly what `candidates` would make of chrono's answer, or undefined when
 * the sentence holds anything else date-like (then chrono decides). Checked against chrono on the benchmark corpus.
 */
function quickCandidates(text: string, pub: Ymd, future: (index: number) => boolean): Candidate[] | undefined {
  DATEISH.lastIndex = 0;
  const m = DATEISH.exec(text);
  const index = m ? dateishAt(m) : -1;
  // the whole word, and nothing date-like after it
  let end = index;
  if (m) {
    while (end < text.length && /[\p{L}\p{N}_]/u.test(text.charAt(end))) end++;
    DATEISH.lastIndex = end;
    if (DATEISH.exec(text)) return undefined;
  }
  DIGITS.lastIndex = 0;
  for (let d = DIGITS.exec(text); d; d = DIGITS.exec(text)) {
    const num = d[0].replace(/[,.:/-]+$/, '');
    const value = Number(num.replace(/,/g, ''));
    const at = d.index;
    const near = m !== null && at + num.length > index - 16 && at < end + 16;
    const glued = /[\p{L}_]/u.test(text.charAt(at - 1)) || /[\p{L}_]/u.test(text.charAt(at + num.length));
    if (!PLAIN_NUMBER.test(num) || near || glued || (value >= 1900 && value <= 2099) || /^\s*(?:[ap]\.?m|h\b|%)/i.test(text.slice(at + num.length, at + num.length + 5))) {
      return undefined;
    }
  }
  if (!m) return [];
  const word = text.slice(index, end);
  if (index > 0 && /[\p{L}\p{N}_]/u.test(text.charAt(index - 1))) return undefined;
  const before = text.slice(Math.max(0, index - 12), index);
  const after = text.slice(end, end + 12);
  // modifiers, brackets and time-zone abbreviations change chrono's reading: leave those to it
  if (/\b(?:this|last|past|next)\s*$/i.test(before) || /[(（]\s*$/.test(before) || /^\s*,?\s*[)）(]|^\s*,?\s*[A-Z]{2,5}\b/.test(after)) return undefined;
  if (FAST_WEEKDAY.test(word)) return [{ index, text: word, date: weekdayBy(pub, WEEKDAY_NUM[word] as number, future(index)), precision: 'day' }];
  const shift = FAST_DAY[word.toLowerCase()];
  if (shift !== undefined) return [{ index, text: word, date: fromUtc(toUtc(pub) + shift * DAY_MS), precision: 'day' }];
  return undefined;
}

export function setDateFastPath(on: boolean): void {
  fastPath = on;
  sentenceMemos = [];
  recentParses = [];
}

/**
 * One of chrono's results as a candidate, or null when it is no date of an event (see `candidates`). A function of its
 * own so that `candidates` stays under the CLI's V8 limit on optimised functions (--max-optimized-bytecode-size=2000,
 * src/cli/v8-flags.ts): as one function of 2,031 bytes of bytecode it was never optimised.
 */
function fromChrono(r: chrono.ParsedResult, text: string, pub: Ymd | null, future: (index: number) => boolean): Candidate | null {
  const raw = r.text.replace(/[\s,;:]+$/, '');
  if (!raw || NOT_A_DATE.test(raw)) return null;
  if (SPAN_AHEAD.test(raw) && (/^(?:with)?in\s/i.test(raw) || SPAN_AHEAD_BEFORE.test(text.slice(0, r.index))) && !future(r.index)) return null;
  // ("suspended the broadcasts for three months": a span after "for" is how long, not when; "a day after the board
  // passed …", "two days before the vote": a span from another happening gives no day of the calendar)
  if (/^for\s/i.test(raw) ? SPAN_AHEAD.test(raw.slice(4).trim()) : SPAN_AHEAD.test(raw) && SPAN_FOR_BEFORE.test(text.slice(0, r.index))) return null;
  if (SPAN_FROM_EVENT.test(raw) && !/\b(?:today|tomorrow|yesterday)\b/i.test(text.slice(r.index + r.text.length, r.index + r.text.length + 12))) return null;
  const s = r.start;
  const has = (c: Parameters<typeof s.isCertain>[0]): boolean => s.isCertain(c);
  const before = text.slice(0, r.index);
  const monthWord = MONTH_WORD.exec(raw);
  const weekdayWord = WEEKDAY_WORD.exec(raw);
  const relativeDay = RELATIVE_DAY.test(raw);
  const unit = /\bweeks?\b/i.test(raw) ? 'week' : /\bmonths?\b/i.test(raw) ? 'month' : /\byears?\b/i.test(raw) ? 'year' : null;
  const explicitShift = /\b(?:last|next|this|past|coming|ago)\b/i.test(raw);
  if (!/\p{L}/u.test(raw) && !has('year')) return null; // "10/12" without a year
  if (!has('day') && !has('weekday') && !has('month') && !has('year') && !relativeDay) return null; // clock time alone
  if (has('month') && !has('day') && !unit) {
    // A bare month: capitalised, and after a preposition or with a year ("in March", "March 2019").
    if (!monthWord || (!has('year') && !MONTH_PREP.test(before + raw.slice(0, monthWord.index)))) return null;
  }
  if (has('weekday') && !has('day') && !unit && !FULL_WEEKDAY.test(raw)) return null; // "sun", "Wed" without a dot
  // without a publication date only an expression that writes its year can be placed: chrono marks the year of
  // "today" or "two days ago" certain from its reference date, which would then be made up
  if (!pub && !/\d{4}|'\d{2}\b/.test(raw)) return null;
  let date: Ymd = { y: s.get('year') ?? 2000, m: s.get('month') ?? 1, d: s.get('day') ?? 1 };
  let precision: EventDate['precision'] = 'day';
  const fwd = future(r.index);
  if (unit === 'week') {
    date = mondayOf(date);
    precision = 'week';
  } else if (unit === 'month') {
    date = { y: date.y, m: date.m, d: 1 };
    precision = 'month';
  } else if (unit === 'year') {
    date = { y: date.y, m: 1, d: 1 };
    precision = 'year';
  } else if (has('weekday') && !has('day') && pub && !explicitShift && weekdayWord) {
    date = weekdayBy(pub, s.get('weekday') ?? 0, fwd);
  } else if (has('month') && !has('day')) {
    precision = 'month';
    date = { y: date.y, m: date.m, d: 1 };
    if (!has('year') && pub) date.y = pub.y + (fwd ? (date.m < pub.m ? 1 : 0) : date.m > pub.m ? -1 : 0);
  } else if (has('year') && !has('month') && !has('day')) {
    precision = 'year';
    date = { y: date.y, m: 1, d: 1 };
  } else if (has('day') && has('month') && !has('year') && pub && !explicitShift) {
    date.y = pub.y;
    const pubMs = toUtc(pub);
    if (!fwd && toUtc(date) > pubMs + WINDOW_DAYS * DAY_MS) date.y -= 1;
    else if (fwd && toUtc(date) < pubMs - WINDOW_DAYS * DAY_MS) date.y += 1;
  }
  const lead = /^(?:on|in|at|since|by|from|during)\s+/i.exec(raw)?.[0].length ?? 0;
  return { index: r.index + lead, text: raw.slice(lead), date, precision };
}

/** Candidates chrono finds, filtered and resolved against the publication date; `text` passed `TRIGGER`. */
function candidates(text: string, pub: Ymd | null, future: (index: number) => boolean): Candidate[] {
  const out: Candidate[] = [];
  if (fastPath && pub) {
    const quick = quickCandidates(text, pub, future);
    if (quick) return quick;
  }
  for (const r of parseCached(text, pub)) {
    const c = fromChrono(r, text, pub, future);
    if (c) out.push(c);
  }
  YEAR_ONLY.lastIndex = 0;
  for (let m = YEAR_ONLY.exec(text); m; m = YEAR_ONLY.exec(text)) {
    const year = m[1] as string;
    const index = m.index + m[0].length - year.length;
    if (out.some((c) => index >= c.index && index < c.index + c.text.length)) continue;
    out.push({ index, text: year, date: { y: Number(year), m: 1, d: 1 }, precision: 'year' });
  }
  if (pub && !out.length) {
    OVERNIGHT.lastIndex = 0;
    for (let m = OVERNIGHT.exec(text); m; m = OVERNIGHT.exec(text)) out.push({ index: m.index, text: m[0], date: pub, precision: 'day' });
  }
  return out.sort((a, b) => a.index - b.index);
}

/**
 * Find the date expression that governs an event inside a sentence. `text` is the sentence, `offset` its start in
 * the document, `pubDate` YYYY-MM-DD or null, `focus` (document offsets) the event's own span. Falls back to the
 * publication date (basis 'publication'); null when there is neither a usable date in the text nor a pubDate.
 * Throws SitrepError E_DATE for a malformed pubDate.
 */
export function eventDate(
  text: string,
  offset: number,
  pubDate: string | null,
  focus?: { start: number; end: number },
): EventDate | null {
  const pub = lastPub && lastPub.text === pubDate ? lastPub.pub : parsePub(pubDate);
  lastPub = { text: pubDate, pub };
  // most sentences hold nothing date-like: no candidates, so neither clauses nor the future matter
  // (TRIGGER includes the bare years; several events of one sentence ask in turn: test it once)
  const memo = sentenceMemo(text, pubDate);
  if (!memo.hit) return pubDate ? publicationDate(pubDate) : null;
  const breaks = (memo.breaks ??= clauseBreaks(text));
  const clauseOf = (pos: number): number => {
    let n = 0;
    while (n < breaks.length && (breaks[n] as number) <= pos) n++;
    return n;
  };
  const local = focus ? { start: focus.start - offset, end: focus.end - offset } : null;
  const clauseFuture = (c: number): boolean => {
    let v = memo.future[c];
    if (v === undefined) {
      const clause = text.slice(c === 0 ? 0 : (breaks[c - 1] as number), c < breaks.length ? (breaks[c] as number) : text.length);
      memo.future[c] = v = FUTURE.test(clause);
    }
    return v;
  };
  const futureFocus = local ? clauseFuture(clauseOf(local.start)) : null;
  const future = (index: number): boolean => futureFocus ?? clauseFuture(clauseOf(index));

  // several events of one sentence ask in turn: with the same reading of the future, the candidates are the same
  let found: Candidate[];
  if (futureFocus === null) found = candidates(text, pub, future);
  else found = memo.found[futureFocus ? 1 : 0] ??= candidates(text, pub, future);
  let best: Candidate | null = null;
  if (found.length && local) {
    const focusClause = clauseOf(local.start);
    // ("urged the North to respond to its offer, which Pyongyang has ignored since it was made in August": a date in a
    // relative clause after the event's own dates that clause's happening, not the event)
    const relative = (c: Candidate): boolean => {
      const k = clauseOf(c.index);
      return k > focusClause && k > 0 && RELATIVE_OPENER.test(text.slice(breaks[k - 1] as number, (breaks[k - 1] as number) + 6));
    };
    if (found.some(relative)) found = found.filter((c) => !relative(c));
  }
  if (found.length && local) {
    const focusClause = clauseOf(local.start);
    const score = (c: Candidate): number => {
      const end = c.index + c.text.length;
      const dist = c.index >= local.end ? c.index - local.end : end <= local.start ? local.start - end : 0;
      if (dist === 0) return 0;
      return (clauseOf(c.index) === focusClause ? 1 : 1000) + dist;
    };
    best = found.reduce((a, b) => (score(b) < score(a) ? b : a));
  } else if (found.length) {
    best = found.find((c) => c.precision === 'day') ?? (found[0] as Candidate);
  }
  if (best) {
    return {
      date: fmt(best.date), basis: 'text', precision: best.precision,
      start: offset + best.index, end: offset + best.index + best.text.length, text: best.text,
    };
  }
  return pubDate ? publicationDate(pubDate) : null;
}

/** The words before a date that make it the date of a statement: "said on Friday", "told reporters on Wednesday". */
const SAID_BEFORE = /\b(?:said|says|told(?:\s+\w+){0,2}|announced|added|stated|reported|confirmed|wrote)(?:\s+(?:on|late|early))?\s+$/i;

/**
 * Is the date `d` found in sentence `text` (at document offset `offset`) the date of a statement about the event rather
 * than of the event — right after a verb of saying outside the event's evidence `focus` ("X arrested Y, the ministry
 * said on Friday")? The event happened by then, not necessarily on that day.
 */
export function statementDate(text: string, offset: number, d: EventDate, focus: { start: number; end: number }): boolean {
  if (d.basis !== 'text' || d.start === null) return false;
  const at = d.start - offset;
  const from = Math.max(0, at - 40);
  const m = SAID_BEFORE.exec(text.slice(from, at));
  if (!m) return false;
  const verb = offset + from + m.index;
  return verb >= focus.end || verb + m[0].length <= focus.start;
}

const publicationDate = (pubDate: string): EventDate => ({ date: pubDate, basis: 'publication', precision: 'day', start: null, end: null, text: null });
