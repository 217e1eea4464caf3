// distinctive-terms: the words that set each outlet apart from the rest of its event. One panel
// per outlet, its terms with the highest z-score of the weighted log-odds ratio
// (distinctive_terms.z; Monroe, Colaresi and Quinn 2008), bars in the outlet's colour.
import type { TopLevelSpec } from 'vega-lite';
import { DISTINCTIVE_TERMS, type DistinctiveTerm } from '../transforms/schema/index.ts';
import type { ChartBuilder, ChartContext } from './ChartContext.ts';
import type { EventTables } from './eventTables.ts';
import { columnsOf } from './style/columnsOf.ts';
import { slide, eventLine, CHROME } from './style/slide.ts';
import { emptyBody } from './style/emptyBody.ts';
import { drawnOutlets, leftOut } from './style/drawnOutlets.ts';
import { outletScale } from './style/palette.ts';

const T = columnsOf(DISTINCTIVE_TERMS);
/** Terms per outlet. */
export const TOP_TERMS = 10;
const RANK = 'rank';

export type TermDatum = Pick<DistinctiveTerm, 'outlet' | 'term' | 'count' | 'z'> & { rank: number };

/** The rows drawn: each outlet's TOP_TERMS terms with a positive z, best first (ties by term). */
export function termsData(rows: readonly DistinctiveTerm[]): TermDatum[] {
  const byOutlet = new Map<string, DistinctiveTerm[]>();
  for (const r of rows) if ((r.z ?? 0) > 0) byOutlet.set(r.outlet ?? '', [...(byOutlet.get(r.outlet ?? '') ?? []), r]);
  return [...byOutlet.keys()].sort().flatMap((outlet) =>
    (byOutlet.get(outlet) ?? [])
      .sort((a, b) => (b.z ?? 0) - (a.z ?? 0) || (a.term ?? '').localeCompare(b.term ?? '', 'en'))
      .slice(0, TOP_TERMS)
      .map((r, i) => ({ outlet: r.outlet, term: r.term, count: r.count, z: r.z, rank: i + 1 })),
  );
}

export function distinctiveTermsSpec(tables: EventTables, ctx: ChartContext): TopLevelSpec {
  const title = 'The words that set each outlet apart';
  const data = termsData(tables.terms);
  if (!data.length)
    return slide(
      ctx,
      title,
      eventLine(ctx),
      emptyBody(
        'No term stands out for any outlet of this event (one outlet alone has nothing to be compared with).',
        ctx.slide,
      ),
    );

  const outlets = drawnOutlets(ctx, data);
  const columns = Math.min(outlets.length, 3);
  const rows = Math.ceil(outlets.length / columns);
  const plotHeight = ctx.slide.height - CHROME.top - CHROME.bottom - 100 * rows;
  const plotWidth = ctx.slide.width - CHROME.sides - columns * 300 - 40 * (columns - 1);
  const maxZ = Math.max(...data.map((d) => d.z ?? 0));

  return slide(
    ctx,
    title,
    `${eventLine(ctx)}. Top ${TOP_TERMS} terms per outlet against the rest of the event.${leftOut(ctx, outlets, 'No distinctive term')}`,
    {
      data: { values: data },
      facet: { field: T.outlet, type: 'nominal', sort: outlets, title: null },
      columns,
      resolve: { scale: { y: 'independent' } },
      spec: {
        width: Math.max(200, Math.floor(plotWidth / columns)),
        height: { step: Math.max(30, Math.min(48, Math.floor(plotHeight / rows / TOP_TERMS))) },
        mark: { type: 'bar' },
        encoding: {
          y: {
            field: T.term,
            type: 'nominal',
            sort: { field: RANK, op: 'min', order: 'ascending' },
            title: null,
            axis: { labelLimit: 280 },
          },
          x: {
            field: T.z,
            type: 'quantitative',
            title: 'z-score (log-odds)',
            scale: { domain: [0, Math.ceil(maxZ)] },
            axis: { tickMinStep: 1 },
          },
          color: { field: T.outlet, type: 'nominal', scale: outletScale(ctx.outletColours, outlets), legend: null },
          tooltip: [
            { field: T.outlet, title: 'Outlet' },
            { field: T.term, title: 'Term' },
            { field: T.count, type: 'quantitative', title: 'Occurrences' },
            { field: T.z, type: 'quantitative', format: '.2f', title: 'z' },
          ],
        },
      },
    },
  );
}

export const distinctiveTerms: ChartBuilder = {
  name: 'distinctive-terms',
  reading:
    'One panel per outlet: the words and two-word phrases it used markedly more than the other outlets of the event, longest bar first; the bar is the z-score of the weighted log-odds ratio (about 2 or more is unlikely to be chance).',
  spec: distinctiveTermsSpec,
};
