// One copy of each distinct string: a corpus's words, ids and labels recur in every article, and
// each article's own copies of them are most of what a large corpus's tables and bags of terms
// hold in memory.

/** A function that returns the first string equal to the one given, from a table of its own. */
export function internedStrings(): (s: string) => string {
  const seen = new Map<string, string>();
  return (s) => {
    const first = seen.get(s);
    if (first !== undefined) return first;
    seen.set(s, s);
    return s;
  };
}
