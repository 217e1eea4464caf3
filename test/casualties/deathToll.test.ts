import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { brief } from './extract.ts';

const cases: [string, string[]][] = [
  ['The death toll from the truck attack rose to 84, officials said.', ['84 exact killed']],
  ['The toll now stands at more than 470,000, according to one monitoring group.', ['470000 more than killed']],
  ['The attack, which had a death toll of at least 30, was claimed by IS.', ['30 at least killed']],
];
for (const [sentence, want] of cases) test(sentence.slice(0, 60), () => assert.equal(brief(sentence), want));

test.run();
