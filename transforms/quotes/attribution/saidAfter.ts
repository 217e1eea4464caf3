// "X said" after the quote: '"...," Kerry said', '"..." to fight terrorism, Kerry said',
// '"...," Rami Abdulrahman, head of the Observatory, told Reuters', '"...," he added' (a pronoun,
// resolved later by pronounSpeaker).
import type { Parser } from '../../Extractor.ts';
import type { AttributionInput, Attribution } from './Attribution.ts';
import { speechVerbAfter } from './speechVerbAfter.ts';
import { namedSpeaker } from './namedSpeaker.ts';

export const saidAfter: Parser<AttributionInput, Attribution> = (input) => {
  const found = speechVerbAfter(input);
  if (!found || !input.text.slice(found.phraseStart, found.phraseEnd).trim()) return [];
  return namedSpeaker(input, found.phraseStart, found.phraseEnd, found.verb.text, 'saidAfter');
};
