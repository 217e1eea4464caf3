// A spreadsheet cell as the text a user sees: rich text joined, formulas by their result,
// hyperlinks by their text, numbers in plain digits, calendar dates as YYYY-MM-DD, errors empty.
// Values are trimmed; the readers decide what text means.
import type { CellValue } from 'exceljs';

export function cellText(value: CellValue): string {
  return raw(value).trim();
}

function raw(value: CellValue): string {
  if (value == null) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return dateText(value);
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('error' in value) return '';
  if ('formula' in value || 'sharedFormula' in value) return value.result == null ? '' : raw(value.result as CellValue);
  if ('hyperlink' in value) return raw((value as { text?: CellValue }).text ?? value.hyperlink);
  return '';
}

/** exceljs gives dates at UTC; a date with no time of day is a calendar day. */
function dateText(d: Date): string {
  if (Number.isNaN(d.getTime())) return '';
  const iso = d.toISOString();
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso.slice(0, 19).replace('T', ' ');
}
