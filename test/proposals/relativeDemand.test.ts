// Demands told in a relative clause about their target: "Assad, whom X wants out", "whose
// departure X demands". The actors inside the clause propose; the target is the addressee.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { one } from './extract.ts';

const cases: [string, string, string][] = [
  ['The talks will not settle the fate of Assad, whom Saudi Arabia and Turkey want gone.', 'saudi-arabia', 'gone'],
  ['Assad, whom Washington has long wanted to step down, met Putin in Moscow.', 'united-states', 'want'],
  [
    'Assad, whose resignation the Syrian opposition has demanded since 2011, was not invited.',
    'syrian-opposition',
    'demanded',
  ],
];
for (const [sentence, proposer] of cases) {
  test(sentence.slice(0, 60), () => {
    const [p] = one(sentence);
    assert.ok(p, 'a proposal');
    assert.equal([p.parser, p.proposer, p.addressee], ['relativeDemand', proposer, 'bashar-al-assad']);
  });
}

const none = [
  'Assad, whom Putin met in Moscow last year, thanked Russia for its support.',
  'Assad, whose forces retook Palmyra in March, appeared on state television.',
  'Putin, who wants a bigger role in the Middle East, hosted Assad in Moscow.',
];
for (const sentence of none) test(`no demand: ${sentence.slice(0, 60)}`, () => assert.equal(one(sentence), []));

test.run();
