// A month or month-day written without a year: the nearest occurrence, unless a cue that governs
// the date itself says past or future (its own preposition, its own verb, a deadline on an event
// to come, the verb of the event it modifies). A governing cue counts within about nine months of
// the reference, a decisive one anywhere.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { pairs } from './parse.ts';
import { monthCue } from '../../transforms/dates/tense/monthCue.ts';

const cases: [string, string, string[]][] = [
  // a deadline on an event to come: ahead, whatever the verbs of reporting and judging say
  ['Diplomats said a resumption of talks before Feb. 25 looked unlikely.', '2016-02-12', ['Feb. 25=2016-02-25']],
  ['Officials said a vote before March 3 was unlikely.', '2016-02-20', ['March 3=2016-03-03']],
  ['A deal by Feb. 25 seemed out of reach, diplomats said.', '2016-02-12', ['Feb. 25=2016-02-25']],
  [
    'Western diplomats said a withdrawal no later than Jan. 15 appeared improbable.',
    '2015-12-20',
    ['Jan. 15=2016-01-15'],
  ],
  [
    'The opposition said it would not attend talks before Jan. 25 unless the bombing stopped.',
    '2016-01-10',
    ['Jan. 25=2016-01-25'],
  ],
  [
    'The vote on the resolution, expected before Christmas, was delayed until Jan. 5.',
    '2015-12-28',
    ['Jan. 5=2016-01-05'],
  ],
  ['The truce was extended to March 1 after a night of talks.', '2016-02-20', ['March 1=2016-03-01']],
  ['A truce until Jan. 10 was agreed on Tuesday.', '2015-12-30', ['Jan. 10=2016-01-10', 'on Tuesday=2015-12-29']],
  // a wish or a plan, also inside quotation marks
  [
    'The envoy said he hoped to bring the sides together in Geneva "by late January".',
    '2015-12-18',
    ['late January=2016-01'],
  ],
  [
    'The envoy said he hoped to bring the sides together in Geneva "by January 25".',
    '2015-12-18',
    ['January 25=2016-01-25'],
  ],
  ['He said he wanted the sides in Geneva "before the end of January".', '2015-12-18', ['the end of January=2016-01']],
  ['Moscow hopes to hold a vote in April, a diplomat said.', '2016-02-10', ['April=2016-04']],
  [
    'Aid deliveries resumed in January and will continue until March.',
    '2016-02-10',
    ['January=2016-01', 'March=2016-03'],
  ],
  // "since" and the perfect look back; "the start of" is a noun, no plan
  [
    'Russian aircraft have flown 5,000 sorties since the start of the operation on September 30, the ministry said.',
    '2015-12-19',
    ['September 30=2015-09-30'],
  ],
  [
    'Since the start of its campaign on Sept. 30, Russia has struck thousands of targets.',
    '2016-02-10',
    ['Sept. 30=2015-09-30'],
  ],
  ['The ministry said the start of the withdrawal on March 15 went smoothly.', '2016-03-20', ['March 15=2016-03-15']],
  ['Since January, more than 1,000 people have been killed in the province.', '2016-07-14', ['January=2016-01']],
  // the date's own verb, or the first verb after a fronted date
  ['The group, driven from Palmyra in March, has regrouped in the desert.', '2016-12-10', ['March=2016-03']],
  ['Rebels withdrew from the town in October under a local truce.', '2016-07-10', ['October=2015-10']],
  [
    'The government offensive, launched in October, has recaptured dozens of villages.',
    '2016-02-10',
    ['October=2015-10'],
  ],
  ['In November, Russia launched cruise missiles from the Caspian Sea.', '2016-07-14', ['November=2015-11']],
  ['On Dec. 18, the Security Council adopted a resolution endorsing the plan.', '2016-02-14', ['Dec. 18=2015-12-18']],
  ['The ministry said on Sept. 30 that its jets had hit 20 targets.', '2015-10-05', ['Sept. 30=2015-09-30']],
  [
    'The talks ended on Dec. 18 without agreement, and a new round will start on Jan. 25.',
    '2015-12-28',
    ['Dec. 18=2015-12-18', 'Jan. 25=2016-01-25'],
  ],
  ['Delegations are expected in Geneva on Jan. 29, a UN spokesman said.', '2016-01-20', ['Jan. 29=2016-01-29']],
  ['The ministry said in a statement on Oct. 7 that 40 targets had been hit.', '2016-05-10', ['Oct. 7=2015-10-07']],
  ['Kerry told reporters on Oct. 7 that the talks had failed.', '2016-05-10', ['Oct. 7=2015-10-07']],
  ['Putin said in October that Russia would not send ground troops.', '2016-05-10', ['October=2015-10']],
  [
    'Under the timetable, elections are to be held within 18 months, with a new constitution by August.',
    '2016-02-14',
    ['August=2016-08'],
  ],
  // a month modifying an event: the verb of the event's own predicate or relative clause
  [
    'The cessation of hostilities is the second in Syria, after a February truce that collapsed within weeks.',
    '2016-09-13',
    ['February=2016-02'],
  ],
  ['Kerry hailed the March talks, which will open in Geneva.', '2016-02-10', ['March=2016-03']],
  ['The Munich agreement of Feb. 12 called for a cessation of hostilities.', '2016-09-10', ['Feb. 12=2016-02-12']],
];
for (const [sentence, published, want] of cases) {
  test(`${published}: ${sentence.slice(0, 60)}`, () => assert.equal(pairs(sentence, published), want));
}

// a decisive cue places the date even far from the reference; a governing one only near it
const far: [string, string, string[]][] = [
  ['Elections will be held in June under the UN plan.', '2016-07-14', ['June=2017-06']],
  ['Russia has kept its jets in Syria since August, the ministry said.', '2016-07-14', ['August=2015-08']],
  ['Food reached the besieged town in January, the first convoy in months.', '2015-12-10', ['January=2015-01']],
  // the same cues far away give way to the nearest: a plan told in the past, a goal that may have
  // passed, a headline's present, a participle used as an adjective
  ['Talks that had been due to start on Jan. 25 were delayed.', '2016-02-10', ['Jan. 25=2016-01-25']],
  ['The deadline of Jan. 31 passed without a response.', '2016-02-10', ['Jan. 31=2016-01-31']],
  ['Syria talks resume in Geneva on Feb. 25', '2016-02-27', ['Feb. 25=2016-02-25']],
  ['The promised talks in January never took place.', '2015-12-20', ['January=2016-01']],
  ['The UN-backed talks in Geneva in late January will test the truce.', '2015-12-20', ['late January=2016-01']],
  [
    'The resolution adopted on Dec. 18 calls for talks in January.',
    '2015-12-28',
    ['Dec. 18=2015-12-18', 'January=2016-01'],
  ],
  ['The talks, originally scheduled for Jan. 25, were delayed.', '2016-02-10', ['Jan. 25=2016-01-25']],
  ['The election is scheduled for June.', '2016-07-14', ['June=2017-06']],
  // ...and stand when they fall near
  ['The opposition has set a deadline of Jan. 31 for the release of prisoners.', '2016-01-20', ['Jan. 31=2016-01-31']],
  ['The truce expires on March 1, officials said.', '2016-02-20', ['March 1=2016-03-01']],
];
for (const [sentence, published, want] of far) {
  test(`${published}: ${sentence.slice(0, 60)}`, () => assert.equal(pairs(sentence, published), want));
}

const cueOf = (sentence: string, date: string) => {
  const start = sentence.indexOf(date);
  const cue = monthCue(sentence, start, start + date.length);
  return cue && `${cue.tense}/${cue.strength}`;
};

test('the cue and its strength', () => {
  assert.equal(cueOf('Russia has kept its jets in Syria since August.', 'August'), 'past/decisive');
  assert.equal(cueOf('A ceasefire they brokered in February has collapsed.', 'February'), 'past/decisive');
  assert.equal(cueOf('Elections will be held in June.', 'June'), 'future/decisive');
  assert.equal(cueOf('The curfew applies from Jan. 4.', 'Jan. 4'), 'future/governing');
  assert.equal(cueOf('A resumption of talks before Feb. 25 looked unlikely.', 'Feb. 25'), 'future/governing');
  assert.equal(cueOf('Fighters were forced out of Palmyra by the army in March.', 'March'), 'past/governing');
  assert.equal(cueOf('Talks had been due to start on Jan. 25.', 'Jan. 25'), 'future/governing');
});

test.run();
