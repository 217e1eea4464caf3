// A bare weekday's direction: forward in a future context, back for a past verb or a possessive
// weekday that names an event nobody schedules. Reference: Wednesday 13 July 2016.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { pairs } from './parse.ts';

const REF = '2016-07-13';
const cases: [string, string[]][] = [
  // future context: the next such day
  ['The two presidents will meet on Friday in Geneva.', ['on Friday=2016-07-15']],
  ['The envoy is due to visit the capital on Friday.', ['on Friday=2016-07-15']],
  ['The commission plans to publish its findings on Friday.', ['on Friday=2016-07-15']],
  // past verb: the last one
  ['Two police officers were shot dead on Friday.', ['on Friday=2016-07-08']],
  // a verb of agreeing or promising with no "to" after it is past: the day it was agreed, promised
  ['The truce agreed in Jeddah on Monday is holding, mediators said.', ['on Monday=2016-07-11']],
  ['Russia and the US agreed on Friday to a ceasefire.', ['on Friday=2016-07-08']],
  ['The minister pledged on Monday to rebuild the bridge.', ['on Monday=2016-07-11']],
  ['The cabinet decided on Tuesday to extend the curfew.', ['on Tuesday=2016-07-12']],
  // ... and with "to" right after it, what was agreed is ahead
  ['The two sides agreed to meet again on Friday.', ['on Friday=2016-07-15']],
  ['Hamas offered to free the hostages on Friday.', ['on Friday=2016-07-15']],
  // a possessive weekday naming what nobody schedules has happened, whatever the tense around it
  ['Engineers are still inspecting bridges damaged in Friday’s earthquake.', ['Friday=2016-07-08']],
  ['Aid will reach the survivors of Friday’s earthquake by road.', ['Friday=2016-07-08']],
  ['The death toll from Friday night’s attack climbs to 40.', ['Friday night=2016-07-08']],
  // negatives: a possessive weekday naming what can be scheduled follows its clause, and "from"
  // without a possessive still starts what is to come
  ['Friday’s vote will be closely watched.', ['Friday=2016-07-15']],
  ['The new fares apply from Friday.', ['Friday=2016-07-15']],
];

for (const [sentence, expected] of cases) {
  test(sentence, () => assert.equal(pairs(sentence, REF), expected));
}

test('a short aside in brackets before the day does not cut it from the verb that governs it', () => {
  const days = (sentence: string) => pairs(sentence, REF).map((p) => p.split('=')[1]);
  assert.equal(
    days('Both sides will observe a truce starting at 0600 GMT (2.00 a.m. EDT) on Friday, two diplomats said.'),
    ['2016-07-15'],
  );
  // a real clause in brackets still bounds: the aside's own past verb does not reach the day
  assert.equal(days('The fighting (which erupted again overnight) ended on Friday.'), ['2016-07-08']);
});

test.run();
