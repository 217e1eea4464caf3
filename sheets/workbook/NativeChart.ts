// A native Excel chart resolved to cells: ranges of the sheet it is drawn from, with the values
// those cells hold (cached in the chart so that readers that do not recalculate still see data),
// and the cells it covers.
export interface CachedRange<T> {
  /** An absolute reference with its sheet: 'Outlets e1'!$A$6:$A$9. */
  ref: string;
  values: T[];
}

export interface NativeChart {
  title: string;
  categories: CachedRange<string>;
  series: { name: CachedRange<string>; values: CachedRange<number | null> }[];
  /** Number format of the values and of the value axis. */
  numFmt: string;
  /** Zero-based columns and rows of the top-left and bottom-right corners. */
  from: { col: number; row: number };
  to: { col: number; row: number };
}

/** The charts drawn on one sheet (one drawing part per sheet). */
export interface SheetCharts {
  sheet: string;
  charts: NativeChart[];
}
