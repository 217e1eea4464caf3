// Calls in reported speech whose subject is a step of the process rather than a party: "the
// talks should resume", "the convoys must be allowed in", "the sieges must be lifted". A forecast
// about how the step will fare ("the truce should hold") is no call. Sentences of our own.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { one } from './extract.ts';

const cases: [string, string][] = [
  ['De Mistura said the negotiations, interrupted in February, should resume "without delay".', 'staffan-de-mistura'],
  ['Kerry said humanitarian deliveries must be allowed into Madaya and Zabadani.', 'john-kerry'],
  ['Turkey insisted that the sieges of Daraya and Moadamiya must be lifted.', 'turkey'],
  ['Lavrov said elections should take place within 18 months.', 'sergei-lavrov'],
  ['The Syrian opposition said the bombing of hospitals must stop before any talks.', 'syrian-opposition'],
];
for (const [sentence, proposer] of cases) {
  test(sentence.slice(0, 60), () => {
    const [p] = one(sentence);
    assert.ok(p, 'a proposal');
    assert.equal([p.parser, p.proposer], ['saysShould', proposer]);
  });
}

const none = [
  'Kerry said the truce should hold if both sides showed restraint.',
  'Lavrov said the talks should succeed this time.',
  'Analysts said the fighting should ease in the winter.',
  'De Mistura said the negotiations must have been difficult for both sides.',
];
for (const sentence of none) test(`no call: ${sentence.slice(0, 60)}`, () => assert.equal(one(sentence), []));

test.run();
