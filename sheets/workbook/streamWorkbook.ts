// A big workbook streamed to disk with exceljs's WorkbookWriter: each table row is committed as
// soon as it is written, so memory holds one row, not every cell. Same bytes for the same spec
// without reading the file back: every zip entry gets a fixed date as it is added (exceljs's
// archiver would stamp the time of writing) and entries go in the order they are written.
// The streaming writer draws no images: the Charts sheet lists each chart's files instead. Nor
// does it add Excel Tables, links or native charts (those need the re-zip of normaliseXlsx.ts):
// table sheets get a plain header with an autofilter, the Outlets sheets their blocks alone.
import { createWriteStream } from 'node:fs';
import { createRequire } from 'node:module';
import ExcelJS from 'exceljs';
import type { Workbook } from 'exceljs';
import type { BlocksSheet, ImagesSheet, WorkbookSpec } from '../SheetSpec.ts';
import { renderTableSheet } from './renderTableSheet.ts';
import { renderBlocksSheet } from './renderBlocksSheet.ts';

/** 1980-01-01T00:00:00Z, the earliest date a zip entry can hold (as normaliseXlsx.ts uses). */
const ENTRY_DATE = new Date(Date.UTC(1980, 0, 1));

interface Zip {
  append(source: unknown, data: { name: string; date?: Date }): Zip;
  pipe(stream: NodeJS.WritableStream): void;
  on(event: 'entry', listener: (entry: { name: string }) => void): Zip;
  on(event: 'error', listener: (error: Error) => void): Zip;
}
const archiver = createRequire(createRequire(import.meta.url).resolve('exceljs'))('archiver') as (
  format: string,
  options: unknown,
) => Zip;

/**
 * zlib's level for the sheets' XML: at 2,000 articles (216 MB of XML) level 3 took a fifth less of
 * the workbook's CPU time than the default 6, for a file an eighth bigger (levels 1 and 2: the
 * same time, bigger files).
 */
const DEFLATE_LEVEL = 3;

interface Writer {
  zip: Zip;
  stream: NodeJS.WritableStream;
  zipOptions: unknown;
  addThemes(): Promise<void>;
  addOfficeRels(): Promise<void>;
  commit(): Promise<void>;
  addWorksheet(name: string, options?: unknown): { commit(): void };
}

interface SheetWriter {
  id: number;
  commit(): void;
}

export async function streamWorkbook(path: string, spec: WorkbookSpec, date: Date): Promise<void> {
  const file = createWriteStream(path);
  const closed = new Promise<void>((resolve, reject) => {
    file.on('close', resolve);
    file.on('error', reject);
  });
  const zipOptions = { zlib: { level: DEFLATE_LEVEL }, forceLocalTime: false };
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({
    useStyles: true,
    useSharedStrings: false,
    zip: zipOptions,
  } as Partial<ExcelJS.stream.xlsx.WorkbookStreamWriterOptions>) as unknown as Writer & Workbook;
  // The constructor already queued two entries on its own archive (to a buffer nobody reads): start a
  // fresh archive whose entries all carry the fixed date, and queue those two again.
  const zip = archiver('zip', zipOptions);
  const append = zip.append.bind(zip);
  zip.append = (source, data) => append(source, { ...data, date: ENTRY_DATE });
  zip.pipe(file);
  const zipped = entriesZipped(zip);
  wb.zip = zip;
  wb.stream = file;
  await wb.addThemes();
  await wb.addOfficeRels();
  wb.creator = 'Framebook';
  wb.lastModifiedBy = 'Framebook';
  wb.created = date;
  wb.modified = date;
  wb.lastPrinted = date;
  for (const sheet of spec.sheets) {
    const ws =
      sheet.kind === 'table'
        ? renderTableSheet(wb, sheet, true)
        : renderBlocksSheet(wb, sheet.kind === 'blocks' ? sheet : chartList(sheet)).worksheet;
    const writer = ws as unknown as SheetWriter;
    writer.commit();
    // A sheet's XML waits in memory until the zip reaches it: let the zip take each sheet before the
    // next is written, so that memory holds one sheet's XML, not the whole workbook's.
    await zipped(`xl/worksheets/sheet${writer.id}.xml`);
  }
  await wb.commit();
  await closed;
}

/** A promise for each zip entry, resolved once the zip has written that entry (rejected if the zip fails). */
function entriesZipped(zip: Zip): (name: string) => Promise<void> {
  const done = new Set<string>();
  const waiting = new Map<string, { resolve: () => void; reject: (e: Error) => void }>();
  let failed: Error | undefined;
  zip.on('entry', ({ name }) => {
    const key = name.replace(/^\//, '');
    done.add(key);
    waiting.get(key)?.resolve();
  });
  zip.on('error', (e) => {
    failed = e;
    for (const w of waiting.values()) w.reject(e);
  });
  return (name) =>
    failed
      ? Promise.reject(failed)
      : done.has(name)
        ? Promise.resolve()
        : new Promise((resolve, reject) => waiting.set(name, { resolve, reject }));
}

/** The charts as a list of their files (the streaming writer cannot anchor images). */
function chartList(sheet: ImagesSheet): BlocksSheet {
  return {
    kind: 'blocks',
    name: sheet.name,
    title: 'Charts: open the PNG or SVG files in charts/ beside this workbook',
    blocks: [
      {
        title: 'Charts',
        columns: [
          { key: 'title', header: 'chart', type: 'text', width: 60 },
          { key: 'reading', header: 'how to read it', type: 'text', width: 90 },
          { key: 'png', header: 'file', type: 'text', width: 50 },
        ],
        rows: sheet.images.map((i) => ({
          title: i.title,
          reading: i.reading,
          png: `charts/${i.png.split(/[\\/]/).pop()}`,
        })),
      },
    ],
  };
}
