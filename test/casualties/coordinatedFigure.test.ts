// Two figures that share one fate, and figures inside figures.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { brief, figuresIn } from './extract.ts';

const cases: [string, string[]][] = [
  [
    'The Syrian Observatory for Human Rights said at least 26 government soldiers and between 40 and 50 IS fighters were killed in fighting there on Wednesday.',
    ['26 at least killed', '40 at least killed'],
  ],
  [
    'Twelve policemen and three civilians were wounded when the bomb went off.',
    ['12 exact wounded', '3 exact wounded'],
  ],
  [
    'At least 58 people, including 13 children, were killed in air strikes on Idlib and Aleppo provinces on Saturday.',
    ['58 at least killed', '13 exact killed'],
  ],
  [
    'The strikes killed 21 civilians, including at least five children, rescuers said.',
    ['21 exact killed', '5 at least killed'],
  ],
  ['Some 3,000 soldiers, backed by Russian jets, killed dozens of rebels near Palmyra.', ['12 exact killed']],
  [
    "Nearly 12 million people, half the country's pre-war population, have been forced from their homes.",
    ['12000000 about displaced'],
  ],
  // the second of two coordinated subjects is one person: the first figure alone
  ['About 20 civilians and a Red Crescent staff member were killed in the strike on the convoy.', ['20 about killed']],
  ['At least 15 people and one rescue worker were wounded, the civil defence said.', ['15 at least wounded']],
  [
    '12 civilians and three rescue workers were wounded in the double-tap strike.',
    ['12 exact wounded', '3 exact wounded'],
  ],
  ['Seven soldiers and an army officer were captured and are missing.', []],
];
for (const [sentence, want] of cases) test(sentence.slice(0, 60), () => assert.equal(brief(sentence), want));

test('a figure with an aside: the surface is the figure and its people', () => {
  const rows = figuresIn('At least 58 people, including 13 children, were killed in air strikes on Saturday.');
  assert.equal(
    rows.map((r) => [r.surface, r.parser]),
    [
      ['At least 58 people', 'numberThenKind'],
      ['13 children', 'includedFigures'],
    ],
  );
});

test.run();
