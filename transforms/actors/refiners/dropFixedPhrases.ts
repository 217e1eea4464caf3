// An alias inside a fixed phrase names no actor: "regime change" is a policy, not the Syrian
// government (lower-case, common-noun aliases); "71 million US dollars" is a currency, not the
// United States (a state's name before the currency's noun).
import type { MentionCandidate } from '../MentionCandidate.ts';
import type { MentionContext } from '../MentionContext.ts';

const FIXED_AFTER = /^[ -](change|changes|changer|building|type|style)\b/i;

const CURRENCY_AFTER = /^ (?:dollars?|cents?)\b/;

export function dropFixedPhrases(mentions: MentionCandidate[], { text, states }: MentionContext): MentionCandidate[] {
  return mentions.filter(
    (m) =>
      !(
        m.kind === 'name' &&
        ((/^\p{Ll}/u.test(m.surface) && FIXED_AFTER.test(text.slice(m.end, m.end + 12))) ||
          (states.has(m.actor_id) && CURRENCY_AFTER.test(text.slice(m.end, m.end + 9))))
      ),
  );
}
