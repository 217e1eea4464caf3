// A sentence that states several proposals gives one row per proposal, each with its own words as
// surface (no surface holds two proposals) and its own proposer; one proposal with "and" inside it
// stays one row (conjuncts.ts, measurePair.ts, clausePieces.ts, parsers/termClause.ts,
// refiners/ownSpans.ts). Sentences in the style of wire reports on talks and deals.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { one } from './extract.ts';

const rowsOf = (s: string) => one(s).map((r) => ({ surface: r.surface, proposer: r.proposer }));

test('"agreed to X and called for Y": a second cue verb of the same subject is a row of its own', () => {
  assert.equal(
    rowsOf('Qatar agreed to host the next round of talks and called for the immediate release of all hostages.'),
    [
      { surface: 'Qatar agreed to host the next round of talks', proposer: 'qatar' },
      { surface: 'called for the immediate release of all hostages.', proposer: 'qatar' },
    ],
  );
});

test('"X, and demanded Y": the same proposer on both rows, surfaces apart', () => {
  const rows = one(
    'Ukraine proposed a halt to strikes on power plants, and demanded the return of children deported during the war.',
  );
  assert.equal(
    rows.map((r) => r.proposer),
    ['ukraine', 'ukraine'],
  );
  assert.not.match(rows[0].surface ?? '', /children/);
  assert.not.match(rows[1].surface ?? '', /power plants/);
});

test('"agreed to a noun phrase and to a verb": two rows, the second from its own particle', () => {
  const rows = one(
    'Israel agreed to a six-week pause in the fighting and to allow more aid trucks into the enclave each day.',
  );
  assert.equal(
    rows.map((r) => r.surface),
    ['Israel agreed to a six-week pause in the fighting', 'to allow more aid trucks into the enclave each day'],
  );
  assert.is.not(rows[0].proposal_key, rows[1].proposal_key);
});

test('a later conjunct of one cue starts where the row before it ends', () => {
  const rows = one(
    'The European Union urged China to resume military contacts and to curb exports of drug precursors.',
  );
  assert.equal(
    rows.map((r) => r.surface),
    ['The European Union urged China to resume military contacts', 'to curb exports of drug precursors'],
  );
  assert.equal(
    rows.map((r) => r.proposer),
    ['european-union', 'european-union'],
  );
});

test('the terms an accord lists: one row per term', () => {
  assert.equal(
    one('The accord includes a ceasefire, the withdrawal of heavy weapons and an exchange of prisoners.').map(
      (r) => r.surface,
    ),
    ['The accord includes a ceasefire', 'the withdrawal of heavy weapons', 'an exchange of prisoners'],
  );
});

test('two measures, each with its article, after one cue: two rows', () => {
  assert.equal(rowsOf('The European Union called for an immediate ceasefire and the release of all hostages.'), [
    { surface: 'The European Union called for an immediate ceasefire', proposer: 'european-union' },
    { surface: 'the release of all hostages', proposer: 'european-union' },
  ]);
});

test("a further term of the deal in a clause whose subject is a measure: a row with the deal's parties", () => {
  for (const s of [
    'Israel agreed on Wednesday to a ceasefire along the border, and aid deliveries will resume within days.',
    'Israel agreed on Wednesday to a ceasefire along the border, with prisoner exchanges starting next week.',
  ]) {
    const rows = one(s);
    assert.is(rows.length, 2, s);
    assert.equal(
      rows.map((r) => r.proposer),
      ['israel', 'israel'],
      s,
    );
    assert.is(rows[0].surface, 'Israel agreed on Wednesday to a ceasefire along the border', s);
    assert.match(rows[1].surface ?? '', /^(?:aid deliveries|prisoner exchanges)/, s);
  }
});

test('negatives: what is no further term adds no row and the row keeps its sentence', () => {
  for (const s of [
    // a past event, not a term
    'Israel agreed on Wednesday to a ceasefire along the border, and fighting was reported in the north.',
    // an actor as subject with no cue of its own
    'Israel agreed on Wednesday to a ceasefire along the border, and Qatar will host the signing.',
  ]) {
    const rows = one(s);
    assert.is(rows.length, 1, s);
    assert.is(rows[0].surface, s, s);
  }
});

test('negatives: one proposal with "and" inside it stays one row', () => {
  for (const s of [
    // two proposers of one proposal
    'Israel and Qatar agreed to reopen the crossing for medical evacuations.',
    // a noun pair inside one measure
    'The European Union called for talks between the government and the rebels.',
    // a long object
    'China proposed a framework for talks on a long-term settlement covering the border, trade and the return of displaced families.',
  ]) {
    const rows = one(s);
    assert.is(rows.length, 1, s);
    assert.is(rows[0].surface, s, s);
  }
  assert.is(one('Israel and Qatar agreed to reopen the crossing for medical evacuations.')[0].proposer, 'israel');
});

test.run();
