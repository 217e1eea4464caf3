// The attribution a phrase after a quote names: at most nine words, a pronoun left for
// pronounSpeaker to resolve, anything else given to the actor it names.
import type { AttributionInput, Attribution } from './Attribution.ts';
import { speakerOf, PRONOUNS } from '../speakerOf.ts';
import { speakerText } from '../speakerText.ts';

export function namedSpeaker(
  { text, mentions, codebook }: AttributionInput,
  phraseStart: number,
  phraseEnd: number,
  verb: string,
  rule: string,
): Attribution[] {
  const phrase = text.slice(phraseStart, phraseEnd).trim();
  if (!phrase || phrase.split(/\s+/).length > 9) return [];
  const s = phraseStart + text.slice(phraseStart, phraseEnd).indexOf(phrase);
  const speaker = PRONOUNS.test(phrase) ? '' : speakerOf(text, s, s + phrase.length, mentions, codebook);
  return [{ speaker, speaker_text: speakerText(phrase), verb: verb.toLowerCase(), rule, after: true }];
}
