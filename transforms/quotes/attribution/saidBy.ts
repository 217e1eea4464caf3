// "said X" after the quote, the verb first: '"...," said Kerry', '"...," said a senior US
// official, who ...': the speaker runs from the verb to the next punctuation.
import type { Parser } from '../../Extractor.ts';
import type { AttributionInput, Attribution } from './Attribution.ts';
import { speechVerbAfter } from './speechVerbAfter.ts';
import { namedSpeaker } from './namedSpeaker.ts';

export const saidBy: Parser<AttributionInput, Attribution> = (input) => {
  const found = speechVerbAfter(input);
  if (!found || input.text.slice(found.phraseStart, found.phraseEnd).trim()) return [];
  const { text, afterTo } = input,
    { verb } = found;
  const m = /^[^,.;:!?"\u201c\u201d]*/.exec(text.slice(verb.end, afterTo));
  return namedSpeaker(input, verb.end, verb.end + (m?.[0].length ?? 0), verb.text, 'saidBy');
};
