import { test } from 'uvu';
import * as assert from 'uvu/assert';
import * as aq from 'arquero';
import { sentences } from '../../transforms/sentences/index.ts';
import { SENTENCES } from '../../transforms/schema/index.ts';

const articles = aq.table({
  article_id: ['a', 'b'],
  text: [
    'Kerry in Moscow\n\nMOSCOW (AFP) - Kerry met Mr. Putin. They talked about the U.S. and Russia.\n\nLavrov spoke.',
    'Headline only',
  ],
});

test('ids, paragraphs and indexes across each article; text is the slice of articles.text', () => {
  const t = sentences(articles);
  assert.equal(t.columnNames(), SENTENCES.names);
  assert.equal(t.objects(), [
    { sentence_id: 'a:s0', article_id: 'a', paragraph: 0, index: 0, start: 0, end: 15, text: 'Kerry in Moscow' },
    {
      sentence_id: 'a:s1',
      article_id: 'a',
      paragraph: 1,
      index: 1,
      start: 17,
      end: 52,
      text: 'MOSCOW (AFP) - Kerry met Mr. Putin.',
    },
    {
      sentence_id: 'a:s2',
      article_id: 'a',
      paragraph: 1,
      index: 2,
      start: 53,
      end: 91,
      text: 'They talked about the U.S. and Russia.',
    },
    { sentence_id: 'a:s3', article_id: 'a', paragraph: 2, index: 3, start: 93, end: 106, text: 'Lavrov spoke.' },
    { sentence_id: 'b:s0', article_id: 'b', paragraph: 0, index: 0, start: 0, end: 13, text: 'Headline only' },
  ]);
});

test.run();
