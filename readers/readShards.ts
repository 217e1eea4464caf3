// --merge DIR...: the output folders of the shards of one split run, read back. Each must hold a
// shard.json (writers/writeShardInfo.ts) of the same run (same number of shards, same inputs
// fingerprint) and every shard from 1 to n must be there once; otherwise one line naming the folder.
// Then each shard's record tables, from its Parquet files, typed by the schema.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { InputError } from '../transforms/InputError.ts';
import { SHARD_FILE, SHARD_FORMAT, type ShardInfo } from '../transforms/pipeline/ShardInfo.ts';
import { SHARD_RECORDS, type ShardTables } from '../transforms/pipeline/joinShards.ts';
import type { ColumnSpec, TableSchema } from '../transforms/schema/index.ts';
import { readParquetTable } from './readParquetTable.ts';

export interface Shards {
  /** The first shard's shard.json: what every shard of the run shares. */
  info: ShardInfo;
  /** Each shard's record tables, shard 1 first. */
  tables: ShardTables[];
}

export async function readShards(dirs: readonly string[]): Promise<Shards> {
  const infos = await Promise.all(dirs.map(readShardInfo));
  const [first] = infos;
  const byShard = new Map<number, string>();
  infos.forEach((info, k) => {
    const dir = dirs[k];
    if (info.shards !== first.shards)
      throw new InputError({ file: dir }, `shard ${info.shard}/${info.shards}, but ${dirs[0]} is of ${first.shards}`);
    if (info.inputs !== first.inputs)
      throw new InputError(
        { file: dir },
        `a shard of another run than ${dirs[0]} (another corpus, manifest, codebook or --events)`,
      );
    const twin = byShard.get(info.shard);
    if (twin !== undefined)
      throw new InputError({ file: dir }, `shard ${info.shard}/${info.shards} again (also ${twin})`);
    byShard.set(info.shard, dir);
  });
  for (let i = 1; i <= first.shards; i++)
    if (!byShard.has(i))
      throw new InputError({ file: dirs.join(', ') }, `no shard ${i}/${first.shards} among these folders`);
  const ordered = [...byShard.entries()].sort((a, b) => a[0] - b[0]).map(([, dir]) => dir);
  return { info: first, tables: await Promise.all(ordered.map(readShardTables)) };
}

async function readShardInfo(dir: string): Promise<ShardInfo> {
  const path = join(dir, SHARD_FILE);
  if (!existsSync(path)) throw new InputError({ file: dir }, `not the output of a --shard run (no ${SHARD_FILE})`);
  let info: ShardInfo;
  try {
    info = JSON.parse(await readFile(path, 'utf8')) as ShardInfo;
  } catch (e) {
    throw new InputError({ file: path }, `not readable as JSON: ${(e as Error).message}`);
  }
  if (info?.format !== SHARD_FORMAT) throw new InputError({ file: path }, `not a "${SHARD_FORMAT}" file`);
  return info;
}

async function readShardTables(dir: string): Promise<ShardTables> {
  const entries = await Promise.all(
    SHARD_RECORDS.map(async (schema) => {
      const path = join(dir, 'tables', `${schema.name}.parquet`);
      if (!existsSync(path)) throw new InputError({ file: dir }, `no tables/${schema.name}.parquet in this shard`);
      return [schema.name, await readParquetTable(path, schema as unknown as TableSchema<Record<string, ColumnSpec>>)];
    }),
  );
  return Object.fromEntries(entries) as ShardTables;
}
