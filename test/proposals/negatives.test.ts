// Sentences with a cue word that state no proposal.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { one } from './extract.ts';

const none = [
  'Kerry in Moscow to push Syrian peace plan',
  'Little filtered out about the meeting, but Kerry\'s spokesman said he would "explore initiatives in more detail" with Lavrov.',
  'Russia, which has dispatched air and naval forces to protect Assad, has agreed to help Washington pursue the peace plan.',
  'They insist Russia has committed to a political transition to end the war.',
  'Kremlin spokesman Dmitry Peskov also declined to comment on the report before Moscow had seen what Washington had to offer.',
  'The talks "have a target date of August," de Mistura said, adding that they need to be "a credible beginning of a roadmap towards a political transition."',
  'Fresh air strikes on two rebel-held neighbourhoods of Aleppo killed at least 12 civilians on Thursday.',
];
for (const sentence of none) test(`no proposal: ${sentence.slice(0, 60)}`, () => assert.equal(one(sentence), []));

test.run();
