// The first k of n items in an order given as "a comes before b", without sorting them all: the
// same k, in the same order, as sorting by that order and keeping the first k, when the order is
// total (no two items tie).

/** Indices 0..n-1 of the first `k` items in the order `before`, first first. */
export function firstK(n: number, k: number, before: (a: number, b: number) => boolean): number[] {
  // All of them (or most): a sort is cheaper than inserting each into the list.
  if (k >= n / 4)
    return Array.from({ length: n }, (_, x) => x)
      .sort((a, b) => (before(a, b) ? -1 : before(b, a) ? 1 : 0))
      .slice(0, k);
  const top: number[] = [];
  if (k <= 0) return top;
  for (let x = 0; x < n; x++) {
    if (top.length === k && !before(x, top[k - 1])) continue;
    let at = top.length === k ? k - 1 : top.length;
    while (at > 0 && before(x, top[at - 1])) {
      top[at] = top[at - 1];
      at--;
    }
    top[at] = x;
  }
  return top;
}
