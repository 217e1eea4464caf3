// Evaluation: run the notebook on the sample corpus, then score its tables against the hand
// annotations in test/gold with the scorer copied from the shared evaluation (test/eval/score.mjs).
//
//   npm run eval                      scores of a run on corpus/ with its manifest
//   npm run eval -- --details         every error, one per line
//   npm run eval -- --text-only       a run with an empty manifest, scored on what the text alone says
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const scorerArgs = process.argv.slice(2);
const out = mkdtempSync(join(tmpdir(), 'framebook-eval-'));

// 1. Run the notebook (with a header-only manifest when scoring the text alone).
const notebookArgs = ['--out', out];
if (scorerArgs.includes('--text-only')) {
  const empty = join(out, 'manifest.csv');
  writeFileSync(empty, 'file,outlet,published,url,event\n');
  notebookArgs.push('--manifest', empty);
}
const run = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'notebooks', 'framebook.ts'), ...notebookArgs], {
  cwd: root,
  encoding: 'utf8',
  stdio: ['ignore', 'ignore', 'pipe'],
});
if (run.status !== 0) {
  process.stderr.write(run.stderr);
  rmSync(out, { recursive: true, force: true });
  process.exit(run.status ?? 1);
}

// 2. Score its tables.
const score = spawnSync(
  process.execPath,
  [join(root, 'test', 'eval', 'score.mjs'), '--tables', join(out, 'tables'), ...scorerArgs],
  { cwd: root, stdio: 'inherit' },
);
rmSync(out, { recursive: true, force: true });
process.exit(score.status ?? 1);
