// How an Outlets sheet is laid out beyond its blocks: the title row and the label column frozen,
// printed landscape on one page across and two down (charts included), and native charts of
// its main comparisons (salience, voices, frames, casualty figures) beside the blocks, drawn
// from the blocks' own cells.
import type { BlockChart, BlocksSheet, PrintSetup } from './SheetSpec.ts';
import { FIGURES_CHART_BLOCK } from './outlets/figureChartBlock.ts';
import { THOUSANDS } from './columnFormats.ts';

export const OUTLETS_PRINT: PrintSetup = { orientation: 'landscape', pagesWide: 1, pagesTall: 2 };

/** Charted blocks by title, with the chart's title and value format. */
const CHARTED: { block: string; title: string; numFmt: string }[] = [
  { block: 'Salience', title: 'Share of actor mentions, by outlet', numFmt: '0%' },
  { block: 'Voices', title: 'Share of quotes, by speaker and outlet', numFmt: '0%' },
  { block: 'Frames', title: 'Share of frame cues, by outlet', numFmt: '0%' },
  { block: FIGURES_CHART_BLOCK, title: 'Largest casualty figure cited, by outlet', numFmt: THOUSANDS },
];

export function outletsLayout(sheet: BlocksSheet): BlocksSheet {
  const charts: BlockChart[] = CHARTED.flatMap((c) => {
    const block = sheet.blocks.findIndex((b) => b.title === c.block);
    if (block < 0 || !sheet.blocks[block].rows.length) return [];
    const series = sheet.blocks[block].columns.slice(1).map((col) => col.key);
    return [{ block, title: c.title, series, numFmt: c.numFmt }];
  });
  return { ...sheet, freeze: true, print: OUTLETS_PRINT, charts };
}
