// Shards' record tables joined in the corpus's article order, each article's rows as its shard wrote them.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import * as aq from 'arquero';
import { inArticleOrder } from '../../transforms/pipeline/inArticleOrder.ts';
import { tableEqual } from '../tableEqual.ts';

test('rows follow the article order; rows of one article keep their order', () => {
  const shard1 = aq.table({ article_id: ['b', 'b', 'd'], n: [1, 2, 3] });
  const shard2 = aq.table({ article_id: ['a', 'c', 'c', 'c'], n: [4, 5, 6, 7] });
  const empty = aq.table({ article_id: [], n: [] });
  tableEqual(
    inArticleOrder([shard1, empty, shard2], ['a', 'b', 'c', 'd']),
    aq.table({ article_id: ['a', 'b', 'b', 'c', 'c', 'c', 'd'], n: [4, 1, 2, 5, 6, 7, 3] }),
  );
});

test('the article order is the corpus order given, not alphabetical', () => {
  const joined = inArticleOrder(
    [aq.table({ article_id: ['x', 'y'] }), aq.table({ article_id: ['z'] })],
    ['z', 'y', 'x'],
  );
  assert.equal(Array.from(joined.array('article_id') as string[]), ['z', 'y', 'x']);
});

test.run();
