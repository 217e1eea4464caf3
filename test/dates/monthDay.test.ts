// A month and day without a year ("Feb. 25", "Sept 30", "25 February"), placed like a bare weekday
// by the tense of its clause: past -> the latest on or before the reference, future (schedules,
// deadlines, "from") -> the next on or after it, no cue -> the nearest. Abbreviated months with a
// full stop parse.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { pairs } from './parse.ts';

const cases: [string, string, string[]][] = [
  // past and perfect: earlier the same year, or last year when the date is still to come
  [
    'Russia began its air campaign in Syria on September 30, targeting rebel-held towns.',
    '2015-12-15',
    ['September 30=2015-09-30'],
  ],
  [
    'Since Sept. 30, Russian jets have flown more than 5,000 sorties, the defence ministry said.',
    '2015-12-15',
    ['Sept. 30=2015-09-30'],
  ],
  ['The Security Council unanimously adopted the resolution on Dec. 18.', '2016-01-10', ['Dec. 18=2015-12-18']],
  [
    'The talks, which opened on Jan. 29, were suspended on Feb. 3 amid a government offensive.',
    '2016-02-20',
    ['Jan. 29=2016-01-29', 'Feb. 3=2016-02-03'],
  ],
  [
    'Aid trucks reached the besieged town on 11 January, the first delivery in months.',
    '2016-02-20',
    ['on 11 January=2016-01-11'],
  ],
  ['A partial truce took hold on Feb 27 and has largely held, monitors say.', '2016-03-25', ['Feb 27=2016-02-27']],
  ['Opposition delegates arrived in Geneva on March 14, diplomats said.', '2016-03-25', ['March 14=2016-03-14']],
  ['The convoy was hit on Aug. 3 and again on Oct. 5.', '2016-10-10', ['Aug. 3=2016-08-03', 'Oct. 5=2016-10-05']],
  ['The monitor said 46 people had died in the province since Nov. 12.', '2016-01-05', ['Nov. 12=2015-11-12']],
  // future, schedules, deadlines, targets: the next one
  [
    'The government and the opposition must agree on a ceasefire by Feb. 25, the envoy said.',
    '2016-02-12',
    ['Feb. 25=2016-02-25'],
  ],
  ['Peace talks are set for Jan. 25 in Geneva, the United Nations said.', '2015-12-20', ['Jan. 25=2016-01-25']],
  ['The UN envoy wants the talks to begin on January 25.', '2015-12-20', ['January 25=2016-01-25']],
  ['The Secretary-General\u2019s report is due on March 1.', '2016-02-12', ['March 1=2016-03-01']],
  ['The truce will apply from Jan. 4, officials said.', '2015-12-28', ['Jan. 4=2016-01-04']],
  ['Ministers are scheduled to meet in Munich on Feb. 11 to review the plan.', '2016-01-30', ['Feb. 11=2016-02-11']],
  ['De Mistura urged both sides to return to Geneva on April 9.', '2016-03-25', ['April 9=2016-04-09']],
  // no cue: the nearest
  ['Geneva talks, Jan. 25: what is on the table', '2015-12-20', ['Jan. 25=2016-01-25']],
  ['Key dates: March 15, fifth anniversary of the uprising.', '2016-02-28', ['March 15=2016-03-15']],
  // a month-day modifying an event: the nearest, whatever the verb says of the event
  ['The Feb. 27 truce is fraying as fighting resumes around Aleppo.', '2016-03-25', ['Feb. 27=2016-02-27']],
  ['The Jan. 25 talks were postponed by a week, a UN spokesman said.', '2015-12-28', ['Jan. 25=2016-01-25']],
  ['Rebels have said they will not attend the March 14 talks.', '2016-02-10', ['March 14=2016-03-14']],
];
for (const [sentence, published, want] of cases) {
  test(`${published}: ${sentence.slice(0, 55)}`, () => assert.equal(pairs(sentence, published), want));
}

// chrono refuses a month-day before "am"/"pm"; "amid" is no time of day
test('a month-day before "amid" is still a date', () => {
  assert.equal(pairs('The talks were suspended on Feb. 3 amid a government offensive.', '2016-02-20'), [
    'Feb. 3=2016-02-03',
  ]);
  assert.equal(pairs('At least 12 people were killed on March 12 amid clashes near Aleppo.', '2016-03-20'), [
    'March 12=2016-03-12',
  ]);
});

test('a month-day is a day, anchored to the reference', () => {
  assert.equal(pairs('Kerry arrived in Moscow on Sept. 30.', '2015-10-02'), ['Sept. 30=2015-09-30']);
});

test.run();
