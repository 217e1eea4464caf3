// Sentences that state several proposals in ways news English often uses, each proposal a row of
// its own (no surface holds two), and the look-alikes that state one. Sentences of our own in the
// style of wire reports on talks and truces.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { one, proposalsIn } from './extract.ts';

const surfaces = (s: string) => one(s).map((r) => r.surface);

test('a contrast without its comma: the rival wish after "while" is a row of its own', () => {
  const rows = one(
    'Russia is seeking an end to the blockade of the ports while Ukraine wants Russia to withdraw its troops.',
  );
  assert.equal(
    rows.map((r) => [r.surface, r.proposer]),
    [
      ['Russia is seeking an end to the blockade of the ports', 'russia'],
      ['Ukraine wants Russia to withdraw its troops.', 'ukraine'],
    ],
  );
  assert.is.not(rows[0].proposal_key, rows[1].proposal_key);
});

test('"while" before a verb without a subject stays in its clause', () => {
  assert.equal(surfaces('Russia proposed a ceasefire while visiting Cairo on Monday.'), [
    'Russia proposed a ceasefire while visiting Cairo on Monday.',
  ]);
});

test('two measures with their own article after a day: "agreed Thursday to X and the Y"', () => {
  assert.equal(
    surfaces(
      'Ukraine and Russia agreed Thursday to a March 1 ceasefire and the withdrawal of artillery from the front.',
    ),
    ['Ukraine and Russia agreed Thursday to a March 1 ceasefire', 'the withdrawal of artillery from the front'],
  );
});

test('"the importance of X and the introduction of Y": the light head does not hide the first measure', () => {
  assert.equal(
    surfaces('Russia stressed the importance of electoral reform and the introduction of local self-rule in the east.'),
    ['Russia stressed the importance of electoral reform', 'the introduction of local self-rule in the east'],
  );
});

test('"an end to X and the opening of Y": an opening is a measure', () => {
  assert.equal(surfaces('Ukraine demanded an end to the naval blockade and the opening of the Black Sea ports.'), [
    'Ukraine demanded an end to the naval blockade',
    'the opening of the Black Sea ports',
  ]);
});

test('two nouns that are no measures stay one proposal', () => {
  assert.equal(surfaces('Russia called for the opening of the talks and the people of Crimea.'), [
    'Russia called for the opening of the talks and the people of Crimea.',
  ]);
});

test('a list set off by semicolons, its items with commas of their own: a row per item', () => {
  const rows = one(
    'Turkey presented the demands to Russia, which include an end to strikes on Idlib, the last rebel enclave; the release of detained journalists; and the reopening of the border crossings.',
  );
  assert.equal(
    rows.map((r) => r.surface),
    [
      'Turkey presented the demands to Russia, which include an end to strikes on Idlib, the last rebel enclave',
      'the release of detained journalists',
      'the reopening of the border crossings',
    ],
  );
  assert.is(new Set(rows.map((r) => r.proposal_key)).size, 3);
});

test('clauses after semicolons are no list, nor are two items', () => {
  assert.is(one('Russia demanded a ceasefire; the opening of corridors; the rebels would withdraw.').length, 1);
  assert.is(one('Russia demanded a ceasefire in Idlib; the release of journalists.').length, 1);
});

test('a short quoted label after a cue is what is proposed; a quotation is not', () => {
  assert.equal(
    one('Russia called for "restraint".').map((r) => r.summary),
    ['called for "restraint"'],
  );
  assert.equal(one('Russia called for "an immediate end to all the bloodshed in the country".'), []);
});

test('a listed term read alone has its own summary; an amnesty is not a release', () => {
  const rows = proposalsIn([
    [
      'Ukraine and Russia agreed a truce deal in Minsk on Thursday.',
      'All hostages to be released; amnesty for those who took part in the protests',
    ],
  ]).slice(1);
  assert.equal(
    rows.map((r) => r.summary),
    ['All hostages to be released', 'amnesty for those who took part in the protests'],
  );
  assert.is.not(rows[0].proposal_key, rows[1].proposal_key);
});

test('an attribution with its day is no part of the summary', () => {
  assert.equal(
    one(
      'Russia accepted a Turkish proposal for a 48-hour truce in Idlib starting on Friday, Turkish media reported Thursday.',
    ).map((r) => r.summary),
    ['proposal for a 48-hour truce in Idlib starting on Friday'],
  );
});

test.run();
