// What the quote parsers and refiners read about one article: its text layer, its mentions and
// the codebook.
import type { Codebook } from '../codebook/Codebook.ts';
import type { ArticleText } from '../text/ArticleText.ts';
import type { MentionRef } from './QuoteCandidate.ts';

export interface QuoteContext {
  layout: ArticleText;
  mentions: MentionRef[];
  codebook: Codebook;
  /** Whether an offset is inside quotation marks (the text layer's one definition). */
  quoted: (offset: number) => boolean;
}
