// The attribution that closes the sentence, after a comma, when no speech verb is nearer the
// quote: 'A "credible, inclusive and non-sectarian" government would be formed ..., the
// statement said.'
import type { Parser } from '../../Extractor.ts';
import type { AttributionInput, Attribution } from './Attribution.ts';
import { speakerOf } from '../speakerOf.ts';
import { speakerText } from '../speakerText.ts';

const TAIL = /,\s+([^,"\u201c\u201d]{2,60}?)\s+(said|says|added|stated|reported|announced)\s*[.!]?\s*$/;

export const closingAttribution: Parser<AttributionInput, Attribution> = ({
  text,
  afterFrom: from,
  sentenceEnd: to,
  mentions,
  codebook,
}) => {
  const tail = TAIL.exec(text.slice(from, to));
  if (!tail || /["\u201c\u201d]/.test(text.slice(from, from + tail.index))) return [];
  const s = from + tail.index + tail[0].indexOf(tail[1]);
  return [
    {
      speaker: speakerOf(text, s, s + tail[1].length, mentions, codebook),
      speaker_text: speakerText(tail[1]),
      verb: tail[2],
      rule: 'closingAttribution',
      after: false,
    },
  ];
};
