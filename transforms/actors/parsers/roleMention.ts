// A person referred to by a role alone: a determiner or a possessive, modifiers, a singular role
// that points to one person ("the minister", "the Russian leader", "his Russian counterpart", "the
// district attorney", "Putin's defence minister", "the country's interior minister", "Morocco's
// interior ministry spokesman"). resolveCoreference gives it the one person who holds that role.
import type { MentionCandidate } from '../MentionCandidate.ts';
import { LABEL_ADJECTIVES } from '../../text/lexicon/labelAdjectives.ts';
import { DEMONYM_WORDS } from '../../text/lexicon/demonyms.ts';
import { wordsIn, isCapitalised } from '../../text/words.ts';
import type { MentionContext } from '../MentionContext.ts';
import { beforeName, predicated } from './titleMention.ts';
import { GENERIC_POSSESSORS, OFFICE_MODIFIERS } from '../../text/lexicon/roleOffices.ts';

const DETERMINER = /^(the|his|her|its|their)$/i;
/** "Putin's", "Libya's": a capitalised possessive opens a role as a determiner does. */
const POSSESSOR =
  /^(?!(?:It|That|There|Here|He|She|What|Who|Where|Let|Today)['\u2019]s$)(\p{Lu}[\p{L}.-]*)['\u2019]s$/u;
/** "country's" after "the": the place or body whose role it is, no part of the role. */
const genericPossessor = (w: string) => GENERIC_POSSESSORS.has(w.toLowerCase().replace(/['\u2019]s$/, ''));

/** Roles that point back to one named person; "the official" does not (it is an unnamed source). */
const RESOLVABLE = new Set([
  'president',
  'leader',
  'strongman',
  'dictator',
  'ruler',
  'king',
  'prince',
  'emir',
  'premier',
  'chancellor',
  'minister',
  'secretary',
  'diplomat',
  'envoy',
  'ambassador',
  'negotiator',
  'mediator',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'counterpart',
  'chief',
  'commander',
  'general',
  'senator',
  'mayor',
  'governor',
  'secretary-general',
  'prosecutor',
  'attorney',
  'sheriff',
  'cleric',
]);

/** "Sergei Lavrov, Russia's foreign minister, said": a possessive role in apposition labels the name before it
 *  (attachDescriptors); "Lavrov, the top Russian diplomat," stays a mention of him, as it was. */
const appositionAfterName = (text: string, start: number) =>
  /\p{Lu}[\p{L}'\u2019.-]*,\s+$/u.test(text.slice(Math.max(0, start - 40), start));

const isModifier = (w: string) =>
  LABEL_ADJECTIVES.has(w.toLowerCase()) ||
  OFFICE_MODIFIERS.has(w) ||
  DEMONYM_WORDS.has(w) ||
  (isCapitalised(w) && /^[\p{Lu}.]+$/u.test(w)) ||
  // "the 75-year-old cleric": an age describes the one person the text named.
  /^\d{1,3}-year-old$/.test(w);

export function roleMentions({ text }: MentionContext): MentionCandidate[] {
  const words = wordsIn(text, 0, text.length);
  const out: MentionCandidate[] = [];
  for (let i = 0; i < words.length; i++) {
    const possessor = POSSESSOR.exec(words[i].text)?.[1];
    if (!DETERMINER.test(words[i].text) && !possessor) continue;
    // "the country's interior minister": the possessive is the determiner's, the role starts after it.
    const open = words[i].text.toLowerCase() === 'the' && words[i + 1] && genericPossessor(words[i + 1].text) ? 1 : 0;
    let j = i + 1 + open;
    while (j < words.length && j - i <= 4 + open && /^ $/.test(text.slice(words[j - 1].end, words[j].start))) {
      const w = words[j].text;
      if (
        RESOLVABLE.has(w.toLowerCase()) &&
        !(j + 1 < words.length && RESOLVABLE.has(words[j + 1].text.toLowerCase()))
      ) {
        const start = words[i + 1 + open].start,
          end = words[j].end;
        const after = text.slice(end, end + 12);
        if (
          !beforeName(text, end) &&
          !predicated(text, words[i].start) &&
          !(possessor && appositionAfterName(text, words[i].start)) &&
          !/^ (of|for|to)\b/.test(after) &&
          !/^[-\u2011]/.test(after) &&
          !/^,\s+\p{Lu}/u.test(after)
        ) {
          const surface = text.slice(start, end);
          out.push({
            start,
            end,
            surface,
            actor_id: '',
            kind: 'role',
            // "the Kremlin's spokesman said": the owner is no part of the role's surface but is of its label.
            descriptor: possessor ? text.slice(words[i].start, end) : surface,
            parser: 'roleMention',
            ...(possessor ? { possessor } : {}),
          });
        }
        break;
      }
      if (!isModifier(w)) break;
      j++;
    }
  }
  return out;
}
