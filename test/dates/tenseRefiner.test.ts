// Bare weekdays and year-less months, placed by the tense of their clause. References: Thursday
// 14 July 2016, Friday 15 July 2016, Tuesday 15 December 2015.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { pairs } from './parse.ts';

const cases: [string, string, string[]][] = [
  // past: the latest such day on or before the reference
  [
    'Top US diplomat John Kerry flew into Russia Thursday to press President Vladimir Putin.',
    '2016-07-14',
    ['Thursday=2016-07-14'],
  ],
  [
    'Kerry held a first three hours of talks with President Vladimir Putin late Thursday and on Friday was due for a second round with Foreign Minister Sergei Lavrov.',
    '2016-07-15',
    ['Thursday=2016-07-14', 'on Friday=2016-07-15'],
  ],
  [
    'Moscow said on Monday that Friday’s talks should not take place until the terror blacklist is agreed.',
    '2015-12-15',
    ['on Monday=2015-12-14', 'Friday=2015-12-18'],
  ],
  [
    'Assad himself appeared to cast doubt on the very idea of peace talks on Friday, saying he would not negotiate with armed groups.',
    '2015-12-15',
    ['on Friday=2015-12-11'],
  ],
  [
    'At least 30 people were killed on Sunday when a car bomb exploded in Homs.',
    '2016-07-14',
    ['on Sunday=2016-07-10'],
  ],
  ['Rebels said on Wednesday they had retaken the town.', '2016-07-14', ['on Wednesday=2016-07-13']],
  // future: the next one, on or after the reference
  [
    'Kerry and the UN envoy for Syria want to hold the next round of talks on Friday in New York.',
    '2015-12-15',
    ['on Friday=2015-12-18'],
  ],
  [
    'The next meeting of the International Syria Support Group (ISSG) would be held on Friday in New York.',
    '2015-12-15',
    ['on Friday=2015-12-18'],
  ],
  [
    '"It is our expectation that this meeting will go forward on Friday," a senior US official told reporters.',
    '2015-12-15',
    ['on Friday=2015-12-18'],
  ],
  [
    'Top US diplomat John Kerry was to hold a second day of talks in Moscow on Friday.',
    '2016-07-15',
    ['on Friday=2016-07-15'],
  ],
  ['The foreign ministers are due to meet in Vienna on Monday.', '2016-07-14', ['on Monday=2016-07-18']],
  ['Lavrov said Moscow plans to send a delegation to Geneva on Tuesday.', '2016-07-14', ['on Tuesday=2016-07-19']],
  // future forms: "is expected to", "is due to", "are set to", "plans to", "will"
  [
    'The Security Council is expected to vote on the resolution on Wednesday.',
    '2016-09-12',
    ['on Wednesday=2016-09-14'],
  ],
  [
    'Aid convoys are set to enter eastern Aleppo on Thursday, a UN spokesman said.',
    '2016-09-12',
    ['on Thursday=2016-09-15'],
  ],
  [
    'Kerry was due to fly to Brussels on Friday to show solidarity with Belgium.',
    '2016-03-24',
    ['on Friday=2016-03-25'],
  ],
  ['The opposition plans to announce its delegation on Saturday.', '2016-09-12', ['on Saturday=2016-09-17']],
  [
    'De Mistura said aid convoys could move to Aleppo as early as Wednesday if the calm held.',
    '2016-09-12',
    ['Wednesday=2016-09-14'],
  ],
  // the scheduled present and the start of what is to come
  [
    'He urged them to clinch a deal before the Eid al-Adha holiday, which begins on Monday.',
    '2016-09-09',
    ['on Monday=2016-09-12'],
  ],
  ['Under the agreement, the ceasefire takes effect at sunset on Monday.', '2016-09-10', ['on Monday=2016-09-12']],
  ['The talks reconvene in Geneva on Tuesday after a week-long pause.', '2016-03-24', ['on Tuesday=2016-03-29']],
  ['The new curfew applies from Sunday, the interior ministry said.', '2016-07-14', ['Sunday=2016-07-17']],
  ['US, Russia strike deal on Syria ceasefire from Monday', '2016-09-10', ['Monday=2016-09-12']],
  [
    'They announced early Saturday a deal to halt the fighting in Syria from Monday.',
    '2016-09-10',
    ['Saturday=2016-09-10', 'Monday=2016-09-12'],
  ],
  [
    'Kerry is meeting Lavrov in Geneva on Friday, a State Department spokesman said.',
    '2016-09-07',
    ['on Friday=2016-09-09'],
  ],
  ['Rebels have until Friday to leave the town under the deal.', '2016-09-14', ['Friday=2016-09-16']],
  ['Foreign ministers will meet in New York on Friday to review the truce.', '2016-09-14', ['on Friday=2016-09-16']],
  ['Kerry heads to Geneva on Thursday for talks with Lavrov.', '2016-09-14', ['on Thursday=2016-09-15']],
  ['He said aid would start flowing on Thursday if the truce held.', '2016-09-14', ['on Thursday=2016-09-15']],
  // what was, even near a future verb
  ["Sunday's deadline passed without a deal.", '2016-09-14', ['Sunday=2016-09-11']],
  [
    'The deal, announced in Geneva on Saturday, calls for a halt to air strikes.',
    '2016-09-14',
    ['on Saturday=2016-09-10'],
  ],
  ['Lavrov, speaking on Tuesday, said the deal was working.', '2016-09-14', ['on Tuesday=2016-09-13']],
  ['Kerry flew to Moscow on Thursday to meet Putin.', '2016-07-15', ['on Thursday=2016-07-14']],
  ['The fighting raged from Monday to Wednesday, monitors said.', '2016-07-14', ['Monday to Wednesday=2016-07-11']],
  [
    'No civilians had been killed since it began at 7 p.m. on Monday.',
    '2016-09-13',
    ['at 7 p.m. on Monday=2016-09-12'],
  ],
  ['The rebels have held the ridge since Sunday.', '2016-07-14', ['Sunday=2016-07-10']],
  ['The talks did not begin on Monday as planned.', '2016-07-14', ['on Monday=2016-07-11']],
  // a possessive weekday: an attack has happened whatever the sentence's tense
  [
    "Kerry was due to fly to Brussels on Friday to show solidarity after Tuesday's bombings at the airport.",
    '2016-03-24',
    ['on Friday=2016-03-25', 'Tuesday=2016-03-22'],
  ],
  [
    'The minister will visit the victims of Sunday\u2019s suicide attack on Thursday.',
    '2016-07-12',
    ['Sunday=2016-07-10', 'on Thursday=2016-07-14'],
  ],
  ["Ahead of Friday's talks, Kerry spoke to Lavrov by phone.", '2016-09-07', ['Friday=2016-09-09']],
  ["Kerry hailed Monday's talks as a breakthrough.", '2016-09-14', ['Monday=2016-09-12']],
  // months
  [
    'A landmark partial ceasefire they brokered in February has since all but collapsed.',
    '2016-07-14',
    ['February=2016-02'],
  ],
  [
    'IS group fighters were forced out of Palmyra by Syrian regime forces in March with Russian backing.',
    '2016-07-14',
    ['March=2016-03'],
  ],
  ['The talks "have a target date of August," de Mistura said.', '2016-07-14', ['August=2016-08']],
  ['Lavrov and Kerry Set August Target for Syria Transition', '2016-03-25', ['August=2016-08']],
  ['Diplomats fear the parties will miss the December deadline.', '2016-03-25', ['December=2016-12']],
  ['The ceasefire agreed in November was broken within days.', '2016-01-10', ['November=2015-11']],
  ['Elections will be held in June under the UN plan.', '2016-07-14', ['June=2017-06']],
];
for (const [sentence, ref, want] of cases) {
  test(`${ref}: ${sentence.slice(0, 60)}`, () => assert.equal(pairs(sentence, ref), want));
}

test.run();
