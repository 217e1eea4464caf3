// RFC 4180 CSV with a header, "\n" line ends, and a leading apostrophe on text that a spreadsheet
// would read as a formula.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Row } from './columns.ts';

function cell(v: Row[string] | undefined): string {
  if (v === undefined) return '';
  if (typeof v === 'number') return String(v);
  let s = String(v);
  if (/^[=+\-@]/.test(s)) s = `'${s}`;
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function writeCsv(path: string, columns: readonly string[], rows: Row[]): void {
  mkdirSync(dirname(path), { recursive: true });
  const lines = [columns.join(','), ...rows.map((r) => columns.map((c) => cell(r[c])).join(','))];
  writeFileSync(path, `${lines.join('\n')}\n`);
}
