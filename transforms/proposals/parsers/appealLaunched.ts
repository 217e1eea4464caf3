// An appeal put out as a document or campaign: "the UN launched a flash appeal for $71 million",
// "issued an urgent appeal for blood donors", "made an international appeal". (The verb "appealed
// for" is a codebook cue.) Launching a product or an attack, or an appeal against a ruling ("filed
// an appeal", "lost its appeal"), is not one.
import type { Candidate, Parser } from '../Candidate.ts';
import { notStated } from '../notStated.ts';
import { withCues } from '../withCues.ts';

const PATTERN =
  /\b(launch(?:es|ed|ing)?|issu(?:es|ed|ing)|ma(?:kes|de|king)|renew(?:s|ed|ing)?|announc(?:es|ed|ing))\s+(?:an?\s+|the\s+|its\s+|their\s+|a\s+new\s+)?(?:(?:flash|urgent|emergency|international|humanitarian|global|joint|public|new|fresh|desperate|national)\s+){0,3}(appeals?)\b(?!\s+(?:against|to\s+(?:the\s+)?(?:court|tribunal|supreme)|court|ruling|hearing|verdict))/gi;

/** Words the patterns cannot match without, one of each entry (withCues.ts): other texts are not read. */
const CUES = [
  'launch launches launched launching issues issued issuing makes made making renew renews renewed ' +
    'renewing announces announced announcing',
  'appeal appeals',
];

export const appealLaunched: Parser = withCues(CUES, parse);

function parse(sentence: string): Candidate[] {
  for (const m of sentence.matchAll(PATTERN)) {
    const at = m.index ?? 0;
    if (notStated(sentence, at)) continue;
    return [{ cue: m[0], cueStart: at, cueEnd: at + m[0].length, type: 'call', parser: 'appealLaunched' }];
  }
  return [];
}
