// A sheet's print setup from its spec: orientation, fitted to `pagesWide` pages across and
// `pagesTall` down (or as many as it takes), header rows repeated on every page, A4, the sheet's
// name and page number in the footer.
import type { Worksheet } from 'exceljs';
import type { PrintSetup } from '../SheetSpec.ts';

export function printSetup(ws: Worksheet, print: PrintSetup | undefined): void {
  if (!print) return;
  ws.pageSetup.orientation = print.orientation;
  ws.pageSetup.fitToPage = true;
  ws.pageSetup.fitToWidth = print.pagesWide;
  ws.pageSetup.fitToHeight = print.pagesTall ?? 0;
  ws.pageSetup.paperSize = 9; // A4
  ws.pageSetup.margins = { left: 0.4, right: 0.4, top: 0.5, bottom: 0.5, header: 0.3, footer: 0.3 };
  if (print.repeatRows) ws.pageSetup.printTitlesRow = print.repeatRows;
  ws.headerFooter.oddFooter = '&L&A&RPage &P of &N';
}
