import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { ARTICLES, SENTENCES, toTable } from '../../transforms/schema/index.ts';
import { articleOutlets } from '../../transforms/framing/articleOutlets.ts';
import { alignment, alignmentStatus } from '../../transforms/framing/alignment.ts';
import { tableRows } from './tableRows.ts';

const outlets = articleOutlets(
  toTable(ARTICLES, [
    { article_id: 'a', outlet: 'A', event_id: 'e1' },
    { article_id: 'b', outlet: 'B', event_id: 'e1' },
    { article_id: 'c', outlet: 'C', event_id: 'e2' },
  ]),
);
const s = (article: string, index: number, text: string) => ({
  sentence_id: `${article}:s${index}`,
  article_id: article,
  index,
  paragraph: 1,
  text,
});
const sentences = toTable(SENTENCES, [
  s('a', 0, 'Kerry flew to Moscow on Thursday to meet Putin.'),
  s('a', 1, 'The talks were described as frank.'),
  s('a', 2, 'A bomb exploded in Nice.'),
  s('b', 0, 'Kerry flew to Moscow on Thursday to meet Putin, officials said.'),
  s('b', 1, 'Officials called the talks frank and useful.'),
  s('b', 2, 'Weather was mild.'),
  s('c', 0, 'Alone in its event.'),
]);

test('alignment: best match in the other articles of the event, similarity and status by hand', () => {
  // a:s0 -> b:s0: all 5 shingles of a:s0 are in b:s0, containment 1.
  // a:s1 -> b:s1: content words {talks, described, frank} and {officials, called, talks, frank, useful}: 2 in
  //   common of 6 -> Jaccard 1/3, no shingle in common: paraphrased.
  // a:s2, b:s2: no content word in common with the other article: unique, no match.
  // b:s0 -> a:s0: 5 of its 7 shingles (5/7 = 0.7143); content words 6 in common of 7 (0.8571): shared.
  // c:s0 is alone in its event.
  assert.equal(tableRows(alignment(sentences, outlets)), [
    {
      sentence_id: 'a:s0',
      article_id: 'a',
      event_id: 'e1',
      best_sentence_id: 'b:s0',
      best_article_id: 'b',
      similarity: 1,
      status: 'shared',
    },
    {
      sentence_id: 'a:s1',
      article_id: 'a',
      event_id: 'e1',
      best_sentence_id: 'b:s1',
      best_article_id: 'b',
      similarity: 0.3333,
      status: 'paraphrased',
    },
    {
      sentence_id: 'a:s2',
      article_id: 'a',
      event_id: 'e1',
      best_sentence_id: '',
      best_article_id: '',
      similarity: 0,
      status: 'unique',
    },
    {
      sentence_id: 'b:s0',
      article_id: 'b',
      event_id: 'e1',
      best_sentence_id: 'a:s0',
      best_article_id: 'a',
      similarity: 0.8571,
      status: 'shared',
    },
    {
      sentence_id: 'b:s1',
      article_id: 'b',
      event_id: 'e1',
      best_sentence_id: 'a:s1',
      best_article_id: 'a',
      similarity: 0.3333,
      status: 'paraphrased',
    },
    {
      sentence_id: 'b:s2',
      article_id: 'b',
      event_id: 'e1',
      best_sentence_id: '',
      best_article_id: '',
      similarity: 0,
      status: 'unique',
    },
    {
      sentence_id: 'c:s0',
      article_id: 'c',
      event_id: 'e2',
      best_sentence_id: '',
      best_article_id: '',
      similarity: 0,
      status: 'unique',
    },
  ]);
});

test('status thresholds', () => {
  assert.is(alignmentStatus(0.5), 'shared');
  assert.is(alignmentStatus(0.4999), 'paraphrased');
  assert.is(alignmentStatus(0.25), 'paraphrased');
  assert.is(alignmentStatus(0.2499), 'unique');
});

test('a sentence is never matched within its own article', () => {
  const one = toTable(SENTENCES, [s('a', 0, 'Kerry met Putin.'), s('a', 1, 'Kerry met Putin.')]);
  assert.equal(alignment(one, outlets).array('status'), ['unique', 'unique']);
});

test('repeated texts: the same text in its own article is skipped, ties go to the first other sentence', () => {
  const kerry = 'Kerry flew to Moscow on Thursday to meet Putin.';
  const repeated = toTable(SENTENCES, [
    s('a', 0, kerry),
    s('a', 1, kerry),
    s('b', 0, 'Kerry flew to Moscow on Thursday.'),
    s('b', 1, kerry),
  ]);
  const out = alignment(repeated, outlets);
  // b:s0's two shingles are both in a:s0 and a:s1 (containment 1): the first, a:s0.
  assert.equal(out.array('best_sentence_id'), ['b:s1', 'b:s1', 'a:s0', 'a:s0']);
  assert.equal(out.array('similarity'), [1, 1, 1, 1]);
});

test.run();
