// The corpus manifest: one row per article with its file name and, optionally, outlet,
// publication date, URL and event (docs/CONTRACT.md). A .xlsx is read with exceljs (its first sheet,
// or the one named "manifest"); a .csv with a CSV parser, every value as text. Header names are
// trimmed and matched without regard to case; other columns are ignored. CSV line ends, separators
// and row widths: manifest/csvRecords.ts. Dates are calendar days in any common spreadsheet form
// (manifest/calendarDay.ts), a date cell read as its UTC day, never through the local time zone.
// A header with no rows is a valid, silent manifest.
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import ExcelJS from 'exceljs';
import { csvRecords } from './manifest/csvRecords.ts';
import { calendarDay } from './manifest/calendarDay.ts';
import { InputError, type InputPlace } from '../transforms/InputError.ts';
import type { ManifestRow } from '../transforms/articles/ManifestRow.ts';

const COLUMNS = ['file', 'outlet', 'published', 'url', 'event'] as const;
type Column = (typeof COLUMNS)[number];

/** A cell as read, before it is checked: text, or a date the spreadsheet stored as a date. */
type Cell = string | Date;
interface RawSheet {
  sheet?: string;
  rows: { row: number; cells: Cell[] }[];
}

export async function readManifest(file: string | null): Promise<ManifestRow[]> {
  if (file == null) return [];
  const ext = extname(file).toLowerCase();
  if (ext !== '.csv' && ext !== '.xlsx')
    throw new InputError({ file }, `a manifest must be a .xlsx or .csv file, not "${ext || 'no extension'}"`);
  const raw = ext === '.csv' ? await readCsv(file) : await readXlsx(file);
  return manifestRows(file, raw);
}

function manifestRows(file: string, { sheet, rows }: RawSheet): ManifestRow[] {
  const [header, ...body] = rows;
  if (!header) return [];
  const at = (row: number, column?: string): InputPlace => ({ file, sheet, row, column });
  const index = new Map<Column, number>();
  header.cells.forEach((cell, i) => {
    const name = String(cell).trim().toLowerCase() as Column;
    if (COLUMNS.includes(name) && !index.has(name)) index.set(name, i);
  });
  if (!index.has('file'))
    throw new InputError(
      at(header.row, 'file'),
      'no "file" column: the header row must name a column "file" holding each article\'s file name',
    );

  const seen = new Map<string, number>();
  const out: ManifestRow[] = [];
  for (const { row, cells } of body) {
    if (cells.every((c) => cellText(c) === '')) continue;
    const get = (c: Column) => {
      const i = index.get(c);
      return i == null ? '' : (cells[i] ?? '');
    };
    const name = cellText(get('file'));
    if (!name) throw new InputError(at(row, 'file'), 'empty file name');
    const first = seen.get(name);
    if (first != null) throw new InputError(at(row, 'file'), `"${name}" is already listed in row ${first}`);
    seen.set(name, row);
    out.push({
      file: name,
      outlet: cellText(get('outlet')),
      published: calendarDay(get('published'), at(row, 'published')),
      url: cellText(get('url')),
      event: cellText(get('event')),
      row,
      source: file,
      ...(sheet ? { sheet } : {}),
    });
  }
  return out;
}

function cellText(cell: Cell): string {
  return cell instanceof Date ? cell.toISOString() : cell.trim();
}

async function readCsv(file: string): Promise<RawSheet> {
  return { rows: csvRecords(file, await readFile(file)) };
}

async function readXlsx(file: string): Promise<RawSheet> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.readFile(file);
  } catch (e) {
    throw new InputError({ file }, `cannot read as an .xlsx workbook: ${(e as Error).message}`);
  }
  const sheet = workbook.worksheets.find((w) => w.name.trim().toLowerCase() === 'manifest') ?? workbook.worksheets[0];
  if (!sheet) throw new InputError({ file }, 'the workbook has no sheet');
  const rows: RawSheet['rows'] = [];
  sheet.eachRow({ includeEmpty: false }, (r, row) => {
    const cells: Cell[] = [];
    for (let c = 1; c <= r.cellCount; c++) cells.push(xlsxCell(r.getCell(c)));
    rows.push({ row, cells });
  });
  return { sheet: sheet.name, rows };
}

/** A cell's value as text (rich text and hyperlinks by their text, formulas by their result), dates kept as dates. */
function xlsxCell(cell: ExcelJS.Cell): Cell {
  const v = cell.value;
  if (v == null) return '';
  if (v instanceof Date) return v;
  if (typeof v === 'object' && 'result' in v)
    return v.result instanceof Date ? v.result : v.result == null ? '' : String(v.result);
  if (typeof v === 'object' && 'hyperlink' in v && typeof v.text === 'string' && /^\s*$/.test(v.text))
    return v.hyperlink;
  if (typeof v === 'object' && 'error' in v) return '';
  return cell.text ?? '';
}
