// The framing measures that need only articles and sentences, run on the sample corpus through
// the real readers, article and sentence transforms. The events are fixed here as the issue
// states them (the July 2016 reports 000-002, the December 2015 reports 003-004), so that this
// test checks the measures, not the event grouping.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { fileURLToPath } from 'node:url';
import { op } from 'arquero';
import type { ColumnTable } from 'arquero';
import { readCorpus } from '../../readers/readCorpus.ts';
import { readManifest } from '../../readers/readManifest.ts';
import { readCodebook } from '../../readers/readCodebook.ts';
import { articles as buildArticles } from '../../transforms/articles/index.ts';
import { sentences as splitSentences } from '../../transforms/sentences/index.ts';
import { articleOutlets } from '../../transforms/framing/articleOutlets.ts';
import { reuse } from '../../transforms/framing/reuse.ts';
import { alignment } from '../../transforms/framing/alignment.ts';
import { frameCues } from '../../transforms/framing/frameCues.ts';
import { frames } from '../../transforms/framing/frames.ts';
import { termCounts } from '../../transforms/framing/termCounts.ts';
import { distinctiveTerms } from '../../transforms/framing/distinctiveTerms.ts';
import { sharesByOutlet } from './tableRows.ts';

const AHRAM = '000_f41203b1d4e9921f';
const EXPATICA = '001_16d60ea988cd834e';
const NEW_ARAB = '002_bebb996841db2655';
const DEC_A = '003_e22a757215c468e7';
const DEC_B = '004_dfb90e6a9022927a';

const repo = (path: string) => fileURLToPath(new URL(`../../${path}`, import.meta.url));
const codebook = await readCodebook(repo('sheets/codebook.xlsx'));
const manifest = await readManifest(repo('corpus/manifest.csv'));
const articles: ColumnTable = buildArticles(await readCorpus(repo('corpus')), manifest, codebook).derive({
  event_id: (d: any) => op.substring(d.published, 0, 7),
});
const sentences = splitSentences(articles);
const outlets = articleOutlets(articles);

const containment = (() => {
  const rows = reuse(articles, outlets).objects() as { article_a: string; article_b: string; containment: number }[];
  return (a: string, b: string) => rows.find((r) => r.article_a === a && r.article_b === b)!.containment;
})();

test('the two reports of 15 July built on one AFP dispatch share much of their text', () => {
  assert.ok(containment(EXPATICA, NEW_ARAB) > 0.4, String(containment(EXPATICA, NEW_ARAB)));
  assert.ok(containment(NEW_ARAB, EXPATICA) > 0.4, String(containment(NEW_ARAB, EXPATICA)));
});

test("each shares roughly a fifth with Ahram Online's report of the day before", () => {
  for (const [a, b] of [
    [EXPATICA, AHRAM],
    [AHRAM, EXPATICA],
    [NEW_ARAB, AHRAM],
    [AHRAM, NEW_ARAB],
  ]) {
    assert.ok(containment(a, b) > 0.12 && containment(a, b) < 0.3, `${a} in ${b}: ${containment(a, b)}`);
  }
});

test('the two December 2015 reports share almost nothing', () => {
  assert.ok(containment(DEC_A, DEC_B) < 0.05);
  assert.ok(containment(DEC_B, DEC_A) < 0.05);
});

test('reuse pairs only articles of the same event', () => {
  assert.is(reuse(articles, outlets).numRows(), 3 * 2 + 2 * 1);
});

test("the New Arab's unique sentences include the Nice attack and its hedge on the death toll", () => {
  const unique = alignment(sentences, outlets)
    .filter((d: any) => d.status === 'unique')
    .join(sentences.select('sentence_id', 'text'), 'sentence_id')
    .objects() as { article_id: string; text: string }[];
  const newArab = unique.filter((r) => r.article_id === NEW_ARAB).map((r) => r.text);
  assert.ok(
    newArab.some((t) => t.includes('attack in Nice')),
    newArab.join('\n'),
  );
  assert.ok(
    newArab.some((t) => t.includes('The actual figure may be much higher')),
    newArab.join('\n'),
  );
});

test('sentences copied from the common dispatch are shared both ways', () => {
  const rows = alignment(sentences, outlets).join(sentences.select('sentence_id', 'text'), 'sentence_id').objects() as {
    article_id: string;
    best_article_id: string;
    status: string;
    text: string;
  }[];
  const strongman = rows.filter((r) => r.text.includes('Syrian strongman Bashar al-Assad'));
  assert.is(strongman.length, 2);
  for (const r of strongman) assert.is(r.status, 'shared');
});

test('frame shares sum to 1 per outlet on the sample', () => {
  const t = frames(frameCues(articles, codebook.frames), outlets);
  assert.is(t.numRows(), 5 * codebook.frames.length);
  for (const [k, sum] of sharesByOutlet(t)) assert.ok(Math.abs(sum - 1) < 1e-9, k);
});

test('distinctive terms: the New Arab stands out for cooperation, Ahram Online for Palmyra', () => {
  const t = distinctiveTerms(termCounts(articles, outlets)).objects() as { outlet: string; term: string; z: number }[];
  const top = (outlet: string) =>
    t
      .filter((r) => r.outlet === outlet)
      .slice(0, 5)
      .map((r) => r.term);
  assert.ok(top('The New Arab').includes('cooperation'), top('The New Arab').join(', '));
  assert.ok(top('Ahram Online').includes('palmyra'), top('Ahram Online').join(', '));
});

test.run();
