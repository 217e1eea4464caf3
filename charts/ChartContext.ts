// What every chart builder gets besides its tables: the event it draws, the outlets and their
// colours, actor names, the footnote, and the size of the slide it is laid out for.
import type { NonNormalizedSpec } from 'vega-lite/types_unstable/spec/index.js';
import type { TopLevelSpec } from 'vega-lite';
import type { EventTables } from './eventTables.ts';

export interface ChartContext {
  eventId: string;
  /** Subtitle lead: "Event: Morocco earthquake, 9–13 Sep 2023" (the events table's name), else the id. */
  eventLabel: string;
  /** Outlets with articles in the event, sorted. */
  outlets: string[];
  /** Colour of every outlet of the corpus (codebook colour, else the default palette). */
  outletColours: ReadonlyMap<string, string>;
  /** Frames in the codebook's order, so a frame keeps its colour from chart to chart. */
  frames: string[];
  /** Canonical name of an actor id (the id itself when the actors table lacks it). */
  actorName: (actorId: string | null) => string;
  footnote: string;
  /** Size the chart is laid out for, in px: 1080 high, with the canvas's aspect ratio. */
  slide: { width: number; height: number };
}

/** A chart of the set: its file stem, how to read it, and the builder of its spec for one event. */
export interface ChartBuilder {
  name: string;
  reading: string;
  spec: (tables: EventTables, ctx: ChartContext) => TopLevelSpec;
}

export type BodySpec = NonNormalizedSpec;
