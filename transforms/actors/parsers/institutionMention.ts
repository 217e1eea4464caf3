// An institution referred to by its common noun alone, after it has been named: "the ministry said
// in a statement", "the defence ministry added", "the department's spokesman". A determiner, at
// most two office words and a noun that heads names of institutions; resolveCoreference gives it
// the organisation named before it whose name holds the same words ("the defence ministry" is the
// Russian Defence Ministry, never the Russian Foreign Ministry). A capitalised name right after
// it ("the ministry of defence", "the committee X") is a name, not a mention alone.
import type { MentionCandidate } from '../MentionCandidate.ts';
import type { MentionContext } from '../MentionContext.ts';

const OFFICE =
  '(?:defen[cs]e|foreign|interior|state|health|justice|finance|information|security|intelligence|military|foreign affairs)';
const HEAD = '(?:ministry|department|committee|commission|agency)';
const PHRASE = new RegExp(`\\b[Tt]he ((?:${OFFICE} ){0,2}${HEAD})\\b(?![-\\u2011])`, 'g');

export function institutionMentions({ text }: MentionContext): MentionCandidate[] {
  const out: MentionCandidate[] = [];
  for (const m of text.matchAll(PHRASE)) {
    const end = m.index! + m[0].length;
    // "the ministry of defence", "the committee in charge of ...": a name or a defining phrase follows.
    if (/^\s+(?:of|for|in charge)\b|^\s+\p{Lu}/u.test(text.slice(end, end + 12))) continue;
    out.push({
      start: end - m[1].length,
      end,
      surface: m[1],
      actor_id: '',
      kind: 'role',
      descriptor: m[1],
      parser: 'institutionMention',
    });
  }
  return out;
}
