// The body of a chart whose event has nothing to draw: one sentence saying so, so that the chart
// set stays the same from corpus to corpus and a slide never shows empty axes.
import type { BodySpec } from '../ChartContext.ts';
import { SIZES, INK } from './theme.ts';

export function emptyBody(message: string, slide: { width: number; height: number }): BodySpec {
  return {
    data: { values: [{}] },
    mark: {
      type: 'text',
      text: message,
      align: 'left',
      baseline: 'top',
      x: 0,
      y: 0,
      fontSize: SIZES.subtitle,
      color: INK.muted,
    },
    width: slide.width - 200,
    height: Math.round(slide.height / 2),
  } as BodySpec;
}
