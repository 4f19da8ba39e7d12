import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { eventDate, guardedParserCount, setDateFastPath, statementDate, type EventDate } from '../src/document/dates.js';
import { SitrepError } from '../src/errors.js';

const PUB = '2020-01-06'; // a Monday
const SEED = join(resolve(dirname(fileURLToPath(import.meta.url)), '../..'), '..', 'shared', 'corpus', 'seed');

type Want = Pick<EventDate, 'date' | 'basis' | 'precision'> & { text: string | null };

/** [sentence, expected] with the publication date PUB. */
const cases: [string, Want][] = [
  ['An air raid killed the militia leader near Tarvel Jan. 2.', { date: '2020-01-02', basis: 'text', precision: 'day', text: 'Jan. 2' }],
  ['Gunmen stormed the consulate on Friday.', { date: '2020-01-03', basis: 'text', precision: 'day', text: 'Friday' }],
  ['They met on Monday.', { date: '2020-01-06', basis: 'text', precision: 'day', text: 'Monday' }],
  ['The envoy said today that the ceasefire held.', { date: '2020-01-06', basis: 'text', precision: 'day', text: 'today' }],
  ['The border talks collapsed last week.', { date: '2019-12-30', basis: 'text', precision: 'week', text: 'last week' }],
  ['The council convened in March.', { date: '2019-03-01', basis: 'text', precision: 'month', text: 'March' }],
  ['In May, the rebels took the port.', { date: '2019-05-01', basis: 'text', precision: 'month', text: 'May' }],
  ['Shelling resumed two days ago.', { date: '2020-01-04', basis: 'text', precision: 'day', text: 'two days ago' }],
  ['The treaty was signed on Dec. 30.', { date: '2019-12-30', basis: 'text', precision: 'day', text: 'Dec. 30' }],
  ['The March 5 bombing killed four people.', { date: '2019-03-05', basis: 'text', precision: 'day', text: 'March 5' }],
  ['The blockade began in 2017.', { date: '2017-01-01', basis: 'text', precision: 'year', text: '2017' }],
  ['Fighting broke out on Aug. 14, 2018.', { date: '2018-08-14', basis: 'text', precision: 'day', text: 'Aug. 14, 2018' }],
  ['Protests erupted this morning.', { date: '2020-01-06', basis: 'text', precision: 'day', text: 'this morning' }],
  ['Troops crossed the river Tuesday night.', { date: '2019-12-31', basis: 'text', precision: 'day', text: 'Tuesday night' }],
  ['Ministers will meet on Friday.', { date: '2020-01-10', basis: 'text', precision: 'day', text: 'Friday' }],
  ['Exports fell sharply last month.', { date: '2019-12-01', basis: 'text', precision: 'month', text: 'last month' }],
  ['Russian drones struck the port city overnight.', { date: PUB, basis: 'text', precision: 'day', text: 'overnight' }],
  ['Drones struck the port overnight, the governor said on Saturday.', { date: '2020-01-04', basis: 'text', precision: 'day', text: 'Saturday' }],
  // Negative cases: nothing here is a date, so the publication date governs.
  ['Valdoria may retaliate against the strikes.', { date: PUB, basis: 'publication', precision: 'day', text: null }],
  ['May said the offer was final.', { date: PUB, basis: 'publication', precision: 'day', text: null }],
  ['Thousands march on the capital.', { date: PUB, basis: 'publication', precision: 'day', text: null }],
  ['The March on the capital ended peacefully.', { date: PUB, basis: 'publication', precision: 'day', text: null }],
  ['The second round of talks failed.', { date: PUB, basis: 'publication', precision: 'day', text: null }],
  ['Jan Marek said the talks failed.', { date: PUB, basis: 'publication', precision: 'day', text: null }],
  ['Two soldiers were killed and 2 wounded.', { date: PUB, basis: 'publication', precision: 'day', text: null }],
  ['The vote is now over.', { date: PUB, basis: 'publication', precision: 'day', text: null }],
  ['The minister spoke at 3 p.m.', { date: PUB, basis: 'publication', precision: 'day', text: null }],
  ['A place in the sun is all they want.', { date: PUB, basis: 'publication', precision: 'day', text: null }],
  ['The parliament approved it by a 3-2 vote.', { date: PUB, basis: 'publication', precision: 'day', text: null }],
  ['The 2019 election was close.', { date: PUB, basis: 'publication', precision: 'day', text: null }],
  // a span after "for" is how long; a span counted from another happening ("a day after …") is no day of the calendar
  ['The regulator suspended the channel for three months.', { date: PUB, basis: 'publication', precision: 'day', text: null }],
  ['Colombia closed the crossing for 11 days.', { date: PUB, basis: 'publication', precision: 'day', text: null }],
  ['Peru recalled its envoy a day after the vote.', { date: PUB, basis: 'publication', precision: 'day', text: null }],
  ['The talks collapsed two weeks before the election.', { date: PUB, basis: 'publication', precision: 'day', text: null }],
];

void test('eventDate: a date inside a relative clause after the event dates that clause, not the event', () => {
  const at = (sentence: string, evidence: string): string | undefined =>
    eventDate(sentence, 0, PUB, { start: sentence.indexOf(evidence), end: sentence.indexOf(evidence) + evidence.length })?.date;
  assert.equal(at('Chile urged Peru to answer its proposal, which Lima has ignored since it was made in August.', 'urged Peru'), PUB);
  assert.equal(at('The deal lets Chile reopen its border with Bolivia, which has been shut since 1998.', 'reopen its border'), PUB);
  // the relative clause's own happening keeps its date; a date in the event's own clause still dates it
  assert.equal(at('Chile answered the proposal, which Lima made in August.', 'Lima made'), '2019-08-01');
  assert.equal(at('Chile rejected in August the proposal, which Lima made.', 'rejected'), '2019-08-01');
});

void test('statementDate: a date right after a verb of saying outside the evidence is when it was said', () => {
  const said = (sentence: string, evidence: string): boolean => {
    const d = eventDate(sentence, 0, PUB, { start: sentence.indexOf(evidence), end: sentence.indexOf(evidence) + evidence.length });
    return !!d && statementDate(sentence, 0, d, { start: sentence.indexOf(evidence), end: sentence.indexOf(evidence) + evidence.length });
  };
  assert.equal(said('Police arrested a reporter, the ministry said on Friday.', 'Police arrested a reporter'), true);
  assert.equal(said('Police arrested a reporter, the minister told reporters on Friday.', 'Police arrested a reporter'), true);
  // negative: the statement is the event itself, or the date is the deed's own
  assert.equal(said('The ministry said on Friday that it would appeal.', 'The ministry said on Friday'), false);
  assert.equal(said('Police arrested a reporter on Friday, the ministry said.', 'Police arrested a reporter'), false);
});

for (const [sentence, want] of cases) {
  void test(`eventDate: ${sentence}`, () => {
    const offset = 500;
    const got = eventDate(sentence, offset, PUB);
    assert.ok(got);
    assert.deepEqual({ date: got.date, basis: got.basis, precision: got.precision, text: got.text }, want);
    if (got.text !== null) {
      // Offsets are document offsets that point at the expression.
      assert.equal(sentence.slice((got.start as number) - offset, (got.end as number) - offset), got.text);
    } else {
      assert.equal(got.start, null);
      assert.equal(got.end, null);
    }
  });
}

const span = (s: string, from: string, to: string): { start: number; end: number } => ({
  start: s.indexOf(from),
  end: s.indexOf(to) + to.length,
});

void test('eventDate: focus picks the date of the event clause, not of the statement', () => {
  const s = 'Officials said on Friday that rebels attacked the depot on Wednesday.';
  assert.equal(eventDate(s, 0, PUB, span(s, 'attacked', 'depot'))?.date, '2020-01-01');
  assert.equal(eventDate(s, 0, PUB, span(s, 'said', 'said'))?.date, '2020-01-03');
});

void test('eventDate: focus with no date in its own clause falls back to the nearest date in the sentence', () => {
  const s = 'Officials said on Friday that rebels attacked the depot.';
  const got = eventDate(s, 0, PUB, span(s, 'attacked', 'depot'));
  assert.equal(got?.date, '2020-01-03');
  assert.equal(got?.basis, 'text');
});

void test('eventDate: future clauses resolve forward, past ones backward', () => {
  assert.equal(eventDate('The envoys will meet on Thursday.', 0, PUB)?.date, '2020-01-09');
  assert.equal(eventDate('The envoys met on Thursday.', 0, PUB)?.date, '2020-01-02');
});

void test('eventDate: without a publication date only absolute dates count', () => {
  assert.equal(eventDate('Gunmen stormed the consulate on Friday.', 0, null), null);
  assert.equal(eventDate('Nothing happened.', 0, null), null);
  // casual and relative expressions name no year of their own: no date rather than one made up
  assert.equal(eventDate('The envoy said today that the ceasefire held.', 0, null), null);
  assert.equal(eventDate('Shelling resumed two days ago.', 0, null), null);
  assert.equal(eventDate('The border talks collapsed last week.', 0, null), null);
  assert.equal(eventDate('An air raid killed the militia leader near Tarvel Jan. 2.', 0, null), null);
  assert.equal(eventDate('The blockade began in March 2017.', 0, null)?.date, '2017-03-01');
  assert.equal(eventDate('Fighting broke out on Aug. 14, 2018.', 0, null)?.date, '2018-08-14');
});

void test('eventDate: a malformed publication date is misuse', () => {
  assert.throws(() => eventDate('Talks ended.', 0, '06/01/2020'), (e: unknown) => e instanceof SitrepError && e.code === 'E_DATE');
  assert.throws(() => eventDate('Talks ended.', 0, '2020-02-30'), SitrepError);
});

void test('eventDate: deterministic across calls', () => {
  const s = 'Gunmen stormed the consulate on Friday.';
  assert.deepEqual(eventDate(s, 10, PUB), eventDate(s, 10, PUB));
});

void test('eventDate: seed article — "Jan. 2" resolves to 2020-01-02', (t) => {
  const file = join(SEED, 'nato-suspends-iraq-training.txt');
  if (!existsSync(file)) {
    t.skip('../shared not found');
    return;
  }
  const text = readFileSync(file, 'utf8');
  const start = text.indexOf('A U.S. airstrike');
  const end = text.indexOf('\n', start);
  const sentence = text.slice(start, end);
  const got = eventDate(sentence, start, '2020-01-06', { start: start + sentence.indexOf('killed'), end: start + sentence.indexOf('Soleimani') + 9 });
  assert.equal(got?.date, '2020-01-02');
  assert.equal(got?.basis, 'text');
  assert.equal(text.slice(got?.start as number, got?.end as number), 'Jan. 2');
  const first = text.slice(0, text.indexOf('\n'));
  assert.equal(eventDate(first, 0, '2020-01-06')?.date, '2020-01-06');
});

/** A span counted forward from now ("in three years", "within 48 hours") dates only what is still to come. */
const spanCases: [string, string, string][] = [
  ['They held their first direct talks in three years on Friday.', 'held', '2020-01-03'],
  ['Algeria ordered the envoys to leave the country within 48 hours, the minister said on Monday.', 'ordered', '2020-01-06'],
  ['Prices rose at the fastest pace in a decade, the bank said on Friday.', 'rose', '2020-01-03'],
  ['Troops will withdraw within two weeks, the minister said on Monday.', 'withdraw', '2020-01-20'],
  ['The mission will end in three months, the council said on Friday.', 'end', '2020-04-01'],
];

for (const [sentence, verb, want] of spanCases) {
  void test(`eventDate: span ahead — ${sentence}`, () => {
    const at = sentence.indexOf(verb);
    assert.equal(eventDate(sentence, 0, PUB, { start: at, end: at + verb.length })?.date, want);
  });
}

/** Sentences the chrono-free fast path answers (or hands to chrono); both ways must agree. */
const fastCases: string[] = [
  'Gunmen stormed the consulate on Friday.', 'Ministers will meet on Friday, officials said.', 'The envoy said today that 300 troops left.',
  'Rebels shelled the town yesterday.', 'Talks resume tomorrow.', 'Troops crossed the river Tuesday night.', 'They met last Monday.',
  'The vote is (Sunday) in the capital.', 'Clashes on Monday killed 40 people, 2,000 fled.', 'Protests began Monday 5 pm.',
  'The blockade began in 2017 and ended on Monday.', 'Fighting resumed two days ago.', 'Officials met ministers in Paris.',
  'The minister said 50,000 people fled on Sunday.', 'They will meet Wednesday, UTC time.', 'Monday-Tuesday talks ended.',
  'Drones struck the port overnight.', 'Drones struck the port overnight, officials said on Sunday.',
];

void test('eventDate: the fast path agrees with chrono', () => {
  for (const text of fastCases) {
    for (const pub of [PUB, '2021-07-03']) {
      const focus = { start: 0, end: 5 };
      setDateFastPath(false);
      const slow = eventDate(`${text} `, 0, pub, focus);
      setDateFastPath(true);
      assert.deepEqual(eventDate(text, 0, pub, focus), slow, text);
    }
  }
});

/**
 * Sentences that reach chrono, each with the words some parser guards need and without those of others (a month but
 * no weekday, digits but no slash …): chrono with its parsers guarded must give what plain chrono gives.
 */
const guardCases: string[] = [
  'The ceasefire took effect on 2019-03-04 at 06:00.', 'Elections are due on 12/05/2021, the commission said.',
  'Troops will withdraw within two weeks.', 'The talks collapsed three days later.', 'The envoy arrived five days ago.',
  'Shelling resumed this morning and went on past midnight.', 'The embargo ends at the end of the month.',
  'Rebels seized the town on the 5th of May.', 'The accord was signed in March 2019.', 'Parliament met on March 3, 2020.',
  'The army said last year that 200 soldiers died.', 'Monitors counted 40 breaches over the past 48 hours.',
  'The summit is planned for next month.', 'Prices rose 5-6 percent in May.', 'Fighting broke out in 2017/2018.',
  'The vote was moved to 3/2022 by the court.', 'Ministers met on Wednesday evening, a week before the deadline.',
  'The truce expires two weeks from now.', 'The garrison held out for 3 days after the siege began.',
  'The aid convoy arrived 2 hours afterwards.',
  // a number and a time unit (TIME_UNIT_END) with and without "within/in/for" and "this/last/next/after/+/-" before it
  'The strike ended after a year of talks.', 'Inspectors return in a couple of months, on Monday.', 'Talks resume in 2d, the envoy said on Friday.',
  'Rebels held the town for the past 3 weeks.', 'The deal lasts for half a year from Monday.', 'Envoys met in Oslo on Monday.',
  'The ministry said on Tuesday that next week talks will resume.', 'Talks ran for several days on the border.',
  // a day number (DAY_NUMBER: digits or an ordinal word) before a month; a year with an era or of four digits before a
  // month; "of (the) month" — and sentences with the month but not the other part, which those parsers skip
  'Rebels seized the town on the twenty-first of March.', 'The siege ended on the fourteenth of May, 2003.',
  'The blockade was lifted on 5 June 2019.', 'Troops left the valley on fifth May.', 'The truce began on the thirtieth of April.',
  'Ministers met for a second time in May.', 'Traders returned to the market in May.', 'The fort fell in 1453 May, the chronicle says.',
  'The temple was built in 500 BC March by the king.', 'The accord dates from 2019 Sept.', 'The mission ends on the last day of the month.',
  'The deadline is the end of the month.', 'Aid ran out before the month was over.', 'The monthly report came out in December.',
];

void test('eventDate: chrono with guarded parsers agrees with plain chrono', () => {
  assert.equal(guardedParserCount(), 18, 'chrono-node changed a guarded parser: review PARSER_NEEDS in document/dates.ts');
  for (const text of guardCases) {
    for (const pub of [PUB, null]) {
      for (const at of [0, Math.max(0, text.length - 8)]) {
        const focus = { start: at, end: at + 5 };
        setDateFastPath(false);
        const plain = eventDate(text, 0, pub, focus);
        setDateFastPath(true);
        assert.deepEqual(eventDate(text, 0, pub, focus), plain, text);
      }
    }
  }
});

void test('eventDate: answers kept per sentence are those a fresh call gives, whatever order the events ask in', () => {
  // a past and a future clause in one sentence, another sentence between them, and two publication dates
  const a = 'Rebels shelled the town on Monday, and envoys will meet on Friday to talk.';
  const b = 'The ministry said last week that 300 troops left.';
  const asks: [string, string, number, number][] = [
    [a, PUB, 0, 6], [b, PUB, 4, 12], [a, PUB, a.indexOf('will'), a.indexOf('will') + 4], [a, '2021-07-03', 0, 6],
    [b, '2021-07-03', 4, 12], [a, PUB, a.indexOf('talk'), a.indexOf('talk') + 4], [a, PUB, 0, 6],
  ];
  const fresh = asks.map(([text, pub, start, end]) => {
    setDateFastPath(true); // (clears what is kept)
    return eventDate(text, 0, pub, { start, end });
  });
  setDateFastPath(true);
  asks.forEach(([text, pub, start, end], k) => assert.deepEqual(eventDate(text, 0, pub, { start, end }), fresh[k], `${k}: ${text}`));
});
