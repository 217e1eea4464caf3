// CSV as docs/CONTRACT.md wants it: RFC 4180 quoting, UTF-8 without BOM, "\n" line ends, a header
// even when there are no rows, numbers plain, and text that a spreadsheet would read as a formula
// (= + - @ at the start, or after leading tabs and line breaks, which some spreadsheets skip)
// neutralised with a leading apostrophe.
import type { CellType } from '../transforms/schema/index.ts';
import { roundNumber } from './roundNumber.ts';

export interface CsvColumn {
  name: string;
  /** Declared type: numeric text in a number column is written as a number, not neutralised. */
  type?: CellType;
  values: ArrayLike<unknown>;
}

/** Characters of CSV text handed on at a time: the file is written as it is rendered, never held whole. */
const CHUNK = 1 << 20;

/**
 * The file as pieces of text, in one pass over the rows: header line, then one line per row, each
 * ending in "\n". Joined, the pieces are the whole file.
 */
export function* csvChunks(columns: CsvColumn[], rowCount: number): Generator<string> {
  const n = columns.length;
  const values = columns.map((c) => c.values);
  const types = columns.map((c) => c.type);
  let text = `${columns.map((c) => quote(c.name)).join(',')}\n`;
  for (let i = 0; i < rowCount; i++) {
    if (n > 0) text += csvField(values[0][i], types[0]);
    for (let c = 1; c < n; c++) text += `,${csvField(values[c][i], types[c])}`;
    text += '\n';
    if (text.length >= CHUNK) {
      yield text;
      text = '';
    }
  }
  if (text) yield text;
}

/** The whole file as a string (small tables and tests; writeTables streams the chunks). */
export function toCsv(columns: CsvColumn[], rowCount: number): string {
  let csv = '';
  for (const chunk of csvChunks(columns, rowCount)) csv += chunk;
  return csv;
}

/** One cell: empty for null, undefined and NaN; true/false; plain numbers; quoted text when needed. */
export function csvField(value: unknown, type?: CellType): string {
  if (typeof value === 'string') return textField(value, type);
  if (value == null) return '';
  if (typeof value === 'number') return formatNumber(value);
  if (typeof value === 'bigint') return value.toString();
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : isoDate(value);
  if (Array.isArray(value)) return csvField(value.join('; '), 'text');
  return textField(String(value), type);
}

/** = + - @ first, or after tabs and line breaks (a carriage return is a line break by then). */
const FORMULA_START = /^[\t\n]*[=+\-@]/;

/** Text: line ends as "\n", numeric text in a number column as a number, formulas neutralised. */
function textField(value: string, type?: CellType): string {
  const text = value.indexOf('\r') < 0 ? value : value.replace(/\r\n?/g, '\n');
  if ((type === 'integer' || type === 'number') && /^-?\d+(\.\d+)?$/.test(text)) return formatNumber(Number(text));
  return quote(FORMULA_START.test(text) ? `'${text}` : text);
}

/** A number as digits, never with an exponent for ordinary values; floats to at most 6 decimals. */
export function formatNumber(n: number): string {
  if (!Number.isFinite(n)) return '';
  const r = roundNumber(n);
  if (Math.abs(r) >= 1e21) return BigInt(r).toString();
  return String(r);
}

function quote(text: string): string {
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A Date at UTC midnight is a calendar day; anything else keeps its time. */
function isoDate(d: Date): string {
  const iso = d.toISOString();
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso;
}
