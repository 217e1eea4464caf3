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
    const coord = governs ? coordination(d.view, c.cueStart, c.cueEnd, d.to) : null;
    const parts: [number, number][] = coord ? coord.parts : [[summaryStart, d.to]];
    return parts.map(([from, to]): Draft => {
      const split = d.multi || parts.length > 1;
      const [start, end] = split ? [d.from, trimRight(text, d.from, to)] : clip(text, c.cueStart);
      const said = coord
        ? `${text.slice(Math.min(summaryStart, coord.headEnd), coord.headEnd)}${text.slice(from, to)}`
        : text.slice(0, d.to);
      const parser = coord ? `${c.parser}+${coord.rule}` : c.parser;
      return { ...d, start, end, said, summaryFrom: coord ? 0 : summaryStart, parser };
    });
  });

/** The sentence, or a window of it around the cue when it is longer than MAX_SURFACE. */
function clip(text: string, cueStart: number): [number, number] {
  const lead = text.length - text.trimStart().length;
  const end = text.trimEnd().length;
  if (end - lead <= MAX_SURFACE) return [lead, end];
  const start = Math.max(lead, Math.min(cueStart - 150, end - MAX_SURFACE));
  return [start, Math.min(end, start + MAX_SURFACE)];
}
