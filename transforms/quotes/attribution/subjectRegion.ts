// Where the subject of a speech verb is, before the verb: "Lavrov, speaking after talks with
// Kerry in Geneva, told" skips the participle clause; "The UN special envoy, Staffan de Mistura,
// said" and "Mikhail Bogdanov, Russia's deputy foreign minister, said" keep the person of the
// apposition pair. Used by the attribution parsers and by indirectSpeech.
import type { MentionRef } from '../QuoteCandidate.ts';

export function subjectRegion(text: string, from: number, verbStart: number, mentions: MentionRef[]): [number, number] {
  const seg = text.slice(from, verbStart);
  const final = seg.search(/,\s*$/);
  if (final < 0) return [from, verbStart];
  const prev = seg.lastIndexOf(',', final - 1);
  if (prev < 0) return [from, verbStart];
  const inner = seg.slice(prev + 1, final);
  if (/^\s*(\p{Ll}+ing|who|which|whose|where|when|in|on|at|after|during|according)\b/u.test(inner))
    return [from, from + prev];
  // The inner part names the person when it opens with the name, or with a title before it ("Sheriff ..."), not when
  // a person is named inside a description ("David Oates, a representative for the farm where Zhao worked, said").
  const innerPerson = mentions.some(
    (m) =>
      m.person &&
      m.start >= from + prev &&
      m.end <= from + final &&
      !/\p{Ll}/u.test(
        text
          .slice(from + prev + 1, m.start)
          .replace(/\p{Lu}[\p{L}.'\u2019-]*/gu, '')
          .replace(/\b(?:the|of|for)\b/g, ''),
      ),
  );
  if (innerPerson) return [from + prev + 1, from + final];
  const outer = mentions.some((m) => m.start >= from && m.end <= from + prev);
  return outer ? [from, from + prev] : [from + prev + 1, from + final];
}
