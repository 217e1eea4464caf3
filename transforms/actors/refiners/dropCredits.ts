// Photo and story credits name an agency but report nothing it did: "(Photo: Reuters)", "(AFP)",
// "[AFP]", "AFP , Thursday 14 Jul 2016". Drops media mentions that fill a short bracket or open a
// credit line; "told the Associated Press" and "reported by AFP" stay.
import type { MentionCandidate } from '../MentionCandidate.ts';
import type { MentionContext } from '../MentionContext.ts';

export function dropCredits(
  mentions: MentionCandidate[],
  { text, media: mediaIds }: MentionContext,
): MentionCandidate[] {
  return mentions.filter((m) => {
    if (!mediaIds.has(m.actor_id)) return true;
    const lineStart = text.lastIndexOf('\n', m.start - 1) + 1;
    const lineEnd = text.indexOf('\n', m.end) < 0 ? text.length : text.indexOf('\n', m.end);
    const open = Math.max(text.lastIndexOf('(', m.start), text.lastIndexOf('[', m.start));
    if (open >= lineStart) {
      const close = text.slice(open).search(/[)\]]/);
      const inside = close < 0 ? '' : text.slice(open + 1, open + close);
      if (close >= 0 && open + close >= m.end && inside.split(/\s+/).length <= 6) return false;
    }
    const line = text.slice(lineStart, lineEnd);
    if (m.start - lineStart <= 3 && /^\W*[\p{L}. -]+\s*[,/|-]/u.test(line) && line.length < 80) return false;
    return !/\b(photo|picture|image|credit|file)\s*:?\s*$/i.test(
      text.slice(Math.max(lineStart, m.start - 20), m.start),
    );
  });
}
