// One row per proposal a clause states: one cue governing coordinated conjuncts with their own
// particle or a list of measures (conjuncts.ts: "agreed to X and to Y", "endorses A, B, and C")
// gives a row per conjunct, whose surface runs from its clause's start to its conjunct's end and
// whose summary is the cue with its conjunct (parser `x+particle`, `x+list`). A clause alone in
// its sentence spans the sentence (clipped around the cue when it is very long).
import type { Refiner } from '../../Extractor.ts';
import type { Draft } from '../Draft.ts';
import { coordination } from '../conjuncts.ts';
import { trimRight } from '../clausePieces.ts';

const MAX_SURFACE = 500;

export const coordinated: Refiner<Draft> = (drafts) =>
  drafts.flatMap((d) => {
    const c = d.candidate,
      text = d.sentence.text;
    const summaryStart = c.contentStart ?? c.cueStart;
    const governs = c.contentStart === undefined || c.contentStart <= c.cueStart;
    // A cue that frames a clause ("In exchange, Washington wants Moscow to X, and to Y"; "Under the
    // deal, ...") leaves the clause's own "to" to govern its conjuncts.
    const frame = /^\s*,\s*/.exec(d.view.slice(c.cueEnd));
    const clause = !governs
      ? summaryStart
      : frame && !d.view.slice(0, c.cueStart).trim()
        ? c.cueEnd + frame[0].length
        : -1;
    const coord =
      clause >= 0 ? coordination(d.view, clause, clause, d.to) : coordination(d.view, c.cueStart, c.cueEnd, d.to);
    const parts: [number, number][] = coord ? coord.parts : [[summaryStart, d.to]];
    return parts.map(([from, to], i): Draft => {
      const split = d.multi || parts.length > 1;
      // A later conjunct's surface is its own words: from where the one before it ends, past the
      // connective ("and to let aid in"), so that no surface holds two proposals.
      const own = i > 0 ? afterConnective(text, parts[i - 1][1], from) : d.from;
      const [start, end] = split ? [own, trimRight(text, own, to)] : clip(text, c.cueStart);
      const said = coord
        ? `${text.slice(Math.min(summaryStart, coord.headEnd), coord.headEnd)}${text.slice(from, to)}`
        : text.slice(0, d.to);
      const parser = coord ? `${c.parser}+${coord.rule}` : c.parser;
      return { ...d, start, end, said, summaryFrom: coord ? 0 : summaryStart, parser };
    });
  });

const CONNECTIVE = /^[\s,;]*(?:(?:and|or|as\s+well\s+as|but\s+also|plus)\s+)?(?:also\s+)?/i;

/** Where a conjunct's own words begin after the one before it ended at `after` (no later than `from`). */
function afterConnective(text: string, after: number, from: number): number {
  return Math.min(from, after + (CONNECTIVE.exec(text.slice(after))?.[0].length ?? 0));
}

/** The sentence, or a window of it around the cue when it is longer than MAX_SURFACE. */
function clip(text: string, cueStart: number): [number, number] {
  const lead = text.length - text.trimStart().length;
  const end = text.trimEnd().length;
  if (end - lead <= MAX_SURFACE) return [lead, end];
  const start = Math.max(lead, Math.min(cueStart - 150, end - MAX_SURFACE));
  return [start, Math.min(end, start + MAX_SURFACE)];
}
