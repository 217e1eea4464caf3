import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { datesIn, pairs } from './parse.ts';

const cases: [string, string[]][] = [
  ["Syria's conflict began in 2011 with the repression of anti-government demonstrations.", ['in 2011=2011']],
  ['The two countries have not held talks since 2012, officials said.', ['since 2012=2012']],
  ['The group aims to double its membership by 2020.', ['by 2020=2020']],
  ['Fighting in the north intensified during 2015 and early 2016.', ['during 2015=2015', 'early 2016=2016']],
];
for (const [sentence, want] of cases) {
  test(`year: ${sentence.slice(0, 50)}`, () => assert.equal(pairs(sentence, '2016-07-14'), want));
}

test('a stated year is absolute, with year granularity, and keeps its offsets', () => {
  const s = 'The war began in 2011.';
  const [d] = datesIn(s, '2016-07-14');
  assert.equal([d.granularity, d.anchor], ['year', 'absolute']);
  assert.is(s.slice(d.start, d.start + d.surface.length), 'in 2011');
});

test.run();
