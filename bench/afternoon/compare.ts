// Framebook against the afternoon pipeline on annotated corpora: runs both on each corpus folder,
// scores both with test/eval/score.mjs, and prints every measure side by side with the wall time
// of each whole process.
//
//   tsx bench/afternoon/compare.ts DIR [DIR...]
// A folder is annotated when it holds gold/; the sample corpus (corpus/) is scored against test/gold.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { formatTable, type Scores } from './formatTable.ts';

const root = resolve(import.meta.dirname, '..', '..');

function goldOf(dir: string): string | undefined {
  if (existsSync(join(dir, 'gold'))) return join(dir, 'gold');
  if (resolve(dir) === join(root, 'corpus')) return join(root, 'test', 'gold');
  return undefined;
}

/** Runs an npm script on the corpus into `out`; its wall time in seconds. */
function run(script: string, corpus: string, out: string): number {
  const t0 = performance.now();
  const r = spawnSync('npm', ['run', '-s', script, '--', '--corpus', corpus, '--out', out], {
    cwd: root,
    encoding: 'utf8',
    stdio: ['ignore', 'ignore', 'pipe'],
    env: { ...process.env, TZ: 'UTC' },
  });
  const seconds = (performance.now() - t0) / 1000;
  if (r.status !== 0) throw new Error(`npm run ${script} failed on ${corpus}:\n${r.stderr}`);
  return seconds;
}

function score(tables: string, gold: string): Scores {
  const scorer = join(root, 'test', 'eval', 'score.mjs');
  const args = [scorer, '--tables', tables, '--gold', gold, '--json'];
  const r = spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`score.mjs failed on ${tables}:\n${r.stderr}`);
  return JSON.parse(r.stdout.trim().split('\n').pop() ?? '{}');
}

const dirs = process.argv.slice(2);
if (!dirs.length) {
  console.error('usage: tsx bench/afternoon/compare.ts DIR [DIR...]');
  process.exit(2);
}
for (const dir of dirs) {
  const gold = goldOf(dir);
  if (!gold) {
    console.log(`${dir}: no gold/ folder, skipped\n`);
    continue;
  }
  const scratch = mkdtempSync(join(tmpdir(), 'framebook-afternoon-'));
  try {
    const [fb, af] = [join(scratch, 'framebook'), join(scratch, 'afternoon')];
    const fbTime = run('notebook', resolve(dir), fb);
    const afTime = run('afternoon', resolve(dir), af);
    const [fbScores, afScores] = [score(join(fb, 'tables'), gold), score(join(af, 'tables'), gold)];
    console.log(formatTable(`${dir} (gold: ${gold})`, fbScores, afScores, fbTime, afTime));
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
