// A news outlet that reports a quote is the channel, not the speaker, when the sentence names the
// speaker before the quote: 'Ahmed Saleh, a member of the delegation, said talks would begin
// Monday "with the hope of reaching a lasting truce," the AP reported.' The attribution after the
// quote names a news agency or broadcaster; the subject of the speech verb before it wins. An
// outlet that is the only speaker named ('"...," KCNA said') stays the speaker.
import type { Parser } from '../../Extractor.ts';
import type { Codebook } from '../../codebook/Codebook.ts';
import type { AttributionInput, Attribution } from './Attribution.ts';
import { saidAfter } from './saidAfter.ts';
import { saidBy } from './saidBy.ts';
import { speakerBefore } from './speakerBefore.ts';
import { PRONOUNS } from '../speakerOf.ts';

const mediaIds = new WeakMap<Codebook, Set<string>>();
function mediaOf(codebook: Codebook): Set<string> {
  let ids = mediaIds.get(codebook);
  if (!ids)
    mediaIds.set(codebook, (ids = new Set(codebook.actors.filter((a) => a.type === 'media').map((a) => a.actor_id))));
  return ids;
}

export const mediaChannel: Parser<AttributionInput, Attribution> = (input) => {
  const media = mediaOf(input.codebook);
  const named = saidAfter(input);
  const [after] = named.length ? named : saidBy(input);
  if (!after || !media.has(after.speaker)) return [];
  const [before] = speakerBefore(input);
  if (!before || !((before.speaker && !media.has(before.speaker)) || PRONOUNS.test(before.speaker_text))) return [];
  return [{ ...before, rule: 'mediaChannel' }];
};
