// How the days two articles report relate.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { dayRelation } from '../../transforms/events/dayRelation.ts';
import { epochDay, weekdayOf } from '../../transforms/events/reportedDays.ts';

const dated = (...isos: string[]) => {
  const days = new Set(isos.map((s) => epochDay(+s.slice(0, 4), +s.slice(5, 7), +s.slice(8, 10))));
  return { days, weekdays: new Set([...days].map(weekdayOf)) };
};
const undated = (...weekdays: number[]) => ({ days: new Set<number>(), weekdays: new Set(weekdays) });

test('dated articles: same day, a day apart, further', () => {
  assert.is(dayRelation(dated('2016-09-09'), dated('2016-09-10', '2016-09-09'), true), 'shared');
  assert.is(dayRelation(dated('2016-09-09'), dated('2016-09-10'), true), 'near');
  assert.is(dayRelation(dated('2016-09-10'), dated('2016-09-12'), true), 'apart');
  assert.is(dayRelation(dated(), dated('2016-09-12'), true), 'unknown');
});

test('an undated article: weekdays only, Saturday next to Sunday', () => {
  assert.is(dayRelation(undated(2, 1), dated('2016-09-12'), false), 'shared');
  assert.is(dayRelation(undated(2, 1), dated('2016-09-10'), false), 'apart');
  assert.is(dayRelation(undated(6), undated(0), false), 'near');
  assert.is(dayRelation(undated(), dated('2016-09-10'), false), 'unknown');
});

test.run();
