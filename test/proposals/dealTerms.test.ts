// dealTerms and dealProvides: the terms of a deal the article has stated.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { one, proposalsIn } from './extract.ts';

test('terms listed after a deal take its parties as proposers', () => {
  const rows = proposalsIn([
    [
      'The United States and Russia struck a deal on Syria late on Friday.',
      'Both sides are to withdraw heavy weapons from the front line by Wednesday.',
      'If the truce holds for a week, Washington and Moscow will share intelligence on targets.',
      'The government air force would be barred from flying over rebel-held districts.',
    ],
  ]);
  assert.equal(
    rows.map((r) => r.parser),
    ['dealStruck', 'dealTerms', 'dealTerms', 'dealTerms'],
  );
  assert.equal(
    rows.slice(1).map((r) => r.proposer),
    ['united-states', 'united-states', 'united-states'],
  );
});

test('the same phrasings with no deal stated are schedules, not proposals', () => {
  assert.equal(one('Kerry is to fly to Brussels on Friday.'), []);
  assert.equal(one('If the weather holds, the convoy will reach the city by noon.'), []);
});

test('a deal that provides for, envisages, calls for', () => {
  const rows = proposalsIn([
    [
      'Russia and Turkey signed an agreement on Idlib on Monday.',
      'The agreement also envisages the return of refugees to their homes.',
    ],
  ]);
  assert.is(rows.length, 2);
  assert.equal(rows[1].parser, 'dealProvides');
  assert.equal(rows[1].proposer, 'russia');
  const [p] = one('The Iranian plan provides for a ceasefire followed by constitutional reform and elections.');
  assert.equal([p.parser, p.cue], ['dealProvides', 'provides for']);
});

test.run();
