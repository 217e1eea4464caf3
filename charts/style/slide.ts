// Wraps a chart body into a complete slide spec: title and subtitle on top, the footnote naming
// the corpus underneath, the shared theme, padding, and the Vega-Lite schema URL.
import type { TopLevelSpec } from 'vega-lite';
import type { BodySpec, ChartContext } from '../ChartContext.ts';
import { THEME, SIZES, INK } from './theme.ts';
import { wrapLines } from './wrapLines.ts';

export const SCHEMA_URL = 'https://vega.github.io/schema/vega-lite/v6.json';

/** Space the title, subtitle, footnote and padding take on a slide, in px. */
export const CHROME = { top: 150, bottom: 90, sides: 80 } as const;

export function slide(ctx: ChartContext, title: string, subtitle: string, body: BodySpec): TopLevelSpec {
  return {
    $schema: SCHEMA_URL,
    title: { text: wrapLines(title, 72), subtitle: wrapLines(subtitle, 120) },
    padding: 40,
    config: THEME,
    // A one-view concatenation, so that the body can carry the footnote as its own bottom title
    // while the slide title stays on top.
    vconcat: [{ ...body, title: footnoteTitle(ctx.footnote) } as BodySpec],
  } as TopLevelSpec;
}

/** The footnote: a bottom title, anchored at the left edge of the chart's full bounds (axes included). */
function footnoteTitle(text: string) {
  return {
    text,
    orient: 'bottom',
    anchor: 'start',
    frame: 'bounds',
    offset: 36,
    fontSize: SIZES.footnote,
    fontWeight: 'normal',
    color: INK.muted,
  };
}

/** The subtitle's usual start: the event, and the outlets that reported it. */
export function eventLine(ctx: ChartContext): string {
  return `${ctx.eventLabel} · ${ctx.outlets.length} outlet${ctx.outlets.length === 1 ? '' : 's'}: ${ctx.outlets.join(', ')}`;
}
