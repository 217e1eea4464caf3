// One corpus's comparison as a text table: every measure of score.mjs, Framebook against the
// afternoon pipeline, and the difference in percentage points.
export interface Prf {
  p: number;
  r: number;
  f1: number;
  tp: number;
  fp: number;
  fn: number;
}
export type Scores = Record<string, Prf | number | null | string[]>;

const pct = (x: number | null | undefined) => (x == null ? 'n/a' : `${(100 * x).toFixed(1)}%`);
const diff = (a: number | null | undefined, b: number | null | undefined) =>
  a == null || b == null ? '' : `${a >= b ? '+' : ''}${(100 * (a - b)).toFixed(1)}`;
const isPrf = (v: unknown): v is Prf => typeof v === 'object' && v !== null && 'f1' in v;

export function formatTable(title: string, fb: Scores, af: Scores, fbSeconds: number, afSeconds: number): string {
  const rows: string[][] = [['measure', 'Framebook', 'afternoon', 'diff (points)']];
  for (const [key, value] of Object.entries(fb)) {
    const other = af[key];
    if (isPrf(value) && isPrf(other)) {
      const counts = (m: Prf) => ` (${m.tp}/${m.fp}/${m.fn})`;
      const f1 = (m: Prf) => pct(m.f1) + counts(m);
      rows.push([`${key} F1 (tp/fp/fn)`, f1(value), f1(other), diff(value.f1, other.f1)]);
      rows.push([`${key} precision`, pct(value.p), pct(other.p), diff(value.p, other.p)]);
      rows.push([`${key} recall`, pct(value.r), pct(other.r), diff(value.r, other.r)]);
    } else if (typeof value === 'number' || value === null) {
      const o = typeof other === 'number' ? other : null;
      rows.push([key, pct(value), pct(o), diff(value, o)]);
    }
  }
  const seconds = (s: number) => `${s.toFixed(1)} s`;
  const saved = `${(fbSeconds - afSeconds).toFixed(1)} s`;
  rows.push(['wall time (whole process)', seconds(fbSeconds), seconds(afSeconds), saved]);
  const missing = [fb, af].map((s) => (Array.isArray(s.missing_tables) ? s.missing_tables.join(', ') : ''));
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
  const pad = (cell: string, c: number) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]));
  const line = (r: string[]) => r.map(pad).join('  ');
  const notes = missing.some(Boolean) ? `\nmissing tables: Framebook [${missing[0]}], afternoon [${missing[1]}]` : '';
  return [`## ${title}`, line(rows[0]), ...rows.slice(1).map(line)].join('\n') + notes + '\n';
}
