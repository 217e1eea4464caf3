import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { brief } from './extract.ts';

const cases: [string, string[]][] = [
  ['The death toll from the truck attack rose to 84, officials said.', ['84 exact killed']],
  ['The toll now stands at more than 470,000, according to one monitoring group.', ['470000 more than killed']],
  ['The attack, which had a death toll of at least 30, was claimed by IS.', ['30 at least killed']],
  ['The death toll rose to 54, the Syrian Observatory said.', ['54 exact killed']],
  ["The death toll from Sunday's bombings climbed to more than 140.", ['140 more than killed']],
  ['The number of dead rose to 54 overnight, medics said.', ['54 exact killed']],
  // a toll moved by something else
  ['Another strike on Monday brought the death toll to 54, the monitor said.', ['54 exact killed']],
  [
    'Rescuers pulled more bodies from the rubble, raising the death toll from the attack to at least 61.',
    ['61 at least killed'],
  ],
  ['The new figures push the overall toll to nearly 500,000.', ['500000 about killed']],
];
for (const [sentence, want] of cases) test(sentence.slice(0, 60), () => assert.equal(brief(sentence), want));

test('a toll with no amount, or a number of things, is no figure', () => {
  assert.equal(brief('The death toll is expected to rise.'), []);
  assert.equal(brief('The number of strikes rose to 50 on Tuesday.'), []);
  assert.equal(brief('The war has taken a heavy toll on the economy, costing $200 billion.'), []);
});

test.run();
