// Which outlets a chart draws, and a line naming those it leaves out. A chart draws the outlets
// of its event that have rows, in the event's order; an outlet that has rows but is missing from
// the event's list (which the grouping of eventTables.ts should prevent) is still drawn, after
// the others, so that a panel's width is never divided among zero outlets.
import type { ChartContext } from '../ChartContext.ts';

export function drawnOutlets(
  ctx: Pick<ChartContext, 'outlets'>,
  rows: readonly { outlet?: string | null }[],
): string[] {
  const present = new Set(rows.map((r) => r.outlet ?? ''));
  return [...ctx.outlets.filter((o) => present.has(o)), ...[...present].filter((o) => !ctx.outlets.includes(o)).sort()];
}

/** Every outlet of the event, for charts that keep a row or column per outlet, rows or not. */
export function everyOutlet(ctx: Pick<ChartContext, 'outlets'>, rows: readonly { outlet?: string | null }[]): string[] {
  return [...ctx.outlets, ...drawnOutlets(ctx, rows).filter((o) => !ctx.outlets.includes(o))];
}

/** " No quote in TASS." for the outlets of the event a chart does not draw; '' when it draws them all. */
export function leftOut(ctx: Pick<ChartContext, 'outlets'>, drawn: readonly string[], what: string): string {
  const missing = ctx.outlets.filter((o) => !drawn.includes(o));
  return missing.length ? ` ${what} in ${joinNames(missing)}.` : '';
}

/** "A", "A and B", "A, B and C". */
export function joinNames(names: readonly string[]): string {
  return names.length < 2 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}
