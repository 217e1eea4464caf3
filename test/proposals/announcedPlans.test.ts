// Plans announced for a time to come, in general news: reported "would"/"will" of a party ("the
// commission said it would declare the results on Sunday"), acts on the calendar ("is expected to
// sign the decree"), agreements with adjuncts or asides before what was agreed, and readiness to
// work with others. Sentences of our own, and for each family sentences that use its words and
// state no proposal (forecasts, judgements, refusals, stances).
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { one } from './extract.ts';

const cases: [string, string, string, RegExp][] = [
  // sentence, parser, proposer, summary
  [
    'Lavrov said Russia would send 40 trucks of flour to Deir ez-Zor next week.',
    'saysWould',
    'sergei-lavrov',
    /40 trucks/,
  ],
  ['The electoral commission said it would publish the final count on Monday.', 'saysWould', '', /final count/],
  ['Kerry said Obama would be sworn in again on January 20.', 'saysWould', 'john-kerry', /sworn in/],
  ['Putin is expected to sign the decree on Monday.', 'scheduled', 'vladimir-putin', /sign the decree/],
  ['Obama is likely to take the oath on the steps of the Capitol.', 'scheduled', 'barack-obama', /oath/],
  [
    'Obama and Putin agreed at their meeting in Lima on Sunday to reopen the consulates.',
    'agreedTo',
    'barack-obama',
    /reopen the consulates/,
  ],
  [
    'Russia and Turkey agreed, after long talks, that Turkey would reopen the crossing.',
    'agreedTo',
    'russia',
    /crossing/,
  ],
  ['Russia agreed to help rebuild the bridges of Raqqa.', 'agreedTo', 'russia', /rebuild the bridges/],
  [
    'Putin said he was ready to work with any country that fights terrorism.',
    'actorIntends',
    'vladimir-putin',
    /work with/,
  ],
];
for (const [sentence, parser, proposer, summary] of cases) {
  test(sentence.slice(0, 60), () => {
    const [p] = one(sentence);
    assert.ok(p, 'a proposal');
    assert.equal([p.parser, p.proposer ?? ''], [parser, proposer]);
    assert.match(p.surface ?? '', summary);
  });
}

const none = [
  // forecasts and judgements after "said ... would"
  'Lavrov said the truce would hold.',
  'Analysts said prices would fall after the vote.',
  'Kerry said it would take time to rebuild trust.',
  'Lavrov said the Syrian government would be difficult to persuade.',
  'Kerry said Russia would not accept the plan.',
  'Peskov told reporters that the two leaders would discuss all issues.',
  'The Free Syrian Army said it would study the text.',
  'The weather office said it would rain on Sunday.',
  // the party is no subject: a meeting of it
  'Lavrov said the next meeting of the United Nations would be held on Friday in Geneva.',
  // an undertaking with no day is no announcement
  'The army said it would observe a period of calm for seven days.',
  'Lavrov said Russia would send more trucks of flour to Deir ez-Zor.',
  // forecasts and stances on the calendar
  'Putin is expected to win the vote easily.',
  'The storm is expected to reach Aleppo on Monday.',
  'There was little sign that Assad was set to budge.',
  'The suspect is set to be arraigned on Wednesday.',
  // no act agreed, no partnership offered
  'Jordan agreed to help Washington pursue the peace plan.',
  'Putin wants to work hard.',
];
for (const sentence of none) test(`none: ${sentence.slice(0, 60)}`, () => assert.equal(one(sentence), []));

test.run();
