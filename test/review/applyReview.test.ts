// Applying a review to a table: drop and fix by article and span (so a renumbered id still
// matches), by id where the span is gone from the decision, values typed by the schema.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { applyReview } from '../../transforms/review/applyReview.ts';
import { reviewOf, type ReviewRecord } from '../../transforms/review/Review.ts';
import { reviewOutcome } from '../../transforms/review/reviewOutcome.ts';
import { smallExtraction } from '../sheets/fixtures/smallRun.ts';

const A = 'wire-kerry-moscow';
const decision = (r: Partial<ReviewRecord>): ReviewRecord => ({
  table: 'mentions',
  record_id: '',
  article_id: A,
  start: null,
  end: null,
  decision: 'keep',
  values: '{}',
  sheet: 'Mentions',
  row: 2,
  ...r,
});
const codebook = { file: 'c', actors: [], frames: [], labels: [], casualtyTerms: [], proposalCues: [], outlets: [] };

test('a drop matched by span removes the record even when its id has shifted', () => {
  const { mentions } = smallExtraction();
  const review = reviewOf('r.xlsx', [decision({ record_id: `${A}:m9`, start: 77, end: 87, decision: 'drop' })], []);
  const out = applyReview(mentions, review, 'mentions');
  assert.equal(
    Array.from(out.array('mention_id') as string[]),
    (Array.from(mentions.array('mention_id')) as string[]).filter((id) => id !== `${A}:m1`),
  );
  assert.equal(out.columnNames(), mentions.columnNames());
});

test('a fix takes the edited values, typed; an empty cell empties the value; other tables are untouched', () => {
  const { casualties, mentions } = smallExtraction();
  const review = reviewOf(
    'r.xlsx',
    [
      decision({
        table: 'casualties',
        record_id: `${A}:c0`,
        start: 167,
        end: 207,
        decision: 'fix',
        values: JSON.stringify({ figure: '290,000', victims: '', casualty_id: 'hack' }),
      }),
    ],
    [],
  );
  const [row] = applyReview(casualties, review, 'casualties').objects() as Record<string, unknown>[];
  assert.equal([row.figure, row.victims, row.casualty_id, row.qualifier], [290000, null, `${A}:c0`, 'at least']);
  assert.is(applyReview(mentions, review, 'mentions'), mentions);
});

test('the outcome says which decisions applied and which match nothing any more', () => {
  const { mentions } = smallExtraction();
  const review = reviewOf(
    'r.xlsx',
    [
      decision({ record_id: `${A}:m0`, decision: 'keep' }),
      decision({ record_id: `${A}:m7`, start: 500, end: 505, decision: 'drop', row: 9 }),
    ],
    [{ name: 'Jordan', type: 'state', aliases: '', add_as: 'Nobody', sheet: 'Candidates', row: 2 }],
  );
  const outcome = reviewOutcome(review, { mentions }, codebook).objects() as {
    row: number;
    applied: boolean;
    note: string;
  }[];
  assert.equal(
    outcome.map((r) => [r.row, r.applied]),
    [
      [2, true],
      [9, false],
      [2, false],
    ],
  );
  assert.match(String(outcome[2].note), 'no actor "Nobody" in the codebook');
});

test.run();
