// A condition put as a refusal until something happens: "Friday's talks should not take place
// until the blacklist is agreed", "the opposition will not attend until the sieges are lifted",
// "the HNC refused to return to Geneva unless the bombing stopped", "there will be no talks until
// Assad goes", "the rebels won't negotiate before the sieges are lifted". "Before" only with a
// clause after it (a subject and a verb): "would not comment before the meeting" sets no
// condition.
import type { Candidate, Parser } from '../Candidate.ts';
import { withCues } from '../withCues.ts';

const REFUSAL = String.raw`\b(?:(?:should|must|would|will|could|can|did|does|do)\s*(?:not|n['\u2019]t)|won['\u2019]t|refus(?:ed|es|ing|e)\s+to|(?:there\s+)?(?:can|could|will|would)\s+be\s+no)\b`;
// Refusing to talk about something is no condition on a proposal ("would not comment until").
// Nor is refusing to discuss or deny a proposal ("refused to discuss the proposal in detail
// until he had seen Putin"): that is its fate.
const NOT_ACTION =
  /\b(?:comment|speculate|elaborate|confirm|deny|say|reveal|disclose|give\s+details|be\s+drawn|in\s+detail|discuss\s+(?:the\s+|its\s+|his\s+|their\s+)?(?:proposal|plan|offer|idea|report|details?|it|them))\b/i;
const PATTERN = new RegExp(String.raw`${REFUSAL}[^.;]{0,60}?\b(until|unless|before)\b`, 'i');
// After "before": a clause, not a time ("before the talks", "before Friday").
const CLAUSE_AFTER =
  /^\s+(?:the\s+|all\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,4}?(?:is|are|was|were|has|have|had|stops?|stopped|ends?|ended|goes|went|lifts?|lifted|leaves?|left|halts?|halted|agrees?|agreed)\b/i;

/** Words the patterns cannot match without, one of each entry (withCues.ts): other texts are not read. */
const CUES = ['until unless before'];

export const notUntil: Parser = withCues(CUES, parse);

function parse(sentence: string): Candidate[] {
  const m = PATTERN.exec(sentence);
  if (!m) return [];
  const at = (m.index ?? 0) + m[0].length - m[1].length;
  if (NOT_ACTION.test(m[0])) return [];
  if (/^before$/i.test(m[1]) && !CLAUSE_AFTER.test(sentence.slice(at + m[1].length))) return [];
  return [{ cue: m[1], cueStart: at, cueEnd: at + m[1].length, type: 'condition', parser: 'notUntil' }];
}
