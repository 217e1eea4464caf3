// Direct quotes: one candidate per pair of quotation marks the text layer found (a paragraph
// that opens a quote and does not close it ends it there), with no speaker yet.
import type { Parser } from '../../Extractor.ts';
import { paragraphAt } from '../../text/ArticleText.ts';
import type { QuoteCandidate } from '../QuoteCandidate.ts';
import type { QuoteContext } from '../QuoteContext.ts';

export const quotationMarks: Parser<QuoteContext, QuoteCandidate> = ({ layout }) =>
  layout.quoted.map((q) => ({
    start: q.start,
    end: q.end,
    open: q.open,
    close: q.close,
    paragraph: paragraphAt(layout, q.open),
    kind: 'direct',
    verb: '',
    speaker: '',
    speaker_text: '',
    parser: 'quotationMarks',
    attributed: false,
    attributedAfter: false,
    attributedBy: '',
  }));
