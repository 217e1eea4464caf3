// A quote that is the object of a verb of expression with the subject's possessive before it is
// the subject's own words: 'Putin on Thursday offered his "sincere condolences to the families"',
// 'the chancellor expressed her "deep sorrow"', 'Both leaders voiced their "full support" for the
// plan'. The subject is the one that opens the clause (mainSubject), a pronoun left to
// pronounSpeaker; "his"/"her" need a person, "its" a body.
import type { Parser } from '../../Extractor.ts';
import type { AttributionInput, Attribution } from './Attribution.ts';
import { mainSubject } from './mainSubject.ts';
import { speakerOf } from '../speakerOf.ts';
import { speakerText } from '../speakerText.ts';

const EXPRESSES =
  /\b(offered|offers|expressed|expresses|voiced|voices|conveyed|conveys|extended|extends|sent|sends|reaffirmed|reaffirms|pledged|pledges)\s+(his|her|their|its)\s+(?:[\p{L}-]+\s+){0,2}$/u;
const OPENING_PRONOUN = /^\s*(?:(?:On|In|At|After|Earlier|Later)\b[^,]{0,60},\s*)?(he|she|they|it)\s/i;

export const expressedWords: Parser<AttributionInput, Attribution> = ({
  text,
  quote,
  sentenceStart: from,
  quoted,
  mentions,
  codebook,
}) => {
  const before = text.slice(from, quote.open);
  const cue = EXPRESSES.exec(before);
  if (!cue || /["\u201c\u201d]/.test(before)) return [];
  const verbStart = from + cue.index;
  const found = (speaker: string, speaker_text: string): Attribution[] => [
    { speaker, speaker_text, verb: cue[1].toLowerCase(), rule: 'expressedWords', after: false },
  ];
  const pronoun = OPENING_PRONOUN.exec(text.slice(from, verbStart));
  if (pronoun) return found('', pronoun[1].toLowerCase());
  const region = mainSubject(text, from, verbStart, mentions, quoted);
  if (!region) return [];
  // The subject opens the clause: only capitalised words and "the" before it.
  const subject = mentions.filter((m) => m.start >= region[0] && m.end <= region[1])[0];
  if (!subject) return [];
  const lead = text
    .slice(region[0], subject.start)
    .replace(/\p{Lu}[\p{L}.'\u2019-]*/gu, '')
    .replace(/\bthe\b/g, '');
  if (/\p{Ll}/u.test(lead)) return [];
  if (/^(?:his|her)$/.test(cue[2]) && !subject.person) return [];
  const speaker = speakerOf(text, region[0], region[1], mentions, codebook);
  return found(speaker, speakerText(text.slice(region[0], region[1])));
};
