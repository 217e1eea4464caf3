// events-overview: the one chart across events. One bar per charted event (the events with the
// most articles, chronological), split into its articles per outlet, so that a reader sees which
// events the per-event charts cover and how many outlets each drew on. Drawn when the corpus has
// several events; events past the charted ones are counted in the subtitle.
import type { TopLevelSpec } from 'vega-lite';
import type { ChartContext } from './ChartContext.ts';
import type { EventTables } from './eventTables.ts';
import { slide, CHROME } from './style/slide.ts';

export const EVENTS_OVERVIEW = {
  name: 'events-overview',
  reading:
    'One bar per charted event (the events with the most articles), split by outlet: each segment is the number of articles that outlet published on the event.',
};

export interface OverviewDatum {
  event: string;
  outlet: string;
  articles: number;
}

/** Articles per event and outlet, events in the given order (named by `name`), outlets sorted. */
export function overviewData(
  byEvent: ReadonlyMap<string, EventTables>,
  name: (eventId: string) => string,
): OverviewDatum[] {
  const data: OverviewDatum[] = [];
  for (const [event, tables] of byEvent) {
    const counts = new Map<string, number>();
    for (const a of tables.articles) counts.set(a.outlet ?? '', (counts.get(a.outlet ?? '') ?? 0) + 1);
    for (const outlet of [...counts.keys()].sort((a, b) => a.localeCompare(b, 'en')))
      data.push({ event: name(event), outlet, articles: counts.get(outlet) ?? 0 });
  }
  return data;
}

export function eventsOverviewSpec(
  byEvent: ReadonlyMap<string, EventTables>,
  totalEvents: number,
  ctx: Pick<ChartContext, 'outletColours' | 'footnote' | 'slide'>,
  name: (eventId: string) => string,
): TopLevelSpec {
  const data = overviewData(byEvent, name);
  const outlets = [...new Set(data.map((d) => d.outlet))].sort((a, b) => a.localeCompare(b, 'en'));
  const events = [...byEvent.keys()].map(name);
  const rest = totalEvents - events.length;
  const subtitle =
    `${events.length} event${events.length === 1 ? '' : 's'} with the most articles, earliest first` +
    (rest > 0 ? `; ${rest} smaller event${rest === 1 ? '' : 's'} not charted (every event is in the tables).` : '.');
  const plotHeight = ctx.slide.height - CHROME.top - CHROME.bottom - 120;
  return slide(ctx as ChartContext, 'Articles per event and outlet', subtitle, {
    data: { values: data },
    mark: { type: 'bar', stroke: 'white', strokeWidth: 1 },
    width: ctx.slide.width - CHROME.sides - 560 - 340,
    height: { step: Math.max(24, Math.min(120, Math.floor(plotHeight / Math.max(1, events.length)))) },
    encoding: {
      y: { field: 'event', type: 'nominal', sort: events, title: null, axis: { domain: false, ticks: false } },
      x: { field: 'articles', type: 'quantitative', aggregate: 'sum', title: 'Articles', axis: { grid: true } },
      color: {
        field: 'outlet',
        type: 'nominal',
        title: 'Outlet',
        sort: outlets,
        legend: { symbolLimit: 0, columns: Math.ceil(outlets.length / 24) },
        scale: { domain: outlets, range: outlets.map((o) => ctx.outletColours.get(o) ?? '#888888') },
      },
      order: { field: 'outlet', sort: 'ascending' },
      tooltip: [
        { field: 'event', title: 'Event' },
        { field: 'outlet', title: 'Outlet' },
        { field: 'articles', type: 'quantitative', title: 'Articles' },
      ],
    },
  });
}
