// An agreement with what was agreed after it: "Jordan agreed to coordinate a list of groups",
// "the two sides agreed on a framework", "the ministers agreed that talks should begin". Its
// status is `agreed`, or `proposed` when the agreement is still sought ("in a bid to agree on").
// Only the finite forms: the bare verb is an agreement still to come ("pressure to agree to
// talks", "if the two sides can agree to"). Agreeing to back something already stated ("agreed to help Washington pursue the peace plan",
// "agreed to consider") adds no content and is no proposal; nor is a failure to agree.
import type { Candidate, Parser } from '../Candidate.ts';
import { statesClaim } from '../statesClaim.ts';
import { withCues } from '../withCues.ts';

// Adjuncts may come between the verb and what was agreed: "agreed early on Friday to", "agreed in
// Munich on a", "agreed in principle to", "agreed at their first summit in a year on Wednesday to",
// and an aside between commas ("agreed, among other things, that"). "agreed to help" adds content
// when a verb follows ("agreed to help curb the trade"), not when a party does ("to help Washington").
const ADJUNCT = String.raw`(?:(?:early|late|finally|also|unanimously|in\s+principle|(?:on|in|at|after|during|overnight)\s+(?:(?:the|their|its|his|her|a|an)\s+)?(?:[\w-]+\s+){0,2}?[\w-]+(?:\s+[A-Z][\w-]+)?)\s+){0,3}`;
const PATTERN = new RegExp(
  String.raw`\b(agree[sd]|agreeing)(?:,\s+[^,;.]{3,40},)?\s+${ADJUNCT}(?:to\s+(?!(?:support|back|consider|discuss|study|look|pursue|continue|keep|disagree|differ|cooperate\s+on\s+it)\b)([a-z]+)|on\b|upon\b|that\b)`,
  'gi',
);
/** "help" with a verb after it, in lower case: "help curb", "help to rebuild"; not "help Washington", "help the victims". */
const HELP_VERB = /^\s+(?:to\s+)?(?!(?:the|its|their|them|him|her|us|our|a|an|this|that|those|these)\b)[a-z]+\s/;
const FAILED =
  /\b(?:fail(?:ed|s)?\s+to|yet\s+to|not|n['\u2019]t|never|unable\s+to|refused\s+to|could\s+not|no\s+longer)\s+(?:\w+\s+)?$/i;
const SOUGHT =
  /\b(?:bid|effort|attempt|hope|hopes|hoped|trying|tried|seeking|sought|aim|aims|push|pushing|want|wants|wanted|expected)\s+to\s+(?:\w+\s+)?$/i;

/** Words the patterns cannot match without, one of each entry (withCues.ts): other texts are not read. */
const CUES = ['agrees agreed agreeing'];

export const agreedTo: Parser = withCues(CUES, parse);

function parse(sentence: string): Candidate[] {
  for (const m of sentence.matchAll(PATTERN)) {
    const at = m.index ?? 0;
    const before = sentence.slice(Math.max(0, at - 40), at);
    if (/^help$/i.test(m[2] ?? '') && !HELP_VERB.test(sentence.slice(at + m[0].length))) continue;
    if (FAILED.test(before)) continue;
    // "agreed that the attack was a war crime" shares a view; it agrees no action.
    if (/that$/i.test(m[0]) && statesClaim(sentence.slice(at + m[0].length))) continue;
    return [
      {
        cue: m[1],
        cueStart: at,
        cueEnd: at + m[1].length,
        type: 'plan',
        parser: 'agreedTo',
        status: SOUGHT.test(before) ? 'proposed' : 'agreed',
      },
    ];
  }
  return [];
}
