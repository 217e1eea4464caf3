// Property tests (fast-check, fixed seed): over generated articles and manifests, the extraction
// never throws, every row's surface is the article text at its offsets, ids are unique and every
// foreign key resolves; the manifest reader returns one row per record whatever the line ends.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import fc from 'fast-check';
import { join, resolve } from 'node:path';
import { readCodebook } from '../../readers/readCodebook.ts';
import { extract } from '../../transforms/pipeline/index.ts';
import { csvRecords } from '../../readers/manifest/csvRecords.ts';
import type { CorpusFile } from '../../transforms/articles/CorpusFile.ts';
import type { ManifestRow } from '../../transforms/articles/ManifestRow.ts';

const root = resolve(import.meta.dirname, '..', '..');
const codebook = await readCodebook(join(root, 'sheets', 'codebook.xlsx'));
const SEED = 1414;

const PIECES = [
  'John Kerry',
  'Russia',
  'Moscow',
  'the Kremlin',
  'Syria',
  'Assad',
  'said',
  'told reporters',
  'killed',
  'at least',
  '58 people',
  'dozens',
  'on Friday',
  'July 14, 2016',
  'in 2011',
  'proposed',
  'a ceasefire',
  'should',
  '"',
  '\u201c',
  '\u201d',
  '\u2018',
  "'",
  ',',
  ';',
  '.',
  '. ',
  '?',
  '\n',
  '\n\n',
  '(AFP)',
  'U.S.',
  '=SUM(A1)',
  '-',
  '12',
  '1,000',
  'and',
  'the',
  'of',
  '\u00e9',
  '\ud83d\ude00',
  '\t',
  'WASHINGTON \u2014',
];
const text = fc
  .array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 8 })), { maxLength: 120 })
  .map((parts) => parts.join(' '));
const article = fc.record({ headline: fc.string({ maxLength: 40 }), body: text });
const corpus = fc.array(article, { minLength: 1, maxLength: 3 });

function surfaceIsText(name: string, rows: Record<string, unknown>[], texts: Map<string, string>) {
  for (const r of rows) {
    if (typeof r.surface !== 'string' || typeof r.start !== 'number') continue;
    const t = texts.get(String(r.article_id)) ?? '';
    assert.is(t.slice(r.start, Number(r.end)), r.surface, `${name} ${JSON.stringify(r)}`);
  }
}

function unique(name: string, rows: Record<string, unknown>[], key: string) {
  const ids = rows.map((r) => r[key]);
  assert.is(new Set(ids).size, ids.length, `${name}.${key} repeats`);
}

function resolves(name: string, rows: Record<string, unknown>[], key: string, known: Set<unknown>) {
  for (const r of rows) if (r[key] != null && r[key] !== '') assert.ok(known.has(r[key]), `${name}.${key} ${r[key]}`);
}

test('the extraction never throws; surfaces, ids and foreign keys hold', async () => {
  await fc.assert(
    fc.asyncProperty(corpus, fc.boolean(), async (arts, withManifest) => {
      const files: CorpusFile[] = arts.map((a, i) => ({
        article_id: `a${i}`,
        file: `a${i}.txt`,
        format: 'txt',
        content: `${a.headline}\n\n${a.body}`,
      }));
      const manifest: ManifestRow[] = withManifest
        ? files.map((f, i) => ({
            file: f.file,
            outlet: `Outlet ${i % 2}`,
            published: '2016-07-14',
            url: '',
            event: 'e',
            row: i + 2,
          }))
        : [];
      const x = await extract({ files, manifest, codebook });
      const rows = (t: { objects(): object[] }) => t.objects() as Record<string, unknown>[];
      const articles = rows(x.articles);
      const texts = new Map(articles.map((a) => [String(a.article_id), String(a.text ?? '')]));
      const articleIds = new Set(articles.map((a) => a.article_id));
      const sentenceIds = new Set(rows(x.sentences).map((s) => s.sentence_id));
      const actorIds = new Set(rows(x.actors).map((a) => a.actor_id));
      const eventIds = new Set(articles.map((a) => a.event_id));
      unique('articles', articles, 'article_id');
      unique('sentences', rows(x.sentences), 'sentence_id');
      unique('actors', rows(x.actors), 'actor_id');
      for (const [name, key] of [
        ['mentions', 'mention_id'],
        ['dates', 'date_id'],
        ['casualties', 'casualty_id'],
        ['proposals', 'proposal_id'],
        ['quotes', 'quote_id'],
      ] as const) {
        const r = rows(x[name]);
        if (r.length && key in r[0]) unique(name, r, key);
        surfaceIsText(name, r, texts);
        resolves(name, r, 'article_id', articleIds);
        resolves(name, r, 'sentence_id', sentenceIds);
      }
      surfaceIsText(
        'sentences',
        rows(x.sentences).map((s) => ({ ...s, surface: s.text })),
        texts,
      );
      resolves('mentions', rows(x.mentions), 'actor_id', actorIds);
      resolves('quotes', rows(x.quotes), 'speaker', actorIds);
      resolves('proposals', rows(x.proposals), 'proposer', actorIds);
      resolves('articles', articles, 'event_id', eventIds);
    }),
    { seed: SEED, numRuns: 150 },
  );
});

const cell = fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom('a,b', 'say "hi"', 'two\nlines', 'x;y', ''));
test('the CSV manifest reader returns exactly one record per row, whatever the line ends', () => {
  fc.assert(
    fc.property(
      fc.array(fc.tuple(cell, cell, cell), { minLength: 1, maxLength: 30 }),
      fc.array(fc.constantFrom('\r\n', '\n', '\r'), { minLength: 31, maxLength: 31 }),
      fc.boolean(),
      (body, ends, bom) => {
        const rows = [['file', 'outlet', 'published'], ...body.map(([a, b, c]) => [`f${a}`, b, c])];
        const quote = (v: string) => (/[",;\t\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
        const csv = (bom ? '\ufeff' : '') + rows.map((r, i) => r.map(quote).join(',') + ends[i]).join('');
        const records = csvRecords('m.csv', new TextEncoder().encode(csv));
        assert.equal(
          records.map((r) => r.cells),
          rows,
        );
      },
    ),
    { seed: SEED, numRuns: 300 },
  );
});

test.run();
