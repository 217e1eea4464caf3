// "according to X" or "in the words of X" right before the quote: 'according to the monitor,
// "..."', 'in the words of Kremlin spokesman Dmitry Peskov, "inform him..."'.
import type { Parser } from '../../Extractor.ts';
import type { AttributionInput, Attribution } from './Attribution.ts';
import { speakerOf } from '../speakerOf.ts';

const CUE = /(?:according to|in the words of)\s+([^,"\u201c\u2018]+?),?\s*$/i;

export const accordingTo: Parser<AttributionInput, Attribution> = ({
  text,
  quote,
  sentenceStart: from,
  mentions,
  codebook,
}) => {
  const cue = CUE.exec(text.slice(from, quote.open));
  if (!cue) return [];
  const s = from + cue.index + cue[0].indexOf(cue[1]);
  const verb = cue[0].split(/\s+/)[0].toLowerCase() === 'according' ? 'according to' : 'words';
  return [
    {
      speaker: speakerOf(text, s, s + cue[1].length, mentions, codebook),
      speaker_text: cue[1].trim(),
      verb,
      rule: 'accordingTo',
      after: false,
    },
  ];
};
