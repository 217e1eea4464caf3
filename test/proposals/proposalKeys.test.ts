import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { proposalsIn } from './extract.ts';

test('the same proposal in two articles gets the same readable key; a different one another', () => {
  const rows = proposalsIn([
    [
      'The Washington Post, citing a draft proposal from the United States, reported that US and Russian commanders would set up a joint command and control centre in Jordan.',
      'UN Syria envoy Staffan de Mistura urged Moscow and Washington to push for a resumption of the talks next month.',
    ],
    [
      'The Washington Post, citing a draft proposal from the United States, reported that the US and Russia could set up a joint command and control centre in Jordan.',
      'De Mistura urged Russia and the United States to push for a resumption of the talks next month.',
    ],
  ]);
  const [a1, a2, b1, b2] = rows.map((r) => r.proposal_key ?? '');
  assert.is(a1, b1);
  assert.is(a2, b2);
  assert.is.not(a1, a2);
  assert.match(a1, /^[a-z0-9]+(?:-[a-z0-9]+)+$/);
  assert.ok(/command|centre|jordan/.test(a1));
});

test('folded phrasings: "step down" and "be removed" are one idea', () => {
  const rows = proposalsIn([
    ['Both Russia and Iran have resisted all calls for Assad to be removed.'],
    ['The opposition leaders repeated their demand that Assad step down immediately.'],
  ]);
  assert.is(rows[0].proposal_key, rows[1].proposal_key);
});

test('one ceasefire in different words, one key; another proposal with the same actors, another key', () => {
  const rows = proposalsIn([
    ['Under the agreement, a nationwide truce will take effect at sundown on Monday.'],
    [
      'Russia and the United States announced a deal on Syria on Saturday.',
      'A cessation of hostilities is to begin across Syria at sundown on Monday.',
      'Moscow called on Washington to separate moderate rebels from Nusra fighters.',
    ],
    [
      'The United States and Russia struck a deal on Syria.',
      'Under the deal, a nationwide ceasefire starts on Monday at sundown.',
    ],
  ]);
  const key = (re: RegExp) => rows.find((r) => re.test(r.surface ?? ''))?.proposal_key;
  assert.is(key(/nationwide truce/), key(/cessation of hostilities/));
  assert.is(key(/nationwide truce/), key(/nationwide ceasefire starts/));
  assert.is.not(key(/nationwide truce/), key(/separate moderate rebels/));
});

test('a concession is not the demand it softens', () => {
  const rows = proposalsIn([
    ['The opposition repeated its demand that Assad step down immediately.'],
    ['US officials allowed that Assad would not have to resign on the first day of a transition.'],
  ]);
  assert.is.not(rows[0].proposal_key, rows[1].proposal_key);
  assert.is(rows[1].proposer, 'united-states');
});

test.run();
