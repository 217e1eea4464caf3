import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { manifestCoverage } from '../../transforms/articles/manifestCoverage.ts';
import { articles } from '../../transforms/articles/index.ts';
import { ARTICLES } from '../../transforms/schema/index.ts';
import type { CorpusFile } from '../../transforms/articles/CorpusFile.ts';
import type { ManifestRow } from '../../transforms/articles/ManifestRow.ts';
import type { Codebook } from '../../transforms/codebook/Codebook.ts';

const codebook: Codebook = {
  file: 'test',
  actors: [],
  frames: [],
  labels: [],
  casualtyTerms: [],
  proposalCues: [],
  outlets: [],
};
const files: CorpusFile[] = [
  {
    article_id: 'a',
    file: 'a.txt',
    format: 'txt',
    content:
      'The Beirut Observer\n\nKerry arrives in Moscow\n15 December 2015\n\nMOSCOW (AFP) - Kerry arrived in Moscow on Tuesday.',
  },
  { article_id: 'b', file: 'b.txt', format: 'txt', content: 'Kerry leaves Moscow\n\nKerry left on Wednesday.' },
];
const row = (r: Partial<ManifestRow>): ManifestRow => ({
  file: '',
  outlet: '',
  published: '',
  url: '',
  event: '',
  row: 2,
  ...r,
});

test('schema columns; text is headline, blank line, body; words counted', () => {
  const t = articles(files, [], codebook);
  assert.equal(t.columnNames(), ARTICLES.names);
  const [a, b] = t.objects() as Record<string, unknown>[];
  assert.equal(a, {
    article_id: 'a',
    file: 'a.txt',
    outlet: 'The Beirut Observer',
    wire: 'AFP',
    published: '2015-12-15',
    published_source: 'text',
    headline: 'Kerry arrives in Moscow',
    event_id: '',
    url: '',
    words: 15,
    text: 'Kerry arrives in Moscow\n\n15 December 2015\n\nMOSCOW (AFP) - Kerry arrived in Moscow on Tuesday.',
  });
  assert.equal([b.published, b.published_source, b.words], [null, 'unknown', 7]);
});

test('manifest values win over the text; a silent manifest cell leaves the text its say', () => {
  const t = articles(
    files,
    [
      row({ file: 'a.txt', outlet: 'Ahram Online', published: '2015-12-16', url: 'https://example.org/a' }),
      row({ file: 'b', row: 3 }),
    ],
    codebook,
  );
  const [a, b] = t.objects() as Record<string, unknown>[];
  assert.equal(
    [a.outlet, a.published, a.published_source, a.url, a.wire],
    ['Ahram Online', '2015-12-16', 'manifest', 'https://example.org/a', 'AFP'],
  );
  assert.equal([b.outlet, b.published, b.published_source], ['', null, 'unknown']);
});

test('a manifest row naming a file not in the corpus is left out with a warning naming file, sheet, row and column', () => {
  const manifest = [row({ file: 'c.txt', row: 7, source: 'manifest.xlsx', sheet: 'manifest' })];
  assert.is(articles(files, manifest, codebook).numRows(), files.length);
  assert.equal(manifestCoverage(files, manifest), [
    'manifest.xlsx, sheet manifest, row 7, column file: "c.txt" is not in the corpus folder (or was skipped); the row is left out',
    ...files.map((f) => `${f.file}: no row in the manifest; its outlet and date are taken from its text`),
  ]);
  assert.equal(manifestCoverage(files, []), []);
});

test('the input is left untouched and the output is the same on every run', () => {
  const copy = structuredClone(files);
  const first = articles(files, [], codebook).objects();
  assert.equal(articles(files, [], codebook).objects(), first);
  assert.equal(files, copy);
});

test.run();
