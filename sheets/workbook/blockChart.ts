// A native chart of one block, resolved to the block's cells: its first column as categories
// (the first MAX_CATEGORIES rows: blocks list the most prominent first), each series column with
// its header as name; the values cached from the block's rows.
import type { Block, BlockChart } from '../SheetSpec.ts';
import type { NativeChart } from './NativeChart.ts';
import { cellValue } from './cellValue.ts';
import { columnLetter } from './columnLetter.ts';
import { sheetRef } from './linkedValue.ts';

export const MAX_CATEGORIES = 12;
const CHART_COLUMNS = 10;
const CHART_HEIGHT_ROWS = 20;

/** Where a block landed: its header row and first data row (1-based). */
export interface BlockPlace {
  header: number;
  first: number;
}

export function blockChart(
  sheet: string,
  block: Block,
  place: BlockPlace,
  chart: BlockChart,
  at: { col: number; row: number },
): NativeChart {
  const rows = block.rows.slice(0, MAX_CATEGORIES);
  const last = place.first + rows.length - 1;
  const range = (col: number, from: number, to: number) =>
    `${sheetRef(sheet)}!$${columnLetter(col)}$${from}:$${columnLetter(col)}$${to}`;
  const label = block.columns[0];
  return {
    title: chart.title,
    numFmt: chart.numFmt ?? 'General',
    categories: {
      ref: range(1, place.first, last),
      values: rows.map((r) => String(cellValue(r[label.key], 'text') ?? '')),
    },
    series: chart.series.flatMap((key) => {
      const i = block.columns.findIndex((c) => c.key === key);
      if (i < 0) return [];
      const col = i + 1;
      return [
        {
          name: { ref: `${sheetRef(sheet)}!$${columnLetter(col)}$${place.header}`, values: [block.columns[i].header] },
          values: {
            ref: range(col, place.first, last),
            values: rows.map((r) => numeric(cellValue(r[key], block.columns[i].type))),
          },
        },
      ];
    }),
    from: at,
    to: { col: at.col + CHART_COLUMNS, row: at.row + CHART_HEIGHT_ROWS },
  };
}

function numeric(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}
