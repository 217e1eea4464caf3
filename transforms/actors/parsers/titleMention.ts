// An actor referred to by a codebook title alone, not followed by a name ("the top US diplomat
// said", "The US Secretary of State was set to meet Putin"). Titles carry their actors, resolved
// among them by resolveCoreference; generic roles ("the minister") are roleMention.ts's.
import type { AliasMatch } from './aliasMatcher.ts';
import type { MentionCandidate } from '../MentionCandidate.ts';
import type { MentionContext } from '../MentionContext.ts';

/** Followed by a capitalised name (then the title is a label on that name, not a mention). */
export const beforeName = (text: string, end: number) =>
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
