// Same workbook, same bytes: exceljs stamps zip entries with the time of writing and lists
// them in the order it wrote them. Re-zip with a fixed entry date, entries sorted
// ([Content_Types].xml first, as Office writes it), DEFLATE. On the way, the package is
// finished where exceljs cannot: drawing anchors lose the `editAs` attribute exceljs adds (see
// imageAnchor.ts), tables lose the totals marks exceljs adds, links within the workbook lose
// their stray relationship (internalLinks.ts), and native charts are added (nativeCharts.ts).
import JSZip from 'jszip';
import { internalLinks } from './internalLinks.ts';
import { addNativeCharts } from './nativeCharts.ts';
import type { SheetCharts } from './NativeChart.ts';
import { rezip } from '../../writers/rezip.ts';

export async function normaliseXlsx(xlsx: Uint8Array, charts: SheetCharts[] = []): Promise<Uint8Array> {
  const source = await JSZip.loadAsync(xlsx);
  const files = new Map<string, Uint8Array | string>();
  for (const name of Object.keys(source.files)) {
    if (source.files[name].dir) continue;
    const text = /\.(xml|rels)$/.test(name);
    files.set(name, text ? await source.files[name].async('string') : await source.files[name].async('uint8array'));
  }
  for (const [name, data] of files) {
    if (/^xl\/drawings\/drawing\d+\.xml$/.test(name)) files.set(name, stripEditAs(data as string));
    if (/^xl\/tables\/table\d+\.xml$/.test(name)) files.set(name, withoutTotals(data as string));
    const sheet = /^xl\/worksheets\/(sheet\d+\.xml)$/.exec(name);
    if (sheet) {
      const relsName = `xl/worksheets/_rels/${sheet[1]}.rels`;
      const fixed = internalLinks(data as string, (files.get(relsName) as string | undefined) ?? null);
      files.set(name, fixed.sheet);
      if (fixed.rels != null) files.set(relsName, fixed.rels);
    }
  }
  addNativeCharts(files, charts);
  return rezip(files);
}

/**
 * exceljs marks every table as having shown a totals row and gives each column a totals label or
 * function; a table without totals, as Excel writes it, has none of these.
 */
export function withoutTotals(xml: string): string {
  if (/\btotalsRowCount="[1-9]/.test(xml)) return xml;
  return xml.replace(' totalsRowShown="1"', ' totalsRowShown="0"').replace(/ totalsRow(?:Label|Function)="[^"]*"/g, '');
}

export function stripEditAs(xml: string): string {
  return xml.replace(/(<xdr:(?:twoCellAnchor|oneCellAnchor))\s+editAs="[^"]*"/g, '$1');
}
