// Verbs under one cue's "to": two proposals when the later verb governs a complement of its own
// (ownVerb.ts), one when the verbs share the cue's content.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { one } from './extract.ts';
import { ownVerbs } from '../../transforms/proposals/ownVerb.ts';

test('"to X and work to Y": two rows, each with its own key', () => {
  const rows = one(
    'The two ministers agreed on Tuesday to reopen their embassies and work to reduce tariffs on steel, officials said.',
  );
  assert.is(rows.length, 2);
  assert.match(rows[0].summary ?? '', /^agreed on Tuesday to reopen their embassies$/);
  assert.match(rows[1].summary ?? '', /^agreed on Tuesday to work to reduce tariffs on steel/);
  assert.is.not(rows[0].proposal_key, rows[1].proposal_key);
});

test('"to X and cooperate on Y", "to X and make deals on Y": a row per commitment', () => {
  const a = one('The neighbours pledged to restore direct flights and cooperate on border security.');
  assert.equal(
    a.map((r) => r.summary),
    ['pledged to restore direct flights', 'pledged to cooperate on border security'],
  );
  const b = one('The leaders vowed to resume trade talks and make deals on fishing rights.');
  assert.is(b.length, 2);
  assert.is.not(b[0].proposal_key, b[1].proposal_key);
  assert.not.match(b[0].proposal_key ?? '', /vow/);
});

test('a framing cue ("In return, ...") leaves the clause\'s own "to" to govern its conjuncts', () => {
  const rows = one('In return, the miners would be required to end the strike and to accept arbitration.');
  assert.is(rows.length, 2);
  assert.match(rows[1].summary ?? '', /required to accept arbitration$/);
});

const single = [
  // Two verbs of one act, no particle of their own.
  'The union offered to suspend the strike and resume negotiations with management.',
  'The mayor promised to rebuild the bridge and reopen it by spring.',
  // "to" of a destination, not an infinitive.
  'The agency agreed to fly supplies to the coast and send doctors to the islands.',
  // "work" as a noun.
  'Officials agreed to pay the contractors and fund the work to repair the dam.',
];
for (const s of single)
  test(`one row: ${s.slice(0, 60)}`, () => {
    assert.is(one(s).length, 1);
  });

test('ownVerbs: only verbs with a complement of their own', () => {
  const s = 'agreed to cut rates and work to curb inflation';
  assert.equal(ownVerbs(s, 9, s.length), [[19, 24]]);
  const t = 'agreed to cut rates and work to the end of the year';
  assert.equal(ownVerbs(t, 9, t.length), []);
  const u = 'agreed to cut rates and coordinate policy';
  assert.equal(ownVerbs(u, 9, u.length), []);
});

test.run();
