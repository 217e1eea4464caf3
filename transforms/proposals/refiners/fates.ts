// A later sentence that only tells the fate of a proposal already stated ("Kerry did not deny the
// proposal", "had not been addressed": fateOnly.ts) adds no row; its fate becomes the status of the
// last row before it, over what that row's own sentence said.
import type { Refiner } from '../../Extractor.ts';
import type { Draft } from '../Draft.ts';
import type { ProposalArticle } from '../ProposalArticle.ts';
import { isFateOnly } from './fateOnly.ts';
import { fateOf } from './statusOf.ts';

export function fates(article: ProposalArticle): Refiner<Draft> {
  return (drafts) => {
    const out = [...drafts];
    let k = 0;
    for (const s of article.sentences) {
      const before = k;
      while (k < out.length && out[k].sentence === s) k++;
      if (k > before) continue;
      const fate = fateOf(s.masked);
      if (fate && before > 0 && isFateOnly(s.masked, false)) out[before - 1] = { ...out[before - 1], status: fate };
    }
    return out;
  };
}
