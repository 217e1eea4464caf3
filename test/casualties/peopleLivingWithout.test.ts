// People counted by how they live: under siege, without aid.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { brief, figuresIn } from './extract.ts';

const cases: [string, string[]][] = [
  [
    'The United Nations says some 275,000 people live there with little or no access to aid.',
    ['275000 about affected'],
  ],
  ['An estimated 250,000 people remain under siege in eastern Aleppo.', ['250000 about affected']],
  [
    'More than 300,000 people are living without running water or electricity, Unicef said.',
    ['300000 more than affected'],
  ],
  [
    'In exchange, Washington wants aid to reach eastern Aleppo, where some 250,000 people are trapped.',
    ['250000 about affected'],
  ],
];
for (const [sentence, want] of cases) test(sentence.slice(0, 60), () => assert.equal(brief(sentence), want));

test('the surface is the figure and its people', () => {
  const [r] = figuresIn('The United Nations says some 275,000 people live there with little or no access to aid.');
  assert.equal([r.surface, r.parser], ['some 275,000 people', 'peopleLivingWithout']);
});

test.run();
