// Bare weekdays and year-less months, placed by the tense of their clause. References: Thursday
// 14 July 2016, Friday 15 July 2016, Tuesday 15 December 2015.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { pairs } from './parse.ts';

const cases: [string, string, string[]][] = [
  // past: the latest such day on or before the reference
  ['Top US diplomat John Kerry flew into Russia Thursday to press President Vladimir Putin.', '2016-07-14', ['Thursday=2016-07-14']],
  ['Kerry held a first three hours of talks with President Vladimir Putin late Thursday and on Friday was due for a second round with Foreign Minister Sergei Lavrov.', '2016-07-15', ['Thursday=2016-07-14', 'on Friday=2016-07-15']],
  ['Moscow said on Monday that Friday’s talks should not take place until the terror blacklist is agreed.', '2015-12-15', ['on Monday=2015-12-14', 'Friday=2015-12-18']],
  ['Assad himself appeared to cast doubt on the very idea of peace talks on Friday, saying he would not negotiate with armed groups.', '2015-12-15', ['on Friday=2015-12-11']],
  ['At least 30 people were killed on Sunday when a car bomb exploded in Homs.', '2016-07-14', ['on Sunday=2016-07-10']],
  ['Rebels said on Wednesday they had retaken the town.', '2016-07-14', ['on Wednesday=2016-07-13']],
  // future: the next one, on or after the reference
  ['Kerry and the UN envoy for Syria want to hold the next round of talks on Friday in New York.', '2015-12-15', ['on Friday=2015-12-18']],
  ['The next meeting of the International Syria Support Group (ISSG) would be held on Friday in New York.', '2015-12-15', ['on Friday=2015-12-18']],
  ['"It is our expectation that this meeting will go forward on Friday," a senior US official told reporters.', '2015-12-15', ['on Friday=2015-12-18']],
  ['Top US diplomat John Kerry was to hold a second day of talks in Moscow on Friday.', '2016-07-15', ['on Friday=2016-07-15']],
  ['The foreign ministers are due to meet in Vienna on Monday.', '2016-07-14', ['on Monday=2016-07-18']],
  ['Lavrov said Moscow plans to send a delegation to Geneva on Tuesday.', '2016-07-14', ['on Tuesday=2016-07-19']],
  // months
  ['A landmark partial ceasefire they brokered in February has since all but collapsed.', '2016-07-14', ['February=2016-02']],
  ['IS group fighters were forced out of Palmyra by Syrian regime forces in March with Russian backing.', '2016-07-14', ['March=2016-03']],
  ['The talks "have a target date of August," de Mistura said.', '2016-07-14', ['August=2016-08']],
  ['The ceasefire agreed in November was broken within days.', '2016-01-10', ['November=2015-11']],
  ['Elections will be held in June under the UN plan.', '2016-07-14', ['June=2017-06']],
];
for (const [sentence, ref, want] of cases) {
  test(`${ref}: ${sentence.slice(0, 60)}`, () => assert.equal(pairs(sentence, ref), want));
}

test.run();
