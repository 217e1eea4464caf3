// A quote by "the group", "the ministry", "the agency" or by a document ("the statement", "the
// update", "the report") that no mention resolved:
// - a body's description stands for the nearest body named before it, in its paragraph or the one
//   before ("The Islamic State group claimed the attack. "...," the group said."): a mention that
//   is no person and no state;
// - a document stands for whoever issued the same kind of document in an earlier quote ("...," the
//   UN update said. ... "...," the update said.), or said the earlier quote in one ("...," the
//   ministry said in a statement. "...," the statement added.).
// A description of a person ("the official") is unnamedSource's; a pronoun is pronounSpeaker's.
import type { QuoteCandidate } from '../QuoteCandidate.ts';
import type { QuoteContext } from '../QuoteContext.ts';

const BODIES = new Set([
  'group',
  'organisation',
  'organization',
  'movement',
  'militia',
  'agency',
  'ministry',
  'committee',
  'commission',
  'party',
  'council',
  'monitor',
  'office',
  'service',
  'company',
]);
const DOCUMENTS = new Set(['statement', 'update', 'report', 'communique', 'bulletin', 'release', 'post', 'notice']);
const DEFINITE = /^the\s+([\p{Ll}-]+)$/iu;

export function definiteSource(
  quotes: QuoteCandidate[],
  { mentions, layout: { text, paragraphs, sentences }, codebook, quoted }: QuoteContext,
): QuoteCandidate[] {
  const states = new Set(codebook.actors.filter((a) => a.type === 'state').map((a) => a.actor_id));
  const paragraphStart = (i: number) => paragraphs[Math.max(0, i - 1)]?.[0] ?? 0;
  const done: QuoteCandidate[] = [];
  for (const q of [...quotes].sort((a, b) => a.open - b.open)) {
    const head = q.speaker ? undefined : DEFINITE.exec(q.speaker_text.trim())?.[1]?.toLowerCase();
    let speaker = '';
    if (head && BODIES.has(head)) {
      const from = paragraphStart(q.paragraph);
      const body = mentions
        .filter((m) => m.start >= from && m.end <= q.open && !quoted(m.start) && !m.person && !states.has(m.actor_id))
        .filter((m) => !(m.start >= q.start && m.end <= q.end))
        .pop();
      speaker = body?.actor_id ?? '';
    } else if (head && DOCUMENTS.has(head)) {
      const same = new RegExp(`\\b${head}$`, 'i');
      // '"...," the ministry said in a statement. / "...," the statement added.': the one who issued it.
      const issued = new RegExp(
        `\\b(?:in|issued|released|published|posted)\\s+(?:a|an|its|their|his|her)\\s+(?:[\\p{L}-]+\\s+)?${head}\\b`,
        'iu',
      );
      const attribution = (p: QuoteCandidate) =>
        p.close < 0
          ? ''
          : text.slice(p.close + 1, sentences.find((x) => x.start <= p.close && p.close < x.end)?.end ?? p.close);
      speaker =
        [...done]
          .reverse()
          .find(
            (p) =>
              p.speaker && (same.test(p.speaker_text.trim()) || (p.kind === 'direct' && issued.test(attribution(p)))),
          )?.speaker ?? '';
    }
    done.push(speaker ? { ...q, speaker, attributedBy: 'definiteSource' } : q);
  }
  return done;
}
