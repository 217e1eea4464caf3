// voices: who each outlet let speak. One panel per outlet; a bar per speaker, split into direct
// quotes (in quotation marks) and indirect ones (reported speech), from framing_voices.
import type { TopLevelSpec } from 'vega-lite';
import { FRAMING_VOICES, type FramingVoice } from '../transforms/schema/index.ts';
import type { ChartBuilder, ChartContext } from './ChartContext.ts';
import type { EventTables } from './eventTables.ts';
import { columnsOf } from './style/columnsOf.ts';
import { slide, eventLine, CHROME } from './style/slide.ts';
import { emptyBody } from './style/emptyBody.ts';
import { drawnOutlets, leftOut } from './style/drawnOutlets.ts';
import { OKABE_ITO } from './style/palette.ts';

const V = columnsOf(FRAMING_VOICES);
export const MAX_SPEAKERS = 15;
const SPEAKER = 'speaker_name';
const KIND = 'kind';
const QUOTES = 'quotes';
export const UNKNOWN_SPEAKER = 'Unidentified speaker';

export type VoiceDatum = Pick<FramingVoice, 'outlet' | 'speaker' | 'direct' | 'indirect' | 'share'> & {
  speaker_name: string;
};

/** The rows drawn: the event's voices rows of its most quoted speakers, with their names. */
export function voicesData(rows: readonly FramingVoice[], ctx: ChartContext): VoiceDatum[] {
  const total = new Map<string, number>();
  for (const r of rows)
    total.set(r.speaker ?? '', (total.get(r.speaker ?? '') ?? 0) + (r.direct ?? 0) + (r.indirect ?? 0));
  const top = new Set(
    [...total]
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'en'))
      .slice(0, MAX_SPEAKERS)
      .map(([s]) => s),
  );
  return rows
    .filter((r) => top.has(r.speaker ?? ''))
    .map((r) => ({
      outlet: r.outlet,
      speaker: r.speaker,
      speaker_name: r.speaker ? ctx.actorName(r.speaker) : UNKNOWN_SPEAKER,
      direct: r.direct,
      indirect: r.indirect,
      share: r.share,
    }))
    .sort(
      (a, b) =>
        (a.outlet ?? '').localeCompare(b.outlet ?? '', 'en') || a.speaker_name.localeCompare(b.speaker_name, 'en'),
    );
}

export function voicesSpec(tables: EventTables, ctx: ChartContext): TopLevelSpec {
  const title = 'Who each outlet quotes, directly and indirectly';
  const data = voicesData(tables.voices, ctx);
  if (!data.length)
    return slide(ctx, title, eventLine(ctx), emptyBody("No quotation was found in this event's articles.", ctx.slide));

  const totals = new Map<string, number>();
  for (const d of data)
    totals.set(d.speaker_name, (totals.get(d.speaker_name) ?? 0) + (d.direct ?? 0) + (d.indirect ?? 0));
  const speakers = [...totals].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'en')).map(([s]) => s);
  const outlets = drawnOutlets(ctx, data);
  const plotHeight = ctx.slide.height - CHROME.top - CHROME.bottom - 120;
  const plotWidth = ctx.slide.width - CHROME.sides - 420 - 240 - 40 * (outlets.length - 1);

  return slide(ctx, title, `${eventLine(ctx)}. Number of quotes per speaker.${leftOut(ctx, outlets, 'No quote')}`, {
    data: { values: data },
    transform: [{ fold: [V.direct, V.indirect], as: [KIND, QUOTES] }],
    facet: { column: { field: V.outlet, type: 'nominal', sort: outlets, title: null } },
    spec: {
      width: Math.max(160, Math.floor(plotWidth / outlets.length)),
      height: { step: Math.max(34, Math.min(64, Math.floor(plotHeight / speakers.length))) },
      mark: { type: 'bar' },
      encoding: {
        y: { field: SPEAKER, type: 'nominal', sort: speakers, title: null },
        x: {
          field: QUOTES,
          type: 'quantitative',
          aggregate: 'sum',
          title: 'Quotes',
          axis: { tickMinStep: 1, format: 'd' },
        },
        color: {
          field: KIND,
          type: 'nominal',
          title: 'Quote',
          scale: { domain: [V.direct, V.indirect], range: [OKABE_ITO[0], OKABE_ITO[5]] },
          legend: {
            orient: 'right',
            labelExpr: `datum.label === '${V.direct}' ? 'Direct (in quotation marks)' : 'Indirect (reported speech)'`,
          },
        },
        order: { field: KIND, type: 'nominal', sort: 'ascending' },
        tooltip: [
          { field: SPEAKER, title: 'Speaker' },
          { field: KIND, title: 'Quote' },
          { field: QUOTES, type: 'quantitative', aggregate: 'sum', title: 'Quotes' },
        ],
      },
    },
  });
}

export const voices: ChartBuilder = {
  name: 'voices',
  reading:
    'One panel per outlet, one bar per speaker: the length is the number of times the outlet quoted that speaker, dark for direct quotes (in quotation marks), light for indirect ones (reported speech).',
  spec: voicesSpec,
};
