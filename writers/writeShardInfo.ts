// shard.json in a shard's output folder (docs/CONTRACT.md), written under a temporary name and renamed.
import { join } from 'node:path';
import { SHARD_FILE, type ShardInfo } from '../transforms/pipeline/ShardInfo.ts';
import { writeAtomic } from './writeAtomic.ts';

export function writeShardInfo(outDir: string, info: ShardInfo): Promise<string> {
  return writeAtomic(join(outDir, SHARD_FILE), `${JSON.stringify(info, null, 1)}\n`);
}
