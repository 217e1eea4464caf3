// A sentence framed as the content of a plan or deal: "Under the agreement, a nationwide
// ceasefire will take effect", "Under the plan discussed in Geneva, the United States has
// offered...", "As part of the deal, both sides...". Its proposer is the subject of the clause
// that follows, else the parties to the deal.
import type { Candidate, Parser } from '../Candidate.ts';
import { withCues } from '../withCues.ts';

const PATTERN =
  /^\s*((?:Under|As\s+part\s+of)\s+(?:the\s+terms\s+of\s+)?(?:the|this|that|a|an|its|their)\s+(?:[\w-]+\s+){0,3}?(plan|deal|agreement|accord|arrangement|proposals?|roadmap|timetable|framework|truce|ceasefire|cease-fire|draft|understanding|resolution|text|roadmap|road\s+map|declaration|communiqu[eé]|terms))\b/i;

/** Words the patterns cannot match without, one of each entry (withCues.ts): other texts are not read. */
const CUES = ['under part'];

export const underTheDeal: Parser = withCues(CUES, parse);

function parse(sentence: string): Candidate[] {
  const m = PATTERN.exec(sentence);
  if (!m) return [];
  const at = (m.index ?? 0) + m[0].length - m[1].length;
  const agreed =
    /^(?:deal|agreement|accord|arrangement|truce|ceasefire|cease-fire|understanding|resolution|declaration|communiqu[eé])$/i.test(
      m[2],
    );
  const comma = sentence.indexOf(',', at + m[1].length);
  const contentStart = comma >= 0 ? comma + 1 : at + m[1].length;
  return [
    {
      cue: m[1].replace(/\s+/g, ' '),
      cueStart: at,
      cueEnd: at + m[1].length,
      type: 'plan',
      parser: 'underTheDeal',
      role: 'deal',
      status: agreed ? 'agreed' : undefined,
      contentStart,
    },
  ];
}
