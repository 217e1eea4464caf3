// The side-by-side tables of the Outlets sheets: coverage, reuse and sentence alignment by outlet.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { ALIGNMENT, ARTICLES, REUSE, toTable } from '../../transforms/schema/index.ts';
import { articleOutlets } from '../../transforms/framing/articleOutlets.ts';
import { coverage } from '../../transforms/framing/coverage.ts';
import { reuseByOutlet } from '../../transforms/framing/reuseByOutlet.ts';
import { sentencesByStatus } from '../../transforms/framing/sentencesByStatus.ts';

const articles = toTable(ARTICLES, [
  {
    article_id: 'a1',
    outlet: 'Ahram Online',
    event_id: 'e1',
    headline: 'Kerry in Moscow for Syria talks',
    published: '2016-07-14',
    wire: 'AFP',
    words: 420,
  },
  {
    article_id: 'a2',
    outlet: 'Ahram Online',
    event_id: 'e1',
    headline: 'Putin receives Kerry',
    published: '2016-07-15',
    wire: '',
    words: 310,
  },
  {
    article_id: 'b1',
    outlet: 'Expatica',
    event_id: 'e1',
    headline: 'US offers Russia joint strikes',
    published: '2016-07-14',
    wire: 'AFP',
    words: 500,
  },
  {
    article_id: 'c1',
    outlet: 'Expatica',
    event_id: 'e2',
    headline: 'Truck attack in Nice',
    published: null,
    wire: null,
    words: null,
  },
]);
const outlets = articleOutlets(articles);

test('coverage: one row per event and outlet, its articles pooled', () => {
  assert.equal(coverage(articles, outlets).objects(), [
    {
      event_id: 'e1',
      outlet: 'Ahram Online',
      articles: 'a1; a2',
      headlines: 'Kerry in Moscow for Syria talks | Putin receives Kerry',
      published: '2016-07-14; 2016-07-15',
      wire: 'AFP',
      words: 730,
    },
    {
      event_id: 'e1',
      outlet: 'Expatica',
      articles: 'b1',
      headlines: 'US offers Russia joint strikes',
      published: '2016-07-14',
      wire: 'AFP',
      words: 500,
    },
    {
      event_id: 'e2',
      outlet: 'Expatica',
      articles: 'c1',
      headlines: 'Truck attack in Nice',
      published: '',
      wire: '',
      words: 0,
    },
  ]);
});

test('reuse by outlet: the highest containment in each outlet, own outlet included', () => {
  const reuse = toTable(REUSE, [
    { event_id: 'e1', article_a: 'a1', article_b: 'a2', containment: 0.1, shared_shingles: 4 },
    { event_id: 'e1', article_a: 'a1', article_b: 'b1', containment: 0.625, shared_shingles: 25 },
    { event_id: 'e1', article_a: 'a2', article_b: 'a1', containment: 0.2, shared_shingles: 4 },
    { event_id: 'e1', article_a: 'a2', article_b: 'b1', containment: 0, shared_shingles: 0 },
    { event_id: 'e1', article_a: 'b1', article_b: 'a1', containment: 0.5, shared_shingles: 25 },
    { event_id: 'e1', article_a: 'b1', article_b: 'a2', containment: 0.75, shared_shingles: 30 },
  ]);
  assert.equal(reuseByOutlet(reuse, outlets).objects(), [
    { event_id: 'e1', article_id: 'a1', outlet: 'Ahram Online', compared_outlet: 'Ahram Online', containment: 0.1 },
    { event_id: 'e1', article_id: 'a1', outlet: 'Ahram Online', compared_outlet: 'Expatica', containment: 0.625 },
    { event_id: 'e1', article_id: 'a2', outlet: 'Ahram Online', compared_outlet: 'Ahram Online', containment: 0.2 },
    { event_id: 'e1', article_id: 'a2', outlet: 'Ahram Online', compared_outlet: 'Expatica', containment: 0 },
    { event_id: 'e1', article_id: 'b1', outlet: 'Expatica', compared_outlet: 'Ahram Online', containment: 0.75 },
  ]);
});

test('sentences by status: every status and outlet of an event, zeros included', () => {
  const alignment = toTable(ALIGNMENT, [
    {
      sentence_id: 'a1:s1',
      article_id: 'a1',
      event_id: 'e1',
      best_sentence_id: 'b1:s1',
      best_article_id: 'b1',
      similarity: 0.9,
      status: 'shared',
    },
    {
      sentence_id: 'a2:s1',
      article_id: 'a2',
      event_id: 'e1',
      best_sentence_id: 'b1:s2',
      best_article_id: 'b1',
      similarity: 0.3,
      status: 'paraphrased',
    },
    {
      sentence_id: 'b1:s1',
      article_id: 'b1',
      event_id: 'e1',
      best_sentence_id: 'a1:s1',
      best_article_id: 'a1',
      similarity: 0.9,
      status: 'shared',
    },
    {
      sentence_id: 'b1:s3',
      article_id: 'b1',
      event_id: 'e1',
      best_sentence_id: '',
      best_article_id: '',
      similarity: 0,
      status: 'unique',
    },
  ]);
  const rows = sentencesByStatus(alignment, outlets)
    .objects()
    .map((r: any) => `${r.event_id} ${r.status} ${r.outlet}: ${r.sentences}`);
  assert.equal(rows, [
    'e1 shared Ahram Online: 1',
    'e1 shared Expatica: 1',
    'e1 paraphrased Ahram Online: 1',
    'e1 paraphrased Expatica: 0',
    'e1 unique Ahram Online: 0',
    'e1 unique Expatica: 1',
    'e2 shared Expatica: 0',
    'e2 paraphrased Expatica: 0',
    'e2 unique Expatica: 0',
  ]);
});

test.run();
