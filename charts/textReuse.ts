// text-reuse: what each article shares with the others of its event. Left, the containment
// matrix (reuse.containment: the share of the row article's 5-word shingles found in the column
// article); right, each article's sentences by their best match elsewhere in the event
// (alignment.status: shared, paraphrased or unique).
import type { TopLevelSpec } from 'vega-lite';
import { REUSE, ALIGNMENT, type Reuse, type Alignment, type Article } from '../transforms/schema/index.ts';
import type { BodySpec, ChartBuilder, ChartContext } from './ChartContext.ts';
import type { EventTables } from './eventTables.ts';
import { columnsOf } from './style/columnsOf.ts';
import { slide, eventLine, CHROME } from './style/slide.ts';
import { emptyBody } from './style/emptyBody.ts';
import { OKABE_ITO, whiteTextTest } from './style/palette.ts';
import { INK, SIZES } from './style/theme.ts';
import { legendTicks } from './style/legendTicks.ts';

const R = columnsOf(REUSE);
const A = columnsOf(ALIGNMENT);
const FROM = 'from_article';
const TO = 'to_article';
const LABEL = 'article';
export const STATUS_COLOURS = {
  domain: ['shared', 'paraphrased', 'unique'],
  range: [OKABE_ITO[0], OKABE_ITO[5], OKABE_ITO[1]],
};

export type ReuseDatum = Pick<Reuse, 'article_a' | 'article_b' | 'containment' | 'shared_shingles'> & {
  from_article: string;
  to_article: string;
};
export type AlignmentDatum = Pick<Alignment, 'sentence_id' | 'article_id' | 'status' | 'similarity'> & {
  article: string;
};

/** A readable name per article: its outlet, with the article id when the outlet has several in the event. */
export function articleLabels(articles: readonly Article[]): Map<string, string> {
  const perOutlet = new Map<string, number>();
  for (const a of articles) perOutlet.set(a.outlet ?? '', (perOutlet.get(a.outlet ?? '') ?? 0) + 1);
  return new Map(
    articles.map((a) => [
      a.article_id ?? '',
      (perOutlet.get(a.outlet ?? '') ?? 0) > 1 || !a.outlet
        ? `${a.outlet || 'Unknown outlet'} (${a.article_id})`
        : a.outlet,
    ]),
  );
}

export function reuseData(rows: readonly Reuse[], labels: ReadonlyMap<string, string>): ReuseDatum[] {
  return rows
    .map((r) => ({
      article_a: r.article_a,
      article_b: r.article_b,
      from_article: labels.get(r.article_a ?? '') ?? r.article_a ?? '',
      to_article: labels.get(r.article_b ?? '') ?? r.article_b ?? '',
      containment: r.containment,
      shared_shingles: r.shared_shingles,
    }))
    .sort(
      (a, b) =>
        (a.article_a ?? '').localeCompare(b.article_a ?? '', 'en') ||
        (a.article_b ?? '').localeCompare(b.article_b ?? '', 'en'),
    );
}

export function alignmentData(rows: readonly Alignment[], labels: ReadonlyMap<string, string>): AlignmentDatum[] {
  return rows
    .map((r) => ({
      sentence_id: r.sentence_id,
      article_id: r.article_id,
      article: labels.get(r.article_id ?? '') ?? r.article_id ?? '',
      status: r.status,
      similarity: r.similarity,
    }))
    .sort(
      (a, b) =>
        (a.article_id ?? '').localeCompare(b.article_id ?? '', 'en') ||
        (a.sentence_id ?? '').localeCompare(b.sentence_id ?? '', 'en', { numeric: true }),
    );
}

export function textReuseSpec(tables: EventTables, ctx: ChartContext): TopLevelSpec {
  const title = 'What each article shares with the others of its event';
  const labels = articleLabels(tables.articles);
  const reuse = reuseData(tables.reuse, labels);
  const alignment = alignmentData(tables.alignment, labels);
  if (tables.articles.length < 2 || (!reuse.length && !alignment.length))
    return slide(
      ctx,
      title,
      eventLine(ctx),
      emptyBody('Nothing to compare: text reuse needs two articles or more in the event.', ctx.slide),
    );

  const articles = [...labels.values()].sort();
  const plotHeight = ctx.slide.height - CHROME.top - CHROME.bottom - 160;
  const step = Math.max(60, Math.min(150, Math.floor(plotHeight / articles.length)));
  // The colour scale runs to at least 20%, so that a sliver of overlap never looks like copying.
  const maxContainment = Math.max(0.2, ...reuse.map((d) => d.containment ?? 0));
  const cellStep = Math.max(150, Math.min(260, Math.floor((ctx.slide.width - CHROME.sides - 1100) / articles.length)));

  const matrix = {
    data: { values: reuse },
    width: { step: cellStep },
    height: { step },
    view: { fill: INK.empty },
    encoding: {
      x: {
        field: TO,
        type: 'nominal',
        sort: articles,
        scale: { domain: articles },
        title: "Share of the row article's shingles found in",
        axis: { orient: 'top', labelAngle: 0, domain: false, ticks: false, labelLimit: cellStep - 8 },
      },
      y: {
        field: FROM,
        type: 'nominal',
        sort: articles,
        scale: { domain: articles },
        title: null,
        axis: { domain: false, ticks: false },
      },
    },
    layer: [
      {
        mark: { type: 'rect', stroke: 'white', strokeWidth: 3 },
        encoding: {
          color: {
            field: R.containment,
            type: 'quantitative',
            title: 'Contained',
            scale: { scheme: 'blues', domain: [0, maxContainment] },
            legend: { format: '.0%', values: legendTicks(maxContainment) },
          },
          tooltip: [
            { field: FROM, title: 'Shingles of' },
            { field: TO, title: 'Found in' },
            { field: R.containment, type: 'quantitative', format: '.1%', title: 'Containment' },
            { field: R.shared_shingles, type: 'quantitative', title: 'Shared shingles' },
          ],
        },
      },
      {
        mark: { type: 'text', fontSize: SIZES.mark },
        encoding: {
          text: { field: R.containment, type: 'quantitative', format: '.0%' },
          color: {
            condition: { test: `datum.${R.containment} > ${Math.round(maxContainment * 550) / 1000}`, value: 'white' },
            value: INK.text,
          },
        },
      },
    ],
  };

  const statuses = {
    data: { values: alignment },
    transform: [
      { aggregate: [{ op: 'count', as: 'sentences' }], groupby: [LABEL, A.status] },
      { joinaggregate: [{ op: 'sum', field: 'sentences', as: 'total' }], groupby: [LABEL] },
      { calculate: 'datum.sentences / datum.total', as: 'sentence_share' },
      { calculate: `indexof(${JSON.stringify(STATUS_COLOURS.domain)}, datum.${A.status})`, as: 'status_order' },
    ],
    width: 560,
    height: { step },
    encoding: {
      y: {
        field: LABEL,
        type: 'nominal',
        sort: articles,
        scale: { domain: articles },
        title: null,
        axis: { labels: !reuse.length, domain: false, ticks: false },
      },
      x: {
        field: 'sentence_share',
        type: 'quantitative',
        stack: 'zero',
        title: "Share of the article's sentences",
        axis: { format: '.0%', grid: true },
      },
      color: { field: A.status, type: 'nominal', title: 'Best match elsewhere', scale: STATUS_COLOURS },
      order: { field: 'status_order', type: 'quantitative' },
    },
    layer: [
      {
        mark: { type: 'bar', stroke: 'white', strokeWidth: 2 },
        encoding: {
          tooltip: [
            { field: LABEL, title: 'Article' },
            { field: A.status, title: 'Status' },
            { field: 'sentences', type: 'quantitative', title: 'Sentences' },
          ],
        },
      },
      {
        transform: [{ filter: 'datum.sentence_share >= 0.08' }],
        mark: { type: 'text', fontSize: SIZES.mark, xOffset: 0 },
        encoding: {
          x: { field: 'sentence_share', type: 'quantitative', stack: 'zero', bandPosition: 0.5 },
          text: { field: 'sentence_share', type: 'quantitative', format: '.0%' },
          color: { condition: { test: whiteTextTest(A.status, STATUS_COLOURS), value: 'white' }, value: INK.text },
        },
      },
    ],
  };

  const body =
    reuse.length && alignment.length
      ? { hconcat: [matrix, statuses], resolve: { scale: { color: 'independent', y: 'shared' } } }
      : reuse.length
        ? matrix
        : statuses;
  return slide(
    ctx,
    title,
    `${eventLine(ctx)}. Word-for-word overlap (5-word shingles) and sentence matches.`,
    body as BodySpec,
  );
}

export const textReuse: ChartBuilder = {
  name: 'text-reuse',
  reading:
    "Left: the share of each row article's five-word sequences that also appear in the column article (a high value means copied or shared wire text). Right: each article's sentences by their best match in the other articles: shared (nearly the same words), paraphrased, or unique to that article.",
  spec: textReuseSpec,
};
