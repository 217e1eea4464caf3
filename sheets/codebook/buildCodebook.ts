// `npm run codebook`: writes sheets/codebook.xlsx from defaultCodebook.ts, an `about` sheet
// first, then one sheet per entry (an Excel Table, frozen header, widths), every cell text, each
// column with an input message and, where the values are fixed, a drop-down (codebookInputs.ts).
// The bytes are the same on every run, so the committed workbook only changes with its source.
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BlocksSheet, TableSheet, WorkbookSpec } from '../SheetSpec.ts';
import { writeWorkbookFile } from '../writeWorkbook.ts';
import { CODEBOOK_SHEETS } from './defaultCodebook.ts';
import { CODEBOOK_INPUTS } from './codebookInputs.ts';
import { tableName } from '../tableName.ts';

/** Rows under the data that the drop-downs and messages cover, for the rows a user adds. */
const SPARE_ROWS = 500;

export const CODEBOOK_FILE = join(import.meta.dirname, '..', 'codebook.xlsx');

const HOW_TO_EDIT = [
  'Edit this workbook in Excel (or LibreOffice), save it as .xlsx, and run the notebook with --codebook pointing to it (this copy is the default).',
  'One row per item. Lists inside a cell are joined with "; " (semicolon and space), e.g. "Moscow; the Kremlin; Kremlin".',
  'Header names must stay as they are; columns may be reordered, and empty rows are ignored.',
  'Aliases are matched as whole words and case-aware ("US" is not "us"); an alias may belong to one actor only.',
  'actors.type is one of person, state, organization, armed_group, media, other; casualty_terms.kind one of killed, wounded, displaced, detained, missing, affected.',
  'Actors the text names but this sheet lacks are listed in the Candidates sheet of the output workbook, ready to be added here.',
];

export function codebookSpec(): WorkbookSpec {
  const entries = Object.entries(CODEBOOK_SHEETS);
  const about: BlocksSheet = {
    kind: 'blocks',
    name: 'about',
    title: 'Framebook codebook: who and what the notebook looks for',
    blocks: [
      {
        title: 'How to edit',
        columns: [{ key: 'note', header: 'note', type: 'text', width: 16 }],
        rows: HOW_TO_EDIT.map((note) => ({ note })),
      },
      {
        title: 'Sheets',
        columns: [
          { key: 'sheet', header: 'sheet', type: 'text', width: 16 },
          { key: 'columns', header: 'columns', type: 'text', width: 36 },
          { key: 'holds', header: 'what it holds', type: 'text', width: 100 },
        ],
        rows: entries.map(([sheet, s]) => ({ sheet, columns: s.columns.join(', '), holds: s.doc })),
      },
    ],
  };
  const sheets: TableSheet[] = entries.map(([name, s]) => ({
    kind: 'table',
    name,
    table: `Codebook${tableName(name)}`,
    freeze: true,
    autofilter: true,
    spareRows: SPARE_ROWS,
    columns: s.columns.map((key, i) => ({
      key,
      header: key,
      type: 'text' as const,
      width: widthOf(
        key,
        s.rows.map((r) => r[i]),
      ),
      ...CODEBOOK_INPUTS[name]?.[key],
    })),
    rows: s.rows.map((r) => Object.fromEntries(s.columns.map((key, i) => [key, r[i]]))),
  }));
  return { sheets: [about, ...sheets] };
}

/** Wide enough for the header and most cells, within 10 to 80 characters. */
function widthOf(header: string, cells: readonly string[]): number {
  const longest = Math.max(header.length, ...cells.map((c) => c.length));
  return Math.min(80, Math.max(10, longest + 2));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const path = await writeWorkbookFile(CODEBOOK_FILE, codebookSpec());
  process.stderr.write(`Written: ${path}\n`);
}
