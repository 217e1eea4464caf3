// One sentence, several proposals: a row per conjunct, each with its own surface, summary and key.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { one, proposalsIn } from './extract.ts';

const summaries = (s: string) => one(s).map((r) => r.summary ?? '');

test('"to X and to Y" after an agreement: two rows, the cue kept in each summary', () => {
  const rows = one(
    'Major powers agreed on Friday to a cessation of hostilities in Syria to begin within a week and to a rapid expansion of humanitarian aid to besieged towns.',
  );
  assert.is(rows.length, 2);
  assert.match(rows[0].summary ?? '', /^agreed on Friday to a cessation of hostilities/);
  assert.not.match(rows[0].surface ?? '', /humanitarian/);
  assert.match(rows[1].summary ?? '', /^agreed on Friday to a rapid expansion of humanitarian aid to besieged towns$/);
  assert.is.not(rows[0].proposal_key, rows[1].proposal_key);
});

test('a call with its own "to" twice: the same proposer and addressee on both rows', () => {
  const rows = one(
    'Washington wants Moscow to make the Syrian air force stop bombing areas held by mainstream rebels, and to let U.N. aid reach besieged eastern Aleppo.',
  );
  assert.is(rows.length, 2);
  assert.equal(
    rows.map((r) => r.proposer),
    ['united-states', 'united-states'],
  );
  assert.equal(
    rows.map((r) => r.addressee),
    ['russia', 'russia'],
  );
  assert.match(rows[1].summary ?? '', /^wants Moscow to let U\.N\. aid reach/);
});

test('coordinated that-clauses: one row per demand', () => {
  assert.equal(
    summaries(
      'The opposition demanded that sieges be lifted and that air strikes on civilians stop before it returns to Geneva.',
    ),
    ['demanded that sieges be lifted', 'demanded that air strikes on civilians stop before it returns to Geneva'],
  );
});

test('a list of three measures after the cue, each with its article: three rows', () => {
  const rows = one(
    'The resolution endorses a roadmap for talks between the government and the opposition in January, a ceasefire, and a transition leading to elections within 18 months.',
  );
  assert.equal(
    rows.map((r) => r.summary),
    [
      'endorses a roadmap for talks between the government and the opposition in January',
      'endorses a ceasefire',
      'endorses a transition leading to elections within 18 months',
    ],
  );
  assert.is(new Set(rows.map((r) => r.proposal_key)).size, 3);
  // Each surface holds its own conjunct only: the first from the clause's start, the later ones from
  // where the one before them ends.
  assert.equal(
    rows.map((r) => r.surface),
    [
      'The resolution endorses a roadmap for talks between the government and the opposition in January',
      'a ceasefire',
      'a transition leading to elections within 18 months',
    ],
  );
});

test('"called for X and for Y", with the surface of each row ending at its own conjunct', () => {
  const rows = one(
    'The ministers called for an immediate halt to the bombing of hospitals and for the release of all detainees held without charge.',
  );
  assert.is(rows.length, 2);
  assert.ok((rows[0].surface ?? '').endsWith('bombing of hospitals'));
  assert.match(rows[1].summary ?? '', /^called for the release of all detainees/);
});

test('the parts keep their own keys across articles', () => {
  const rows = proposalsIn([
    [
      'Major powers agreed on Friday to a cessation of hostilities in Syria to begin within a week and to a rapid expansion of humanitarian aid to besieged towns.',
    ],
    ['The United Nations urged the warring sides to allow humanitarian aid into besieged towns.'],
  ]);
  const aid = rows.filter((r) => /humanitarian aid/.test(r.summary ?? ''));
  assert.is(aid.length, 2);
  assert.is(aid[0].proposal_key, aid[1].proposal_key);
  assert.is.not(rows[0].proposal_key, aid[0].proposal_key);
});

test.run();
