// --shard i/n as a shard: i and n whole numbers, 1 <= i <= n.
import { InputError } from '../transforms/InputError.ts';
import type { Shard } from '../transforms/pipeline/shardOf.ts';

export function parseShard(value: string): Shard {
  const m = /^([1-9]\d{0,5})\/([1-9]\d{0,5})$/.exec(value.trim());
  if (!m || Number(m[1]) > Number(m[2]))
    throw new InputError(
      { file: 'command line' },
      `--shard wants i/n, shard i of n counted from 1 (such as 2/8, with 1 <= i <= n), not "${value}"`,
    );
  return { i: Number(m[1]), n: Number(m[2]) };
}
