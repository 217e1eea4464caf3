// Proposal keys across events (sameProposalKeys.ts): the same words in two events name one proposal
// only between some of the same parties, and never when a row calls its proposal new. Hand-made
// rows of two events.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { sameProposalKeys } from '../../transforms/proposals/sameProposalKeys.ts';
import { renewedProposal } from '../../transforms/proposals/renewedProposal.ts';

const keysOf = (texts: string[], events: string[], parties: string[][]) =>
  sameProposalKeys(
    texts,
    undefined,
    events,
    [],
    [],
    texts.map((_, i) => `a${i}`),
    parties,
  );

test('the same proposal reported in two events of the same parties keeps one key', () => {
  const keys = keysOf(
    ['agreed to a 48-hour truce in Idlib', 'accepted the 48-hour truce in Idlib'],
    ['talks-1', 'talks-2'],
    [['turkey', 'russia'], ['russia']],
  );
  assert.is(keys[0], keys[1]);
});

test('the same words between other parties in another event are another proposal', () => {
  const keys = keysOf(
    ['agreed to release all prisoners', 'demanded the release of all prisoners'],
    ['war-1', 'war-2'],
    [
      ['ukraine', 'russia'],
      ['hamas', 'israel'],
    ],
  );
  assert.is.not(keys[0], keys[1]);
});

test('identical words in two events of different parties are two proposals', () => {
  const keys = keysOf(
    ['agreed to a ceasefire', 'agreed to a ceasefire'],
    ['war-1', 'war-2'],
    [['ukraine'], ['israel']],
  );
  assert.is.not(keys[0], keys[1]);
  // within one event, identical rows are one proposal whoever reports them
  const same = keysOf(
    ['agreed to a ceasefire', 'agreed to a ceasefire'],
    ['war-1', 'war-1'],
    [['ukraine'], ['israel']],
  );
  assert.is(same[0], same[1]);
});

test('a row that calls its truce new is not the truce of an earlier event', () => {
  const keys = keysOf(
    ['proposal for a 72-hour ceasefire in the enclave', 'proposal for a new 72-hour ceasefire in the enclave'],
    ['truce-1', 'truce-2'],
    [['egypt'], ['egypt']],
  );
  assert.is.not(keys[0], keys[1]);
});

test('what marks a proposal as one of several, and what does not', () => {
  assert.ok(renewedProposal('accepted a new Gaza ceasefire proposed by Egypt'));
  assert.ok(renewedProposal('called for another round of talks'));
  assert.ok(renewedProposal('agreed to a fresh truce'));
  assert.not.ok(renewedProposal('agreed on a new constitution by August'));
  assert.not.ok(renewedProposal('extend the truce by another 48 hours'));
  assert.not.ok(renewedProposal('the previous truce collapsed'));
});

test.run();
