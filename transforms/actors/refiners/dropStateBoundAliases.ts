// A codebook written for one story names some bodies by words that hold no state: common nouns
// ("the opposition", "rebels" under "Syrian opposition"; "regime", "government forces" under the
// state actor "Syrian government") and short names ("Red Crescent" under "Syrian Arab Red Crescent"). Such an alias names that body only in an article about its state:
// an alias of an actor whose name opens with a state's adjective or name, when the alias itself
// holds no word of that state, counts only where the article names the state by any of its words
// (name, adjective, capital). In a story about an election elsewhere, "the opposition" is that
// country's opposition (a common noun with no such body is no mention); in a story about a flood
// elsewhere, "the Red Crescent" is that country's body when the corpus names it ("the Libyan Red
// Crescent"), else the codebook's (a capitalised alias such as "State Department" is specific).
import type { MentionCandidate } from '../MentionCandidate.ts';
import type { MentionContext } from '../MentionContext.ts';
import { DEMONYMS } from '../../text/lexicon/demonyms.ts';
import { stateOfName } from '../stateOfName.ts';

/** Every word the world layer has for each state: its name, adjectives and capitals. */
const STATE_WORDS = new Map<string, string[]>();
for (const [word, forms] of Object.entries(DEMONYMS)) {
  const state = forms[forms.length - 1];
  STATE_WORDS.set(state, [...(STATE_WORDS.get(state) ?? [state]), word]);
}

const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const namesState = (text: string, state: string) =>
  (STATE_WORDS.get(state) ?? [state]).some((w) => new RegExp(`(?<!\\p{L})${escape(w)}(?!\\p{L})`, 'u').test(text));

export function dropStateBoundAliases(
  mentions: MentionCandidate[],
  { text, matcher, registry }: MentionContext,
): MentionCandidate[] {
  const verdicts = new Map<string, boolean>();
  const keeps = (actorId: string) => {
    let verdict = verdicts.get(actorId);
    if (verdict === undefined) {
      const actor = matcher.actors.get(actorId);
      const state = actor ? stateOfName(actor.name) : undefined;
      verdicts.set(actorId, (verdict = !state || namesState(text, state)));
    }
    return verdict;
  };
  // An alias with no word of the actor's state ("Red Crescent", "opposition", "Opposition" opening a sentence).
  const stateless = (m: MentionCandidate) => {
    const state = stateOfName(matcher.actors.get(m.actor_id)?.name ?? '');
    return !!state && !namesState(m.surface, state);
  };
  // The body of a state the article names, discovered over the corpus with the alias as its tail
  // ("Red Crescent" -> "Libyan Red Crescent" in an article that names Libya), takes the mention.
  const localBody = (m: MentionCandidate) =>
    registry.actors.find((a) => {
      if (a.type === 'person' || !a.name.endsWith(` ${m.surface}`)) return false;
      const state = stateOfName(a.name);
      return !!state && namesState(text, state);
    });
  // A common noun is dropped; a capitalised alias ("State Department") is specific enough to stay,
  // unless the named state's own body of that name was discovered.
  const commonNoun = (m: MentionCandidate) =>
    !!matcher.actors.get(m.actor_id)?.aliases.some((a) => a === a.toLowerCase() && a === m.surface.toLowerCase());
  return mentions.flatMap((m) => {
    if (m.kind !== 'name' || !stateless(m) || keeps(m.actor_id)) return [m];
    const body = localBody(m);
    if (body) return [{ ...m, actor_id: body.actor_id }];
    return commonNoun(m) ? [] : [m];
  });
}
