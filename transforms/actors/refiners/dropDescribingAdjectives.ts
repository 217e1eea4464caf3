// An adjective of nationality before a title or a name describes that person, it does not name the
// state: "Saudi Foreign Minister Adel al-Jubeir", "Moroccan King Mohammed VI". A mention whose
// surface is one of its actor's adjectives (the world layer's, or a codebook alias written the
// same) and that a capitalised word follows is dropped; "Saudi officials said" keeps its mention.
// States only, and words only: an abbreviation or a body's adjective is a name too ("UN Secretary-General Ban Ki-moon" names the UN).
import type { MentionCandidate } from '../MentionCandidate.ts';
import type { MentionContext } from '../MentionContext.ts';

export function dropDescribingAdjectives(
  mentions: MentionCandidate[],
  { text, matcher }: MentionContext,
): MentionCandidate[] {
  return mentions.filter((m) => {
    const actor = matcher.actors.get(m.actor_id);
    if (m.kind !== 'name' || actor?.type !== 'state' || !actor.adjectives?.includes(m.surface)) return true;
    // An abbreviation is a name too: "US Secretary of State" names the United States.
    if (!/\p{Ll}/u.test(m.surface)) return true;
    return !/^\s+\p{Lu}/u.test(text.slice(m.end, m.end + 3));
  });
}
