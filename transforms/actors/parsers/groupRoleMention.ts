// An organisation referred to by a description alone: "The Britain-based monitoring group says
// ...", "the British-based monitor", "the US-backed alliance", "the jihadist group". A determiner,
// at least one modifier (a "<Place>-based/-backed/-led" compound, a label adjective or a demonym)
// and a noun that heads names of groups. resolveCoreference gives it the group named before it.
import type { MentionCandidate } from '../MentionCandidate.ts';
import { LABEL_ADJECTIVES } from '../../text/lexicon/labelAdjectives.ts';
import { DEMONYM_WORDS } from '../../text/lexicon/demonyms.ts';
import type { MentionContext } from '../MentionContext.ts';

const HEAD =
  '(?:monitoring group|monitor|watchdog|group|militia|alliance|coalition|bloc|faction|organisation|organization|outfit|network|movement)';
const MODIFIER = '(?:\\p{Lu}[\\p{L}.]*-(?:based|backed|led|allied|funded|supported|run|controlled|linked)|[\\p{L}-]+)';
const PHRASE = new RegExp(`\\b[Tt]he ((?:${MODIFIER} ){1,3}${HEAD})\\b(?![-\\u2011])`, 'gu');

/** A compound that places or sponsors a group: "Britain-based", "US-backed", "Kurdish-led". */
export const SPONSOR_COMPOUND = /^\p{Lu}[\p{L}.]*-(?:based|backed|led|allied|funded|supported|run|controlled|linked)$/u;

export function groupRoleMentions({ text }: MentionContext): MentionCandidate[] {
  const out: MentionCandidate[] = [];
  for (const m of text.matchAll(PHRASE)) {
    const words = m[1].split(' ');
    const modifiers = words.slice(
      0,
      m[1].startsWith('monitoring group', m[1].length - 16) && words.length > 2 ? -2 : -1,
    );
    if (
      !modifiers.length ||
      !modifiers.every((w) => SPONSOR_COMPOUND.test(w) || LABEL_ADJECTIVES.has(w.toLowerCase()) || DEMONYM_WORDS.has(w))
    )
      continue;
    // "The High Negotiations Committee, the main opposition bloc,": an apposition labels the name before it.
    if (/,\s*$/.test(text.slice(Math.max(0, m.index! - 3), m.index!))) continue;
    // "the jihadist group Jabhat Fateh al-Sham": a label on the name that follows, not a mention alone.
    if (/^,?\s+(?:of\s+)?\p{Lu}/u.test(text.slice(m.index! + m[0].length, m.index! + m[0].length + 4))) continue;
    const start = m.index! + m[0].length - m[1].length,
      end = m.index! + m[0].length;
    out.push({ start, end, surface: m[1], actor_id: '', kind: 'role', descriptor: m[1], parser: 'groupRoleMention' });
  }
  return out;
}
