// Who proposes in news English when the cue's own subject is not the first name of its clause: a
// pronoun subject ("..., as he vowed", "He ... and urged", "said that he had ... and managed to
// convince") stands for the sentence's subject or the one before; a relative clause ("the group that
// has vowed") for the name it hangs on. Sentences of our own, from several stories.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { one, proposalsIn } from './extract.ts';

test('a pronoun right before the cue stands for the sentence subject, not the embedded clause', () => {
  const [r] = one(
    'President Vladimir Putin on Saturday said the mutiny was a betrayal and that its leader had betrayed Russia, as he vowed to punish the plotters.',
  );
  assert.is(r?.proposer, 'vladimir-putin');
  const [s] = one('Erdogan said Turkey had been attacked by traitors, as he pledged to rebuild every mosque.');
  assert.is(s?.proposer, 'recep-tayyip-erdogan');
});

test('a sentence opened by a pronoun takes the subject of the sentence before', () => {
  const rows = proposalsIn([
    [
      'Erdogan spoke on television on Sunday night.',
      'He described the bombing as an attack on Turkey and urged Turks to unite.',
    ],
  ]);
  assert.is(rows.length, 1);
  assert.is(rows[0].proposer, 'recep-tayyip-erdogan');
});

test("a reported clause opened by a pronoun is the reporter's", () => {
  const [r] = one('Erdogan stated that he had held talks with Putin and managed to convince him to stop the advance.');
  assert.is(r?.parser, 'asksOthersTo');
  assert.is(r?.proposer, 'recep-tayyip-erdogan');
  const [s] = one('Merkel persuaded all sides to return to the table on Monday.');
  assert.is(s?.proposer, 'angela-merkel');
});

test('a relative clause proposes for the name it hangs on', () => {
  const [r] = one(
    'The Kremlin said on Saturday that Russia faced a rebellion by Hezbollah militia that has vowed to topple the government.',
  );
  assert.is(r?.proposer, 'hezbollah');
  const [s] = one('Erdogan said the attack was aimed at Turkey, which has vowed to punish those responsible.');
  assert.is(s?.proposer, 'turkey');
});

test('no call: persuasion by evidence, a pronoun object, a fact', () => {
  assert.is(one('The evidence convinced the judge to dismiss the case.').length, 0);
  assert.is(one('Putin said he was persuaded to stay by his doctors.').length, 0);
  assert.is(one('He described the attack as a tragedy.').length, 0);
});

test.run();
