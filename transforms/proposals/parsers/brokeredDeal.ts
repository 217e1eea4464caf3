// A ceasefire or deal named with its brokers: "a ceasefire brokered by the United States and
// Russia took effect", "a U.S.-Russian brokered ceasefire", "the Russian-brokered truce". The
// brokers are its authors. A past deal that has since collapsed ("a ceasefire the two powers
// brokered in February has largely collapsed", "a previous truce") is history, not a proposal.
import type { Candidate, Parser } from '../Candidate.ts';
import { withCues } from '../withCues.ts';

const NOUN = String.raw`ceasefire|cease-fire|truce|deal|agreement|accord|cessation\s+of\s+hostilities|peace\s+plan`;
const AFTER = new RegExp(
  String.raw`\b(?:${NOUN})\s+(?:[\w-]+\s+){0,2}?(brokered\s+by)\s+([^,;.]+?)(?=\s+(?:took|takes|has|had|was|is|came|comes|went|goes|began|begins|in|on|at|to|and\s+(?:took|began|went))\b|[,;.]|$)`,
  'id',
);
const BEFORE = new RegExp(String.raw`((?:[A-Z][\w.]*[- ]?){1,3}?)[- ](brokered)\s+(?:${NOUN})\b`, 'd');
const PAST =
  /\b(?:collapsed|broke\s+down|fell\s+apart|unravell?ed|fail(?:ed|ing)|previous|earlier|former|last\s+(?:year|month)'?s?)\b/i;

/** Words the patterns cannot match without, one of each entry (withCues.ts): other texts are not read. */
const CUES = ['brokered'];

export const brokeredDeal: Parser = withCues(CUES, parse);

function parse(sentence: string): Candidate[] {
  if (PAST.test(sentence)) return [];
  const a = AFTER.exec(sentence);
  if (a) {
    const [at, end] = a.indices![1]!;
    return [
      {
        cue: a[1],
        cueStart: at,
        cueEnd: end,
        type: 'plan',
        parser: 'brokeredDeal',
        status: 'agreed',
        role: 'author',
        authorSpan: a.indices![2]!,
        contentStart: a.index,
      },
    ];
  }
  const b = BEFORE.exec(sentence);
  if (b) {
    const [at, end] = b.indices![2]!;
    return [
      {
        cue: b[2],
        cueStart: at,
        cueEnd: end,
        type: 'plan',
        parser: 'brokeredDeal',
        status: 'agreed',
        role: 'author',
        authorSpan: b.indices![1]!,
        contentStart: b.indices![1]![0],
      },
    ];
  }
  return [];
}
