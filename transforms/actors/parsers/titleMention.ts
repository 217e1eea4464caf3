// An actor referred to by a description alone: a codebook title not followed by a name ("the
// top US diplomat said", "The US Secretary of State was set to meet Putin"), or a generic role
// with a determiner ("the minister", "the Russian leader", "his Russian counterpart"). Titles
// carry their actors (resolved among them later); roles are resolved by resolveCoreference.
import type { AliasMatch } from './aliasMatcher.ts';
import type { MentionCandidate } from '../MentionCandidate.ts';
import { LABEL_ADJECTIVES } from '../../text/lexicon/labelAdjectives.ts';
import { DEMONYM_WORDS } from '../../text/lexicon/demonyms.ts';
import { wordsIn, isCapitalised } from '../../text/words.ts';
import type { MentionContext } from '../MentionContext.ts';

/** Followed by a capitalised name (then the title is a label on that name, not a mention). */
const beforeName = (text: string, end: number) =>
  /^ +(?:Mr\.? |Mrs\.? |Ms\.? |Dr\.? )?\p{Lu}\p{Ll}/u.test(text.slice(end, end + 12));

/** "before he became US president", "was elected prime minister": a title said of someone, not a reference. */
const PREDICATE =
  /\b(?:became|become|becomes|becoming|elected|re-elected|appointed|named|sworn in)\s+(?:as\s+)?(?:the\s+)?$/i;
export const predicated = (text: string, start: number) => PREDICATE.test(text.slice(Math.max(0, start - 30), start));
/** "Secretary of Treasury": the head of a longer office the codebook lacks (a longer title it holds wins first). */
const headOfOffice = (text: string, end: number) => /^ of (?:the )?\p{Lu}/u.test(text.slice(end, end + 10));

/** Codebook titles used alone. The actor id holds every actor with that title, joined with "|". */
export function titleMentions({ text, all }: MentionContext): MentionCandidate[] {
  const titles = all.filter((m) => m.entry.kind === 'title');
  const byspan = new Map<string, AliasMatch[]>();
  for (const t of titles) {
    const k = `${t.start}:${t.end}`;
    byspan.set(k, [...(byspan.get(k) ?? []), t]);
  }
  const spans = [...byspan.values()];
  const contained = (a: AliasMatch) =>
    spans.some(([b]) => b.start <= a.start && a.end <= b.end && b.end - b.start > a.end - a.start);
  const out: MentionCandidate[] = [];
  for (const group of spans) {
    const t = group[0];
    if (contained(t) || beforeName(text, t.end) || /^,\s+\p{Lu}/u.test(text.slice(t.end, t.end + 4))) continue;
    if (headOfOffice(text, t.end) || predicated(text, t.start)) continue;
    // "Sergei Lavrov, Russia's foreign minister,": a title in apposition labels the name before it.
    if (/\p{Lu}[\p{L}'\u2019.-]*,\s+(?:the\s+|a\s+)?$/u.test(text.slice(Math.max(0, t.start - 40), t.start))) continue;
    const surface = text.slice(t.start, t.end);
    out.push({
      start: t.start,
      end: t.end,
      surface,
      actor_id: [...new Set(group.map((g) => g.entry.actor_id))].join('|'),
      kind: 'title',
      descriptor: surface,
      parser: 'titleMention',
    });
  }
  return out;
}

const DETERMINER = /^(the|his|her|its|their)$/i;
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
]);

/** "the minister", "the Russian leader", "his Russian counterpart": a determiner, modifiers, a singular person role. */
export function roleMentions({ text }: MentionContext): MentionCandidate[] {
  const words = wordsIn(text, 0, text.length);
  const out: MentionCandidate[] = [];
  for (let i = 0; i < words.length; i++) {
    if (!DETERMINER.test(words[i].text)) continue;
    let j = i + 1;
    while (j < words.length && j - i <= 4 && /^ $/.test(text.slice(words[j - 1].end, words[j].start))) {
      const w = words[j].text;
      if (
        RESOLVABLE.has(w.toLowerCase()) &&
        !(j + 1 < words.length && RESOLVABLE.has(words[j + 1].text.toLowerCase()))
      ) {
        const start = words[i + 1].start,
          end = words[j].end;
        const after = text.slice(end, end + 12);
        if (
          !beforeName(text, end) &&
          !predicated(text, start) &&
          !/^ (of|for|to)\b/.test(after) &&
          !/^[-\u2011]/.test(after) &&
          !/^,\s+\p{Lu}/u.test(after)
        ) {
          const surface = text.slice(start, end);
          out.push({ start, end, surface, actor_id: '', kind: 'role', descriptor: surface, parser: 'roleMention' });
        }
        break;
      }
      if (!(
        LABEL_ADJECTIVES.has(w.toLowerCase()) ||
        DEMONYM_WORDS.has(w) ||
        (isCapitalised(w) && /^[\p{Lu}.]+$/u.test(w))
      ))
        break;
      j++;
    }
  }
  return out;
}
