// One native chart as DrawingML (xl/charts/chartN.xml): clustered horizontal bars, the first
// category on top, one series per outlet in the outlet colours, legend at the bottom. Every
// reference carries its cached values.
import type { CachedRange, NativeChart } from './NativeChart.ts';
import { escapeXml } from './escapeXml.ts';

/** Colour-blind-safe series colours (Okabe and Ito), in order. */
const SERIES_COLOURS = ['0072B2', 'E69F00', '009E73', 'D55E00', 'CC79A7', '56B4E9', 'F0E442', '000000'];

export function chartXml(chart: NativeChart): string {
  const series = chart.series
    .map(
      (s, i) =>
        `<c:ser><c:idx val="${i}"/><c:order val="${i}"/>` +
        `<c:tx>${strRef(s.name)}</c:tx>` +
        `<c:spPr><a:solidFill><a:srgbClr val="${SERIES_COLOURS[i % SERIES_COLOURS.length]}"/></a:solidFill></c:spPr>` +
        '<c:invertIfNegative val="0"/>' +
        `<c:cat>${strRef(chart.categories)}</c:cat>` +
        `<c:val>${numRef(s.values, chart.numFmt)}</c:val></c:ser>`,
    )
    .join('');
  const fmt = escapeXml(chart.numFmt);
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
    '<c:roundedCorners val="0"/><c:chart>' +
    `<c:title><c:tx><c:rich><a:bodyPr/><a:p><a:pPr><a:defRPr sz="1200" b="1"/></a:pPr><a:r><a:rPr lang="en-US" sz="1200" b="1"/><a:t>${escapeXml(chart.title)}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title>` +
    '<c:autoTitleDeleted val="0"/><c:plotArea><c:layout/>' +
    `<c:barChart><c:barDir val="bar"/><c:grouping val="clustered"/><c:varyColors val="0"/>${series}` +
    '<c:gapWidth val="60"/><c:axId val="10"/><c:axId val="20"/></c:barChart>' +
    '<c:catAx><c:axId val="10"/><c:scaling><c:orientation val="maxMin"/></c:scaling><c:delete val="0"/><c:axPos val="l"/>' +
    '<c:numFmt formatCode="General" sourceLinked="0"/><c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>' +
    '<c:crossAx val="20"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>' +
    '<c:valAx><c:axId val="20"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="t"/><c:majorGridlines/>' +
    `<c:numFmt formatCode="${fmt}" sourceLinked="0"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>` +
    '<c:crossAx val="10"/><c:crosses val="autoZero"/><c:crossBetween val="between"/></c:valAx>' +
    '</c:plotArea><c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend><c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart>' +
    '</c:chartSpace>'
  );
}

function strRef(range: CachedRange<string>): string {
  const points = range.values.map((v, i) => `<c:pt idx="${i}"><c:v>${escapeXml(v)}</c:v></c:pt>`).join('');
  return `<c:strRef><c:f>${escapeXml(range.ref)}</c:f><c:strCache><c:ptCount val="${range.values.length}"/>${points}</c:strCache></c:strRef>`;
}

function numRef(range: CachedRange<number | null>, numFmt: string): string {
  const points = range.values.map((v, i) => (v == null ? '' : `<c:pt idx="${i}"><c:v>${v}</c:v></c:pt>`)).join('');
  return (
    `<c:numRef><c:f>${escapeXml(range.ref)}</c:f><c:numCache><c:formatCode>${escapeXml(numFmt)}</c:formatCode>` +
    `<c:ptCount val="${range.values.length}"/>${points}</c:numCache></c:numRef>`
  );
}
