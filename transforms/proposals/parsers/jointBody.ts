// A joint mechanism the parties have set up or will set up, and what such a body is to do:
// "Washington and Moscow had set up a hotline to report violations", "Russia and the United
// States established a joint working group to monitor the truce", "a joint task force led by
// Russia and the United States would work out the details of the truce". A mechanism set up by
// two parties is an agreement between them (status agreed); one party's own facility ("Moscow had
// set up a monitoring centre at its air base") is a fact, not a proposal.
import type { Candidate, ParseContext, Parser } from '../Candidate.ts';
import { withCues } from '../withCues.ts';

const BODY = String.raw`hotline|hot\s+line|(?:joint\s+)?(?:monitoring\s+|coordination\s+|implementation\s+|operations\s+)?(?:cent(?:re|er)|cell|mechanism|task\s+force|working\s+group|commission|committee|channel|team)`;
const SET_UP = new RegExp(
  String.raw`\b(set\s+up|established|establish|created|create|launched|formed|agreed\s+to\s+(?:set\s+up|establish|create|form))\s+(?:a|an|the)\s+(?:(?:new|joint|special|direct|bilateral|military|humanitarian)\s+)*(?:${BODY})\b(?=\s+(?:to|for|that\s+(?:will|would)|which\s+(?:will|would)|in|on|at|between)\b)`,
  'gi',
);
const JOINT_ACTS = new RegExp(
  String.raw`\b(?:a|an|the)\s+joint\s+(?:${BODY})\s+(?:(?:led|chaired|co-chaired|headed)\s+by\s+([^,;.]+?)\s+)?(would|will|is\s+to|was\s+to)\s+(?!be\s+(?:the|a)\b)[a-z]+`,
  'dgi',
);
// Two parties as subject, or one "with" another, or "jointly".
const TWO = /\b(?:and|with|jointly|together)\b/i;

/** Words the patterns cannot match without, one of each entry (withCues.ts): other texts are not read. */
const CUES = [
  'joint set established establish created create launched formed agreed',
  'hotline hot centre center cell mechanism task working commission committee channel team',
];

export const jointBody: Parser = withCues(CUES, parse);

function parse(sentence: string, ctx: ParseContext): Candidate[] {
  for (const m of sentence.matchAll(JOINT_ACTS)) {
    const [a, b] = m.indices![2]!;
    return [
      {
        cue: m[2].replace(/\s+/g, ' '),
        cueStart: a,
        cueEnd: b,
        type: 'plan',
        parser: 'jointBody',
        role: m[1] ? 'author' : 'deal',
        authorSpan: m.indices![1] as [number, number] | undefined,
        contentStart: m.index,
        status: 'agreed',
      },
    ];
  }
  for (const m of sentence.matchAll(SET_UP)) {
    const at = m.index ?? 0;
    const actors = ctx.mentions.filter((x) => !x.media && x.end <= at);
    const subject = sentence.slice(actors[0]?.start ?? at, at);
    const joint =
      (actors.length >= 2 && TWO.test(subject)) ||
      (/\bjoint\b/i.test(m[0]) && actors.length >= 1) ||
      /^\s*(?:jointly|together)\b/i.test(sentence.slice(at + m[0].length)) ||
      (/\bwith\s+(?:the\s+)?[A-Z]/.test(sentence.slice(at + m[0].length, at + m[0].length + 60)) && actors.length >= 1);
    if (!joint) continue;
    const planned =
      /^(?:establish|create)$|^agreed/i.test(m[1]) ||
      /\b(?:will|would|to|could|plan|plans|agreed)\s+(?:\w+\s+)?$/i.test(sentence.slice(Math.max(0, at - 30), at));
    return [
      {
        cue: m[1].replace(/\s+/g, ' '),
        cueStart: at,
        cueEnd: at + m[1].length,
        type: 'plan',
        parser: 'jointBody',
        status: planned && !/^agreed/i.test(m[1]) ? undefined : 'agreed',
      },
    ];
  }
  return [];
}
