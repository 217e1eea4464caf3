// demandedMeasure, conditionalWill and listed deal terms (listedTerm.ts): demands named by their
// measure, conditional commitments and warnings, and a deal's points written as verbless lines.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { one, proposalsIn } from './extract.ts';

const parsers = (s: string) => one(s).map((r) => [r.parser, r.proposer]);

test('a measure an actor demands, seeks or stresses, named by its noun', () => {
  assert.equal(parsers('Russia demands the lifting of the siege of the city.'), [['demandedMeasure', 'russia']]);
  assert.equal(parsers('Turkey is seeking an end to the blockade of the port.'), [['demandedMeasure', 'turkey']]);
  assert.equal(parsers('Putin went on to stress the importance of constitutional reform in the east.'), [
    ['demandedMeasure', 'vladimir-putin'],
  ]);
});

test('a done act, or a demand with no actor, is none of them', () => {
  assert.equal(parsers('Russia withdrew its troops from the border last year.'), []);
  assert.equal(parsers('The end of the siege came on Sunday.'), []);
  assert.equal(parsers('Fighters are seeking shelter from the shelling.'), []);
});

test('an actor conditional commitment or warning', () => {
  assert.equal(parsers('Russia will respond if the truce is broken.'), [['conditionalWill', 'russia']]);
  assert.equal(parsers('Moscow would retaliate unless the strikes stop.'), [['conditionalWill', 'russia']]);
});

test('a judgement, a report of fighting or a past act with "if" is none', () => {
  assert.equal(parsers('It would be a disaster if the talks failed.'), []);
  assert.equal(parsers('Russia shelled the town on Sunday, as if no truce had been agreed.'), []);
  assert.equal(parsers('Russia withdrew its troops, if only briefly.'), []);
});

test("a deal's points listed as verbless lines take its parties as proposers", () => {
  const rows = proposalsIn([
    [
      'Russia and Turkey emerged after 16 hours of talks, both agreeing to a ceasefire starting on Monday.',
      'Here are the main points:',
      'Heavy weapons to be withdrawn, beginning on 16 February',
      'All prisoners to be released',
      'Withdrawal of all foreign troops from the province.',
      'Turkey to control the border if conditions are met by the end of the year',
    ],
  ]);
  assert.equal(rows.length, 5);
  assert.equal(
    rows.slice(1, 4).map((r) => r.parser),
    ['dealTerms', 'dealTerms', 'dealTerms'],
  );
  assert.equal(
    rows.slice(1).map((r) => r.proposer),
    ['russia', 'russia', 'russia', 'turkey'],
  );
});

test('the same lines with no deal stated, or lines with a finite verb, are no terms', () => {
  assert.equal(one('Heavy weapons to be withdrawn, beginning on 16 February'), []);
  const rows = proposalsIn([
    [
      'Russia and Turkey agreed to a ceasefire on Monday.',
      'The withdrawal of heavy weapons was completed on Friday.',
      'Kerry wants to go home.',
    ],
  ]);
  assert.equal(rows.length, 1);
});

test('an accepted proposal is one proposal, not two', () => {
  const rows = one('Russia has accepted a Turkish proposal for a 72-hour ceasefire starting at 8 a.m.');
  assert.is(rows.length, 1);
});

test.run();
