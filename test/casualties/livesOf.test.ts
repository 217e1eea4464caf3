// Lives taken, the figure after "the lives of".
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { brief, figuresIn } from './extract.ts';

const cases: [string, string[]][] = [
  ['The war has claimed the lives of over 250,000 people since 2011, the UN says.', ['250000 more than killed']],
  ['The blast took the lives of 12 children at a school in Idlib.', ['12 exact killed']],
  ['Shelling of the market, which cost the lives of at least 30 civilians, drew condemnation.', ['30 at least killed']],
  ['The fire in the camp claimed the lives of dozens.', ['12 exact killed']],
  // the codebook's "lives" after the figure is numberThenKind's
  ['The conflict has cost more than 250,000 lives.', ['250000 more than killed']],
  ['The war has claimed an estimated 470,000 lives, a think-tank said.', ['470000 about killed']],
];
for (const [sentence, want] of cases) test(sentence.slice(0, 60), () => assert.equal(brief(sentence), want));

test('victims and parser', () => {
  const [r] = figuresIn('The war has claimed the lives of over 250,000 people.');
  assert.equal([r.surface, r.victims, r.parser], ['claimed the lives of over 250,000 people', 'people', 'livesOf']);
});

test.run();
