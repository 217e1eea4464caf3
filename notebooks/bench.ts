// Bench: how long does a user wait? For each corpus size (default 1,000, 2,000 and 10,000
// articles), builds a synthetic corpus from the sample (bench/syntheticCorpus.ts, fixed seed), runs
// the whole notebook on it in its own process with --timings (tables, Parquet, charts, report,
// workbook), then the afternoon pipeline (bench/afternoon) on the same corpus, and prints per stage
// the wall time, articles per second and how the cost per article grows from the smallest size to
// the largest, the peak memory, and Framebook's speed against the afternoon pipeline's.
//
//   npm run bench                          1,000, 2,000 and 10,000 articles
//   npm run bench -- 500 2000              the sizes given
//   npm run bench -- --jobs 1 2000         flags after the sizes go to the notebook
//   npm run bench -- --afternoon-up-to 2000 the afternoon pipeline only up to 2,000 articles (it takes
//                                          minutes at 10,000)
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { syntheticCorpus } from '../bench/syntheticCorpus.ts';

const root = resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const upTo = args.indexOf('--afternoon-up-to');
const afternoonUpTo = upTo >= 0 ? Number(args.splice(upTo, 2)[1]) : Infinity;
const sizes = args.filter((a) => /^\d+$/.test(a) && !/^--/.test(args[args.indexOf(a) - 1] ?? '')).map(Number);
const flags = args.filter((a, i) => !sizes.includes(Number(a)) || /^--/.test(args[i - 1] ?? ''));
if (!sizes.length) sizes.push(1000, 2000, 10000);

interface Run {
  size: number;
  stages: Map<string, number>;
  /** CPU ms (all threads) and JavaScript heap in use after, per stage. */
  cpu: Map<string, number>;
  heap: Map<string, number>;
  wall: number;
  peak: number;
  afternoon: number;
  failed?: string;
}

function run(script: string, argv: string[]): { ms: number; stderr: string; status: number | null } {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(root, script), ...argv], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, TZ: 'UTC' },
    maxBuffer: 64 * 1024 * 1024,
  });
  return { ms: performance.now() - t0, stderr: r.stderr, status: r.status };
}

const runs: Run[] = [];
for (const size of sizes) {
  const dir = mkdtempSync(join(tmpdir(), `framebook-bench-${size}-`));
  try {
    const corpus = syntheticCorpus(join(dir, 'corpus'), size);
    const nb = run('notebooks/framebook.ts', [
      '--corpus',
      corpus,
      '--out',
      join(dir, 'out'),
      '--timings',
      '--quiet',
      ...flags,
    ]);
    const stages = new Map<string, number>();
    const cpu = new Map<string, number>();
    const heap = new Map<string, number>();
    let peak = 0;
    for (const line of nb.stderr.split('\n')) {
      const [tag, a, b, c, d] = line.split('\t');
      if (tag === 'timing') {
        stages.set(a, Number(b));
        cpu.set(a, Number(c));
        heap.set(a, Number(d));
      }
      if (tag === 'peak-rss') peak = Number(a);
    }
    const af =
      size <= afternoonUpTo
        ? run('bench/afternoon/afternoon.ts', ['--corpus', corpus, '--out', join(dir, 'afternoon')])
        : { ms: NaN, stderr: '', status: null };
    runs.push({
      size,
      stages,
      cpu,
      heap,
      wall: nb.ms,
      peak,
      afternoon: af.status === 0 ? af.ms : NaN,
      failed: nb.status === 0 ? undefined : nb.stderr.trim().split('\n').slice(-3).join(' | '),
    });
    report(runs[runs.length - 1]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
if (runs.length > 1) growth(runs[0], runs[runs.length - 1]);

function perSecond(size: number, ms: number): string {
  return ms > 0 ? (size / (ms / 1000)).toFixed(0) : '-';
}

function report(r: Run): void {
  const out = [`\n${r.size} articles${r.failed ? `  FAILED: ${r.failed}` : ''}`];
  out.push(
    `  ${'stage'.padEnd(22)} ${'ms'.padStart(8)} ${'articles/s'.padStart(11)} ${'cpu ms'.padStart(8)} ${'heap MB after'.padStart(14)}`,
  );
  for (const [label, ms] of r.stages)
    out.push(
      `  ${label.padEnd(22)} ${ms.toFixed(0).padStart(8)} ${perSecond(r.size, ms).padStart(11)} ${(r.cpu.get(label) ?? NaN).toFixed(0).padStart(8)} ${((r.heap.get(label) ?? NaN) / 2 ** 20).toFixed(0).padStart(14)}`,
    );
  out.push(
    `  ${'whole run (wall)'.padEnd(22)} ${r.wall.toFixed(0).padStart(8)} ${perSecond(r.size, r.wall).padStart(11)}`,
  );
  out.push(`  peak memory ${(r.peak / 2 ** 20).toFixed(0)} MB`);
  out.push(
    Number.isNaN(r.afternoon)
      ? '  afternoon pipeline not run at this size'
      : `  afternoon pipeline ${r.afternoon.toFixed(0)} ms: Framebook is ${(r.afternoon / r.wall).toFixed(1)}x its speed`,
  );
  console.log(out.join('\n'));
}

function growth(small: Run, large: Run): void {
  const scale = (a: number, b: number) => ((b / large.size / (a / small.size)) * 100 - 100).toFixed(0);
  const out = [`\nCost per article, ${small.size} -> ${large.size} articles (+% means slower per article)`];
  for (const [label, ms] of large.stages) {
    const before = small.stages.get(label) ?? NaN;
    out.push(`  ${label.padEnd(22)} ${`${scale(before, ms)}%`.padStart(8)}`);
  }
  out.push(`  ${'whole run (wall)'.padEnd(22)} ${`${scale(small.wall, large.wall)}%`.padStart(8)}`);
  out.push(`  ${'peak memory'.padEnd(22)} ${`x${(large.peak / small.peak).toFixed(2)}`.padStart(8)}`);
  console.log(out.join('\n'));
}
