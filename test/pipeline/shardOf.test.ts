// The shard of an event: FNV-1a (32 bits) of its id, so the same on every machine and Node version.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { fnv1a, shardOf } from '../../transforms/pipeline/shardOf.ts';

test('FNV-1a gives the published 32-bit test vectors', () => {
  assert.is(fnv1a(''), 0x811c9dc5);
  assert.is(fnv1a('a'), 0xe40c292c);
  assert.is(fnv1a('foobar'), 0xbf9cf968);
});

test('FNV-1a hashes the UTF-8 bytes of the id', () => {
  // "é" is the two bytes C3 A9.
  assert.is(fnv1a('é'), Math.imul(Math.imul(0x811c9dc5 ^ 0xc3, 0x01000193) ^ 0xa9, 0x01000193) >>> 0);
});

test('an event id always goes to the same shard, from 1 to n', () => {
  // The sample's two events (test/notebooks/shardMerge.test.ts splits the sample in three).
  assert.is(shardOf('2016-07-14-syria-assad-moscow', 3), 2);
  assert.is(shardOf('2015-12-15-assad-moscow-syria', 3), 3);
  for (const n of [1, 2, 8, 64]) {
    const seen = new Set(Array.from({ length: 500 }, (_, k) => shardOf(`event-${k}`, n)));
    assert.equal(
      [...seen].sort((a, b) => a - b),
      Array.from({ length: n }, (_, k) => k + 1),
      `every shard of ${n} gets some of 500 events, and none outside 1..${n}`,
    );
  }
});

test.run();
