// The second object of a verb of harm: "killed 64 Israeli soldiers and three civilians".
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { brief, figuresIn } from './extract.ts';

const cases: [string, string[]][] = [
  [
    'Hamas attacks have also killed 64 Israeli soldiers and three civilians in the past four weeks.',
    ['64 exact killed', '3 exact killed'],
  ],
  [
    'The blast wounded 12 police officers and about 30 protesters, officials said.',
    ['12 exact wounded', '30 about wounded'],
  ],
  ['Troops detained 40 students, and 12 journalists, rights groups said.', ['40 exact detained', '12 exact detained']],
  // negatives: a second verb of its own, a second "figure" that counts no people
  ['Police said the gunman killed 12 people and injured 30 others.', ['12 exact killed', '30 exact wounded']],
  ['The strike killed 64 soldiers and three days later the army withdrew.', ['64 exact killed']],
];
for (const [sentence, want] of cases) test(sentence.slice(0, 60), () => assert.equal(brief(sentence), want));

test('the row is the second figure, read by secondObject', () => {
  const rows = figuresIn('Rebel shelling killed 64 soldiers and three civilians on Sunday.');
  const second = rows.find((r) => r.figure === 3)!;
  assert.equal([second.surface, second.victims, second.parser], ['three civilians', 'civilians', 'secondObject']);
});

test('the killing of teens: a fate as a noun counts teenagers by any name', () => {
  assert.equal(
    brief('Israel launched the operation after the kidnapping and killing of three Israeli teens in June.'),
    ['3 exact killed'],
  );
});

test.run();
