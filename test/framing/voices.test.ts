import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { ARTICLES, QUOTES, toTable } from '../../transforms/schema/index.ts';
import { articleOutlets } from '../../transforms/framing/articleOutlets.ts';
import { voices } from '../../transforms/framing/voices.ts';
import { tableRows, sharesByOutlet } from './tableRows.ts';

const outlets = articleOutlets(
  toTable(ARTICLES, [
    { article_id: 'a1', outlet: 'A', event_id: 'e1' },
    { article_id: 'a2', outlet: 'A', event_id: 'e1' },
    { article_id: 'b1', outlet: 'B', event_id: 'e1' },
  ]),
);
const quotes = toTable(QUOTES, [
  { article_id: 'a1', speaker: 'kerry', kind: 'direct' },
  { article_id: 'a1', speaker: 'kerry', kind: 'indirect' },
  { article_id: 'a2', speaker: 'kerry', kind: 'direct' },
  { article_id: 'a2', speaker: null, kind: 'direct' },
  { article_id: 'b1', speaker: 'lavrov', kind: 'indirect' },
]);

test("voices: direct and indirect per speaker, share of the outlet's quotes", () => {
  // A has 4 quotes: kerry 2 direct + 1 indirect = 3/4, an unnamed source 1/4. B: lavrov 1/1.
  assert.equal(tableRows(voices(quotes, outlets)), [
    { event_id: 'e1', outlet: 'A', speaker: 'kerry', direct: 2, indirect: 1, share: 0.75 },
    { event_id: 'e1', outlet: 'A', speaker: '', direct: 1, indirect: 0, share: 0.25 },
    { event_id: 'e1', outlet: 'B', speaker: 'lavrov', direct: 0, indirect: 1, share: 1 },
  ]);
  for (const [k, sum] of sharesByOutlet(voices(quotes, outlets))) assert.ok(Math.abs(sum - 1) < 1e-9, k);
});

test.run();
