// People counted among the casualties: "five children were among the dead", "the dead included ...".
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { brief, figuresIn } from './extract.ts';

const cases: [string, string[]][] = [
  ['Five children were among the dead, the health ministry said.', ['5 exact killed']],
  ['Two journalists are among the wounded, according to Reuters.', ['2 exact wounded']],
  ['At least three rescue workers were reportedly among the injured.', ['3 at least wounded']],
  ['There were five children among the dead.', ['5 exact killed']],
  ['The dead included five children and a doctor, activists said.', ['5 exact killed']],
  ['Those killed include 12 members of the same family.', ['12 exact killed']],
];
for (const [sentence, want] of cases) test(sentence.slice(0, 60), () => assert.equal(brief(sentence), want));

test('victims and parser', () => {
  const [r] = figuresIn('Five children were among the dead, the health ministry said.');
  assert.equal(
    [r.surface, r.victims, r.parser, r.source],
    ['Five children were among the dead', 'children', 'amongTheDead', 'the health ministry'],
  );
});

test('among what is no casualty term, no figure', () => {
  assert.equal(brief('Three women were among the speakers at the conference.'), []);
  assert.equal(brief('Two Syrians were among the winners of the prize.'), []);
});

test.run();
