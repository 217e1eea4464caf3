import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { ARTICLES, toTable } from '../../transforms/schema/index.ts';
import { articleOutlets } from '../../transforms/framing/articleOutlets.ts';

test('outlet falls back to the article id, event to the article id, and rows are ordered', () => {
  const articles = toTable(ARTICLES, [
    { article_id: 'b1', outlet: 'The New Arab', event_id: 'e1' },
    { article_id: 'a1', outlet: ' Expatica ', event_id: 'e1' },
    { article_id: 'x9', outlet: '', event_id: 'e1' },
    { article_id: 'z1', outlet: 'Expatica', event_id: '' },
  ]);
  assert.equal(articleOutlets(articles).objects(), [
    { article_id: 'a1', event_id: 'e1', outlet: 'Expatica' },
    { article_id: 'b1', event_id: 'e1', outlet: 'The New Arab' },
    { article_id: 'x9', event_id: 'e1', outlet: 'x9' },
    { article_id: 'z1', event_id: 'z1', outlet: 'Expatica' },
  ]);
});

test.run();
