import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readCorpus } from '../../readers/readCorpus.ts';
import { article } from '../../transforms/articles/index.ts';

const FORMATS = join(import.meta.dirname, '..', 'fixtures', 'corpus-formats');
const noCodebook = { outlets: [], actors: [] };

test('every encoding and format of the same article reads to the same analysed text', async () => {
  const files = await readCorpus(FORMATS);
  assert.equal(
    files.map((f) => f.file),
    [
      'crlf.txt',
      'markdown.md',
      'page.html',
      'utf16be-bom.txt',
      'utf16le-bom.txt',
      'utf16le-nobom.txt',
      'utf8-bom.txt',
      'utf8.txt',
      'windows1252.txt',
    ],
  );
  const reference = article(
    files.find((f) => f.file === 'utf8.txt')!,
    undefined,
    noCodebook,
  ).text!;
  assert.ok(
    reference.startsWith(
      'Kerry meets Putin in Moscow\n\nMOSCOW (AFP) - US Secretary of State John Kerry met President Vladimir Putin on Thursday, the Kremlin said.\n\n“We had frank talks,” Kerry told reporters at the café',
    ),
  );
  for (const f of files) assert.is(article(f, undefined, noCodebook).text, reference, f.file);
});

test('article ids, formats; the manifest, a README and other files are not articles', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'framebook-corpus-'));
  writeFileSync(join(dir, 'b.TXT'), 'Headline B\n\nBody.');
  writeFileSync(join(dir, 'a.htm'), '<h1>Headline A</h1><p>Body.</p>');
  writeFileSync(join(dir, 'c.md'), '# Headline C');
  writeFileSync(join(dir, 'manifest.csv'), 'file\na.htm\n');
  writeFileSync(join(dir, 'notes.docx'), 'x');
  writeFileSync(join(dir, 'README.md'), '# About this corpus');
  writeFileSync(join(dir, '.hidden.txt'), 'x');
  const files = await readCorpus(dir);
  assert.equal(
    files.map(({ article_id, file, format }) => ({ article_id, file, format })),
    [
      { article_id: 'a', file: 'a.htm', format: 'html' },
      { article_id: 'b', file: 'b.TXT', format: 'txt' },
      { article_id: 'c', file: 'c.md', format: 'md' },
    ],
  );
  assert.is(files[0].content, 'Headline A\n\nBody.');
});

test('two files with the same article id are an input error', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'framebook-corpus-'));
  writeFileSync(join(dir, 'x.txt'), 'A');
  writeFileSync(join(dir, 'x.md'), 'B');
  try {
    await readCorpus(dir);
    assert.unreachable('should throw');
  } catch (e) {
    assert.is((e as Error).name, 'InputError');
    assert.is((e as Error).message, `${join(dir, 'x.txt')}: same article id "x" as x.md; rename one of them`);
  }
});

test.run();
