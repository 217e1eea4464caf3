// A common-noun alias inside a fixed phrase names no actor: "regime change" is a policy, not the
// Syrian government. Only lower-case (common-noun) aliases are checked.
import type { MentionCandidate } from '../MentionCandidate.ts';
import type { MentionContext } from '../MentionContext.ts';

const FIXED_AFTER = /^[ -](change|changes|changer|building|type|style)\b/i;

export function dropFixedPhrases(mentions: MentionCandidate[], { text }: MentionContext): MentionCandidate[] {
  return mentions.filter(
    (m) => !(m.kind === 'name' && /^\p{Ll}/u.test(m.surface) && FIXED_AFTER.test(text.slice(m.end, m.end + 12))),
  );
}
