// Same workbook, same bytes: exceljs stamps zip entries with the time of writing and lists
// them in the order it wrote them. Re-zip with a fixed entry date, entries sorted
// ([Content_Types].xml first, as Office writes it), DEFLATE. Drawing anchors lose the `editAs`
// attribute exceljs adds (see imageAnchor.ts), so every reader shows the images.
import JSZip from 'jszip';

/** 1980-01-01T00:00:00Z, the earliest date a zip entry can hold. */
const ENTRY_DATE = new Date(Date.UTC(1980, 0, 1));

export async function normaliseXlsx(xlsx: Uint8Array): Promise<Uint8Array> {
  const source = await JSZip.loadAsync(xlsx);
  const names = Object.keys(source.files)
    .filter((n) => !source.files[n].dir)
    .sort(entryOrder);
  const out = new JSZip();
  for (const name of names) {
    let data: Uint8Array | string = await source.files[name].async('uint8array');
    if (/^xl\/drawings\/drawing\d+\.xml$/.test(name)) data = stripEditAs(new TextDecoder().decode(data));
    out.file(name, data, { date: ENTRY_DATE, createFolders: false });
  }
  return out.generateAsync({
    type: 'uint8array',
    compression: 'DEFLATE',
    compressionOptions: { level: 6 },
    platform: 'DOS',
  });
}

export function stripEditAs(xml: string): string {
  return xml.replace(/(<xdr:(?:twoCellAnchor|oneCellAnchor))\s+editAs="[^"]*"/g, '$1');
}

function entryOrder(a: string, b: string): number {
  const first = '[Content_Types].xml';
  if (a === first) return -1;
  if (b === first) return 1;
  return a < b ? -1 : a > b ? 1 : 0;
}
