import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { MENTIONS, toTable, EXTRACTION_TABLES, COMPARISON_TABLES } from '../../transforms/schema/index.ts';

test('toTable keeps the schema column order and fills missing values with null', () => {
  const t = toTable(MENTIONS, [{ mention_id: 'a:m0', surface: 'Kerry', start: 3 }]);
  assert.equal(t.columnNames(), MENTIONS.names);
  assert.equal(t.objects()[0], {
    mention_id: 'a:m0',
    article_id: null,
    sentence_id: null,
    start: 3,
    end: null,
    surface: 'Kerry',
    actor_id: null,
    descriptor: null,
    in_headline: null,
    parser: null,
  });
});

test('the contract tables are all declared, each with unique column names', () => {
  const names = [...EXTRACTION_TABLES, ...COMPARISON_TABLES].map((s) => s.name);
  assert.equal(names, [
    'articles',
    'sentences',
    'actors',
    'mentions',
    'dates',
    'casualties',
    'proposals',
    'quotes',
    'framing_salience',
    'framing_voices',
    'framing_labels',
    'framing_frames',
    'distinctive_terms',
    'reuse',
    'alignment',
    'omissions',
  ]);
  for (const s of [...EXTRACTION_TABLES, ...COMPARISON_TABLES])
    assert.is(new Set(s.names).size, s.names.length, s.name);
});

test.run();
