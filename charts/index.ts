// The chart set, one chart per builder and event. Each chart compares the outlets of one event,
// so a corpus of several events gets one file per event (`<chart>-<event>`); a corpus of one
// event gets `<chart>`. Events are drawn separately because their outlets differ: a facet per
// event would leave most columns empty.
import { largestEvents as largestOf } from '../transforms/framing/largestEvents.ts';
import { basename, resolve } from 'node:path';
import type { Codebook } from '../transforms/codebook/Codebook.ts';
import type { Extraction } from '../transforms/Extraction.ts';
import type { Comparison } from '../transforms/Comparison.ts';
import type { Options } from '../readers/options.ts';
import { ACTORS, EVENTS, rowsOf } from '../transforms/schema/index.ts';
import type { ChartSpec } from './RenderedChart.ts';
import type { ChartBuilder, ChartContext } from './ChartContext.ts';
import { eventTables, type EventTables } from './eventTables.ts';
import { outletColours } from './style/palette.ts';
import { footnote } from './style/footnote.ts';
import { titleOf } from './style/titleOf.ts';
import { actorSalience } from './actorSalience.ts';
import { voices } from './voices.ts';
import { labels } from './labels.ts';
import { casualtyFigures } from './casualtyFigures.ts';
import { timeline } from './timeline.ts';
import { proposals } from './proposals.ts';
import { frames } from './frames.ts';
import { distinctiveTerms } from './distinctiveTerms.ts';
import { textReuse } from './textReuse.ts';
import { EVENTS_OVERVIEW, eventsOverviewSpec } from './eventsOverview.ts';

/**
 * Events drawn at most: the ones with the most articles (ties: the earlier). A corpus of many
 * small events would otherwise get nine slides per event; the tables still cover every event.
 */
export const MAX_CHARTED_EVENTS = 12;

/** The charts, in the order the report and the workbook show them. */
export const CHARTS: readonly ChartBuilder[] = [
  actorSalience,
  voices,
  labels,
  casualtyFigures,
  timeline,
  proposals,
  frames,
  distinctiveTerms,
  textReuse,
];

export function chartSpecs(
  extraction: Extraction,
  comparison: Comparison,
  codebook: Codebook,
  options: Options,
): ChartSpec[] {
  return chartPlan(extraction, comparison, codebook, options).specs;
}

/** The chart specs, and a line saying which events were left uncharted (null when none was). */
export function chartPlan(
  extraction: Extraction,
  comparison: Comparison,
  codebook: Codebook,
  options: Options,
): { specs: ChartSpec[]; skipped: string | null } {
  const all = eventTables(extraction, comparison);
  const byEvent = largestEvents(all, MAX_CHARTED_EVENTS);
  const names = new Map(rowsOf(ACTORS, extraction.actors).map((a) => [a.actor_id ?? '', a.name ?? '']));
  const eventNames = readableEventNames(extraction);
  const outlets = [...new Set([...byEvent.values()].flatMap((t) => t.articles.map((a) => a.outlet ?? '')))];
  const shared = {
    outletColours: outletColours(codebook, outlets),
    frames: codebook.frames.map((f) => f.frame),
    actorName: (id: string | null) => names.get(id ?? '') || id || 'Unknown',
    slide: { width: Math.round((1080 * options.chartSize.width) / options.chartSize.height), height: 1080 },
  };
  const corpusName = basename(resolve(options.corpus));
  const several = byEvent.size > 1;
  const specs: ChartSpec[] = [];
  if (several) {
    const footnoteAll = footnote(
      corpusName,
      [...all.values()].flatMap((t) => t.articles.map((a) => a.published)),
    );
    const spec = eventsOverviewSpec(
      byEvent,
      all.size,
      { ...shared, footnote: footnoteAll },
      (id) => eventNames.get(id) ?? id,
    );
    specs.push({ ...EVENTS_OVERVIEW, title: titleOf(spec), spec });
  }
  for (const chart of CHARTS) {
    for (const [eventId, tables] of byEvent) {
      const ctx: ChartContext = {
        ...shared,
        ...eventContext(eventId, tables, eventNames.get(eventId)),
        footnote: footnote(
          corpusName,
          tables.articles.map((a) => a.published),
        ),
      };
      const spec = chart.spec(tables, ctx);
      specs.push({
        name: several ? `${chart.name}-${slug(eventId)}` : chart.name,
        title: titleOf(spec),
        reading: chart.reading,
        spec,
      });
    }
  }
  return { specs, skipped: skippedLine(all.size, byEvent.size) };
}

/** "Charts cover the 12 events with the most articles; 3,988 other events are in the tables only." */
export function skippedLine(total: number, charted: number): string | null {
  if (total <= charted) return null;
  const rest = total - charted;
  return (
    `Charts cover the ${charted} events with the most articles of ${total}: the per-event charts of the ` +
    `other ${rest} event${rest === 1 ? '' : 's'} were skipped (their rows are in every table).`
  );
}

/** The `max` events with the most articles, kept in their chronological order. */
export function largestEvents(byEvent: Map<string, EventTables>, max: number): Map<string, EventTables> {
  return largestOf(byEvent, (t) => t.articles.length, max);
}

/**
 * The events table's readable names ("Derna floods, 12–25 Sep 2023") by event id; where two events
 * share a name, each keeps its id beside it, so that no two bars or subtitles read the same.
 */
function readableEventNames(extraction: Extraction): Map<string, string> {
  const rows = extraction.events ? rowsOf(EVENTS, extraction.events) : [];
  const uses = new Map<string, number>();
  for (const e of rows) if (e.name) uses.set(e.name, (uses.get(e.name) ?? 0) + 1);
  return new Map(
    rows
      .filter((e) => e.event_id && e.name)
      .map((e) => [e.event_id!, uses.get(e.name!)! > 1 ? `${e.name} (${e.event_id})` : e.name!]),
  );
}

function eventContext(
  eventId: string,
  tables: EventTables,
  name: string | undefined,
): Pick<ChartContext, 'eventId' | 'eventLabel' | 'outlets'> {
  return {
    eventId,
    eventLabel:
      tables.articles.length && tables.articles.every((a) => !a.event_id)
        ? `Article ${eventId} (in no event)`
        : name
          ? `Event: ${name}`
          : `Event ${eventId}`,
    outlets: [...new Set(tables.articles.map((a) => a.outlet ?? ''))].sort(),
  };
}

/** A file-name-safe form of an event id. */
export function slug(eventId: string): string {
  return (
    eventId
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'no-event'
  );
}
