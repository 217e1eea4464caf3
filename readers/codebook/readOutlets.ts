// The outlets sheet: a name, and a colour charts can use (or none, for the default palette).
import type { Outlet } from '../../transforms/codebook/Codebook.ts';
import { InputError } from '../../transforms/InputError.ts';
import type { SheetRow } from './sheetRows.ts';
import { splitList } from './splitList.ts';
import { isColour } from './isColour.ts';

export function readOutlets(rows: SheetRow[], file: string): Outlet[] {
  const sheet = 'outlets';
  const seen = new Map<string, number>();
  return rows.map(({ row, cells }) => {
    const at = (column: string) => ({ file, sheet, row, column });
    if (!cells.outlet) throw new InputError(at('outlet'), 'empty outlet name');
    const earlier = seen.get(cells.outlet.toLowerCase());
    if (earlier) throw new InputError(at('outlet'), `outlet "${cells.outlet}" is already defined in row ${earlier}`);
    seen.set(cells.outlet.toLowerCase(), row);
    if (cells.colour && !isColour(cells.colour))
      throw new InputError(
        at('colour'),
        `invalid colour "${cells.colour}" (use a hex colour such as #1f77b4, a CSS colour name such as steelblue, or leave it empty)`,
      );
    return {
      outlet: cells.outlet,
      country: cells.country,
      kind: cells.kind,
      colour: cells.colour,
      aliases: splitList(cells.aliases),
      ref: { file, sheet, row },
    };
  });
}
