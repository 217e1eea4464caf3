// One row per measure when one cue governs two, each with its own article ("proposed a truce and a
// prisoner swap", "called for an immediate ceasefire and the release of all detainees";
// measurePair.ts says when): the two rows share the cue, proposer, addressee and status; each has
// its own surface (the first from its clause's start, the second its own words) and its summary
// is the cue with its own measure (parser `x+pair`). Rows coordinated.ts already split, and cues
// that do not govern what follows them ("A ceasefire brokered by ..."), are left as they are.
import type { Refiner } from '../../Extractor.ts';
import type { Draft } from '../Draft.ts';
import { measurePair } from '../measurePair.ts';

export const pairedMeasures: Refiner<Draft> = (drafts) =>
  drafts.flatMap((d) => {
    const c = d.candidate;
    if (d.parser.includes('+') || (c.contentStart !== undefined && c.contentStart > c.cueStart)) return [d];
    const pair = measurePair(d.view, c.cueEnd, d.to);
    if (!pair) return [d];
    const text = d.sentence.text;
    const head = text.slice(c.cueStart, pair[0][0]);
    return pair.map(([from, to], i): Draft => ({
      ...d,
      start: i === 0 ? d.start : from,
      end: to,
      said: `${head}${text.slice(from, to)}`,
      summaryFrom: 0,
      parser: `${c.parser}+pair`,
    }));
  });
