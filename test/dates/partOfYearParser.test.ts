import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { pairs } from './parse.ts';

const cases: [string, string[]][] = [
  [
    'The Islamic State group seized control of large parts of Syria and neighbouring Iraq in mid-2014.',
    ['mid-2014=2014'],
  ],
  ['Russia began its air campaign in late 2015, officials said.', ['late 2015=2015']],
  ['The plan was first floated at the end of 2015.', ['the end of 2015=2015']],
  ['Talks collapsed in early 2016 amid heavy fighting.', ['early 2016=2016']],
];
for (const [sentence, want] of cases) {
  test(`part of year: ${sentence.slice(0, 50)}`, () => assert.equal(pairs(sentence, '2016-07-14'), want));
}

test.run();
