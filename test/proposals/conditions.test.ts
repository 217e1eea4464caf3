// Conditions put as refusals ("until", "unless", "before" a clause) and conditions named as such
// ("as a precondition for talks"). Sentences of our own.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { one } from './extract.ts';

const cases: [string, string, string, string][] = [
  // sentence, parser, proposer, cue
  [
    'The opposition refused to return to Geneva unless the bombing of civilians stopped.',
    'notUntil',
    'syrian-opposition',
    'unless',
  ],
  [
    "The rebels won't negotiate before the sieges are lifted, their spokesman said.",
    'notUntil',
    'syrian-opposition',
    'before',
  ],
  ['There can be no talks until Assad goes, the Syrian opposition said.', 'notUntil', 'syrian-opposition', 'until'],
  [
    'Turkey would not join the coalition unless Kurdish fighters withdrew east of the Euphrates.',
    'notUntil',
    'turkey',
    'unless',
  ],
  [
    'The High Negotiations Committee set the lifting of sieges as a precondition for talks.',
    'precondition',
    'high-negotiations-committee',
    'precondition',
  ],
  ['Russia made an end to US support for the rebels a condition of any deal.', 'precondition', 'russia', 'condition'],
];
for (const [sentence, parser, proposer, cue] of cases) {
  test(sentence.slice(0, 60), () => {
    const [p] = one(sentence);
    assert.ok(p, 'a proposal');
    assert.equal([p.parser, p.proposer, p.cue], [parser, proposer, cue]);
  });
}

test('the content of a precondition is the thing set as one', () => {
  const [p] = one('The High Negotiations Committee set the lifting of sieges as a precondition for talks.');
  assert.ok(p.summary?.startsWith('the lifting of sieges'), p.summary ?? '');
});

test.run();
