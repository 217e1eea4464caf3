// The codebook workbook a user edits in Excel, read and checked: any problem stops the run with
// one line naming the file, sheet, row and column (sheets/codebook/defaultCodebook.ts describes
// the sheets; every list cell is joined with "; ").
import { extname } from 'node:path';
import ExcelJS from 'exceljs';
import type { Codebook, SheetRef } from '../transforms/codebook/Codebook.ts';
import { InputError } from '../transforms/InputError.ts';
import { sheetRows, type SheetRow, type SheetShape } from './codebook/sheetRows.ts';
import { readActors } from './codebook/readActors.ts';
import { readOutlets } from './codebook/readOutlets.ts';
import { splitList } from './codebook/splitList.ts';
import { CASUALTY_KINDS } from '../transforms/schema/index.ts';

const SHAPES: SheetShape[] = [
  { name: 'actors', required: ['name', 'type', 'aliases'], optional: ['camp', 'titles'] },
  { name: 'frames', required: ['frame', 'cues'], optional: [] },
  { name: 'labels', required: ['term', 'connotation'], optional: [] },
  { name: 'casualty_terms', required: ['term', 'kind'], optional: [] },
  { name: 'proposal_cues', required: ['cue', 'type'], optional: [] },
  { name: 'outlets', required: ['outlet'], optional: ['country', 'kind', 'colour', 'aliases'] },
];

export async function readCodebook(file: string): Promise<Codebook> {
  if (extname(file).toLowerCase() !== '.xlsx') throw new InputError({ file }, 'the codebook must be an .xlsx workbook');
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.readFile(file);
  } catch (e) {
    throw new InputError({ file }, `cannot be read as an .xlsx workbook (${(e as Error).message.split('\n')[0]})`);
  }
  const names = SHAPES.map((s) => s.name);
  const rows = Object.fromEntries(SHAPES.map((shape) => [shape.name, sheetRows(wb, file, shape, names)])) as Record<
    string,
    SheetRow[]
  >;
  const ref = (sheet: string, row: number): SheetRef => ({ file, sheet, row });
  const nonEmpty = (sheet: string, column: string, r: SheetRow) => {
    if (!r.cells[column]) throw new InputError({ file, sheet, row: r.row, column }, `empty ${column}`);
    return r.cells[column];
  };

  return {
    file,
    actors: readActors(rows.actors, file),
    frames: rows.frames.map((r) => ({
      frame: nonEmpty('frames', 'frame', r),
      cues: splitList(r.cells.cues),
      ref: ref('frames', r.row),
    })),
    labels: rows.labels.map((r) => ({
      term: nonEmpty('labels', 'term', r),
      connotation: r.cells.connotation,
      ref: ref('labels', r.row),
    })),
    casualtyTerms: rows.casualty_terms.map((r) => {
      const term = nonEmpty('casualty_terms', 'term', r);
      const kind = r.cells.kind.toLowerCase();
      if (!(CASUALTY_KINDS as readonly string[]).includes(kind)) {
        throw new InputError(
          { file, sheet: 'casualty_terms', row: r.row, column: 'kind' },
          `unknown casualty kind "${r.cells.kind}" (allowed: ${CASUALTY_KINDS.join(', ')})`,
        );
      }
      return { term, kind, ref: ref('casualty_terms', r.row) };
    }),
    proposalCues: rows.proposal_cues.map((r) => ({
      cue: nonEmpty('proposal_cues', 'cue', r),
      type: r.cells.type,
      ref: ref('proposal_cues', r.row),
    })),
    outlets: readOutlets(rows.outlets, file),
  };
}
