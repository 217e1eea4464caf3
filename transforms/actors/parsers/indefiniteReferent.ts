// Unnamed people introduced by "a Western diplomat", "a senior US official" (text/indefiniteReferents.ts):
// markers for resolveCoreference, which gives a later "the diplomat" to them; never rows.
import type { MentionCandidate } from '../MentionCandidate.ts';
import type { MentionContext } from '../MentionContext.ts';
import { indefiniteReferents } from '../../text/indefiniteReferents.ts';

export function indefiniteReferent({ text }: MentionContext): MentionCandidate[] {
  return indefiniteReferents(text).map((r) => ({
    start: r.start,
    end: r.end,
    surface: r.surface,
    actor_id: '',
    kind: 'role',
    descriptor: r.head,
    parser: 'indefiniteReferent',
  }));
}
