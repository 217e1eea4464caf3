import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { tmpdir } from 'node:os';
import { workbookSpec } from '../../sheets/workbookSpec.ts';
import { workbookCuts } from '../../sheets/workbookCuts.ts';
import type { BlocksSheet, TableSheet } from '../../sheets/SheetSpec.ts';
import { smallComparison, smallExtraction } from './fixtures/smallRun.ts';
import { CODEBOOK, OPTIONS, OUTLETS_SHEET } from './fixtures/smallWorkbook.ts';

const spec = () => workbookSpec(smallExtraction(), smallComparison(), CODEBOOK, OPTIONS, [], [OUTLETS_SHEET]);
const table = (name: string) => spec().sheets.find((s) => s.name === name) as TableSheet;

test("sheets come in the documented order, names within Excel's 31 characters", () => {
  const names = spec().sheets.map((s) => s.name);
  assert.equal(names, [
    'About',
    'Articles',
    'Sentences',
    'Actors',
    'Mentions',
    'Dates',
    'Casualties',
    'Proposals',
    'Quotes',
    'Candidates',
    'Salience',
    'Voices',
    'Labels',
    'Frames',
    'Distinctive terms',
    'Reuse',
    'Alignment',
    'Omissions',
    'Outlets kerry-moscow',
  ]);
  for (const n of names) assert.ok(n.length <= 31, n);
});

test('records that point to a sentence show its text, then a review column with a drop-down', () => {
  for (const name of ['Mentions', 'Dates', 'Casualties', 'Proposals', 'Quotes']) {
    const sheet = table(name);
    assert.equal(
      sheet.columns.slice(-2).map((c) => c.key),
      ['sentence', 'review'],
      name,
    );
    assert.equal(sheet.columns[sheet.columns.length - 1].choices?.values, ['keep', 'drop', 'fix'], name);
  }
  assert.is(table('Candidates').columns.at(-1)!.key, 'add as');
  assert.is(table('Casualties').rows[0].sentence, 'At least 280,000 people have been killed since 2011.');
});

test('articles show their dominant frame; published is a date column, dates.value stays text', () => {
  const articles = table('Articles');
  assert.equal(
    articles.rows.map((r) => r.dominant_frame),
    ['Diplomacy', 'Diplomacy'],
  );
  assert.is(articles.columns.find((c) => c.key === 'published')!.type, 'date');
  assert.is(table('Dates').columns.find((c) => c.key === 'value')!.type, 'text');
  assert.is(table('Salience').columns.find((c) => c.key === 'in_headline')!.type, 'boolean');
});

test('the About sheet names the corpus, manifest and codebook by relative path, with counts and dates', () => {
  const about = spec().sheets[0] as BlocksSheet;
  const block = (title: string) => about.blocks.find((b) => b.title === title)!;
  assert.equal(
    about.blocks.map((b) => b.title),
    [
      'What this workbook answers',
      'The corpus and the run',
      'The codebook used',
      'How to read each sheet',
      'Send corrections back',
      'What was skipped or cut',
      'Columns',
    ],
  );
  const run = Object.fromEntries(block('The corpus and the run').rows.map((r) => [r.field, r.value]));
  assert.equal(run, {
    'corpus folder': 'corpus',
    manifest: 'corpus/manifest.csv',
    codebook: 'sheets/codebook.xlsx',
    'world layer': 'used (states, bodies and media Framebook ships, beneath the codebook)',
    'actors from the codebook': '3',
    'actors from the world layer': '0',
    'actors from the texts (discovered)': '0',
    review: '(none)',
    articles: '2',
    outlets: '2',
    events: '1',
    'first published': '2016-07-14',
    'last published': '2016-07-15',
  });
  assert.match(String(block('Send corrections back').rows[2].step), 'npm run notebook -- --review');
  const everything = JSON.stringify(about);
  assert.not.match(everything, OPTIONS.corpus);
  assert.not.match(everything, tmpdir());
  const listed = block('How to read each sheet').rows.map((r) => r.sheet);
  assert.equal(
    listed,
    spec().sheets.map((s) => s.name),
  );
});

test('the About sheet says when the codebook turned the world layer off', () => {
  const about = workbookSpec(smallExtraction(), smallComparison(), { ...CODEBOOK, world: false }, OPTIONS, [], [])
    .sheets[0] as BlocksSheet;
  const run = Object.fromEntries(about.blocks.flatMap((b) => b.rows).map((r) => [r.field, r.value]));
  assert.match(String(run['world layer']), /^off/);
});

test('an outside path shows as its last part only', () => {
  const outside = { ...OPTIONS, corpus: '/srv/news/syria-2016', manifest: null };
  const about = workbookSpec(smallExtraction(), smallComparison(), CODEBOOK, outside, [], []).sheets[0] as BlocksSheet;
  const run = Object.fromEntries(
    about.blocks.find((b) => b.title === 'The corpus and the run')!.rows.map((r) => [r.field, r.value]),
  );
  assert.is(run['corpus folder'], 'syria-2016');
  assert.match(String(run.manifest), '(none');
});

test('--max-rows cuts a record sheet with a note, never a comparison sheet; About says so; links reach only the rows kept', () => {
  const capped = workbookSpec(smallExtraction(), smallComparison(), CODEBOOK, { ...OPTIONS, maxRows: 2 }, [], []);
  const sheet = (name: string) => capped.sheets.find((s) => s.name === name) as TableSheet;
  assert.is(sheet('Mentions').rows.length, 2);
  assert.match(sheet('Mentions').note ?? '', 'tables/mentions.csv and tables/mentions.parquet');
  assert.is(sheet('Articles').note, undefined);
  // Comparison sheets stay whole whatever --max-rows says.
  const salience = smallComparison().framing_salience.numRows();
  assert.ok(salience > 2);
  assert.is(sheet('Salience').rows.length, salience);
  assert.is(sheet('Salience').note, undefined);
  const link = sheet('Mentions').columns.find((c) => c.key === 'sentence_id')!.link;
  assert.equal(link?.kind === 'row' ? [...link.rows.values()] : null, [2, 3]);
  const about = capped.sheets[0] as BlocksSheet;
  const cuts = about.blocks.find((b) => b.title === 'What was skipped or cut')!.rows.map((r) => String(r.line));
  assert.ok(
    cuts.some((l) => l.startsWith('Mentions holds the first 2 of ')),
    cuts.join('\n'),
  );
  // Not streamed (a few rows): the native charts are there, and About says what they draw.
  assert.ok(cuts.some((l) => l.startsWith('The charts beside each Outlets sheet')));
  assert.not.ok(cuts.some((l) => /streamed/.test(l)));
});

test('a streamed workbook says on About that its sheets have no Tables, links or native charts', () => {
  const lines = workbookCuts(smallExtraction(), [], 60_000);
  const streamed = lines.find((l) => /streamed/.test(l)) ?? '';
  assert.match(streamed, 'holds 60,000 table rows');
  assert.match(streamed, 'no Excel Tables, no links to Sentences');
  assert.match(streamed, 'no native charts');
  assert.not.ok(lines.some((l) => l.startsWith('The charts beside each Outlets sheet')));
});

test('events and warnings reach the workbook: an Events sheet, how events were formed, a Warnings block', () => {
  const events = smallExtraction().articles.groupby('event_id').count({ as: 'articles' });
  const withEvents = workbookSpec(
    { ...smallExtraction(), events },
    smallComparison(),
    CODEBOOK,
    { ...OPTIONS, eventsMethod: 'from the manifest', warnings: ['corpus/x.pdf: skipped, not text'] },
    [],
    [],
  );
  assert.ok(withEvents.sheets.some((s) => s.name === 'Events'));
  const about = withEvents.sheets[0] as BlocksSheet;
  const run = about.blocks.find((b) => b.title === 'The corpus and the run')!.rows;
  assert.ok(run.some((r) => r.field === 'events formed by' && r.value === 'from the manifest'));
  assert.equal(about.blocks.find((b) => b.title === 'Warnings')!.rows, [
    { warning: 'corpus/x.pdf: skipped, not text' },
  ]);
});

test('shares and z-scores get a colour scale', () => {
  assert.equal(table('Salience').heat, ['share']);
  assert.equal(table('Distinctive terms').heat, ['z']);
});

test.run();
