// Of aliases found inside longer aliases, keeps only the people named inside another actor's
// alias: "Assad's regime" is a mention of the Syrian government and, through "Assad", of Assad;
// but "Washington" inside "Washington Post", "US" inside "US-led coalition" or "al-Assad" inside
// "Bashar al-Assad" are not mentions of their own, nor is a person inside another person's name
// ("Bashar" inside "Bashar al-Jaafari"). Titles are left to titleMention.
import type { AliasMatch } from '../parsers/aliasMatcher.ts';

const contains = (a: AliasMatch, b: AliasMatch) =>
  a.start <= b.start && b.end <= a.end && a.end - a.start > b.end - b.start;

export function dropContained(matches: AliasMatch[]): AliasMatch[] {
  const names = matches.filter((m) => m.entry.kind === 'alias');
  // Only aliases starting at most one alias length before b can hold it: a sorted window, not all pairs.
  const byStart = [...names].sort((a, b) => a.start - b.start);
  const longest = byStart.reduce((n, m) => Math.max(n, m.end - m.start), 0);
  const holders = (b: AliasMatch): AliasMatch[] => {
    let lo = 0,
      hi = byStart.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (byStart[mid].start < b.start - longest) lo = mid + 1;
      else hi = mid;
    }
    const out: AliasMatch[] = [];
    for (let i = lo; i < byStart.length && byStart[i].start <= b.start; i++) out.push(byStart[i]);
    return out;
  };
  const keep = names.filter(
    (b) =>
      !holders(b).some(
        (a) =>
          contains(a, b) &&
          (a.entry.actor_id === b.entry.actor_id || b.entry.actorType !== 'person' || a.entry.actorType === 'person'),
      ),
  );
  // Same span, several entries of one actor: keep one.
  const seen = new Set<string>();
  return keep.filter((m) => {
    const k = `${m.start}:${m.end}:${m.entry.actor_id}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
