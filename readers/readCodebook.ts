// The codebook workbook a user edits in Excel, read and checked: any problem stops the run with
// one line naming the file, sheet, row and column (sheets/codebook/defaultCodebook.ts describes
// the sheets; every list cell is joined with "; "). The settings sheet's world_layer sets
// `codebook.world`; the run puts the world layer beneath it (transforms/codebook/withWorld.ts).
// Sheets and header columns Framebook does not read are ignored with a warning pushed onto
// `warnings` (the notebook prints them and lists them in the About sheet); the default codebook's
// own `about` sheet is ignored silently.
import { extname } from 'node:path';
import ExcelJS from 'exceljs';
import type { Codebook, SheetRef } from '../transforms/codebook/Codebook.ts';
import { InputError } from '../transforms/InputError.ts';
import { sheetRows, type SheetRow, type SheetShape } from './codebook/sheetRows.ts';
import { readActors } from './codebook/readActors.ts';
import { readOutlets } from './codebook/readOutlets.ts';
import { splitList } from './codebook/splitList.ts';
import { CASUALTY_KINDS } from '../transforms/schema/index.ts';
import { readSettings } from './codebook/readSettings.ts';

const SHAPES: SheetShape[] = [
  { name: 'actors', required: ['name', 'type', 'aliases'], optional: ['camp', 'titles'] },
  { name: 'frames', required: ['frame', 'cues'], optional: [] },
  { name: 'labels', required: ['term', 'connotation'], optional: [] },
  { name: 'casualty_terms', required: ['term', 'kind'], optional: [] },
  { name: 'proposal_cues', required: ['cue', 'type'], optional: [] },
  { name: 'outlets', required: ['outlet'], optional: ['country', 'kind', 'colour', 'aliases'] },
];

/** Sheets a codebook may hold besides the ones read: the default codebook's notes for the reader. */
const NOTES_SHEETS = ['about'];
/** The optional sheet of settings (world_layer on/off), read by readers/codebook/readSettings.ts. */
const SETTINGS_SHEET = 'settings';

export async function readCodebook(file: string, { warnings = [] }: { warnings?: string[] } = {}): Promise<Codebook> {
  if (extname(file).toLowerCase() !== '.xlsx') throw new InputError({ file }, 'the codebook must be an .xlsx workbook');
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.readFile(file);
  } catch (e) {
    throw new InputError({ file }, `cannot be read as an .xlsx workbook (${(e as Error).message.split('\n')[0]})`);
  }
  const names = SHAPES.map((s) => s.name);
  const read = [...names, SETTINGS_SHEET];
  const extra = wb.worksheets
    .map((w) => w.name)
    .filter((name) => ![...read, ...NOTES_SHEETS].includes(name.trim().toLowerCase()));
  if (extra.length)
    warnings.push(
      `${file}: ${extra.length === 1 ? 'sheet' : 'sheets'} ${extra.map((n) => `"${n}"`).join(', ')} ignored ` +
        `(the codebook reads the sheets ${read.join(', ')})`,
    );
  const rows = Object.fromEntries(
    SHAPES.map((shape) => [shape.name, sheetRows(wb, file, shape, names, warnings)]),
  ) as Record<string, SheetRow[]>;
  const ref = (sheet: string, row: number): SheetRef => ({ file, sheet, row });
  const nonEmpty = (sheet: string, column: string, r: SheetRow) => {
    if (!r.cells[column]) throw new InputError({ file, sheet, row: r.row, column }, `empty ${column}`);
    return r.cells[column];
  };

  const settings = readSettings(wb, file, read);

  const codebook: Codebook = {
    file,
    world: settings.worldLayer,
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
  return codebook;
}
