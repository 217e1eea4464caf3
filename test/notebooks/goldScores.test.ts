// The sample run scored against the hand annotations in test/gold with test/eval/score.mjs: each
// measure must stay at or above its threshold, set a little below the figure of the day
// (every measure was 1, proposer accuracy 0.926, when the thresholds were set). Raise a
// threshold when the figure rises; lower one only with a reason in the commit message.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { root, sampleRun } from './sampleRun.ts';

interface Prf {
  p: number;
  r: number;
  f1: number;
}

/** What `score.mjs --json` prints (the measures read here). */
interface Scores {
  missing_tables: string[];
  actors: Prf;
  descriptors: Prf;
  dates: Prf;
  casualties: Prf;
  proposals: Prf;
  proposal_keys: Prf;
  quotes: Prf;
  events: Prf;
  date_value_accuracy: number;
  casualty_qualifier_accuracy: number;
  proposer_accuracy: number;
  speaker_accuracy: number;
  published_accuracy: number;
  outlet_accuracy: number;
  wire_accuracy: number;
  extraction_f1: number;
}

/** Measure name, how to read it from score.mjs's JSON, threshold. */
const MEASURES: [string, (s: Scores) => number, number][] = [
  ['actors F1', (s) => s.actors.f1, 0.97],
  ['descriptors recall', (s) => s.descriptors.r, 0.97],
  ['dates F1', (s) => s.dates.f1, 0.97],
  ['date value accuracy', (s) => s.date_value_accuracy, 0.97],
  ['casualties F1', (s) => s.casualties.f1, 0.97],
  ['casualty qualifier accuracy', (s) => s.casualty_qualifier_accuracy, 0.97],
  ['proposals F1', (s) => s.proposals.f1, 0.97],
  ['proposal keys F1', (s) => s.proposal_keys.f1, 0.97],
  ['proposer accuracy', (s) => s.proposer_accuracy, 0.9],
  ['quotes F1', (s) => s.quotes.f1, 0.97],
  ['speaker accuracy', (s) => s.speaker_accuracy, 0.97],
  ['events F1', (s) => s.events.f1, 0.97],
  ['published accuracy', (s) => s.published_accuracy, 0.97],
  ['outlet accuracy', (s) => s.outlet_accuracy, 0.97],
  ['wire accuracy', (s) => s.wire_accuracy, 0.97],
  ['extraction F1', (s) => s.extraction_f1, 0.97],
];

const run = sampleRun();
const scorer = spawnSync(
  process.execPath,
  [join(root, 'test', 'eval', 'score.mjs'), '--tables', join(run.out, 'tables'), '--json'],
  {
    encoding: 'utf8',
  },
);
const lines = (scorer.stdout ?? '').trim().split('\n');
const scores: Scores | undefined = scorer.status === 0 ? JSON.parse(lines[lines.length - 1]) : undefined;

test('the scorer reads every table of the sample run', () => {
  assert.is(run.status, 0, run.stderr);
  assert.is(scorer.status, 0, scorer.stderr);
  assert.equal(scores?.missing_tables, []);
});

for (const [name, read, threshold] of MEASURES) {
  test(`${name} on the sample gold is at least ${threshold}`, () => {
    if (!scores) return assert.unreachable('no scores');
    const figure = read(scores);
    console.log(`  ${name}: ${figure.toFixed(3)} (threshold ${threshold})`);
    assert.type(figure, 'number', name);
    assert.ok(figure >= threshold, `${name} ${figure.toFixed(3)} < ${threshold}`);
  });
}

test.run();
