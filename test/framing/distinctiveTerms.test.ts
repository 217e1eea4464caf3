import { test } from 'uvu';
import * as assert from 'uvu/assert';
import * as aq from 'arquero';
import { distinctiveTerms } from '../../transforms/framing/distinctiveTerms.ts';
import { tableRows } from './tableRows.ts';

const counts = (rows: [string, string, string, number][]) =>
  aq.table({
    event_id: rows.map((r) => r[0]),
    outlet: rows.map((r) => r[1]),
    term: rows.map((r) => r[2]),
    count: rows.map((r) => r[3]),
  });

test('z-scores of the weighted log-odds on a toy event, worked out by hand', () => {
  // Outlet A: war 4, regime 1 (n_A = 5). Outlet B: war 2, talks 3 (n_B = 5). The corpus is this event:
  // war 6, regime 1, talks 3, total 10; scaled so that α0 = 1000: α_war = 600, α_regime = 100, α_talks = 300.
  //
  // A, war: y_i = 4, y_j = 2, n_i = n_j = 5.
  //   δ = ln((4+600)/(5+1000−4−600)) − ln((2+600)/(5+1000−2−600)) = ln(604/401) − ln(602/403)
  //     = ln(1.506234) − ln(1.493797) = 0.409613 − 0.401321 = 0.008292
  //   σ² = 1/604 + 1/602 = 0.0016556 + 0.0016611 = 0.0033168, σ = 0.057591, z = 0.008292 / 0.057591 = 0.1440
  // A, regime: y_i = 1, y_j = 0.
  //   δ = ln(101/(1005−101)) − ln(100/(1005−100)) = ln(101/904) − ln(100/905) = −2.191709 − (−2.202765) = 0.011056
  //   σ² = 1/101 + 1/100 = 0.019901, σ = 0.141071, z = 0.0784
  // B, talks: y_i = 3, y_j = 0.
  //   δ = ln(303/702) − ln(300/705) = −0.840201 − (−0.854415) = 0.014215
  //   σ² = 1/303 + 1/300 = 0.0066337, σ = 0.081447, z = 0.1745
  // B, war: the mirror of A's war, z = −0.1440.
  assert.equal(
    tableRows(
      distinctiveTerms(
        counts([
          ['e', 'A', 'war', 4],
          ['e', 'A', 'regime', 1],
          ['e', 'B', 'war', 2],
          ['e', 'B', 'talks', 3],
        ]),
      ),
    ),
    [
      { event_id: 'e', outlet: 'A', term: 'war', count: 4, z: 0.144 },
      { event_id: 'e', outlet: 'A', term: 'regime', count: 1, z: 0.0784 },
      { event_id: 'e', outlet: 'B', term: 'talks', count: 3, z: 0.1745 },
      { event_id: 'e', outlet: 'B', term: 'war', count: 2, z: -0.144 },
    ],
  );
});

test('the prior comes from the whole corpus, not the event', () => {
  // Adding another event that uses "war" a lot raises α_war and shrinks the contrast in event e.
  const alone = distinctiveTerms(
    counts([
      ['e', 'A', 'war', 4],
      ['e', 'A', 'regime', 1],
      ['e', 'B', 'war', 2],
      ['e', 'B', 'talks', 3],
    ]),
  );
  const withOther = distinctiveTerms(
    counts([
      ['e', 'A', 'war', 4],
      ['e', 'A', 'regime', 1],
      ['e', 'B', 'war', 2],
      ['e', 'B', 'talks', 3],
      ['f', 'C', 'war', 50],
      ['f', 'D', 'peace', 50],
    ]),
  );
  const zOf = (t: aq.ColumnTable) =>
    t.filter((d: any) => d.event_id === 'e' && d.outlet === 'A' && d.term === 'war').get('z', 0) as number;
  assert.ok(zOf(withOther) !== zOf(alone));
  assert.is(withOther.filter((d: any) => d.event_id === 'f').numRows(), 2);
});

test('top terms per outlet, plus any other term with |z| > 1.96', () => {
  // A: x 500, y 500, w 1; B: y 1000, w 1. Corpus total 2002. A's x (z ≈ 19.6) ranks first; A's y is used far
  // less than by B (z ≈ −38.7), so it stays beyond the top 1; A's w (z ≈ 0) goes.
  const t = distinctiveTerms(
    counts([
      ['e', 'A', 'x', 500],
      ['e', 'A', 'y', 500],
      ['e', 'A', 'w', 1],
      ['e', 'B', 'y', 1000],
      ['e', 'B', 'w', 1],
    ]),
    { top: 1 },
  );
  assert.equal(t.filter((d: any) => d.outlet === 'A').array('term'), ['x', 'y']);
  const z = t.array('z') as number[];
  assert.ok(z[0] > 19 && z[0] < 20.5, String(z[0]));
});

test('an event with a single outlet has nothing to compare against', () => {
  assert.is(
    distinctiveTerms(
      counts([
        ['e', 'A', 'war', 4],
        ['e', 'A', 'regime', 1],
      ]),
    ).numRows(),
    0,
  );
  assert.is(distinctiveTerms(counts([])).numRows(), 0);
});

test.run();
