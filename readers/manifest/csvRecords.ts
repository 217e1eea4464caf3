// A CSV manifest's records as people's tools write them: any mix of CRLF, LF and CR line ends
// (a file edited in two programs), with or without a byte-order mark, comma, semicolon or tab
// separated (Excel writes ";" where the decimal mark is a comma), quoted fields with separators
// and line breaks inside. The separator is the one the header line uses most. Every value stays
// text. A record with more or fewer cells than the header is an error naming its row: merging
// it into its neighbour would move values into the wrong articles without a word.
import { parse } from 'csv-parse/sync';
import { decodeText } from '../decodeText.ts';
import { InputError } from '../../transforms/InputError.ts';

const SEPARATORS = [',', ';', '\t'];

export function csvRecords(file: string, bytes: Uint8Array): { row: number; cells: string[] }[] {
  const text = decodeText(bytes).text;
  const delimiter = separatorOf(text);
  let records: string[][];
  try {
    records = parse(text, {
      delimiter,
      record_delimiter: ['\r\n', '\n', '\r'],
      relax_column_count: true,
      skip_empty_lines: false,
      cast: false,
    });
  } catch (e) {
    throw new InputError({ file }, `cannot read as CSV: ${(e as Error).message}`);
  }
  const width = records[0]?.length ?? 0;
  records.forEach((cells, i) => {
    if (cells.length === width || cells.every((c) => c.trim() === '')) return;
    throw new InputError(
      { file, row: i + 1 },
      `${cells.length} cells where the header has ${width}; check the row for a stray or missing ` +
        `"${delimiter === '\t' ? 'tab' : delimiter}" or an unclosed quotation mark`,
    );
  });
  return records.map((cells, i) => ({ row: i + 1, cells }));
}

/** The separator the header line (outside quotes) uses most; a comma when it uses none. */
function separatorOf(text: string): string {
  const counts = new Map(SEPARATORS.map((s) => [s, 0]));
  let quoted = false;
  for (const c of text) {
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === '\n' || c === '\r')) break;
    else if (!quoted && counts.has(c)) counts.set(c, counts.get(c)! + 1);
  }
  return SEPARATORS.reduce((best, s) => (counts.get(s)! > counts.get(best)! ? s : best), ',');
}
