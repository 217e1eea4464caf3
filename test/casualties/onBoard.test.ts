import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { brief } from './extract.ts';

const cases: [string, string[]][] = [
  ['A cargo ship with 21 crew members on board went missing off the coast.', ['21 exact missing']],
  ['A small plane carrying 12 passengers disappeared over the jungle on Sunday.', ['12 exact missing']],
  ['All 71 people aboard the airliner were killed when it crashed.', ['71 exact killed']],
];
for (const [sentence, want] of cases) test(sentence.slice(0, 60), () => assert.equal(brief(sentence), want));

test('a craft that arrived is no figure', () => {
  assert.equal(brief('The ferry, with 300 passengers on board, docked safely at dawn.'), []);
  assert.equal(brief('A bus carrying 40 pilgrims reached the shrine on Monday.'), []);
});

test.run();
