// Indirect quotes: reported speech in each sentence without quotation marks (indirectSpeech),
// kept when its subject is a pronoun, a mention, a role noun or "sources"; the speaker is the
// actor the subject names (a pronoun is left to pronounSpeaker).
import type { Parser } from '../../Extractor.ts';
import { paragraphAt } from '../../text/ArticleText.ts';
import { isRoleNoun } from '../../text/lexicon/roleNouns.ts';
import type { QuoteCandidate } from '../QuoteCandidate.ts';
import type { QuoteContext } from '../QuoteContext.ts';
import { indirectSpeech } from './indirectSpeech.ts';
import { speakerOf } from '../speakerOf.ts';
import { speakerText } from '../speakerText.ts';

export const indirectQuotes: Parser<QuoteContext, QuoteCandidate> = ({ layout, mentions, codebook }) => {
  const { text } = layout;
  return layout.sentences.flatMap((s) =>
    indirectSpeech(text, s.start, s.end, mentions).flatMap((span): QuoteCandidate[] => {
      const phrase = text.slice(span.subjectStart, span.subjectEnd).trim();
      const pronoun = /\b(he|she|they|it)$/i.exec(phrase)?.[1] ?? '';
      const hasMention = mentions.some((m) => m.start >= span.subjectStart && m.end <= span.subjectEnd);
      if (!pronoun && !hasMention && !phrase.split(/\s+/).some(isRoleNoun) && !/\b(source|sources)\b/.test(phrase))
        return [];
      const speaker = pronoun ? '' : speakerOf(text, span.subjectStart, span.subjectEnd, mentions, codebook);
      return [
        {
          start: span.start,
          end: span.end,
          open: span.start,
          close: span.end,
          paragraph: paragraphAt(layout, span.start),
          kind: 'indirect',
          verb: span.verb,
          speaker,
          speaker_text: pronoun || speakerText(phrase),
          parser: 'indirectSpeech',
          attributed: true,
          attributedAfter: false,
          attributedBy: 'indirectSpeech',
        },
      ];
    }),
  );
};
