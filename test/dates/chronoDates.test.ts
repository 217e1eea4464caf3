// What chrono itself finds, as the news parser keeps it: full dates, months with a year,
// relative expressions, and their granularity and anchor.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { datesIn, pairs } from './parse.ts';

test('dateline with a weekday and a full date', () => {
  const [d] = datesIn('AFP , Thursday 14 Jul 2016', '2016-07-14');
  assert.equal(
    [d.surface, d.value, d.granularity, d.anchor],
    ['Thursday 14 Jul 2016', '2016-07-14', 'day', 'absolute'],
  );
});

const cases: [string, string, string[]][] = [
  ['15 July, 2016', '2016-07-15', ['15 July, 2016=2016-07-15']],
  ['The war began with anti-government demonstrations in March 2011.', '2015-12-15', ['March 2011=2011-03']],
  ['The accord was signed on December 15, 2015 in Vienna.', '2016-07-14', ['December 15, 2015=2015-12-15']],
  [
    'De Mistura urged Moscow and Washington to push for a resumption of the talks next month.',
    '2016-07-14',
    ['next month=2016-08'],
  ],
  [
    'But only after, in talks last month in Vienna, Kerry agreed to disagree with Moscow.',
    '2015-12-15',
    ['last month=2015-11'],
  ],
  ['The opposition leaders met last week in Riyadh.', '2015-12-15', ['last week=2015-12']],
  ['There are still questions which today we need to look at.', '2015-12-15', ['today=2015-12-15']],
  ['The convoy was hit by an air strike yesterday, the Red Crescent said.', '2016-07-14', ['yesterday=2016-07-13']],
  ['Turnout fell sharply last year.', '2016-07-14', ['last year=2015']],
];
for (const [sentence, ref, want] of cases) {
  test(`${ref}: ${sentence.slice(0, 60)}`, () => assert.equal(pairs(sentence, ref), want));
}

test('granularity and anchor of relative expressions', () => {
  const [m] = datesIn('The talks will resume next month.', '2016-07-14');
  assert.equal([m.granularity, m.anchor], ['month', 'published']);
  const [w] = datesIn('The talks resumed on Wednesday.', '2016-07-14', 'event');
  assert.equal([w.value, w.granularity, w.anchor], ['2016-07-13', 'day', 'event']);
});

test('an event-dated article may be a day later than its event: a past weekday may be the next day', () => {
  // Reference: the event's latest publication date, Monday 12 September 2016.
  assert.equal(
    datesIn('The truce largely held on Tuesday, its first full day.', '2016-09-12', 'event').map((d) => d.value),
    ['2016-09-13'],
  );
  assert.equal(
    datesIn('The truce began at sundown on Monday.', '2016-09-12', 'event').map((d) => d.value),
    ['2016-09-12'],
  );
  assert.equal(
    datesIn('Rebels shelled the town on Saturday.', '2016-09-12', 'event').map((d) => d.value),
    ['2016-09-10'],
  );
  // Dated by its own publication, the same Tuesday is last week's.
  assert.equal(
    datesIn('The truce largely held on Tuesday, its first full day.', '2016-09-12').map((d) => d.value),
    ['2016-09-06'],
  );
});

test('with no reference, relative dates stay unresolved and stated ones resolve', () => {
  const found = datesIn('The war began in March 2011 and the talks resumed on Friday.', '', 'unknown');
  assert.equal(
    found.map((d) => [d.surface, d.value, d.anchor]),
    [
      ['March 2011', '2011-03', 'absolute'],
      ['on Friday', '', 'none'],
    ],
  );
});

test.run();
