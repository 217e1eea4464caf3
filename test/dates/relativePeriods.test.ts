// Months and years named from the reference: "this month", "earlier this month", "this year",
// "last year", "next year" (weeks have no granularity of their own: "this week" is its month).
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { datesIn, pairs } from './parse.ts';

const cases: [string, string, string[]][] = [
  ['Fighting around Aleppo has intensified this month, monitors say.', '2016-07-14', ['this month=2016-07']],
  ['The town fell to government forces earlier this month.', '2016-07-14', ['this month=2016-07']],
  ['Talks are expected to resume later this month in Geneva.', '2016-07-14', ['this month=2016-07']],
  [
    'More civilians have died this year than in all of last year, the monitor said.',
    '2016-07-14',
    ['this year=2016', 'last year=2015'],
  ],
  ['Presidential elections are due next year under the plan.', '2015-12-20', ['next year=2016']],
  ['The war killed more than 55,000 people last year.', '2016-01-05', ['last year=2015']],
  ['A political transition should begin early next year.', '2015-11-14', ['next year=2016']],
  ['Aid deliveries resumed in May last year.', '2016-03-24', ['May last year=2015-05']],
];
for (const [sentence, published, want] of cases) {
  test(`${published}: ${sentence.slice(0, 55)}`, () => assert.equal(pairs(sentence, published), want));
}

test('this month is a month, this year a year', () => {
  const [m] = datesIn('The town fell earlier this month.', '2016-07-14');
  const [y] = datesIn('The town fell earlier this year.', '2016-07-14');
  assert.equal([m.granularity, y.granularity, y.value], ['month', 'year', '2016']);
});

test.run();
