// timeline: which moments each outlet referred to. One row per outlet on a calendar axis; a
// day is a tick, a month or a year a band across that span, coloured by outlet (the dates table
// joined to the articles' outlet). A diamond marks each article's publication date.
// Dates are inlined as ISO day strings, which JavaScript reads as UTC midnight, and drawn on a
// UTC time unit, so the chart does not depend on the time zone of the machine that renders it.
import type { TopLevelSpec } from 'vega-lite';
import { DATES, type DateRow } from '../transforms/schema/index.ts';
import type { BodySpec, ChartBuilder, ChartContext } from './ChartContext.ts';
import type { EventTables } from './eventTables.ts';
import { columnsOf } from './style/columnsOf.ts';
import { slide, eventLine, CHROME } from './style/slide.ts';
import { emptyBody } from './style/emptyBody.ts';
import { drawnOutlets, everyOutlet, leftOut } from './style/drawnOutlets.ts';
import { outletScale } from './style/palette.ts';
import { INK } from './style/theme.ts';
import { periodOf } from './periodOf.ts';

const D = columnsOf(DATES);
const OUTLET = 'outlet';
const FROM = 'period_start';
const TO = 'period_end';
const PUBLISHED = 'published';
/** A UTC time unit: scales, axes, tooltips and ARIA labels then read and print dates in UTC. */
const DAY = 'utcyearmonthdate';

export type DateDatum = Pick<DateRow, 'date_id' | 'article_id' | 'surface' | 'value' | 'granularity' | 'anchor'> & {
  outlet: string;
  period_start: string;
  period_end: string;
};

/** The rows drawn: the event's resolved dates with their outlet and the span they cover. */
export function datesData(rows: readonly (DateRow & { outlet: string })[]): DateDatum[] {
  const data: DateDatum[] = [];
  for (const r of rows) {
    const period = periodOf(r.value);
    if (!period) continue;
    data.push({
      date_id: r.date_id,
      article_id: r.article_id,
      outlet: r.outlet,
      surface: r.surface,
      value: r.value,
      granularity: r.granularity,
      anchor: r.anchor,
      period_start: period[0],
      period_end: period[1],
    });
  }
  return data.sort(
    (a, b) => a.outlet.localeCompare(b.outlet, 'en') || (a.date_id ?? '').localeCompare(b.date_id ?? '', 'en'),
  );
}

export function timelineSpec(tables: EventTables, ctx: ChartContext): TopLevelSpec {
  const title = 'Which moments each outlet referred to';
  const data = datesData(tables.dates);
  if (!data.length)
    return slide(
      ctx,
      title,
      eventLine(ctx),
      emptyBody("No date could be placed on a calendar in this event's articles.", ctx.slide),
    );

  const outlets = everyOutlet(ctx, data);
  const published = tables.articles
    .filter((a) => a.published)
    .map((a) => ({ outlet: a.outlet ?? '', article_id: a.article_id, published: a.published }))
    .sort(
      (a, b) => a.outlet.localeCompare(b.outlet, 'en') || (a.article_id ?? '').localeCompare(b.article_id ?? '', 'en'),
    );
  const colour = outletScale(ctx.outletColours, outlets);
  const plotHeight = ctx.slide.height - CHROME.top - CHROME.bottom - 200;
  const y = { field: OUTLET, type: 'nominal', sort: outlets, title: null, scale: { domain: outlets } } as const;
  const colourEnc = { field: OUTLET, type: 'nominal', scale: colour, legend: null } as const;
  const tooltip = [
    { field: OUTLET, title: 'Outlet' },
    { field: D.surface, title: 'As written' },
    { field: D.value, title: 'Date' },
    { field: D.anchor, title: 'Resolved from' },
  ];

  const all = data.map((d) => d.period_start).concat(published.map((p) => p.published ?? ''));
  const window = closeUpWindow(
    all,
    published.map((p) => p.published ?? ''),
  );
  const width = ctx.slide.width - CHROME.sides - 320;
  // At least 360 px, so that an event of one or two outlets does not become a thin strip.
  const rowsHeight = Math.min(plotHeight, Math.max(360, 150 * outlets.length));

  /** One calendar panel: bands for months and years, ticks for days and diamonds for publication, both at mid-day. */
  const panel = (domain: [string, string] | null, height: number, axisTitle: string | null) => {
    const x = (field: string) =>
      ({
        field,
        type: 'temporal',
        timeUnit: DAY,
        title: axisTitle,
        ...(domain
          ? {
              scale: {
                domain: domain.map((d) => ({
                  expr: `utc(${d.slice(0, 4)}, ${Number(d.slice(5, 7)) - 1}, ${Number(d.slice(8, 10))})`,
                })),
              },
            }
          : {}),
        axis: { grid: true, labelOverlap: true, ...calendarAxis(domain ?? all) },
      }) as const;
    // The close-up inlines only the references that overlap its window (ISO strings compare as
    // dates), with their bands cut at its edges: a year drawn whole on a six-week axis is a shape
    // thousands of pixels wide that only the clip hides (and that resvg has been seen to crash on).
    const rows = domain
      ? data
          .filter((d) => d.period_end > domain[0] && d.period_start < domain[1])
          .map((d) => ({
            ...d,
            period_start: d.period_start < domain[0] ? domain[0] : d.period_start,
            period_end: d.period_end > domain[1] ? domain[1] : d.period_end,
          }))
      : data;
    // Each layer only when it has rows: an empty layer gives Vega an infinite extent to warn about.
    const spans = rows.filter((d) => d.granularity !== 'day');
    const days = rows.filter((d) => d.granularity === 'day');
    const layer = [
      spans.length && {
        data: { values: spans },
        mark: { type: 'bar', opacity: 0.35, height: { band: 0.6 }, clip: true },
        encoding: { y, color: colourEnc, tooltip, x: x(FROM), x2: { field: TO, timeUnit: DAY } },
      },
      days.length && {
        data: { values: days },
        mark: {
          type: 'tick',
          thickness: 4,
          bandSize: Math.min(56, Math.floor((height / outlets.length) * 0.6)),
          clip: true,
        },
        encoding: { y, color: colourEnc, tooltip, x: x(FROM) },
      },
      published.length && {
        data: { values: published },
        mark: {
          type: 'point',
          shape: 'diamond',
          filled: true,
          size: 360,
          color: INK.text,
          yOffset: -Math.floor((height / outlets.length) * 0.3),
        },
        encoding: {
          y,
          x: { ...x(PUBLISHED), bandPosition: 0.5 },
          tooltip: [
            { field: OUTLET, title: 'Outlet' },
            { field: PUBLISHED, type: 'nominal', title: 'Published' },
          ],
        },
      },
    ].filter(Boolean);
    return { width, height, layer };
  };

  const body = window
    ? {
        vconcat: [
          panel(null, Math.floor(rowsHeight * 0.45), 'All references'),
          panel(window, Math.floor(rowsHeight * 0.45), 'Close-up: the weeks around publication'),
        ],
        spacing: 48,
      }
    : panel(null, rowsHeight, null);
  return slide(
    ctx,
    title,
    `${eventLine(ctx)}. Days as ticks, months and years as bands; ◆ publication date${published.length ? '' : ' (unknown for every article)'}.${leftOut(ctx, drawnOutlets(ctx, data), 'No dated reference')}`,
    body as BodySpec,
  );
}

/**
 * When the references span far more than the weeks around publication, a second panel shows
 * those weeks (three before the first publication, three after the last), where the day ticks
 * would otherwise pile up. Null when one panel shows it all.
 */
export function closeUpWindow(all: readonly string[], published: readonly string[]): [string, string] | null {
  const pub = published.filter(Boolean).sort();
  const days = all.filter(Boolean).sort();
  if (!pub.length || !days.length) return null;
  const shift = (iso: string, d: number) => new Date(Date.parse(iso) + d * 86400000).toISOString().slice(0, 10);
  const from = shift(pub[0], -21);
  const to = shift(pub[pub.length - 1], 22);
  return days[0] < shift(from, -60) || days[days.length - 1] > shift(to, 60) ? [from, to] : null;
}

/** Ticks and labels for the span of the dates: years over three years or more, months over three months or more, else days. */
export function calendarAxis(isoDays: readonly string[]): {
  format: string;
  tickCount: { interval: 'year' | 'month' | 'day'; step: number };
} {
  const days = isoDays
    .filter(Boolean)
    .map((d) => Date.parse(d.slice(0, 10)) / 86400000)
    .filter(Number.isFinite);
  const span = days.length ? Math.max(...days) - Math.min(...days) : 0;
  if (span >= 3 * 365)
    return { format: '%Y', tickCount: { interval: 'year', step: Math.max(1, Math.ceil(span / 365 / 12)) } };
  if (span >= 90)
    return { format: '%b %Y', tickCount: { interval: 'month', step: Math.max(1, Math.ceil(span / 30 / 10)) } };
  return { format: '%d %b', tickCount: { interval: 'day', step: Math.max(1, Math.ceil(span / 10)) } };
}

export const timeline: ChartBuilder = {
  name: 'timeline',
  reading:
    'One row per outlet on a calendar: each tick is a day the outlet referred to, each band a month or year it referred to as a whole ("in 2011"); the black diamond is the day the article was published. When the references reach far back, a close-up below shows the weeks around publication.',
  spec: timelineSpec,
};
