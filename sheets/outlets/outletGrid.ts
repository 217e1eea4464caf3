// One block of an Outlets sheet: a row label, then one column per outlet of the event, so that
// outlets can be read side by side. Numbers compared across outlets get one colour scale.
import type { Block, BlockHeat, CellType } from '../SheetSpec.ts';

export interface GridRow {
  label: string;
  cells: Map<string, unknown>;
}

export interface GridSpec {
  title: string;
  note: string;
  rowHeader: string;
  type: CellType;
  numFmt?: string;
  /** Colour scale over the outlet columns; absent for text cells. */
  heat?: Omit<BlockHeat, 'columns'>;
  width?: number;
}

export const PERCENT = '0%';

export function outletGrid(outlets: readonly string[], spec: GridSpec, rows: readonly GridRow[]): Block {
  const key = (i: number) => `o${i}`;
  const width = spec.width ?? (spec.type === 'text' ? 28 : 14);
  return {
    title: spec.title,
    note: spec.note,
    columns: [
      { key: 'label', header: spec.rowHeader, type: 'text', width: 36 },
      ...outlets.map((o, i) => ({
        key: key(i),
        header: o,
        type: spec.type,
        width: Math.max(width, Math.min(o.length + 2, 30)),
        numFmt: spec.numFmt,
      })),
    ],
    rows: rows.map((r) => ({
      label: r.label,
      ...Object.fromEntries(outlets.map((o, i) => [key(i), r.cells.get(o) ?? null])),
    })),
    heat: spec.heat ? { columns: outlets.map((_, i) => key(i)), ...spec.heat } : undefined,
  };
}

/**
 * Rows from records: one row per distinct label (in first-seen order), the cell of each outlet
 * (the record's `outlet`, or `column`) from `value`.
 */
export function gridRows<R extends Record<string, any>>(
  records: readonly R[],
  label: (r: R) => string,
  value: (r: R) => unknown,
  column: (r: R) => string = (r) => r.outlet,
): GridRow[] {
  const rows = new Map<string, Map<string, unknown>>();
  for (const r of records) {
    const l = label(r);
    if (!rows.has(l)) rows.set(l, new Map());
    rows.get(l)!.set(column(r), value(r));
  }
  return [...rows].map(([l, cells]) => ({ label: l, cells }));
}
