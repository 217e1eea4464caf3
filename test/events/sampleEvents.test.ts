// Guard: the sample corpus (gold in test/gold), its manifest's event column emptied, is grouped
// into its gold events exactly (events pairwise F1 1.0, as before the pair model).
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { readCodebook } from '../../readers/readCodebook.ts';
import { readManifest } from '../../readers/readManifest.ts';
import { readCorpus } from '../../readers/readCorpus.ts';
import { articles as buildArticles } from '../../transforms/articles/index.ts';
import { events } from '../../transforms/events/index.ts';

const root = resolve(import.meta.dirname, '..', '..');

test('the sample groups into its gold events with no event column', async () => {
  const codebook = await readCodebook(join(root, 'sheets', 'codebook.xlsx'));
  const manifest = (await readManifest(join(root, 'corpus', 'manifest.csv'))).map((m) => ({ ...m, event: '' }));
  const rows = events(
    buildArticles(await readCorpus(join(root, 'corpus')), manifest, codebook),
    manifest,
  ).objects() as { article_id: string; event_id: string }[];
  const gold = new Map(
    readdirSync(join(root, 'test', 'gold'))
      .filter((f) => /^\d.*\.json$/.test(f))
      .map((f) => JSON.parse(readFileSync(join(root, 'test', 'gold', f), 'utf8')) as { id: string; event: string })
      .map((g) => [g.id, g.event]),
  );
  assert.is(rows.length, gold.size);
  for (const a of rows)
    for (const b of rows) {
      assert.is(
        a.event_id === b.event_id,
        gold.get(a.article_id) === gold.get(b.article_id),
        `${a.article_id} / ${b.article_id}`,
      );
    }
});

test.run();
