// The data rows of a streamed table sheet written as sheet XML directly, the same bytes exceljs's
// WorksheetWriter writes for them (row spans, style ids, `str`/`b` cell types, dates as Excel
// serial numbers, text escaped by exceljs's own xmlEncode), without building a Row and Cell object
// and a style model for every cell: at 2,000 articles those took most of the workbook's time.
// Style ids come from the workbook's own style table, asked once per column and kind of value in
// the order exceljs would first meet them, so the ids are the ones it would give.
import { createRequire } from 'node:module';
import type { Workbook, Worksheet } from 'exceljs';
import type { LinkedValue } from './linkedValue.ts';
import { columnLetter } from './columnLetter.ts';

const excel = createRequire(createRequire(import.meta.url).resolve('exceljs'));
const utils = excel('./lib/utils/utils.js') as {
  xmlEncode(text: string): string;
  dateToExcel(d: Date, date1904?: boolean): number;
};
/** exceljs's value types (lib/doc/enums.js), which pick a default number format. */
const NUMBER = 2,
  STRING = 3,
  DATE = 4,
  BOOLEAN = 9;

interface StreamingSheet {
  stream: { write(chunk: string | Buffer): void; batch?: boolean };
  startedData: boolean;
  _rowZero: number;
}
interface StyleTable {
  addStyleModel(style: object, type: number): number;
}

/**
 * The sheet's XML is encoded row by row into this buffer and handed to the sheet's stream a
 * megabyte at a time. Encoding each row as it is made is cheaper than joining 500 rows into one
 * string and encoding that (a long chain of pieces V8 must first copy flat), and one buffer reused
 * for every sheet spares the collector hundreds of megabytes of short-lived buffers. exceljs's
 * sheet stream (a StreamBuf in batch mode) copies what it is given before write returns.
 */
const CHUNK = 1 << 20;
let chunk = Buffer.alloc(0);

/**
 * Writes `count` rows starting at sheet row `first` (the header already committed); `cells(r)` gives
 * the r-th row's values by column, `style(i, value)` the shared style object of a column's value.
 */
export function streamRows(
  wb: Workbook,
  ws: Worksheet,
  first: number,
  count: number,
  cells: (r: number) => LinkedValue[],
  style: (i: number, value: LinkedValue) => object,
): void {
  const sheet = ws as unknown as StreamingSheet;
  if (!sheet.startedData) throw new Error('streamRows: commit the header row first');
  const styles = (wb as unknown as { styles: StyleTable }).styles;
  const ids = new Map<object, number>();
  const idOf = (s: object, type: number) => {
    let id = ids.get(s);
    if (id === undefined) ids.set(s, (id = styles.addStyleModel(s, type)));
    return id;
  };
  const letters: string[] = [];
  // A stream that might keep the buffer it is given gets a buffer of its own each time.
  const own = sheet.stream.batch !== true;
  if (chunk.length < CHUNK) chunk = Buffer.allocUnsafe(CHUNK);
  let at = 0;
  const flush = () => {
    if (at) sheet.stream.write(own ? Buffer.from(chunk.subarray(0, at)) : chunk.subarray(0, at));
    at = 0;
  };
  for (let r = 0; r < count; r++) {
    const n = first + r;
    const values = cells(r);
    let min = 0,
      max = 0,
      row = '';
    for (let i = 0; i < values.length; i++) {
      const value = values[i];
      if (value === null) continue;
      const col = i + 1;
      if (!min) min = col;
      max = col;
      let type: number, t: string, v: string;
      if (typeof value === 'string') [type, t, v] = [STRING, ' t="str"', utils.xmlEncode(value)];
      else if (typeof value === 'number') [type, t, v] = [NUMBER, '', String(value)];
      else if (typeof value === 'boolean') [type, t, v] = [BOOLEAN, ' t="b"', value ? '1' : '0'];
      else if (value instanceof Date) [type, t, v] = [DATE, '', String(utils.dateToExcel(value))];
      else throw new Error('streamRows: links are not written to a streamed sheet');
      const id = idOf(style(i, value), type);
      row += `<c r="${(letters[i] ??= columnLetter(col))}${n}"${id ? ` s="${id}"` : ''}${t}><v>${v}</v></c>`;
    }
    if (!row) continue;
    const xml = `<row r="${n}" spans="${min}:${max}" x14ac:dyDescent="0.25">${row}</row>`;
    // At most three bytes of UTF-8 for each UTF-16 unit.
    if (at + xml.length * 3 > CHUNK) flush();
    if (xml.length * 3 > CHUNK) sheet.stream.write(xml);
    else at += chunk.write(xml, at);
  }
  flush();
  // The writer numbers the rows it still holds from here on.
  sheet._rowZero = first + count;
}
