// labels: how each outlet described each actor. One block of rows per actor, one row per
// descriptor, one column per outlet; a dot where the outlet used the descriptor, sized by how
// often and coloured by the connotation the codebook's labels sheet gives it (framing_labels).
import type { TopLevelSpec } from 'vega-lite';
import { FRAMING_LABELS, type FramingLabel } from '../transforms/schema/index.ts';
import type { ChartBuilder, ChartContext } from './ChartContext.ts';
import type { EventTables } from './eventTables.ts';
import { columnsOf } from './style/columnsOf.ts';
import { slide, eventLine, CHROME } from './style/slide.ts';
import { emptyBody } from './style/emptyBody.ts';
import { drawnOutlets, leftOut } from './style/drawnOutlets.ts';
import { OKABE_ITO, NEUTRAL_GREY } from './style/palette.ts';

const L = columnsOf(FRAMING_LABELS);
/** Descriptor rows shown at most, taken from the most described actors. */
export const MAX_ROWS = 24;
const ACTOR = 'actor';
const TONE = 'tone';
export const UNRATED = 'not in codebook';

/** Connotations in legend order, with colour-blind-safe colours. */
export const CONNOTATIONS: Record<string, string> = {
  negative: OKABE_ITO[3],
  neutral: NEUTRAL_GREY,
  positive: OKABE_ITO[0],
  [UNRATED]: '#C8C8C8',
};

export type LabelDatum = Pick<FramingLabel, 'outlet' | 'actor_id' | 'descriptor' | 'count' | 'connotation'> & {
  actor: string;
  tone: string;
};

/** The rows drawn: descriptors of the most described actors, up to MAX_ROWS distinct (actor, descriptor) rows. */
export function labelsData(rows: readonly FramingLabel[], ctx: ChartContext): LabelDatum[] {
  const used = rows.filter((r) => (r.descriptor ?? '').trim());
  const byActor = new Map<string, number>();
  for (const r of used) byActor.set(r.actor_id ?? '', (byActor.get(r.actor_id ?? '') ?? 0) + (r.count ?? 0));
  const actorOrder = [...byActor].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'en')).map(([a]) => a);
  const keep = new Set<string>();
  for (const actor of actorOrder) {
    const descriptors = [...new Set(used.filter((r) => r.actor_id === actor).map((r) => r.descriptor ?? ''))].sort();
    if (keep.size && keep.size + descriptors.length > MAX_ROWS) break;
    for (const d of descriptors.slice(0, MAX_ROWS)) keep.add(`${actor}\u0000${d}`);
  }
  return used
    .filter((r) => keep.has(`${r.actor_id}\u0000${r.descriptor}`))
    .map((r) => ({
      outlet: r.outlet,
      actor_id: r.actor_id,
      actor: ctx.actorName(r.actor_id),
      descriptor: r.descriptor,
      count: r.count,
      connotation: r.connotation,
      tone: r.connotation && r.connotation in CONNOTATIONS ? r.connotation : UNRATED,
    }))
    .sort(
      (a, b) =>
        actorOrder.indexOf(a.actor_id ?? '') - actorOrder.indexOf(b.actor_id ?? '') ||
        (a.descriptor ?? '').localeCompare(b.descriptor ?? '', 'en') ||
        (a.outlet ?? '').localeCompare(b.outlet ?? '', 'en'),
    );
}

export function labelsSpec(tables: EventTables, ctx: ChartContext): TopLevelSpec {
  const title = 'How each outlet described the actors';
  const data = labelsData(tables.labels, ctx);
  if (!data.length)
    return slide(
      ctx,
      title,
      eventLine(ctx),
      emptyBody("No descriptor was attached to an actor in this event's articles.", ctx.slide),
    );

  const actors = [...new Set(data.map((d) => d.actor))];
  const rows = new Set(data.map((d) => `${d.actor}\u0000${d.descriptor}`)).size;
  const outlets = drawnOutlets(ctx, data);
  const tones = Object.keys(CONNOTATIONS).filter((t) => data.some((d) => d.tone === t));
  const plotHeight = ctx.slide.height - CHROME.top - CHROME.bottom - 100 - 16 * actors.length;
  const plotWidth = ctx.slide.width - CHROME.sides - 300 - 420 - 300;
  const maxCount = Math.max(...data.map((d) => d.count ?? 1), 1);

  return slide(
    ctx,
    title,
    `${eventLine(ctx)}. Descriptors attached to an actor's name, by outlet.${leftOut(ctx, outlets, 'No descriptor')}`,
    {
      data: { values: data },
      facet: {
        row: {
          field: ACTOR,
          type: 'nominal',
          sort: actors,
          title: null,
          header: {
            labelAngle: 0,
            labelAlign: 'left',
            labelAnchor: 'end',
            labelBaseline: 'top',
            labelOrient: 'left',
            labelPadding: 20,
            labelLimit: 280,
          },
        },
      },
      resolve: { scale: { y: 'independent' } },
      spacing: 16,
      spec: {
        width: Math.max(300, Math.min(280 * outlets.length, plotWidth)),
        height: { step: Math.max(30, Math.min(56, Math.floor(plotHeight / rows))) },
        mark: { type: 'circle', opacity: 1, stroke: 'white', strokeWidth: 1 },
        encoding: {
          y: {
            field: L.descriptor,
            type: 'nominal',
            sort: 'ascending',
            title: null,
            axis: { domain: false, ticks: false, grid: true },
          },
          x: {
            field: L.outlet,
            type: 'nominal',
            sort: outlets,
            title: null,
            axis: { orient: 'top', labelAngle: 0, domain: false, ticks: false, grid: true },
          },
          size: {
            field: L.count,
            type: 'quantitative',
            title: 'Times used',
            scale: { domain: [0, maxCount], range: [0, 900] },
            legend: { values: countTicks(maxCount), format: 'd' },
          },
          color: {
            field: TONE,
            type: 'nominal',
            title: 'Connotation',
            scale: { domain: tones, range: tones.map((t) => CONNOTATIONS[t]) },
          },
          tooltip: [
            { field: ACTOR, title: 'Actor' },
            { field: L.descriptor, title: 'Descriptor' },
            { field: L.outlet, title: 'Outlet' },
            { field: L.count, type: 'quantitative', title: 'Times used' },
            { field: TONE, title: 'Connotation' },
          ],
        },
      },
    },
  );
}

/** Up to three whole counts for the size legend. */
function countTicks(max: number): number[] {
  return max <= 3
    ? Array.from({ length: max }, (_, i) => i + 1)
    : [1, Math.round(max / 2), max].filter((v, i, a) => a.indexOf(v) === i);
}

export const labels: ChartBuilder = {
  name: 'labels',
  reading:
    'One block per actor, one row per descriptor the outlets attached to that actor\'s name ("Syrian strongman", "Top US diplomat"); a dot in an outlet\'s column means it used that descriptor, larger when used more often, coloured by the connotation the codebook gives its words.',
  spec: labelsSpec,
};
