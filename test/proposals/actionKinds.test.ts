import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { sameProposalKeys } from '../../transforms/proposals/sameProposalKeys.ts';
import { proposalCore, coresAgree } from '../../transforms/proposals/proposalCore.ts';
import { keyTerms } from '../../transforms/proposals/keyTerms.ts';

const core = (text: string) => proposalCore(keyTerms(text));
const event = (n: number) => Array.from({ length: n }, () => 'talks-week');

test('the kind of action is read from the first terms of the summary', () => {
  assert.is(core('proposed a buffer zone along the river crossing').kind, 'withdraw');
  assert.is(core('troops should pull out of the border villages').kind, 'withdraw');
  assert.is(core('urged the rebels to release the detained aid workers').kind, 'release');
  assert.is(core('the two leaders should sit down together before the vote').kind, 'talks');
  assert.is(core('threatened new sanctions on the ruling party').kind, 'sanctions');
  assert.is(core('their air forces would begin joint targeting of the militants').kind, 'joint-operations');
  assert.is(core('a joint task force to track the smugglers').kind, 'joint-operations');
  // No action of the lexicon: no kind, the first terms decide.
  assert.is(core('reopen the northern border crossing').kind, '');
  // "free and fair elections" is not a release.
  assert.is(core('hold free and fair elections next spring').kind, 'elections');
});

test('the same kind in other words agrees; different kinds never do, whatever they share', () => {
  assert.ok(coresAgree(core('a demilitarised zone around the airport road'), core('pull back from the airport road')));
  assert.ok(coresAgree(core('the army and the rebels should sit down face to face'), core('begin direct talks')));
  // Same first words, different actions.
  assert.not.ok(coresAgree(core('a truce around the airport road'), core('a pullback from the airport road')));
  assert.not.ok(coresAgree(core('release prisoners held since the coup'), core('sanctions on the coup leaders')));
});

test('two outlets, one pullback in other words: one key; a release by the same parties: another', () => {
  const texts = [
    'proposed a demilitarised zone around the airport road',
    'demanded the release of prisoners held at the airport',
    'Both sides are to pull back from the airport road so that convoys can pass',
    'free the prisoners held at the airport',
    'set free the prisoners held at the airport',
  ];
  const keys = sameProposalKeys(texts, undefined, event(5), [], [], ['a', 'a', 'b', 'b', 'c']);
  assert.is(keys[0], keys[2]);
  assert.is(keys[1], keys[4]);
  assert.is.not(keys[0], keys[1]);
  // "free the prisoners" names no kind ("free" is too often an adjective); the first terms decide.
  assert.is.not(keys[3], keys[0]);
});

test('joint strikes and the joint centre that coordinates them are one proposal; a truce stays apart', () => {
  const texts = [
    'the two air forces will begin joint targeting of the militant group',
    'will set up a joint implementation centre to coordinate strikes on the militant group',
    'a nationwide truce will start at sunset on the militant group front',
  ];
  const keys = sameProposalKeys(texts, undefined, event(3), [], [], ['a', 'b', 'b']);
  assert.is(keys[0], keys[1]);
  assert.is.not(keys[0], keys[2]);
});

test.run();
