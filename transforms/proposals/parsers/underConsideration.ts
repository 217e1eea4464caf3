// An option put forward without its author, as something to be weighed: "Air drops would be
// considered for besieged areas", "a no-fly zone is being considered", "humanitarian corridors
// will be examined". A thing the verb classes ("would be considered a war crime", "is considered
// to be", "was considered as") is a judgement, not an option; nor is a person ("Assad would be
// considered").
import type { Candidate, ParseContext, Parser } from '../Candidate.ts';
import { withCues } from '../withCues.ts';

const PATTERN =
  /\b((?:would|will|could|should|is\s+to|are\s+to)\s+(?:also\s+)?be\s+(?:considered|examined|studied|explored|looked\s+at|weighed|discussed)|(?:is|are)\s+(?:now\s+|also\s+)?being\s+(?:considered|examined|studied|explored|weighed|discussed)|(?:is|are)\s+under\s+(?:active\s+)?(?:consideration|discussion|study))\b(?!\s+(?:a|an|the|to|as|by\s+(?:many|some|analysts|experts)|unlikely|likely|illegal|legal|unacceptable|[a-z]+ly\s+[a-z]+)\b)/i;
// The subject: a noun phrase of up to eight words right before the verb, opening its clause.
const SUBJECT = /(?:^|[,;:]\s*|\b(?:that|and|said|says)\s+)((?:[\w'\u2019-]+\s+){1,8})$/i;
const NOT_OPTION =
  /\b(?:he|she|it|they|this|that|which|who|case|cases|issue|issues|matter|question|questions|report|reports|request|idea|proposal|plan|options?|results?|claims?|bill|application|appeal)\s+$/i;

/** Words the patterns cannot match without, one of each entry (withCues.ts): other texts are not read. */
const CUES = ['considered examined studied explored looked weighed discussed consideration discussion study'];

export const underConsideration: Parser = withCues(CUES, parse);

function parse(sentence: string, ctx: ParseContext): Candidate[] {
  const m = PATTERN.exec(sentence);
  if (!m) return [];
  const before = sentence.slice(0, m.index);
  const s = SUBJECT.exec(before);
  if (!s || NOT_OPTION.test(before)) return [];
  const subjectAt = before.length - s[1].length;
  if (ctx.mentions.some((x) => x.start >= subjectAt && x.end <= m.index)) return [];
  return [
    {
      cue: m[1].replace(/\s+/g, ' '),
      cueStart: m.index,
      cueEnd: m.index + m[1].length,
      type: 'plan',
      parser: 'underConsideration',
      contentStart: subjectAt,
    },
  ];
}
