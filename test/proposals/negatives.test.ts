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
  // Cues that were too broad, or phrasings that look like proposals and are not.
  'Kerry is to fly to Brussels on Friday.',
  'Moscow had set up a monitoring centre at its air base.',
  'A senior official, who briefed reporters on condition of anonymity, said the talks had been difficult.',
  '"We agreed on the need for a target date," Kerry told reporters.',
  'Lavrov told reporters he hoped the two sides could finish their work by Sunday.',
  'Polls suggested that most voters oppose sending troops.',
  'Aid trucks were ready to cross the border at dawn.',
  'Kerry wants to know what Moscow has in mind for the talks.',
  'Residents would have to walk for hours to find water.',
  'People want to go home, one resident said.',
  'Analysts said oil prices should fall next year.',
  'The minister told reporters to expect a statement later in the day.',
  'The siege could last as long as six months.',
  'Kerry and Lavrov failed to reach a deal on the future of Assad.',
  'An earlier truce brokered by the United Nations fell apart after two days.',
  'A ceasefire brokered by Washington and Moscow in February collapsed within weeks.',
  'There was no sign that Assad feels any pressure to agree to talks on a new government.',
  'Assad vowed to take back every part of the country.',
];
for (const sentence of none) test(`no proposal: ${sentence.slice(0, 60)}`, () => assert.equal(one(sentence), []));

test.run();
