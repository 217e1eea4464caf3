// How many days lie between what two articles report (null: it cannot be told).
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { reportedGap } from '../../transforms/events/dayRelation.ts';
import { epochDay, weekdayOf } from '../../transforms/events/reportedDays.ts';

const dated = (...isos: string[]) => {
  const days = new Set(isos.map((s) => epochDay(+s.slice(0, 4), +s.slice(5, 7), +s.slice(8, 10))));
  return { days, weekdays: new Set([...days].map(weekdayOf)) };
};
const undated = (...weekdays: number[]) => ({ days: new Set<number>(), weekdays: new Set(weekdays) });

test('dated articles: same day, a day apart, further', () => {
  assert.is(reportedGap(dated('2016-09-09'), dated('2016-09-10', '2016-09-09'), true), 0);
  assert.is(reportedGap(dated('2016-09-09'), dated('2016-09-10'), true), 1);
  assert.ok(reportedGap(dated('2016-09-10'), dated('2016-09-12'), true)! >= 2);
  assert.is(reportedGap(dated(), dated('2016-09-12'), true), null);
});

test('no shared day: as far apart as the newest days, so a look back does not make two reports near', () => {
  // A report of the second truce (10 Aug) that recalls the first one's start (5 Aug), against a
  // report of the first (4 Aug): six days apart, not one.
  assert.is(reportedGap(dated('2014-08-10', '2014-08-05'), dated('2014-08-04'), true), 6);
  assert.ok(reportedGap(dated('2014-08-10', '2014-08-05'), dated('2014-08-04'), true)! >= 2);
  assert.is(reportedGap(dated('2014-08-10', '2014-08-08'), dated('2014-08-12', '2014-08-08'), true), 0);
  assert.is(reportedGap(dated(), dated('2014-08-04'), true), null);
});

test('an undated article: weekdays only, Saturday next to Sunday', () => {
  assert.is(reportedGap(undated(2, 1), dated('2016-09-12'), false), 0);
  assert.ok(reportedGap(undated(2, 1), dated('2016-09-10'), false)! >= 2);
  assert.is(reportedGap(undated(6), undated(0), false), 1);
  assert.is(reportedGap(undated(), dated('2016-09-10'), false), null);
});

test.run();
