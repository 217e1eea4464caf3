// casualty-figures: which casualty figures each outlet cited, and how. One row per outlet, a
// point per figure on a log scale (figures run from dozens to millions), coloured by kind
// (killed, wounded, displaced...) and shaped by qualifier (exact, at least, about...), from the
// casualties table joined to the articles' outlet.
import type { TopLevelSpec } from 'vega-lite';
import { CASUALTIES, CASUALTY_KINDS, CASUALTY_QUALIFIERS, type Casualty } from '../transforms/schema/index.ts';
import type { ChartBuilder, ChartContext } from './ChartContext.ts';
import type { EventTables } from './eventTables.ts';
import { columnsOf } from './style/columnsOf.ts';
import { slide, eventLine, CHROME } from './style/slide.ts';
import { emptyBody } from './style/emptyBody.ts';
import { drawnOutlets, everyOutlet, leftOut } from './style/drawnOutlets.ts';
import { categoricalScale } from './style/palette.ts';
import { SIZES } from './style/theme.ts';

const C = columnsOf(CASUALTIES);
/** Contract order, so that a kind keeps its colour and a qualifier its shape from chart to chart. */
const KINDS: readonly string[] = CASUALTY_KINDS;
const QUALIFIERS: readonly string[] = CASUALTY_QUALIFIERS;
const SHAPES = ['circle', 'triangle-right', 'diamond', 'square', 'triangle-left', 'cross'];
const LABEL = 'figure_label';
const OUTLET = 'outlet';

export type CasualtyDatum = Pick<
  Casualty,
  'casualty_id' | 'article_id' | 'surface' | 'figure' | 'qualifier' | 'kind' | 'source'
> & { outlet: string; figure_label: string };

/** The rows drawn: the event's casualty figures above zero, with their outlet. */
export function casualtyData(rows: readonly (Casualty & { outlet: string })[]): CasualtyDatum[] {
  return rows
    .filter((r) => (r.figure ?? 0) > 0)
    .map((r) => ({
      casualty_id: r.casualty_id,
      article_id: r.article_id,
      outlet: r.outlet,
      surface: r.surface,
      figure: r.figure,
      qualifier: r.qualifier,
      kind: r.kind,
      source: r.source,
      figure_label: `${r.qualifier && r.qualifier !== 'exact' ? `${r.qualifier} ` : ''}${groupDigits(r.figure ?? 0)}`,
    }))
    .sort(
      (a, b) =>
        a.outlet.localeCompare(b.outlet, 'en') || (a.casualty_id ?? '').localeCompare(b.casualty_id ?? '', 'en'),
    );
}

export function casualtyFiguresSpec(tables: EventTables, ctx: ChartContext): TopLevelSpec {
  const title = 'Casualty figures each outlet cited';
  const data = casualtyData(tables.casualties);
  if (!data.length)
    return slide(
      ctx,
      title,
      eventLine(ctx),
      emptyBody("No casualty figure was found in this event's articles.", ctx.slide),
    );

  const outlets = everyOutlet(ctx, data);
  const kinds = ordered(
    KINDS,
    data.map((d) => d.kind ?? ''),
  );
  const qualifiers = ordered(
    QUALIFIERS,
    data.map((d) => d.qualifier ?? ''),
  );
  const figures = data.map((d) => d.figure ?? 1);
  const lo = 10 ** Math.floor(Math.log10(Math.min(...figures)));
  const hi = 10 ** Math.ceil(Math.log10(Math.max(...figures) * 1.0001));
  const ticks: number[] = [];
  for (let t = lo; t <= hi; t *= 10) ticks.push(t);
  const plotHeight = ctx.slide.height - CHROME.top - CHROME.bottom - 120;
  // A fixed height (not a step: with yOffset, a step would size each kind's sub-band).
  const height = Math.min(plotHeight, 80 * outlets.length * Math.max(2, kinds.length));

  return slide(
    ctx,
    title,
    `${eventLine(ctx)}. Figures on a log scale.${leftOut(ctx, drawnOutlets(ctx, data), 'No figure')}`,
    {
      data: { values: data },
      width: ctx.slide.width - CHROME.sides - 300 - 360,
      height,
      encoding: {
        y: { field: OUTLET, type: 'nominal', sort: outlets, title: null, scale: { domain: outlets } },
        yOffset: { field: C.kind, type: 'nominal', sort: kinds, scale: { domain: kinds, paddingOuter: 0.6 } },
        x: {
          field: C.figure,
          type: 'quantitative',
          title: 'People (log scale)',
          scale: { type: 'log', domain: [lo, hi], nice: false },
          axis: { values: ticks, format: ',d', grid: true, labelOverlap: false, labelFlush: false },
        },
      },
      layer: [
        {
          mark: { type: 'point', filled: true, size: 520, opacity: 0.9 },
          encoding: {
            color: { field: C.kind, type: 'nominal', title: 'Kind', ...scaleOf(categoricalScale(kinds)) },
            shape: {
              field: C.qualifier,
              type: 'nominal',
              title: 'Qualifier',
              scale: { domain: qualifiers, range: qualifiers.map((q) => SHAPES[QUALIFIERS.indexOf(q)] ?? 'circle') },
            },
            tooltip: [
              { field: OUTLET, title: 'Outlet' },
              { field: C.surface, title: 'As written' },
              { field: C.figure, type: 'quantitative', format: ',d', title: 'Figure' },
              { field: C.kind, title: 'Kind' },
              { field: C.qualifier, title: 'Qualifier' },
              { field: C.source, title: 'Source' },
            ],
          },
        },
        {
          mark: { type: 'text', align: 'left', dx: 20, fontSize: SIZES.mark },
          encoding: { text: { field: LABEL, type: 'nominal' } },
        },
      ],
    },
  );
}

/** The values in their canonical order, then any others alphabetically. */
function ordered(canonical: readonly string[], values: readonly string[]): string[] {
  const present = new Set(values);
  return [...canonical.filter((v) => present.has(v)), ...[...present].filter((v) => !canonical.includes(v)).sort()];
}

const scaleOf = (s: { domain: string[]; range: string[] }) => ({ scale: { domain: s.domain, range: s.range } });

/** 280000 → "280,000", without locale data. */
export function groupDigits(n: number): string {
  return String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

export const casualtyFigures: ChartBuilder = {
  name: 'casualty-figures',
  reading:
    'One row per outlet, one point per casualty figure it cited, placed on a log scale (each gridline is ten times the one before); colour is what the figure counts (killed, displaced...), shape how it was qualified (exact, at least, about...).',
  spec: casualtyFiguresSpec,
};
