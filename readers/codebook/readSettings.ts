// The settings sheet: one row per setting (setting, value). Optional: a codebook without it takes
// every default. Today one setting: `world_layer` (on/off), whether the world layer of states,
// bodies and media (transforms/world) sits beneath the codebook's actors.
import type { Workbook } from 'exceljs';
import { InputError } from '../../transforms/InputError.ts';
import { sheetRows } from './sheetRows.ts';

export interface Settings {
  worldLayer: boolean;
}

const SWITCH: Record<string, boolean> = { on: true, yes: true, true: true, off: false, no: false, false: false };
const KNOWN = ['world_layer'];

export function readSettings(wb: Workbook, file: string, allSheets: string[]): Settings {
  const sheet = 'settings';
  const settings: Settings = { worldLayer: true };
  if (!wb.worksheets.some((w) => w.name.trim().toLowerCase() === sheet)) return settings;
  const seen = new Map<string, number>();
  for (const { row, cells } of sheetRows(
    wb,
    file,
    { name: sheet, required: ['setting', 'value'], optional: [] },
    allSheets,
  )) {
    const at = (column: string) => ({ file, sheet, row, column });
    const name = cells.setting.trim().toLowerCase();
    if (!KNOWN.includes(name))
      throw new InputError(at('setting'), `unknown setting "${cells.setting}" (known: ${KNOWN.join(', ')})`);
    const earlier = seen.get(name);
    if (earlier) throw new InputError(at('setting'), `setting "${name}" is already given in row ${earlier}`);
    seen.set(name, row);
    const value = SWITCH[cells.value.trim().toLowerCase()];
    if (value === undefined)
      throw new InputError(at('value'), `"${cells.value}" is not a switch for ${name} (use on or off)`);
    settings.worldLayer = value;
  }
  return settings;
}
