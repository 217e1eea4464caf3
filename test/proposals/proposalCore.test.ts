import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { sameProposalKeys } from '../../transforms/proposals/sameProposalKeys.ts';
import { proposalCore, coresAgree } from '../../transforms/proposals/proposalCore.ts';
import { keyTerms } from '../../transforms/proposals/keyTerms.ts';

const core = (text: string) => proposalCore(keyTerms(text));

test('the core is the first content terms: the action and the head of its object', () => {
  assert.equal(core('reopen the northern border crossing to trucks').terms, ['reopen', 'northern', 'border']);
  assert.ok(coresAgree(core('reopen the northern border crossing'), core('reopen the border crossing at night')));
  assert.not.ok(coresAgree(core('ban cluster munitions'), core('compensate farmers for lost harvests')));
});

// Hand-made proposal tables: one event, two outlets, the same two parties in every row.
const event = (n: number) => Array.from({ length: n }, () => 'summit');

test('same event, same actors: a word both proposals share does not make them one', () => {
  const texts = [
    'reopen the naval hotline between the two navies',
    'hold more frequent contacts between the two navies',
    'reopen the naval hotline',
    'cut tariffs on steel imports',
  ];
  const keys = sameProposalKeys(texts, undefined, event(4), [], [], ['a', 'a', 'b', 'b']);
  assert.is(keys[0], keys[2]);
  assert.is.not(keys[0], keys[1]);
  assert.is.not(keys[0], keys[3]);
});

test('one article restates its proposal in other words: one key; states two: two keys', () => {
  const texts = [
    'lift the blockade of the port',
    'lifting the blockade of the port within a week',
    'inspect cargo ships leaving the port',
    'lift the port blockade',
  ];
  const keys = sameProposalKeys(texts, undefined, event(4), [], [], ['a', 'a', 'a', 'b']);
  assert.is(keys[0], keys[1]);
  assert.is(keys[0], keys[3]);
  assert.is.not(keys[0], keys[2]);
});

test('rows of one article do not chain through another outlet into one group', () => {
  // Outlet b's row shares words with both of outlet a's proposals; a's two proposals stay apart.
  const texts = [
    'curb exports of chemicals used to make the drug',
    'prosecute companies that make the drug',
    'curb exports of chemicals and prosecute companies',
  ];
  const keys = sameProposalKeys(texts, undefined, event(3), [], [], ['a', 'a', 'b']);
  assert.is.not(keys[0], keys[1]);
});

test.run();
