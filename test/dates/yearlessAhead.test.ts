// A year-less month-day past the turn of the year: the next year in a future context, this or
// the previous year when past. Reference: Tuesday 20 December 2016.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { pairs } from './parse.ts';

const REF = '2016-12-20';
const cases: [string, string[]][] = [
  ['Negotiations will resume on Jan. 5, the mediators said.', ['Jan. 5=2017-01-05']],
  ['The new parliament is expected to convene on Feb. 2.', ['Feb. 2=2017-02-02']],
  // past: the last such day
  ['The truce collapsed on Jan. 5 after only a week.', ['Jan. 5=2016-01-05']],
  ['Flood waters swept through the valley on Nov. 3.', ['Nov. 3=2016-11-03']],
  // negative: a past month-day shortly before the reference stays in its year
  ['The summit ended on Dec. 12 without a communique.', ['Dec. 12=2016-12-12']],
];

for (const [sentence, expected] of cases) {
  test(sentence, () => assert.equal(pairs(sentence, REF), expected));
}

test.run();
