// A deal, plan or timetable struck, reached or announced, with its content after it: "announced
// a deal to halt the fighting", "agreed a timetable for a political transition that would see...",
// "reached an agreement on a ceasefire"; a ceasefire or truce is content enough on its own ("in a
// bid to agree a nationwide ceasefire"). A deal named without content ("have agreed a plan that
// Kerry described as...") or not reached ("failed to close a deal") is no statement of one.
import type { Candidate, Parser } from '../Candidate.ts';
import { withCues } from '../withCues.ts';

const VERB = String.raw`announced|unveiled|struck|strike|reached|reach|sealed|seal|clinched|clinch|signed|sign|agreed|agree|brokered|hammered\s+out|finali[sz]ed|set`;
const NOUN = String.raw`deal|agreement|accord|truce|ceasefire|cease-fire|plan|timetable|roadmap|framework|blueprint`;
const PATTERN = new RegExp(
  String.raw`\b(${VERB})\s+(?:[\w-]+\s+){0,2}?(?:on\s+)?(?:a|an|the|their|its)\s+(?:[\w-]+\s+){0,3}?(?:${NOUN})\b(?=\s*(?:(?<=(?:ceasefire|cease-fire|truce))|to\s+[a-z]|on\b|for\b|that\s+(?:would|will|could|calls|provides|includes|sets|gives|envisages)|which\s+(?:would|will|calls|provides)|under\s+which|whereby|,\s*(?:which|under\s+which)\s))`,
  'gi',
);
const FAILED =
  /\b(?:fail(?:ed|s)?\s+to|yet\s+to|not|n['\u2019]t|never|unable\s+to|refused\s+to|could\s+not)\s+(?:\w+\s+)?$/i;
// Past forms only: "can agree to a ceasefire", "to strike a deal" are agreements still to come.
const AGREEING = /^(?:struck|reached|sealed|clinched|signed|agreed|brokered|hammered\s+out|finali[sz]ed)$/i;

const ANY_NOUN = new RegExp(String.raw`\b(?:${NOUN})\b`, 'i');

/** Words the patterns cannot match without, one of each entry (withCues.ts): other texts are not read. */
const CUES = [
  'announced unveiled struck strike reached reach sealed seal clinched clinch signed sign agreed agree ' +
    'brokered hammered finalized finalised set',
  'deal agreement accord truce ceasefire cease plan timetable roadmap framework blueprint',
];

export const dealStruck: Parser = withCues(CUES, parse);

function parse(sentence: string): Candidate[] {
  if (!ANY_NOUN.test(sentence)) return [];
  for (const m of sentence.matchAll(PATTERN)) {
    const at = m.index ?? 0;
    const before = sentence.slice(Math.max(0, at - 40), at);
    if (FAILED.test(before)) continue;
    const sought = /\b(?:bid|effort|hope|trying|seeking|aim|push|want)s?\s+to\s+$/i.test(before);
    const agreed =
      !sought &&
      (AGREEING.test(m[1]) || (/^(?:announced|unveiled)$/i.test(m[1]) && /\b(?:deal|agreement|accord)\b/i.test(m[0])));
    return [
      {
        cue: m[1],
        cueStart: at,
        cueEnd: at + m[1].length,
        type: 'plan',
        parser: 'dealStruck',
        status: agreed ? 'agreed' : 'proposed',
      },
    ];
  }
  return [];
}
