// One line saying what each proposal is: its words from the cue (or where the parser says the
// content begins) to the end of its clause (summaryOf.ts).
import type { Refiner } from '../../Extractor.ts';
import type { Draft } from '../Draft.ts';
import { summaryOf } from './summaryOf.ts';

export const summaries: Refiner<Draft> = (drafts) =>
  drafts.map((d) => ({ ...d, summary: summaryOf(d.said, d.summaryFrom, d.candidate.type) }));
