// Which shard of a split run (--shard i/n) an event belongs to: the FNV-1a hash (32 bits) of its id,
// modulo n, plus one. A hash of the id alone, so that every article of an event lands in the same
// shard and a run on any machine, with any Node version, sends the event to the same shard.

/** One shard of a split run: the i-th (from 1) of n. */
export interface Shard {
  i: number;
  n: number;
}

const OFFSET_BASIS = 0x811c9dc5;
const PRIME = 0x01000193;

/** FNV-1a over the UTF-8 bytes of `text`, as an unsigned 32-bit integer. */
export function fnv1a(text: string): number {
  let hash = OFFSET_BASIS;
  for (const byte of new TextEncoder().encode(text)) {
    hash ^= byte;
    hash = Math.imul(hash, PRIME) >>> 0;
  }
  return hash >>> 0;
}

/** The shard (1..n) that processes the event `eventId`. */
export function shardOf(eventId: string, n: number): number {
  return (fnv1a(eventId) % n) + 1;
}
