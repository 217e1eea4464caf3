// How a notebook talks: numbered steps and table previews on stderr, one clear line and a
// non-zero exit on unusable input. Results go to files, never to the console.
import type { ColumnTable } from 'arquero';
import { InputError } from '../transforms/InputError.ts';

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

export function step(title: string): void {
  process.stderr.write(`\n${title}\n`);
}

/** The first rows of a table, a few columns wide, with its row count. */
export function preview(name: string, table: ColumnTable, columns: string[], rows = 5): void {
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
  process.stderr.write(`\nWritten:\n${paths.map((p) => `  ${p}`).join('\n')}\n`);
}

/** A problem that does not stop the run (skipped input, a review decision that no longer applies). */
export function warn(message: string): void {
  process.stderr.write(`framebook: ${message}\n`);
}
