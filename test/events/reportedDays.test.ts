// The days a lead reports as having happened: past and present days, not the plans it announces.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { reportedDays, epochDay, weekdayOf } from '../../transforms/events/reportedDays.ts';

const iso = (days: Set<number>) => [...days].map((d) => new Date(d * 86_400_000).toISOString().slice(0, 10)).sort();

test('a deal announced on Saturday for a ceasefire from Monday reports Saturday only', () => {
  const text =
    'US, Russia strike deal on Syria ceasefire from Monday\n\nGENEVA (AFP) - The United States and Russia announced early Saturday a deal to halt the fighting in Syria from Monday. Under the agreement, a nationwide ceasefire will take effect at sundown on Monday.';
  assert.equal(iso(reportedDays(text, '2016-09-10').days), ['2016-09-10']);
});

test('the ceasefire taking effect reports Monday', () => {
  const text =
    'Syria truce takes effect\n\nA ceasefire brokered by the United States and Russia took effect across Syria at sundown on Monday, hours after Assad vowed to retake the country.';
  assert.equal(iso(reportedDays(text, '2016-09-12').days), ['2016-09-12']);
});

test('days more than a week back are background, not the event', () => {
  const text = 'Talks resume in Geneva\n\nDelegates met in Geneva on Friday, resuming talks suspended on 2 February.';
  assert.equal(iso(reportedDays(text, '2016-03-18').days), ['2016-03-18']);
});

test('a period named from the article ("last week", "this month") is no day it reports', () => {
  const text =
    'Deal reached on bailout\n\nLeaders reached a deal on Monday, after the premier faced a revolt in a vote last week and talks broke down last month.';
  assert.equal(iso(reportedDays(text, '2015-07-13').days), ['2015-07-13']);
  const weekend = 'Convoy halted\n\nThe convoy stopped on Saturday, a week after it set out.';
  assert.equal(iso(reportedDays(weekend, '2023-06-26').days), ['2023-06-24']);
});

test('an undated article keeps the weekdays of its past dates and the days it states in full', () => {
  const text =
    'Truce holds\n\nThe ceasefire largely held on Tuesday, its first full day, after it began on Monday. Aid will move on Thursday. The deal was struck on September 10, 2016.';
  const r = reportedDays(text, '');
  assert.equal([...r.weekdays].sort(), [1, 2, 6]);
  assert.equal(iso(r.days), ['2016-09-10']);
});

test('weekday of an epoch day', () => {
  assert.is(weekdayOf(epochDay(2016, 9, 12)), 1);
  assert.is(weekdayOf(epochDay(1969, 12, 28)), 0);
});

test.run();
