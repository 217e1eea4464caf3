// Past one machine: the sample corpus split into three shards (--shard i/3), each run as a user runs
// it, then joined (--merge): every table byte for byte as the single sample run writes it, and the
// workbook too. The sample's two events land in shards 2 and 3, so shard 1 holds none: an empty
// shard merges as well.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { notebook, root, sampleRun } from './sampleRun.ts';
import { shardOf } from '../../transforms/pipeline/shardOf.ts';
import type { ShardInfo } from '../../transforms/pipeline/ShardInfo.ts';

const scratch = mkdtempSync(join(tmpdir(), 'framebook-shards-'));
process.on('exit', () => rmSync(scratch, { recursive: true, force: true }));
const inputs = ['--corpus', join(root, 'corpus'), '--manifest', join(root, 'corpus', 'manifest.csv')];
const shardDirs = [1, 2, 3].map((i) => join(scratch, `shard${i}`));
const shardRuns = shardDirs.map((out, k) => notebook(...inputs, '--out', out, '--shard', `${k + 1}/3`, '--quiet'));
const merged = join(scratch, 'merged');
const mergeRun = notebook('--merge', ...shardDirs, '--out', merged, '--quiet');
const single = sampleRun();

const csvRows = (dir: string, table: string) => readFileSync(join(dir, 'tables', `${table}.csv`), 'utf8').split('\n');
const info = (dir: string) => JSON.parse(readFileSync(join(dir, 'shard.json'), 'utf8')) as ShardInfo;

test('each shard writes its tables and shard.json, and no workbook or charts', () => {
  for (const r of shardRuns) assert.is(r.status, 0, r.stderr);
  shardDirs.forEach((dir, k) => {
    assert.ok(existsSync(join(dir, 'tables', 'mentions.csv')) && existsSync(join(dir, 'tables', 'mentions.parquet')));
    assert.not.ok(existsSync(join(dir, 'framebook.xlsx')) || existsSync(join(dir, 'charts')));
    const i = info(dir);
    assert.is(i.shard, k + 1);
    assert.is(i.shards, 3);
    assert.match(i.inputs, /^[0-9a-f]{64}$/);
  });
  assert.equal(info(shardDirs[0]).articles, info(shardDirs[2]).articles);
  assert.is(info(shardDirs[0]).inputs, info(shardDirs[2]).inputs);
});

test('every event is whole in the shard its id hashes to, and every article in one shard', () => {
  const all = csvRows(single.out, 'articles').slice(1, -1).sort();
  const split = shardDirs.flatMap((dir) => csvRows(dir, 'articles').slice(1, -1));
  assert.equal([...split].sort(), all);
  shardDirs.forEach((dir, k) => {
    const events = csvRows(dir, 'events')
      .slice(1, -1)
      .map((line) => line.split(',')[0]);
    for (const id of events) assert.is(shardOf(id, 3), k + 1, id);
  });
  assert.is(csvRows(shardDirs[0], 'articles').length, 2, 'shard 1 holds no article (header and final newline)');
});

test('the merge writes every table byte for byte as the single run, and the same workbook', () => {
  assert.is(mergeRun.status, 0, mergeRun.stderr);
  assert.is(mergeRun.stderr, '', '--quiet prints nothing');
  const tables = readdirSync(join(single.out, 'tables')).sort();
  assert.equal(readdirSync(join(merged, 'tables')).sort(), tables);
  for (const t of tables)
    assert.ok(
      readFileSync(join(merged, 'tables', t)).equals(readFileSync(join(single.out, 'tables', t))),
      `${t} differs from the single run`,
    );
  assert.ok(readFileSync(join(merged, 'framebook.xlsx')).equals(readFileSync(join(single.out, 'framebook.xlsx'))));
  assert.equal(readdirSync(join(merged, 'charts')).sort(), readdirSync(join(single.out, 'charts')).sort());
  assert.ok(existsSync(join(merged, 'report.html')) && existsSync(join(merged, 'framebook.pptx')));
});

test('a merge with a shard missing stops with one line naming the folders', () => {
  const r = notebook('--merge', shardDirs[0], shardDirs[2], '--out', join(scratch, 'gap'), '--quiet');
  assert.is(r.status, 1);
  assert.match(r.stderr, /^framebook: .*shard1, .*shard3: no shard 2\/3 among these folders\n$/);
});

test.run();
