// agreedTo, dealStruck, brokeredDeal and underTheDeal: agreements and their content.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { one, proposalsIn } from './extract.ts';

const cases: [string, string, string, string][] = [
  // sentence, parser, proposer, status
  [
    'Turkey agreed to open its air bases to coalition jets flying missions against Islamic State.',
    'agreedTo',
    'turkey',
    'agreed',
  ],
  ['Iran and Russia agreed on closer coordination of their forces around Aleppo.', 'agreedTo', 'iran', 'agreed'],
  ['Iran and Russia agreed on a joint plan to resupply the Syrian army around Aleppo.', 'dealStruck', 'iran', 'agreed'],
  ['Russia and Turkey struck a deal to create a buffer zone in Idlib province.', 'dealStruck', 'russia', 'agreed'],
  [
    'Jordan and the United States reached an agreement on a ceasefire in the south-west.',
    'dealStruck',
    'jordan',
    'agreed',
  ],
  ['A truce brokered by Turkey and Russia came into force at midnight.', 'brokeredDeal', 'turkey', 'agreed'],
  [
    'Under the Turkish proposal, Iran would oversee the evacuation of civilians from the town.',
    'underTheDeal',
    'iran',
    'proposed',
  ],
];
for (const [sentence, parser, proposer, status] of cases) {
  test(sentence.slice(0, 60), () => {
    const [p] = one(sentence);
    assert.ok(p, 'a proposal');
    assert.equal([p.parser, p.proposer, p.status], [parser, proposer, status]);
  });
}

test('an agreement still sought is proposed, not agreed', () => {
  const [p] = one('Diplomats from Russia and the United States are trying to reach a deal on a ceasefire in Aleppo.');
  assert.equal([p.parser, p.status], ['dealStruck', 'proposed']);
});

test('"Under the deal, ..." with no actor in its clause: the parties to the deal stated before', () => {
  const rows = proposalsIn([
    [
      'The United States and Russia struck a deal on Syria on Friday.',
      'Under the deal, rebels will hand over their heavy weapons and leave the town for Idlib.',
    ],
  ]);
  assert.is(rows.length, 2);
  assert.equal([rows[1].parser, rows[1].status], ['underTheDeal', 'agreed']);
  assert.ok(rows[1].summary?.startsWith('rebels will hand over'), rows[1].summary ?? '');
});

test.run();
