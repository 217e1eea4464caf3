// A deal's term read from a bare "will"/"is to" (the dealTerms parser) speaks only when nothing
// else in its sentence does: in "Both sides will pull back, and Russia has promised to restrain
// ...", the promise is the sentence's proposal.
import type { Refiner } from '../../Extractor.ts';
import type { Draft } from '../Draft.ts';

export const dealTermsLast: Refiner<Draft> = (drafts) => {
  const spoken = new Set(drafts.filter((d) => d.candidate.parser !== 'dealTerms').map((d) => d.sentence));
  return drafts.filter((d) => d.candidate.parser !== 'dealTerms' || !spoken.has(d.sentence));
};
