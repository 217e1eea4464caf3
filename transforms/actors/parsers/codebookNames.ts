// The codebook's names and aliases in an article, as mentions: aliasMatcher's matches that
// dropContained kept (pass one, index.ts).
import type { MentionCandidate } from '../MentionCandidate.ts';
import type { MentionContext } from '../MentionContext.ts';

export function codebookNames({ names, text }: MentionContext): MentionCandidate[] {
  return names.map((m) => ({
    start: m.start,
    end: m.end,
    surface: text.slice(m.start, m.end),
    actor_id: m.entry.actor_id,
    kind: 'name',
    descriptor: '',
    parser: 'aliasMatcher',
  }));
}
