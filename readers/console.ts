// How a notebook talks: numbered steps and table previews on stderr, one clear line and a
// non-zero exit on unusable input. Results go to files, never to the console.
import type { ColumnTable } from 'arquero';
import { InputError } from '../transforms/InputError.ts';
import { progressBar, LONG_RUN_FILES, type Progress } from './progress.ts';

export async function runNotebook(body: () => Promise<void>): Promise<void> {
  try {
    await body();
  } catch (e) {
    if (e instanceof InputError) {
      process.stderr.write(`framebook: ${e.message}\n`);
      process.exit(1);
    }
    throw e;
  }
}

const settings: { quiet: boolean; timings: boolean; bar: Progress | null } = {
  quiet: false,
  timings: false,
  bar: null,
};

/** --quiet: nothing on stderr but errors; --timings: each timed stage's wall time and the peak memory. */
export function configureConsole(options: { quiet: boolean; timings: boolean }): void {
  settings.quiet = options.quiet;
  settings.timings = options.timings;
}

/**
 * A long run (`files` at least LONG_RUN_FILES) on a terminal shows a progress bar over its `steps`
 * instead of step lines and previews; otherwise, and with --timings, nothing changes.
 */
export function longRun(files: number, steps: number): void {
  if (settings.quiet || settings.timings || !process.stderr.isTTY || files < LONG_RUN_FILES) return;
  settings.bar = progressBar(steps);
}

export function step(title: string): void {
  if (settings.bar) settings.bar.next(title);
  else if (!settings.quiet) process.stderr.write(`\n${title}\n`);
}

/**
 * Runs one stage; with --timings, prints `timing<TAB>label<TAB>ms<TAB>cpu ms<TAB>heap bytes` on stderr:
 * wall time, CPU time of this thread's process (workers included) and the JavaScript heap in use
 * after the stage (notebooks/bench.ts reads these lines).
 */
export async function timed<T>(label: string, work: () => T | Promise<T>): Promise<T> {
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  const result = await work();
  if (settings.timings) {
    const cpu = process.cpuUsage(cpu0);
    const ms = (performance.now() - t0).toFixed(0);
    const heap = process.memoryUsage().heapUsed;
    process.stderr.write(`timing\t${label}\t${ms}\t${((cpu.user + cpu.system) / 1000).toFixed(0)}\t${heap}\n`);
  }
  return result;
}

/** With --timings, the process's peak resident memory in bytes: `peak-rss<TAB>bytes`. */
export function peakMemory(): void {
  if (settings.timings) process.stderr.write(`peak-rss\t${process.resourceUsage().maxRSS * 1024}\n`);
}

/** The first rows of a table, a few columns wide, with its row count. */
export function preview(name: string, table: ColumnTable, columns: string[], rows = 5): void {
  if (settings.quiet || settings.bar) return;
  const head = table
    .select(columns.filter((c) => table.columnNames().includes(c)))
    .slice(0, rows)
    .objects() as Record<string, unknown>[];
  const cut = (v: unknown) => {
    const s = v == null ? '' : String(v).replace(/\s+/g, ' ');
    return s.length > 40 ? `${s.slice(0, 39)}…` : s;
  };
  const cols = columns.filter((c) => table.columnNames().includes(c));
  const widths = cols.map((c) => Math.max(c.length, ...head.map((r) => cut(r[c]).length)));
  const line = (cells: string[]) => `  ${cells.map((s, i) => s.padEnd(widths[i])).join('  ')}`;
  process.stderr.write(
    `  ${name}: ${table.numRows()} rows\n${line(cols)}\n${head.map((r) => line(cols.map((c) => cut(r[c])))).join('\n')}\n`,
  );
}

export function written(paths: string[]): void {
  if (settings.bar) {
    settings.bar.stop();
    settings.bar = null;
    process.stderr.write(`Written: ${paths.length} files\n`);
    return;
  }
  if (settings.quiet) return;
  process.stderr.write(`\nWritten:\n${paths.map((p) => `  ${p}`).join('\n')}\n`);
}

/** Warnings (skipped files, manifest rows left out), one line each on stderr. */
export function warn(warnings: readonly string[]): void {
  for (const w of warnings) process.stderr.write(`framebook: warning: ${w}\n`);
}
