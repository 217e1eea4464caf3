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

test('--shard takes i/n, shard i of n counted from 1', () => {
  assert.equal(parseOptions(['--corpus', corpus, '--shard', '2/8']).shard, { i: 2, n: 8 });
  assert.equal(parseOptions(['--corpus', corpus, '--shard', '1/1']).shard, { i: 1, n: 1 });
  assert.is(parseOptions(['--corpus', corpus]).shard, null);
  for (const bad of ['0/4', '5/4', 'x', '2', '2/0', '-1/4', '1.5/4', '2/8/1', '']) {
    const m = error(['--corpus', corpus, `--shard=${bad}`]);
    assert.is(
      m,
      `command line: --shard wants i/n, shard i of n counted from 1 (such as 2/8, with 1 <= i <= n), not "${bad}"`,
    );
  }
});

test('--shard refuses a review: its decisions look across the corpus', () => {
  const review = join(dir, 'review.xlsx');
  writeFileSync(review, '');
  assert.match(
    error(['--corpus', corpus, '--shard', '1/2', '--review', review]),
    /review\.xlsx: --shard does not apply a review/,
  );
});

test('--merge takes the folders after it, as a shell glob gives them, and no input flags', () => {
  const shards = [1, 2, 3].map((i) => join(dir, `shard${i}`));
  for (const s of shards) mkdirSync(s, { recursive: true });
  const o = parseOptions(['--merge', ...shards, '--out', join(dir, 'all'), '--jobs', '1']);
  assert.equal(o.merge, shards);
  assert.is(o.out, join(dir, 'all'));
  assert.is(o.jobs, 1);
  assert.is(parseOptions(['--corpus', corpus]).merge, null);
  assert.match(error(['--merge', shards[0], join(dir, 'nope')]), /nope: no such shard folder$/);
  assert.is(
    error(['--merge', ...shards, '--corpus', corpus]),
    'command line: --merge takes the inputs of the shards it joins (their shard.json), not --corpus',
  );
  assert.match(error(['--merge', shards[0], '--shard', '1/2']), /not --shard$/);
  assert.match(error(['--corpus', corpus, shards[0]]), /^command line: unexpected argument ".*shard1"\. usage:/);
});

test.run();
