// actor-salience: who each outlet put at the centre of its coverage. A heatmap of outlet ×
// actor whose cells are the actor's share of the outlet's actor mentions in the event
// (framing_salience.share); grey cells: the outlet never named the actor.
import type { TopLevelSpec } from 'vega-lite';
import { FRAMING_SALIENCE, type FramingSalience } from '../transforms/schema/index.ts';
import type { ChartBuilder, ChartContext } from './ChartContext.ts';
import type { EventTables } from './eventTables.ts';
import { columnsOf } from './style/columnsOf.ts';
import { slide, eventLine, CHROME } from './style/slide.ts';
import { emptyBody } from './style/emptyBody.ts';
import { drawnOutlets, everyOutlet, leftOut } from './style/drawnOutlets.ts';
import { INK, SIZES } from './style/theme.ts';
import { legendTicks } from './style/legendTicks.ts';

const S = columnsOf(FRAMING_SALIENCE);
/** Actors shown: the most mentioned in the event, so that the rows stay readable. */
export const MAX_ACTORS = 18;
const ACTOR = 'actor';

export type SalienceDatum = Pick<
  FramingSalience,
  'outlet' | 'actor_id' | 'mentions' | 'share' | 'in_headline' | 'in_lead'
> & { actor: string };

/** The rows drawn: the event's salience rows for its most mentioned actors, with their names. */
export function salienceData(rows: readonly FramingSalience[], ctx: ChartContext): SalienceDatum[] {
  const total = new Map<string, number>();
  for (const r of rows) total.set(r.actor_id ?? '', (total.get(r.actor_id ?? '') ?? 0) + (r.mentions ?? 0));
  const top = new Set(
    [...total]
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'en'))
      .slice(0, MAX_ACTORS)
      .map(([id]) => id),
  );
  return rows
    .filter((r) => top.has(r.actor_id ?? ''))
    .map((r) => ({
      outlet: r.outlet,
      actor_id: r.actor_id,
      actor: ctx.actorName(r.actor_id),
      mentions: r.mentions,
      share: r.share,
      in_headline: r.in_headline,
      in_lead: r.in_lead,
    }))
    .sort(
      (a, b) =>
        (a.outlet ?? '').localeCompare(b.outlet ?? '', 'en') ||
        (a.actor_id ?? '').localeCompare(b.actor_id ?? '', 'en'),
    );
}

export function actorSalienceSpec(tables: EventTables, ctx: ChartContext): TopLevelSpec {
  const title = 'Who each outlet put at the centre: share of actor mentions';
  const data = salienceData(tables.salience, ctx);
  if (!data.length)
    return slide(ctx, title, eventLine(ctx), emptyBody("No actor was mentioned in this event's articles.", ctx.slide));

  const totals = new Map<string, number>();
  for (const d of data) totals.set(d.actor, (totals.get(d.actor) ?? 0) + (d.mentions ?? 0));
  const actors = [...totals].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'en')).map(([a]) => a);
  // Every outlet of the event keeps its column: one that named none of these actors is a grey column.
  const outlets = everyOutlet(ctx, data);
  const maxShare = Math.max(...data.map((d) => d.share ?? 0), 0.01);

  const plotHeight = ctx.slide.height - CHROME.top - CHROME.bottom - 80;
  const plotWidth = ctx.slide.width - CHROME.sides - 480 - 260;
  const rowStep = Math.max(34, Math.min(90, Math.floor(plotHeight / actors.length)));
  const colStep = Math.max(140, Math.min(400, Math.floor(plotWidth / outlets.length)));

  return slide(
    ctx,
    title,
    `${eventLine(ctx)}. Top ${actors.length} actors by mentions.${leftOut(ctx, drawnOutlets(ctx, data), 'No actor named')}`,
    {
      data: { values: data },
      width: { step: colStep },
      height: { step: rowStep },
      view: { fill: INK.empty },
      encoding: {
        x: {
          field: S.outlet,
          type: 'nominal',
          sort: outlets,
          scale: { domain: outlets },
          title: null,
          axis: { orient: 'top', labelAngle: 0, domain: false, ticks: false },
        },
        y: { field: ACTOR, type: 'nominal', sort: actors, title: null, axis: { domain: false, ticks: false } },
      },
      layer: [
        {
          mark: { type: 'rect', stroke: 'white', strokeWidth: 3 },
          encoding: {
            color: {
              field: S.share,
              type: 'quantitative',
              title: 'Share of mentions',
              scale: { scheme: 'blues', domain: [0, maxShare] },
              legend: { format: '.0%', orient: 'right', values: legendTicks(maxShare) },
            },
            tooltip: [
              { field: ACTOR, title: 'Actor' },
              { field: S.outlet, title: 'Outlet' },
              { field: S.mentions, type: 'quantitative', title: 'Mentions' },
              { field: S.share, type: 'quantitative', format: '.1%', title: 'Share' },
              { field: S.in_headline, title: 'In headline' },
              { field: S.in_lead, title: 'In lead' },
            ],
          },
        },
        {
          mark: { type: 'text', fontSize: SIZES.mark },
          encoding: {
            text: { field: S.share, type: 'quantitative', format: '.0%' },
            color: {
              condition: { test: `datum.${S.share} > ${round(maxShare * 0.55)}`, value: 'white' },
              value: INK.text,
            },
          },
        },
      ],
    },
  );
}

const round = (x: number) => Math.round(x * 1000) / 1000;

export const actorSalience: ChartBuilder = {
  name: 'actor-salience',
  reading:
    "Each column is an outlet, each row an actor; the darker the cell, the larger the share of the outlet's actor mentions that went to that actor. Grey cells: the outlet did not name the actor.",
  spec: actorSalienceSpec,
};
