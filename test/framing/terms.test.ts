import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { terms } from '../../transforms/framing/terms.ts';
import { ARTICLES, toTable } from '../../transforms/schema/index.ts';
import { articleOutlets } from '../../transforms/framing/articleOutlets.ts';
import { termCounts } from '../../transforms/framing/termCounts.ts';

test('unigrams and bigrams of kept words, within a phrase', () => {
  assert.equal(terms('Syrian strongman Bashar al-Assad, a Russian ally.'), [
    'syrian', 'strongman', 'syrian strongman', 'bashar', 'strongman bashar', 'al-assad', 'bashar al-assad',
    'russian', 'ally', 'russian ally',
  ]);
});

test('stop words break bigrams; possessives and capitalised acronyms', () => {
  assert.equal(terms("Assad's regime and the US-led coalition"), ['assad', 'regime', 'assad regime', 'us-led', 'coalition', 'us-led coalition']);
  assert.equal(terms('US officials met IS defectors as the talks went on'), ['us', 'officials', 'us officials', 'met', 'officials met', 'is', 'met is', 'defectors', 'is defectors', 'talks', 'went', 'talks went']);
});

test('a dash between spaces breaks a phrase; a hyphen inside a word does not', () => {
  assert.equal(terms('ceasefire - fighting'), ['ceasefire', 'fighting']);
  assert.equal(terms('five-year-old conflict'), ['five-year-old', 'conflict', 'five-year-old conflict']);
});

test('term counts pool an outlet\'s articles within an event', () => {
  const articles = toTable(ARTICLES, [
    { article_id: 'a1', outlet: 'A', event_id: 'e1', text: 'Regime forces' },
    { article_id: 'a2', outlet: 'A', event_id: 'e1', text: 'regime' },
  ]);
  assert.equal(termCounts(articles, articleOutlets(articles)).objects(), [
    { event_id: 'e1', outlet: 'A', term: 'forces', count: 1 },
    { event_id: 'e1', outlet: 'A', term: 'regime', count: 2 },
    { event_id: 'e1', outlet: 'A', term: 'regime forces', count: 1 },
  ]);
});

test.run();
