import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { brief, figuresIn } from './extract.ts';

const cases: [string, string[]][] = [
  [
    'The war has killed more than 250,000 people and forced millions from their homes.',
    ['250000 more than killed', '1000000 exact displaced'],
  ],
  [
    'Fresh air strikes on two rebel-held neighbourhoods of Aleppo killed at least 12 civilians on Thursday.',
    ['12 at least killed'],
  ],
  ['The fighting has displaced an estimated 1.2 million people in Idlib province.', ['1200000 exact displaced']],
  ['A car bomb in Homs killed six on Sunday, state media said.', ['6 exact killed']],
  ['Police arrested around 40 protesters outside the embassy.', ['40 about detained']],
  [
    'The conflict has killed more than 290,000 people and driven about 11 million from their homes.',
    ['290000 more than killed', '11000000 about displaced'],
  ],
  ['The offensive has uprooted half a million civilians.', ['500000 exact displaced']],
  ['The blast wounded scores of bystanders.', ['20 exact wounded']],
  ['The blast wounded scores, witnesses said.', ['20 exact wounded']],
  // the present participle of a verb of harm
  ['A car bomb exploded near a checkpoint in Homs, killing at least 30 people.', ['30 at least killed']],
  ['A suicide bomber struck a market on Sunday, killing at least 30.', ['30 at least killed']],
  ['Shells hit a school in Aleppo, wounding dozens of children.', ['12 exact wounded']],
  ['The offensive has intensified, forcing tens of thousands from their homes.', ['10000 exact displaced']],
  ['Police moved in, arresting more than 100 protesters.', ['100 more than detained']],
  ['Rebels killed 62 government troops in the ambush.', ['62 exact killed']],
  ['A second blast wounded 100 more, police said.', ['100 exact wounded']],
  ['The bomb brought down the airliner, killing all 224 people on board.', ['224 exact killed']],
  ['The blast killed 12, injuring 145.', ['12 exact killed', '145 exact wounded']],
  ['The floods displaced 30,000 in three provinces.', ['30000 exact displaced']],
];
for (const [sentence, want] of cases) test(sentence.slice(0, 60), () => assert.equal(brief(sentence), want));

test('source and location kept with the figure', () => {
  const [r] = figuresIn(
    'Fresh air strikes on two rebel-held neighbourhoods of Aleppo killed at least 12 civilians on Thursday, the Syrian Observatory for Human Rights said.',
  );
  assert.equal(
    [r.surface, r.victims, r.location, r.source],
    ['killed at least 12 civilians', 'civilians', 'Aleppo', 'the Syrian Observatory for Human Rights'],
  );
});

test('a hedge in the next sentence is kept with the figure', () => {
  const [r] = figuresIn(
    'The war has left more than 280,000 dead by official UN estimates.',
    'The actual figure may be much higher.',
  );
  assert.equal(
    [r.figure, r.source, r.hedge],
    [280000, 'official UN estimates', 'The actual figure may be much higher.'],
  );
});

test('according to', () => {
  const [r] = figuresIn('At least 30 people were killed in the strike on the market, according to local activists.');
  assert.equal([r.figure, r.source, r.location], [30, 'local activists', '']);
});

test.run();
