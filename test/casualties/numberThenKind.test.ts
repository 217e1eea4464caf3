import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { brief, figuresIn } from './extract.ts';

const cases: [string, string[]][] = [
  ['Syria\'s conflict has evolved into a multi-front war that has left more than 280,000 dead.', ['280000 more than killed']],
  ['Kerry spoke hours after at least 84 people were killed in an attack in Nice.', ['84 at least killed']],
  ['Nearly 400 civilians have been killed since the truce collapsed, monitors said.', ['400 about killed']],
  ['Some 4.8 million refugees have fled to neighbouring countries.', ['4800000 about displaced']],
  ['Between 10 and 15 soldiers were wounded in the ambush.', ['10 at least wounded']],
  ['Dozens of people were detained in the crackdown.', ['12 exact detained']],
  ['Dozens were detained after the protest, activists said.', ['12 exact detained']],
  ['Up to 300 people are missing after the boat capsized.', ['300 up to missing']],
  ['The five-year war in Syria has killed more than a quarter of a million people, according to UN estimates.', ['250000 more than killed']],
  ['Half a million people have been killed, a monitor estimates.', ['500000 exact killed']],
  ['About two dozen soldiers were wounded in the ambush.', ['24 about wounded']],
  ['Tens of thousands have fled to the Turkish border.', ['10000 exact displaced']],
  ['More than 400,000 people have died since 2011.', ['400000 more than killed']],
  ['Some 1.5 million people were forced to flee their homes in 2015.', ['1500000 about displaced']],
  ['A dozen fighters were arrested at the checkpoint.', ['12 exact detained']],
  ['Hundreds of thousands dead and millions displaced: the toll of the war.', ['100000 exact killed', '1000000 exact displaced']],
];
for (const [sentence, want] of cases) test(sentence.slice(0, 60), () => assert.equal(brief(sentence), want));

test('surface, offsets and victims', () => {
  const s = 'Kerry spoke hours after at least 84 people were killed in an attack in Nice.';
  const [r] = figuresIn('First sentence.', s);
  assert.is(r.surface, 'at least 84 people were killed');
  assert.is(`First sentence. ${s}`.slice(r.start ?? 0, r.end ?? 0), r.surface);
  assert.equal([r.victims, r.location, r.parser], ['people', 'Nice', 'numberThenKind']);
});

test.run();
