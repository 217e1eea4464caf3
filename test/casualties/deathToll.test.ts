import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { brief, figuresIn } from './extract.ts';

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
  // present tense and headlines; a toll "of" something long; a toll past a figure; a number put
  ['Flood death toll rises to 2,946', ['2946 exact killed']],
  ['Cyclone Death Toll Reaches 1,012', ['1012 exact killed']],
  [
    'The death toll from a powerful, shallow earthquake that struck the valley late on Friday has risen to 1,305.',
    ['1305 exact killed'],
  ],
  ["The death toll from Tuesday's magnitude 7.1 quake has climbed to at least 410.", ['410 at least killed']],
  ['By Sunday the toll had crossed 5,000, according to the ministry.', ['5000 more than killed']],
  ['Health officials put the number at 76 and said the toll would rise.', ['76 exact killed']],
];
for (const [sentence, want] of cases) test(sentence.slice(0, 60), () => assert.equal(brief(sentence), want));

test('a toll of something long shows the verb and its figure', () => {
  const rows = figuresIn('The death toll from the storm that flooded the delta on Monday has now climbed to 1,200.');
  assert.equal(
    rows.map((r) => r.surface),
    ['has now climbed to 1,200'],
  );
  assert.equal(
    figuresIn('The attack had a death toll of at least 30.').map((r) => r.surface),
    ['death toll of at least 30'],
  );
});

test('a toll with no amount, or a number of things, is no figure', () => {
  assert.equal(brief('The death toll is expected to rise.'), []);
  assert.equal(brief('The number of strikes rose to 50 on Tuesday.'), []);
  assert.equal(brief('The war has taken a heavy toll on the economy, costing $200 billion.'), []);
  assert.equal(brief('Organisers put the number at 20,000 marchers, police at 8,000.'), []);
  assert.equal(brief('The toll road from the port to the capital is 40 km long.'), []);
});

test.run();
