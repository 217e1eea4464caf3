// --merge refuses, with one line naming the folder, shard folders that do not make one split run:
// a folder with no shard.json, an unreadable one, a shard of another run (other inputs, another
// number of shards), the same shard twice, a gap in 1..n. Checked on shard.json alone, before any
// table is read.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readShards } from '../../readers/readShards.ts';
import { InputError } from '../../transforms/InputError.ts';
import { SHARD_FORMAT } from '../../transforms/pipeline/ShardInfo.ts';

const scratch = mkdtempSync(join(tmpdir(), 'framebook-readshards-'));
process.on('exit', () => rmSync(scratch, { recursive: true, force: true }));

function shardDir(name: string, fields: Record<string, unknown> | string | null): string {
  const dir = join(scratch, name);
  mkdirSync(dir, { recursive: true });
  if (fields !== null)
    writeFileSync(
      join(dir, 'shard.json'),
      typeof fields === 'string' ? fields : JSON.stringify({ format: SHARD_FORMAT, inputs: 'abc', ...fields }),
    );
  return dir;
}

async function error(dirs: string[]): Promise<string> {
  try {
    await readShards(dirs);
  } catch (e) {
    assert.instance(e, InputError);
    return (e as Error).message;
  }
  throw new Error('expected an InputError');
}

const one = shardDir('one', { shard: 1, shards: 2 });
const two = shardDir('two', { shard: 2, shards: 2 });

test('a folder without shard.json is not a shard', async () => {
  const plain = shardDir('plain', null);
  assert.is(await error([one, plain]), `${plain}: not the output of a --shard run (no shard.json)`);
});

test('shard.json that is not JSON, or not a shard file, is named', async () => {
  assert.match(await error([one, shardDir('broken', '{ shard: 2')]), /broken[\\/]shard\.json: not readable as JSON/);
  assert.match(
    await error([one, shardDir('other', { format: 'x', shard: 2, shards: 2 })]),
    /other[\\/]shard\.json: not a "framebook shard 1" file/,
  );
});

test('a shard of another corpus or codebook (another inputs fingerprint) is refused', async () => {
  const stranger = shardDir('stranger', { shard: 2, shards: 2, inputs: 'def' });
  assert.is(
    await error([one, stranger]),
    `${stranger}: a shard of another run than ${one} (another corpus, manifest, codebook or --events)`,
  );
});

test('a shard of a run split another way is refused', async () => {
  const third = shardDir('third', { shard: 2, shards: 3 });
  assert.is(await error([one, third]), `${third}: shard 2/3, but ${one} is of 2`);
});

test('the same shard twice is refused, naming both folders', async () => {
  const again = shardDir('again', { shard: 1, shards: 2 });
  assert.is(await error([one, two, again]), `${again}: shard 1/2 again (also ${one})`);
});

test('a gap in 1..n is refused, naming the folders given', async () => {
  assert.is(await error([two]), `${two}: no shard 1/2 among these folders`);
});

test('a shard with its tables missing is named', async () => {
  assert.is(await error([one, two]), `${one}: no tables/articles.parquet in this shard`);
});

test.run();
