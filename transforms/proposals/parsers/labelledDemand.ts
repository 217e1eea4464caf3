// A clause labelled as a demand or condition by an apposition at the end of the sentence:
// "Kerry said the Syrian air force would no longer fly combat missions over rebel areas, a key
// US demand", "..., a long-standing Russian condition", "..., a proposal first made by Turkey".
// The actor in the label is the proposer.
import type { Candidate, Parser } from '../Candidate.ts';
import { clauseStart } from '../clauseStart.ts';
import { withCues } from '../withCues.ts';

const PATTERN =
  /,\s+((?:a|an|one|the)\s+(?:(?:key|long-?standing|central|major|main|core|chief|principal|firm|repeated|original|initial|new|early|first)\s+)*(?:((?:[A-Z][\w.-]*\s+){1,2})(?:and\s+(?:[A-Z][\w.-]*\s+){1,2})?)?(demand|condition|precondition|proposal|request|offer|idea)\b(?:\s+(?:of|by|from|first\s+(?:made|put\s+forward|floated)\s+by|made\s+by|put\s+forward\s+by)\s+([^,.;]+))?)\s*[.;]?\s*$/d;
const TYPE: Record<string, string> = {
  demand: 'demand',
  condition: 'condition',
  precondition: 'condition',
  proposal: 'plan',
  request: 'call',
  offer: 'offer',
  idea: 'plan',
};

/** Words the patterns cannot match without, one of each entry (withCues.ts): other texts are not read. */
const CUES = ['demand condition precondition proposal request offer idea'];

export const labelledDemand: Parser = withCues(CUES, parse);

function parse(sentence: string): Candidate[] {
  const m = PATTERN.exec(sentence);
  if (!m || (!m[2] && !m[4])) return [];
  const [at, end] = m.indices![3]!;
  const author = (m[4] ? m.indices![4] : m.indices![2]) as [number, number];
  return [
    {
      cue: m[3],
      cueStart: at,
      cueEnd: end,
      type: TYPE[m[3].toLowerCase()] ?? 'demand',
      parser: 'labelledDemand',
      role: 'author',
      authorSpan: author,
      contentStart: clauseStart(sentence, m.index),
    },
  ];
}
