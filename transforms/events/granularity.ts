// The one setting of the grouping (`--events coarser|normal|finer`): the average probability of
// being one event (pair model, pairModel.ts) at which two groups of articles merge. Coarser joins
// follow-ups that share less with the first reports; finer keeps only close retellings together.
export type EventGranularity = 'coarser' | 'normal' | 'finer';

export const GRANULARITIES: readonly EventGranularity[] = ['coarser', 'normal', 'finer'];

export const MERGE_AT: Record<EventGranularity, number> = { coarser: 0.3, normal: 0.5, finer: 0.7 };
