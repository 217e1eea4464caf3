// A codebook written for one story names some groups by common nouns ("the opposition", "rebels"
// under "Syrian opposition"). Such a noun names that group only in an article about its state: a
// lower-case alias of an actor whose name opens with a state's adjective or name counts only where
// the article names that state by any of its words (name, adjective, capital). In a story about an
// election elsewhere, "the opposition" is that country's opposition, not the codebook's group.
import type { MentionCandidate } from '../MentionCandidate.ts';
import type { MentionContext } from '../MentionContext.ts';
import { DEMONYMS } from '../../text/lexicon/demonyms.ts';

/** The state a name opens with ("Syrian opposition" -> "Syria"), from the world layer's adjectives. */
function stateOf(name: string): string | undefined {
  const forms = DEMONYMS[name.split(' ')[0]];
  return forms?.[forms.length - 1];
}

/** Every word the world layer has for each state: its name, adjectives and capitals. */
const STATE_WORDS = new Map<string, string[]>();
for (const [word, forms] of Object.entries(DEMONYMS)) {
  const state = forms[forms.length - 1];
  STATE_WORDS.set(state, [...(STATE_WORDS.get(state) ?? [state]), word]);
}

const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const namesState = (text: string, state: string) =>
  (STATE_WORDS.get(state) ?? [state]).some((w) => new RegExp(`(?<!\\p{L})${escape(w)}(?!\\p{L})`, 'u').test(text));

export function dropStatelessCommonNouns(
  mentions: MentionCandidate[],
  { text, matcher }: MentionContext,
): MentionCandidate[] {
  const verdicts = new Map<string, boolean>();
  const keeps = (actorId: string) => {
    let verdict = verdicts.get(actorId);
    if (verdict === undefined) {
      const actor = matcher.actors.get(actorId);
      const state = actor && actor.type !== 'state' ? stateOf(actor.name) : undefined;
      verdicts.set(actorId, (verdict = !state || namesState(text, state)));
    }
    return verdict;
  };
  // A common noun: the codebook writes the alias in lower case ("Opposition" opening a sentence is one).
  const commonNoun = (m: MentionCandidate) =>
    matcher.actors.get(m.actor_id)?.aliases.some((a) => a === a.toLowerCase() && a === m.surface.toLowerCase());
  return mentions.filter((m) => !(m.kind === 'name' && commonNoun(m) && !keeps(m.actor_id)));
}
