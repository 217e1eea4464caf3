// How each proposal's own clause reports it: the fate it states ("rejected", "agreed"), else the
// status its phrasing states ("agreed to", "brokered"), else how it came out (statusOf.ts).
import type { Refiner } from '../../Extractor.ts';
import type { Draft } from '../Draft.ts';
import { fateOf, statusOf } from './statusOf.ts';

export const statuses: Refiner<Draft> = (drafts) =>
  drafts.map((d) => ({ ...d, status: fateOf(d.view) || d.candidate.status || statusOf(d.view) }));
