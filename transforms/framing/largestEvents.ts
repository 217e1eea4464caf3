// The events a view has room for when a corpus has more than it can show (charts, slides, Outlets
// sheets): the ones with the most articles, kept in the order they came, ties to the earlier one.
// Every event stays in the tables; the views say which ones they cover.

/** The `max` entries of `byEvent` with the largest `size`, in their order in `byEvent`. */
export function largestEvents<T>(byEvent: ReadonlyMap<string, T>, size: (t: T) => number, max: number): Map<string, T> {
  if (byEvent.size <= max) return new Map(byEvent);
  const entries = [...byEvent];
  const kept = new Set(
    entries
      .map(([e, t], i) => ({ e, n: size(t), i }))
      .sort((a, b) => b.n - a.n || a.i - b.i)
      .slice(0, max)
      .map((x) => x.e),
  );
  return new Map(entries.filter(([e]) => kept.has(e)));
}
