// The slide deck: a title slide and one 16:9 slide per chart, the same bytes twice, and a file
// LibreOffice Impress opens and prints one page per slide (skipped, and said so, without soffice).
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import JSZip from 'jszip';
import { writeDeck } from '../../deck/writeDeck.ts';
import { deckSpec } from '../../deck/deckSpec.ts';
import type { RenderedChart } from '../../charts/RenderedChart.ts';
import { smallExtraction } from '../sheets/fixtures/smallRun.ts';
import { chartPng } from '../sheets/fixtures/chartPng.ts';
import { tempDir } from '../sheets/fixtures/smallWorkbook.ts';

const soffice = ['soffice', 'libreoffice']
  .flatMap((cmd) =>
    (process.env.PATH ?? '')
      .split(delimiter)
      .filter(Boolean)
      .map((dir) => join(dir, cmd)),
  )
  .find((path) => existsSync(path));

async function charts(dir: string): Promise<RenderedChart[]> {
  const chart = async (name: string, title: string, reading: string): Promise<RenderedChart> => {
    const png = await chartPng(dir, name, 1920, 1080);
    return { name, title, reading, spec: {} as RenderedChart['spec'], files: [png], png, width: 1920, height: 1080 };
  };
  return [
    await chart(
      'actor-salience',
      'Who each outlet put at the centre',
      "Darker cells: a larger share of the outlet's actor mentions.",
    ),
    await chart('voices', 'Who each outlet quotes', 'Bars: quotes of each speaker, dark for direct quotes.'),
  ];
}

test('the deck has a title slide naming the corpus, then one 16:9 slide per chart with its title, image and reading', async () => {
  const dir = tempDir('deck');
  const file = await writeDeck(dir, deckSpec('/data/kerry-corpus', smallExtraction().articles, await charts(dir)));
  assert.is(file, join(dir, 'framebook.pptx'));
  const zip = await JSZip.loadAsync(readFileSync(file));
  const slides = Object.keys(zip.files)
    .filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n))
    .sort();
  assert.equal(slides, ['ppt/slides/slide1.xml', 'ppt/slides/slide2.xml', 'ppt/slides/slide3.xml']);
  const text = async (n: string) => (await zip.file(n)!.async('string')).replace(/<[^>]+>/g, ' ');
  assert.match(await text(slides[0]), 'Corpus: kerry-corpus');
  assert.match(await text(slides[0]), '2 articles from 2 outlets, 1 event; published 2016-07-14 to 2016-07-15');
  assert.match(await text(slides[1]), 'Who each outlet put at the centre');
  assert.match(await text(slides[1]), 'Darker cells: a larger share');
  assert.match(await zip.file('ppt/slides/slide2.xml')!.async('string'), /<p:pic>/);
  // 16:9: 12192000 x 6858000 EMU.
  assert.match(await zip.file('ppt/presentation.xml')!.async('string'), /<p:sldSz cx="12192000" cy="6858000"/);
});

test('the same deck twice gives the same bytes', async () => {
  const one = tempDir('deck1');
  const two = tempDir('deck2');
  const a = readFileSync(await writeDeck(one, deckSpec('corpus', smallExtraction().articles, await charts(one))));
  const b = readFileSync(await writeDeck(two, deckSpec('corpus', smallExtraction().articles, await charts(two))));
  assert.ok(a.equals(b), 'bytes differ');
});

const check = soffice ? test : test.skip;
if (!soffice) console.log('skipped: soffice not installed (Debian: libreoffice-impress-nogui)');

check('LibreOffice Impress opens the deck and prints one page per slide', async () => {
  const dir = tempDir('deck-soffice');
  const file = await writeDeck(dir, deckSpec('corpus', smallExtraction().articles, await charts(dir)));
  execFileSync(
    soffice!,
    [
      `-env:UserInstallation=${pathToFileURL(tempDir('deck-profile')).href}`,
      '--headless',
      '--convert-to',
      'pdf',
      '--outdir',
      join(dir, 'pdf'),
      file,
    ],
    { stdio: 'pipe', timeout: 120_000 },
  );
  const pdf = readFileSync(join(dir, 'pdf', 'framebook.pdf'));
  assert.is(pdf.subarray(0, 5).toString(), '%PDF-');
  const pages = pdf.toString('latin1').match(/\/Type\s*\/Page\b(?!s)/g) ?? [];
  assert.is(pages.length, 3);
});

test.run();
