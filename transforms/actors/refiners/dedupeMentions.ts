// One mention per span and actor: the codebook name wins over a discovered one, a name over a
// title or a role at the same place, and a description overlapping a name is dropped ("the
// Russian leader" matched both as a codebook title and as a generic role keeps the title).
import type { MentionCandidate } from '../MentionCandidate.ts';

const RANK = { name: 0, title: 1, role: 2 } as const;
const overlaps = (a: MentionCandidate, b: MentionCandidate) => a.start < b.end && b.start < a.end;

export function dedupeMentions(mentions: MentionCandidate[]): MentionCandidate[] {
  const sorted = [...mentions].sort(
    (a, b) =>
      RANK[a.kind] - RANK[b.kind] ||
      (a.parser === 'aliasMatcher' ? -1 : 0) - (b.parser === 'aliasMatcher' ? -1 : 0) ||
      a.start - b.start,
  );
  const out: MentionCandidate[] = [];
  for (const m of sorted) {
    if (out.some((o) => o.start === m.start && o.end === m.end && o.actor_id === m.actor_id)) continue;
    // A name inside a description ("US" in "the US envoy") does not cancel it; a name it cuts across, or one with its very span, does.
    const inside = (o: MentionCandidate) =>
      m.start <= o.start && o.end <= m.end && (o.start !== m.start || o.end !== m.end);
    if (
      m.kind !== 'name' &&
      out.some(
        (o) =>
          overlaps(o, m) && (o.kind === 'name' ? !inside(o) : o.kind !== m.kind || o.end - o.start >= m.end - m.start),
      )
    )
      continue;
    if (
      m.kind === 'name' &&
      m.parser !== 'aliasMatcher' &&
      out.some((o) => o.kind === 'name' && o.parser === 'aliasMatcher' && overlaps(o, m))
    )
      continue;
    out.push(m);
  }
  return out;
}
