// What the workbook and the charts leave out, one line each, for the About sheet: events past the
// charted ones, article texts past Excel's cell limit, record sheets cut at the row cap, a
// streamed workbook's plainer sheets, and how much of each block the native charts draw.
import type { Extraction } from '../transforms/Extraction.ts';
import { MAX_CHARTED_EVENTS } from '../charts/index.ts';
import { MAX_OUTLETS_SHEETS } from './outletsSheets.ts';
import { EXCEL_TEXT_LIMIT } from './workbook/cellValue.ts';
import { MAX_CATEGORIES } from './workbook/blockChart.ts';
import { STREAM_ROWS } from './workbook/streamed.ts';
import { count } from './rowCap.ts';

export interface CutSheet {
  sheet: string;
  /** The table's name in tables/. */
  file: string;
  rows: number;
  kept: number;
}

/** `cut`: the record sheets cut at the row cap; `streamedRows`: the table rows of a streamed workbook, else null. */
export function workbookCuts(extraction: Extraction, cut: CutSheet[], streamedRows: number | null): string[] {
  const lines: string[] = [];
  const events = new Set(
    Array.from(extraction.articles.numRows() ? (extraction.articles.array('event_id') as ArrayLike<unknown>) : []),
  ).size;
  if (events > MAX_CHARTED_EVENTS)
    lines.push(
      events > MAX_OUTLETS_SHEETS
        ? `Charts and slides cover the ${MAX_CHARTED_EVENTS} events with the most articles, of ${events}, and Outlets sheets the ${MAX_OUTLETS_SHEETS} largest; the comparison sheets and tables cover every event.`
        : `Charts and slides cover the ${MAX_CHARTED_EVENTS} events with the most articles, of ${events}; the tables and Outlets sheets cover every event.`,
    );
  const texts = Array.from(
    extraction.articles.numRows() ? (extraction.articles.array('text') as ArrayLike<unknown>) : [],
  );
  const long = texts.filter((t) => typeof t === 'string' && t.length > EXCEL_TEXT_LIMIT).length;
  if (long)
    lines.push(
      `${long} article text${long === 1 ? ' is' : 's are'} longer than Excel's ${EXCEL_TEXT_LIMIT.toLocaleString('en')}-character cell limit and cut on Articles; tables/articles.csv holds them whole.`,
    );
  for (const c of cut)
    lines.push(
      `${c.sheet} holds the first ${count(c.kept)} of ${count(c.rows)} rows (--max-rows); every row is in tables/${c.file}.csv and tables/${c.file}.parquet.`,
    );
  if (streamedRows != null)
    lines.push(
      `This workbook holds ${count(streamedRows)} table rows, more than ${count(STREAM_ROWS)}, and was streamed to disk: its record and comparison sheets have a plain header with filter buttons (no Excel Tables, no links to Sentences, no print setup), the Outlets sheets have no native charts, and the Charts sheet lists the chart files instead of showing them.`,
    );
  else
    lines.push(
      `The charts beside each Outlets sheet draw the first ${MAX_CATEGORIES} rows of their block (the most prominent); the block holds them all.`,
    );
  return lines;
}
