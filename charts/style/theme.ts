// Type sizes and colours shared by every chart, for a slide 1080 px high (the renderer scales
// the chart to the canvas; charts are laid out to need a scale close to 1). Everything is at
// least MIN_FONT_PX, so text stays readable on a projector.
import type { Config } from 'vega-lite';
import { FONT_FAMILY } from '../render/fonts.ts';

/** No text smaller than this on a 1080-px-high slide. */
export const MIN_FONT_PX = 14;

export const SIZES = {
  title: 40,
  subtitle: 26,
  axisTitle: 24,
  axisLabel: 22,
  header: 24,
  mark: 20,
  footnote: 20,
} as const;

export const INK = { text: '#1a1a1a', muted: '#4d4d4d', rule: '#8c8c8c', grid: '#e3e3e3', empty: '#f2f2f2' } as const;

/** Widest an axis or legend label may be before it is cut with an ellipsis, in px. */
export const LABEL_LIMIT = 420;

export const THEME: Config = {
  font: FONT_FAMILY,
  background: 'white',
  title: {
    fontSize: SIZES.title,
    fontWeight: 'bold',
    color: INK.text,
    anchor: 'start',
    offset: 28,
    subtitleFontSize: SIZES.subtitle,
    subtitleColor: INK.muted,
    subtitlePadding: 12,
    limit: 1800,
  },
  axis: {
    labelFontSize: SIZES.axisLabel,
    titleFontSize: SIZES.axisTitle,
    titleFontWeight: 'bold',
    labelColor: INK.text,
    titleColor: INK.text,
    labelLimit: LABEL_LIMIT,
    titlePadding: 16,
    labelPadding: 8,
    gridColor: INK.grid,
    domainColor: INK.rule,
    tickColor: INK.rule,
  },
  legend: {
    labelFontSize: SIZES.axisLabel,
    titleFontSize: SIZES.axisTitle,
    titleFontWeight: 'bold',
    labelColor: INK.text,
    titleColor: INK.text,
    labelLimit: LABEL_LIMIT,
    titleLimit: LABEL_LIMIT,
    symbolSize: 320,
    rowPadding: 10,
    titlePadding: 12,
    gradientLength: 320,
    gradientThickness: 24,
    offset: 32,
  },
  header: {
    labelFontSize: SIZES.header,
    labelFontWeight: 'bold',
    labelColor: INK.text,
    labelLimit: LABEL_LIMIT,
    titleFontSize: SIZES.header,
    titleColor: INK.text,
  },
  text: { fontSize: SIZES.mark, color: INK.text },
  view: { stroke: null },
  concat: { spacing: 64 },
  facet: { spacing: 40 },
};
