// Negatives: verbs that report a proposal also report claims and hopes ("suggested the cargo had
// caught fire", "agreed that the strike was a war crime", "hoped the truce would hold"), and
// refusals to talk about something set no condition. Each beside the proposal the same verb can
// state, so that the rule, not the verb, is tested.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { one } from './extract.ts';

const none = [
  'Moscow has denied any involvement, and the ministry suggested the cargo had caught fire.',
  'Russia suggested the convoy had been hit by a rebel mortar.',
  'The Kremlin suggested that rebel shelling was to blame for the blaze.',
  'Lavrov suggested the rebels may have staged the attack.',
  'Russia suggested the trucks caught fire on their own.',
  'The United States said it had agreed with the findings of UN investigators.',
  'The ministers agreed that the attack was a war crime.',
  'Kerry hoped the truce would hold.',
  'Diplomats hoped the ceasefire would last through the weekend.',
  'The spokesman declined to comment until the investigation was complete.',
  'The minister would not comment before the meeting.',
  'The opposition will not attend talks before Friday.',
  'Kerry refused to discuss the plan in detail until he had met Lavrov.',
  'A senior official spoke on condition of anonymity.',
  'The Security Council adopted a resolution on Syria.',
];
for (const sentence of none) test(`no proposal: ${sentence.slice(0, 60)}`, () => assert.equal(one(sentence), []));

const some = [
  'Russia suggested a 48-hour humanitarian pause in eastern Aleppo.',
  'Lavrov suggested the talks resume in Geneva next month.',
  'Moscow suggested a joint investigation into the convoy attack.',
  'Washington proposed a demilitarised zone around the Castello Road.',
  'The ministers agreed that a ceasefire should take effect within a week.',
  'Russia proposed that the ceasefire be extended by 72 hours.',
];
for (const sentence of some) test(`a proposal: ${sentence.slice(0, 60)}`, () => assert.is(one(sentence).length, 1));

test('a vetoed text still states a proposal: rejected, and not by the one who vetoed it', () => {
  const [p] = one('Russia vetoed a French resolution calling for a truce in Aleppo.');
  assert.equal([p.status, p.proposer === 'russia'], ['rejected', false]);
});

test.run();
