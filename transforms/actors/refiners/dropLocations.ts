// A capital or a country named as a place is not its government acting: "talks in Moscow",
// "flew into Russia", "back in Washington", "Speaking ... in Damascus". Drops mentions of state
// actors whose name follows a place preposition, or "to/from/for" after a verb of travel, unless
// the name is possessive ("in Moscow's view" is the government's view). A name coordinated with a
// dropped place ("in Moscow and Washington") is a place too. Who governs there is no place:
// "officials in Rabat", "the government in Tripoli" name the state.
import type { MentionCandidate } from '../MentionCandidate.ts';
import { isPossessive } from '../../text/words.ts';
import type { MentionContext } from '../MentionContext.ts';
import { GOVERNING_IN } from '../lexicon/governingIn.ts';

const PLACE_PREPOSITIONS = new Set([
  'in',
  'at',
  'near',
  'inside',
  'outside',
  'into',
  'across',
  'throughout',
  'around',
  'within',
  'via',
  'towards',
  'toward',
]);
const DIRECTIONAL = new Set(['to', 'from', 'for']);
const TRAVEL =
  /\b(fl[eiy]\w*|travel\w*|trip|visit\w*|arriv\w*|return\w*|head(?:ed|ing|s)?|went|go|goes|going|gone|came|come|coming|leav\w*|left|back|way|journey\w*|landed|bound|flight|route|road|drive|drove|moved?)\b/i;
const DIRECTION_OF =
  /\b(north|south|east|west|northeast|northwest|southeast|southwest|outskirts|suburbs|centre|center|heart|streets|countryside|south-east|north-east|south-west|north-west)\s+of\s+$/i;
const VISIT_VERB = /\b(visit(ed|ing|s)?|reach(ed|ing)?|tour(ed|ing)?|land(ed|ing)? in|arrived in|left)$/i;

/** The last word of a stretch that ends with spaces (and an optional "the"): "flew into the " -> "into". */
function lastWord(before: string): string {
  let e = before.length;
  const spaces = () => {
    const s = e;
    while (e > 0 && /\s/.test(before[e - 1])) e--;
    return e < s;
  };
  if (!spaces()) return '';
  if (e >= 3 && before.slice(e - 3, e) === 'the' && !/\p{L}/u.test(before[e - 4] ?? '')) {
    const keep = e;
    e -= 3;
    if (!spaces()) e = keep; // "the" glued to the word before it is no article
  }
  let s = e;
  while (s > 0 && /\p{L}/u.test(before[s - 1])) s--;
  return before.slice(s, e);
}

export function dropLocations(
  mentions: MentionCandidate[],
  { text, states: stateIds }: MentionContext,
): MentionCandidate[] {
  const dropped: MentionCandidate[] = [];
  const isPlace = (m: MentionCandidate): boolean => {
    if (!stateIds.has(m.actor_id) || m.kind !== 'name' || /^\p{Ll}/u.test(m.surface)) return false;
    if (isPossessive(text.slice(m.start, m.end + 2))) return false;
    const before = text.slice(Math.max(0, m.start - 60), m.start);
    const prev = lastWord(before);
    const lower = prev.toLowerCase();
    if (lower === 'in' && GOVERNING_IN.test(before)) return false;
    if (PLACE_PREPOSITIONS.has(lower)) return true;
    if (DIRECTIONAL.has(lower))
      return TRAVEL.test(
        before
          .slice(-40, -prev.length - 1)
          .split(/[,.;\n]/)
          .pop() ?? '',
      );
    if (VISIT_VERB.test(before.trimEnd().slice(-24))) return true; // the longest verb is 10 characters
    if (lower === 'of' && DIRECTION_OF.test(before)) return true;
    if ((lower === 'and' || lower === 'or') && dropped.some((d) => /^\s*(and|or)\s+$/.test(text.slice(d.end, m.start))))
      return true;
    return false;
  };
  const out: MentionCandidate[] = [];
  for (const m of [...mentions].sort((a, b) => a.start - b.start)) (isPlace(m) ? dropped : out).push(m);
  return out;
}
