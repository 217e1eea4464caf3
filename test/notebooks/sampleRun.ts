// The main notebook run on the sample corpus (corpus/, with its manifest.csv) as a user runs it,
// once per test process: the end-to-end, golden-table and gold-score tests read the same output.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const root = resolve(import.meta.dirname, '..', '..');

export interface NotebookRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `notebooks/framebook.ts` with the given flags in a child process (TZ=UTC). */
export function notebook(...args: string[]): NotebookRun {
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'notebooks', 'framebook.ts'), ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, TZ: 'UTC' },
  });
  return { status: r.status, stderr: r.stderr, stdout: r.stdout };
}

let sample: (NotebookRun & { out: string }) | undefined;

/** The sample run (default corpus and manifest), made on first call; `out` is its output folder. */
export function sampleRun(): NotebookRun & { out: string } {
  if (sample) return sample;
  const scratch = mkdtempSync(join(tmpdir(), 'framebook-sample-'));
  process.on('exit', () => rmSync(scratch, { recursive: true, force: true }));
  const out = join(scratch, 'output');
  sample = {
    ...notebook('--corpus', join(root, 'corpus'), '--manifest', join(root, 'corpus', 'manifest.csv'), '--out', out),
    out,
  };
  return sample;
}
