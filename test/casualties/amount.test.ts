// Amounts in digits, words, fractions and vague words, as docs/CONTRACT.md counts them.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { AMOUNT, amountValue } from '../../transforms/casualties/amount.ts';

const cases: [string, number][] = [
  ['12', 12],
  ['280,000', 280000],
  ['1.5 million', 1500000],
  ['4.8 million', 4800000],
  ['six', 6],
  ['twenty-five', 25],
  ['a dozen', 12],
  ['two dozen', 24],
  ['dozens', 12],
  ['scores', 20],
  ['hundreds', 100],
  ['several hundred', 100],
  ['a few thousand', 1000],
  ['thousands', 1000],
  ['tens of thousands', 10000],
  ['hundreds of thousands', 100000],
  ['millions', 1000000],
  ['half a million', 500000],
  ['a quarter of a million', 250000],
  ['a quarter million', 250000],
  ['three-quarters of a million', 750000],
  ['a third of a million', 333333],
  ['two and a half million', 2500000],
  ['one million', 1000000],
  ['a hundred', 100],
  ['11 million', 11000000],
];
for (const [text, value] of cases) {
  test(`${text} = ${value}`, () => {
    const m = new RegExp(AMOUNT, 'i').exec(text);
    assert.is(m?.[0], text);
    assert.is(amountValue(text), value);
  });
}

test('not amounts: compounds, percentages, parts of a population', () => {
  for (const text of ['17-nation', 'five-year-old', '61%', '20 percent', 'half the population']) {
    assert.is(new RegExp(`^${AMOUNT}$`, 'i').test(text), false, text);
  }
});

test.run();
