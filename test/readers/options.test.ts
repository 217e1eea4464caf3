import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseOptions } from '../../readers/options.ts';
import { InputError } from '../../transforms/InputError.ts';

const dir = mkdtempSync(join(tmpdir(), 'framebook-options-'));
const corpus = join(dir, 'corpus');
mkdirSync(corpus);

function error(argv: string[]): string {
  try {
    parseOptions(argv);
  } catch (e) {
    assert.instance(e, InputError);
    return (e as Error).message;
  }
  throw new Error('expected an InputError');
}

test('defaults: the sample corpus, the default codebook, output/, 1920x1080, the corpus manifest', () => {
  const o = parseOptions([]);
  assert.match(o.corpus, /corpus$/);
  assert.match(o.codebook, /sheets[\\/]codebook\.xlsx$/);
  assert.match(o.out, /output$/);
  assert.equal(o.chartSize, { width: 1920, height: 1080 });
  assert.match(o.manifest ?? '', /corpus[\\/]manifest\.csv$/);
});

test('a manifest inside the corpus folder is used when --manifest is not given', () => {
  assert.is(parseOptions(['--corpus', corpus]).manifest, null);
  writeFileSync(join(corpus, 'manifest.csv'), 'file\n');
  assert.is(parseOptions(['--corpus', corpus]).manifest, join(corpus, 'manifest.csv'));
});

test('--chart-size takes WIDTHxHEIGHT', () => {
  assert.equal(parseOptions(['--chart-size', '1280x720']).chartSize, { width: 1280, height: 720 });
  assert.match(error(['--chart-size', 'big']), /--chart-size wants WIDTHxHEIGHT/);
});

test('bad flags and missing files are one-line input errors', () => {
  assert.match(error(['--corpus', join(dir, 'nope')]), /nope: no such corpus folder$/);
  assert.match(error(['--manifest', join(dir, 'nope.csv')]), /nope\.csv: no such manifest file$/);
  assert.match(error(['--codebook', join(dir, 'nope.xlsx')]), /nope\.xlsx: no such codebook file$/);
  assert.match(error(['--colour', 'red']), /^command line: .*usage: npm run notebook/);
  for (const m of [error(['--corpus', join(dir, 'nope')]), error(['--colour', 'red'])]) assert.not.ok(m.includes('\n'));
});

test.run();
