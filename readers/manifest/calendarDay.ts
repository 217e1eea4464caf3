// A manifest's publication date as a calendar day (YYYY-MM-DD), in every form a spreadsheet
// user writes one: ISO text (2016-07-14, 2016/07/14, with or without a time), a real date cell
// (read as its UTC day), an Excel serial number (42565, what a date cell becomes once its format
// is lost), day first with slashes, dots or dashes (14/07/2016, 14.07.2016), month first when
// the day gives it away (07/14/2016), and the month in words (14 July 2016, July 14, 2016,
// 14-Jul-2016). 03/04/2016 could be either day first or month first: an error saying how to
// write it, never a guess.
import { InputError, type InputPlace } from '../../transforms/InputError.ts';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = '(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?';
const ISO = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/;
const NUMERIC = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4})$/;
const DAY_MONTH = new RegExp(`^(\\d{1,2})(?:st|nd|rd|th)?[\\s-]+${MONTH}[\\s,-]+(\\d{4})$`, 'i');
const MONTH_DAY = new RegExp(`^${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})$`, 'i');
const SERIAL = /^\d{5}(?:\.\d+)?$/;
/** Day 0 of Excel's 1900 date system (its serial 60 is a 29 February 1900 that never was). */
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

/** The cell's calendar day, '' for an empty cell; an InputError naming the cell otherwise. */
export function calendarDay(cell: string | Date, place: InputPlace): string {
  if (cell instanceof Date) {
    if (Number.isNaN(cell.getTime())) throw new InputError(place, 'not a valid date');
    return cell.toISOString().slice(0, 10);
  }
  const text = cell.trim();
  if (!text) return '';
  const day = parseDay(text, place);
  if (day) return day;
  throw new InputError(
    place,
    `"${text}" is not a date; write it as YYYY-MM-DD (for example 2016-07-14), 14/07/2016, 14 July 2016 or as an Excel date`,
  );
}

function parseDay(text: string, place: InputPlace): string | null {
  let m = ISO.exec(text);
  if (m) return isoOf(+m[1], +m[2], +m[3]);
  if ((m = NUMERIC.exec(text))) {
    const [a, b, year] = [+m[1], +m[3], +m[4]];
    if (a <= 12 && b <= 12 && a !== b)
      throw new InputError(
        place,
        `"${text}" could be ${monthName(b)} ${a} or ${monthName(a)} ${b}; write it as YYYY-MM-DD ` +
          `(${isoOf(year, b, a) ?? '?'} or ${isoOf(year, a, b) ?? '?'}) or as ${a} ${monthName(b)} ${year}`,
      );
    return a > 12 ? isoOf(year, b, a) : isoOf(year, a, b);
  }
  if ((m = DAY_MONTH.exec(text))) return isoOf(+m[3], monthOf(m[2]), +m[1]);
  if ((m = MONTH_DAY.exec(text))) return isoOf(+m[3], monthOf(m[1]), +m[2]);
  if (SERIAL.test(text))
    return new Date(EXCEL_EPOCH + Math.floor(Number(text)) * 86_400_000).toISOString().slice(0, 10);
  return null;
}

function monthOf(name: string): number {
  return MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;
}

function monthName(month: number): string {
  return new Date(Date.UTC(2000, month - 1, 1)).toLocaleString('en', { month: 'long', timeZone: 'UTC' });
}

/** YYYY-MM-DD for a day that exists, null otherwise (30 February). */
function isoOf(y: number, m: number, d: number): string | null {
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return date.toISOString().slice(0, 10);
}
