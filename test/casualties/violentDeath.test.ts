import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { brief } from './extract.ts';

const cases: [string, string[]][] = [
  ['A gunman shot dead six worshippers at a mosque on Friday.', ['6 exact killed']],
  ['Militants gunned down 14 farm labourers near the border.', ['14 exact killed']],
  ['He is accused of stabbing three tourists to death in the old town.', ['3 exact killed']],
  ['Police say the attacker shot dead nine, then fled.', ['9 exact killed']],
];
for (const [sentence, want] of cases) test(sentence.slice(0, 60), () => assert.equal(brief(sentence), want));

test('a manner with no death is no figure of the dead', () => {
  assert.equal(brief('Air defences shot down 12 drones overnight.'), []);
  assert.equal(brief('The player shot 3 goals in the second half.'), []);
});

test.run();
