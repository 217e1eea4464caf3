// Sentences close to plans, commitments and joint bodies that state no proposal.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { one } from './extract.ts';

const none = [
  'Kerry plans to travel to Geneva on Sunday.',
  'They insist Russia has committed to a political transition to end the war.',
  'Russia has set up a monitoring centre at its Hmeimim air base.',
  'Kerry said the truce would hold.',
  'Lavrov said talks could resume soon if the rebels agreed.',
  'The strike would be considered a war crime, the UN said.',
  'The proposal would be considered by the council next week.',
  'Rebels were preparing an offensive on the southern edge of the city.',
  'Government forces are assembling near the town of Rastan.',
  'Aid workers said the convoy planned to leave at dawn.',
  'Both you and Putin have committed yourselves to trying to find a way forward.',
];
for (const sentence of none) test(`no proposal: ${sentence.slice(0, 60)}`, () => assert.equal(one(sentence), []));

test.run();
