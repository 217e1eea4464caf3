import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { ARTICLES, toTable } from '../../transforms/schema/index.ts';
import { articleOutlets } from '../../transforms/framing/articleOutlets.ts';
import { reuse } from '../../transforms/framing/reuse.ts';
import { words } from '../../transforms/framing/words.ts';
import { shingles } from '../../transforms/framing/shingles.ts';
import { tableRows } from './tableRows.ts';

test('words: lower-cased letters and digits, punctuation dropped', () => {
  assert.equal(words('Assad’s forces killed 280,000 — the UN said.'), [
    'assad',
    's',
    'forces',
    'killed',
    '280',
    '000',
    'the',
    'un',
    'said',
  ]);
});

test('shingles: every run of five words, distinct', () => {
  assert.equal(
    [...shingles(words('one two three four five six'))],
    ['one two three four five', 'two three four five six'],
  );
  assert.is(shingles(words('a b c d e a b c d e')).size, 5);
});

test('reuse: directional containment for every ordered pair of an event, by hand', () => {
  const articles = toTable(ARTICLES, [
    // 7 words, 3 shingles: [one..five], [two..six], [three..seven].
    { article_id: 'a', outlet: 'A', event_id: 'e1', text: 'One two three four five six seven.' },
    // 8 words, 4 shingles; shares [one..five] and [two..six] with a (case and punctuation ignored).
    { article_id: 'b', outlet: 'B', event_id: 'e1', text: 'ONE two three four five, six! Eight nine' },
    // Too short for a shingle.
    { article_id: 'c', outlet: 'C', event_id: 'e1', text: 'Nothing here' },
    // Another event: never paired with a, b or c.
    { article_id: 'd', outlet: 'D', event_id: 'e2', text: 'One two three four five six seven.' },
  ]);
  assert.equal(tableRows(reuse(articles, articleOutlets(articles))), [
    { event_id: 'e1', article_a: 'a', article_b: 'b', containment: 0.6667, shared_shingles: 2 },
    { event_id: 'e1', article_a: 'a', article_b: 'c', containment: 0, shared_shingles: 0 },
    { event_id: 'e1', article_a: 'b', article_b: 'a', containment: 0.5, shared_shingles: 2 },
    { event_id: 'e1', article_a: 'b', article_b: 'c', containment: 0, shared_shingles: 0 },
    { event_id: 'e1', article_a: 'c', article_b: 'a', containment: 0, shared_shingles: 0 },
    { event_id: 'e1', article_a: 'c', article_b: 'b', containment: 0, shared_shingles: 0 },
  ]);
});

test.run();
