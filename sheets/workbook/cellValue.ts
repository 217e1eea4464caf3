// A value from a table row as the workbook cell of its column's type: numbers as numbers, ISO
// days as real dates (UTC, so no time zone can shift them), booleans as booleans, lists joined
// with "; ", text cut to Excel's 32,767-character limit with a note saying so, control characters
// that XML forbids removed.
import type { CellType } from '../../transforms/schema/index.ts';
import { roundNumber } from '../../writers/roundNumber.ts';

export type CellData = string | number | boolean | Date | null;

export const EXCEL_TEXT_LIMIT = 32767;
const CUT_NOTE = " [... cut at Excel's 32,767-character limit; the CSV table holds the whole text]";

export function cellValue(value: unknown, type: CellType): CellData {
  if (value == null) return null;
  if (typeof value === 'number') return Number.isFinite(value) ? roundNumber(value) : null;
  if (typeof value === 'boolean') return value;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value;
  if (Array.isArray(value)) return fitText(value.join('; '));
  const text = String(value);
  if (text === '') return null;
  if (type === 'date') return isoDay(text) ?? fitText(text);
  if ((type === 'integer' || type === 'number') && /^-?\d+(\.\d+)?$/.test(text)) return roundNumber(Number(text));
  if (type === 'boolean' && (text === 'true' || text === 'false')) return text === 'true';
  return fitText(text);
}

/** "2016-07-14" as a Date at UTC midnight; null for anything else. */
export function isoDay(text: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return null;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]) ? d : null;
}

/** Control characters XML 1.0 forbids (an .xlsx with one is refused by Excel), and lone surrogates. */
const NOT_XML =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Any character NOT_XML might remove: most text has none, and this one scan is much cheaper. */
const MAYBE_NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff\ud800-\udfff]/;

/** Text Excel can hold: XML-forbidden characters removed, longer text cut with a note saying so. */
export function fitText(raw: string): string {
  const text = MAYBE_NOT_XML.test(raw) ? raw.replace(NOT_XML, '') : raw;
  if (text.length <= EXCEL_TEXT_LIMIT) return text;
  let head = text.slice(0, EXCEL_TEXT_LIMIT - CUT_NOTE.length);
  if (/[\uD800-\uDBFF]$/.test(head)) head = head.slice(0, -1);
  return head + CUT_NOTE;
}
