// A description used alone inside a quotation ("the minister" in a quote) is the speaker's words,
// not the article's: no mention.
import type { MentionCandidate } from '../MentionCandidate.ts';
import type { MentionContext } from '../MentionContext.ts';

export function dropQuotedRoles(mentions: MentionCandidate[], { quoted }: MentionContext): MentionCandidate[] {
  return mentions.filter((m) => m.kind !== 'role' || !quoted(m.start, m.end));
}
