// Key slugs read as the proposal: content words in the text's order, no reporting verbs,
// pronouns, relative words or vague words; 2 to 5 words; unique.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { sameProposalKeys } from '../../transforms/proposals/sameProposalKeys.ts';
import { keyName } from '../../transforms/proposals/keyName.ts';
import { actorNames } from '../../transforms/proposals/actorNames.ts';
import { codebook } from './extract.ts';

const names = actorNames(codebook);
const key = (text: string, others: string[] = []) => sameProposalKeys([text, ...others], names)[0];
const parts = (k: string) => k.split('-').length;

test('the head words of the proposal, in the order the text says them', () => {
  assert.is(key('would set up a joint command and control centre in Jordan'), 'joint-command-control-centre');
  assert.is(key('demanded that Assad step down immediately'), 'assad-departure');
  assert.is(key('called for a cessation of hostilities across Syria within a week'), 'ceasefire-syria');
  assert.is(
    key('Moscow would be required to pressure its ally Syrian strongman Bashar al-Assad to ground his own jets'),
    'pressure-syrian-ground-jets',
  );
});

test('no reporting verbs, pronouns, relative or generic words', () => {
  for (const text of [
    'the text, which the men said would remain silent on whom the council would back, calls for talks on a transition',
    'Jordan, which is coordinating the list, said it would bring the groups to Vienna to draw up a list of terrorist groups',
    'announced that the two men hoped to keep the ceasefire in place',
  ]) {
    const k = key(text);
    assert.not.match(k, /\b(?:text|men|said|whom|silent|which|coordinating|bring|announced|two|hoped|it)\b/, k);
    assert.ok(parts(k) >= 2 && parts(k) <= 5, k);
  }
});

test('plural nouns in the singular; folded ideas keep their name', () => {
  assert.is(key('urged Damascus to issue the permits it has withheld for weeks'), 'damascus-issue-permit-withheld');
  assert.match(key('called for peace talks and elections'), /^talks-elections$/);
});

test('different proposals with the same words get different names; the same proposal one name', () => {
  const keys = sameProposalKeys(
    [
      'agreed to extend the truce by another 48 hours',
      'called for the ceasefire in Aleppo to be extended',
      'urged all sides to respect the truce',
      'agreed to extend the ceasefire for 72 hours',
    ],
    names,
  );
  assert.is(keys[0], keys[3]);
  assert.is.not(keys[0], keys[2]);
  for (const k of keys) assert.match(k, /^[a-z0-9]+(?:-[a-z0-9]+)*$/);
});

test('a clash of names adds the next distinguishing word, then a number', () => {
  const terms = [
    { stem: 'ceasefire', word: 'ceasefire', weight: 3, first: 0 },
    { stem: 'syria', word: 'syria', weight: 2, first: 1 },
    { stem: 'monitor', word: 'monitor', weight: 0.2, first: 2 },
  ];
  const used = new Set<string>();
  assert.is(keyName(terms, used), 'ceasefire-syria');
  assert.is(keyName(terms, used), 'ceasefire-syria-monitor');
  assert.is(keyName(terms, used), 'ceasefire-syria-monitor-2');
});

test.run();
