// People counted by what they need (aid, help, protection): affected.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { brief, figuresIn } from './extract.ts';

const cases: [string, string[]][] = [
  ['Some 13.5 million Syrians inside the country need humanitarian assistance.', ['13500000 about affected']],
  [
    'An estimated 6 million children in Syria require urgent humanitarian aid, UNICEF said.',
    ['6000000 about affected'],
  ],
  ['More than 4 million people across the region depend on food aid.', ['4000000 more than affected']],
  ['Nearly 300,000 people are in dire need of medical assistance, the WHO warned.', ['300000 about affected']],
  ['Some 4.6 million people live in hard-to-reach areas.', ['4600000 about affected']],
  ['An estimated 400,000 people live under siege, according to the UN.', ['400000 about affected']],
];
for (const [sentence, want] of cases) test(sentence.slice(0, 60), () => assert.equal(brief(sentence), want));

test('surface is the figure and its people', () => {
  const [r] = figuresIn('Some 13.5 million Syrians inside the country need humanitarian assistance.');
  assert.equal([r.surface, r.victims, r.parser], ['Some 13.5 million Syrians', 'Syrians', 'peopleInNeed']);
});

test('a need that is not aid is no figure', () => {
  assert.equal(brief('About 20 people need visas to attend the talks.'), []);
  assert.equal(brief('The 17 delegations need more time to agree.'), []);
});

test.run();
