// A part of a month ("late January", "mid-February", "the end of September", "the start of the
// month") is the month; a named month without a year is placed by its clause's tense.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { datesIn, pairs } from './parse.ts';

const cases: [string, string, string[]][] = [
  // future clauses: a December article on talks in January means next January
  ['UN envoy Staffan de Mistura hopes to convene the talks in late January.', '2015-12-20', ['late January=2016-01']],
  ['Negotiations are expected to start in early January, diplomats said.', '2015-12-18', ['early January=2016-01']],
  ['The two sides are due to meet again by the end of January.', '2015-12-14', ['the end of January=2016-01']],
  // past clauses: earlier the same year
  [
    'Government forces launched the offensive in early February, cutting the rebels\u2019 supply line.',
    '2016-07-14',
    ['early February=2016-02'],
  ],
  ['Food reached Madaya in mid-January after weeks of negotiations.', '2016-02-15', ['mid-January=2016-01']],
  ['Aid reached the town in mid January, the Red Cross said.', '2016-02-15', ['mid January=2016-01']],
  ['Russia began its air campaign at the end of September.', '2015-11-14', ['the end of September=2015-09']],
  ['Fighting intensified in late December, the monitor said.', '2016-01-20', ['late December=2015-12']],
  // a year stated
  ['The uprising began in early March 2011 with protests in Deraa.', '2016-07-14', ['early March 2011=2011-03']],
  // the reference's month and its neighbours
  ['The ceasefire was agreed at the start of the month in Munich.', '2016-02-25', ['the start of the month=2016-02']],
  ['The convoys should reach Aleppo before the end of the month.', '2016-09-14', ['the end of the month=2016-09']],
  ['The truce collapsed at the end of last month.', '2016-07-14', ['the end of last month=2016-06']],
  ['Talks could resume early next month, a diplomat said.', '2016-07-14', ['early next month=2016-08']],
];
for (const [sentence, published, want] of cases) {
  test(`${published}: ${sentence.slice(0, 55)}`, () => assert.equal(pairs(sentence, published), want));
}

test('a part of a month has month granularity', () => {
  const [d] = datesIn('Talks are to resume in late January.', '2015-12-20');
  assert.equal([d.granularity, d.anchor], ['month', 'published']);
  const [e] = datesIn('The uprising began in early March 2011.', '2016-07-14');
  assert.equal([e.granularity, e.anchor], ['month', 'absolute']);
});

test.run();
