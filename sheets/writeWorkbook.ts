// The one module that writes workbooks with exceljs: a WorkbookSpec in, an .xlsx out, written
// under a temporary name and renamed, with the same bytes for the same spec.
import { mkdir, rename, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import ExcelJS from 'exceljs';
import type { WorkbookSpec } from './SheetSpec.ts';
import { renderTableSheet } from './workbook/renderTableSheet.ts';
import { renderBlocksSheet } from './workbook/renderBlocksSheet.ts';
import { renderImagesSheet } from './workbook/renderImagesSheet.ts';
import { normaliseXlsx } from './workbook/normaliseXlsx.ts';
import { checkSheetNames } from './workbook/checkSheetNames.ts';
import { checkTableNames } from './workbook/checkTableNames.ts';
import type { SheetCharts } from './workbook/NativeChart.ts';
import { writeAtomic } from '../writers/writeAtomic.ts';
import { streamWorkbook } from './workbook/streamWorkbook.ts';
import { STREAM_ROWS, streamed } from './workbook/streamed.ts';

export { STREAM_ROWS };

/** A fixed date for the workbook's properties: no clock in outputs. */
const FIXED_DATE = new Date(Date.UTC(2000, 0, 1));

/** Writes `<outDir>/framebook.xlsx` and returns its path. */
export async function writeWorkbook(outDir: string, spec: WorkbookSpec): Promise<string> {
  return writeWorkbookFile(join(outDir, 'framebook.xlsx'), spec);
}

/** Writes the workbook to `path` (the codebook builder uses this too) and returns the path. */
export async function writeWorkbookFile(path: string, spec: WorkbookSpec): Promise<string> {
  checkSheetNames(spec.sheets.map((s) => s.name));
  checkTableNames(spec.sheets.flatMap((s) => (s.kind === 'table' && s.table ? [s.table] : [])));
  if (streamed(spec.sheets)) return streamAtomic(path, spec);
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Framebook';
  wb.lastModifiedBy = 'Framebook';
  wb.created = FIXED_DATE;
  wb.modified = FIXED_DATE;
  wb.lastPrinted = FIXED_DATE;
  const charts: SheetCharts[] = [];
  for (const sheet of spec.sheets) {
    if (sheet.kind === 'table') renderTableSheet(wb, sheet);
    else if (sheet.kind === 'blocks') charts.push({ sheet: sheet.name, charts: renderBlocksSheet(wb, sheet).charts });
    else await renderImagesSheet(wb, sheet);
  }
  // Stored, not deflated: normaliseXlsx compresses once (deflating twice took 3x as long on 200k rows).
  const raw = new Uint8Array(
    await wb.xlsx.writeBuffer({ zip: { compression: 'STORE' } } as Partial<ExcelJS.XlsxWriteOptions>),
  );
  return writeAtomic(path, await normaliseXlsx(raw, charts));
}

/** Streamed under a temporary name, then renamed (as writeAtomic does for a buffer). */
async function streamAtomic(path: string, spec: WorkbookSpec): Promise<string> {
  await mkdir(dirname(path), { recursive: true });
  const temp = `${path}.${process.pid}.tmp`;
  try {
    await streamWorkbook(temp, spec, FIXED_DATE);
    await rename(temp, path);
  } catch (e) {
    await rm(temp, { force: true });
    throw e;
  }
  return path;
}
