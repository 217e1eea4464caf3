// Clauses of one sentence that each state a proposal: one row each, with the clause's own subject.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { one } from './extract.ts';

test('"X agreed ..., while Y would ...": two rows, two proposers', () => {
  const rows = one(
    'Jordan agreed to coordinate a list of groups to be considered terrorists, a Western diplomat said, while Saudi Arabia would host a meeting of opposition leaders next month to form a negotiating team.',
  );
  assert.equal(
    rows.map((r) => r.proposer),
    ['jordan', 'saudi-arabia'],
  );
  assert.ok((rows[1].surface ?? '').startsWith('Saudi Arabia would host'));
  assert.not.match(rows[0].surface ?? '', /Saudi/);
});

test('a rival wish after "while"', () => {
  const rows = one(
    'Russia proposed a ceasefire starting on March 1, while the United States wanted it to start immediately.',
  );
  assert.equal(
    rows.map((r) => r.proposer),
    ['russia', 'united-states'],
  );
  assert.is(rows[1].parser, 'rivalClause');
});

test("a coordinated verb with a cue of its own shares the first clause's subject", () => {
  const rows = one(
    'Lavrov said Moscow was ready to extend the truce beyond the initial 48 hours if it held, and urged Washington to publish the terms of the agreement in full.',
  );
  assert.is(rows.length, 2);
  assert.is(rows[1].proposer, rows[0].proposer);
  assert.is(rows[1].addressee, 'united-states');
  assert.is.not(rows[0].proposal_key, rows[1].proposal_key);
});

test('a deal term read from a bare "will be expected to" yields to an explicit promise in the sentence', () => {
  const rows = one(
    'The Syrian regime and the rebels will be expected to stop attacking each other, and Russia has promised to restrain the forces of President Bashar al-Assad.',
  );
  assert.is(rows.length, 1);
  assert.is(rows[0].proposer, 'russia');
});

test('after "while", a clause with no actor as subject or with a plain statement adds no row', () => {
  assert.is(
    one('Kerry urged Moscow to ground the Syrian air force, while prices would keep rising in the besieged city.')
      .length,
    1,
  );
  assert.is(one('Russia proposed a ceasefire starting on March 1, while fighting raged around Aleppo.').length, 1);
  assert.is(one('Lavrov called for a nationwide ceasefire, and the talks ended without agreement.').length, 1);
});

test.run();
