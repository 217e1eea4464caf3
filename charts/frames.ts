// frames: how each outlet framed the event. One bar per outlet, split into the share of its
// frame cues that belong to each frame of the codebook (framing_frames.share), frames in the
// codebook's order and colours, segments labelled with their share.
import type { TopLevelSpec } from 'vega-lite';
import { FRAMING_FRAMES, type FramingFrame } from '../transforms/schema/index.ts';
import type { ChartBuilder, ChartContext } from './ChartContext.ts';
import type { EventTables } from './eventTables.ts';
import { columnsOf } from './style/columnsOf.ts';
import { slide, eventLine, CHROME } from './style/slide.ts';
import { emptyBody } from './style/emptyBody.ts';
import { drawnOutlets, leftOut } from './style/drawnOutlets.ts';
import { categoricalScale, whiteTextTest } from './style/palette.ts';
import { INK, SIZES } from './style/theme.ts';

const F = columnsOf(FRAMING_FRAMES);
const ORDER = 'frame_order';
const START = 'share_start';
const END = 'share_end';
const MIDDLE = 'share_middle';
/** Segments narrower than this carry no label. */
const LABEL_MIN_SHARE = 0.06;

export type FrameDatum = Pick<FramingFrame, 'outlet' | 'frame' | 'cues' | 'share'> & { frame_order: number };

/** The rows drawn: the event's frames with at least one cue, with the frame's codebook rank. */
export function framesData(rows: readonly FramingFrame[], frameOrder: readonly string[]): FrameDatum[] {
  const rankOf = (f: string | null) => {
    const i = frameOrder.indexOf(f ?? '');
    return i < 0 ? frameOrder.length : i;
  };
  return rows
    .filter((r) => (r.cues ?? 0) > 0)
    .map((r) => ({ outlet: r.outlet, frame: r.frame, cues: r.cues, share: r.share, frame_order: rankOf(r.frame) }))
    .sort(
      (a, b) =>
        (a.outlet ?? '').localeCompare(b.outlet ?? '', 'en') ||
        a.frame_order - b.frame_order ||
        (a.frame ?? '').localeCompare(b.frame ?? '', 'en'),
    );
}

export function framesSpec(tables: EventTables, ctx: ChartContext): TopLevelSpec {
  const title = 'How each outlet framed the event: share of frame cues';
  const data = framesData(tables.frames, ctx.frames);
  if (!data.length)
    return slide(
      ctx,
      title,
      eventLine(ctx),
      emptyBody("No frame cue of the codebook was found in this event's articles.", ctx.slide),
    );

  const frames = [
    ...ctx.frames.filter((f) => data.some((d) => d.frame === f)),
    ...[...new Set(data.map((d) => d.frame ?? ''))].filter((f) => !ctx.frames.includes(f)).sort(),
  ];
  const allFrames = [...ctx.frames, ...frames.filter((f) => !ctx.frames.includes(f))];
  const full = categoricalScale(allFrames);
  const colour = { domain: frames, range: frames.map((f) => full.range[full.domain.indexOf(f)]) };
  const outlets = drawnOutlets(ctx, data);
  const plotHeight = ctx.slide.height - CHROME.top - CHROME.bottom - 120;

  return slide(
    ctx,
    title,
    `${eventLine(ctx)}. Cue words of each frame from the codebook.${leftOut(ctx, outlets, 'No frame cue')}`,
    {
      data: { values: data },
      transform: [
        {
          stack: F.share,
          groupby: [F.outlet],
          sort: [{ field: ORDER, order: 'ascending' }],
          as: [START, END],
          offset: 'normalize',
        },
        { calculate: `(datum.${START} + datum.${END}) / 2`, as: MIDDLE },
      ],
      width: ctx.slide.width - CHROME.sides - 320 - 340,
      height: { step: Math.max(60, Math.min(140, Math.floor(plotHeight / outlets.length))) },
      encoding: {
        y: { field: F.outlet, type: 'nominal', sort: outlets, title: null, axis: { domain: false, ticks: false } },
      },
      layer: [
        {
          mark: { type: 'bar', stroke: 'white', strokeWidth: 2 },
          encoding: {
            x: {
              field: START,
              type: 'quantitative',
              title: "Share of the outlet's frame cues",
              axis: { format: '.0%', grid: true },
            },
            x2: { field: END },
            color: { field: F.frame, type: 'nominal', title: 'Frame', scale: colour, sort: frames },
            tooltip: [
              { field: F.outlet, title: 'Outlet' },
              { field: F.frame, title: 'Frame' },
              { field: F.cues, type: 'quantitative', title: 'Cues' },
              { field: F.share, type: 'quantitative', format: '.1%', title: 'Share' },
            ],
          },
        },
        {
          transform: [{ filter: `datum.${F.share} >= ${LABEL_MIN_SHARE}` }],
          mark: { type: 'text', fontSize: SIZES.mark },
          encoding: {
            x: { field: MIDDLE, type: 'quantitative' },
            color: { condition: { test: whiteTextTest(F.frame, colour), value: 'white' }, value: INK.text },
            text: { field: F.share, type: 'quantitative', format: '.0%' },
          },
        },
      ],
    },
  );
}

export const frames: ChartBuilder = {
  name: 'frames',
  reading:
    "One bar per outlet, split by frame: each segment is the share of the outlet's frame cue words (from the codebook) that signal that frame, so a longer segment means the outlet leaned more on that frame.",
  spec: framesSpec,
};
