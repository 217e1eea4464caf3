// Who speaks: the quotes table, direct and indirect.
//
// Each article on its own, from its text layer (sentences, paragraphs, quoted spans) and its
// mentions. Every row keeps the parser that found it; `attributedBy` (internal) says which
// attribution parser or refiner named the speaker.
import type { ColumnTable } from 'arquero';
import type { Codebook } from '../codebook/Codebook.ts';
import type { Parser, Refiner } from '../Extractor.ts';
import { QUOTES, MENTIONS, rowsOf, toTable } from '../schema/index.ts';
import { sentenceAt, isQuoted, type ArticleText } from '../text/ArticleText.ts';
import type { QuoteCandidate, MentionRef } from './QuoteCandidate.ts';
import type { QuoteContext } from './QuoteContext.ts';
import type { AttributionInput, Attribution } from './attribution/Attribution.ts';
import { quotationMarks } from './parsers/quotationMarks.ts';
import { indirectQuotes } from './parsers/indirectQuotes.ts';
import { mediaChannel } from './attribution/mediaChannel.ts';
import { saidAfter } from './attribution/saidAfter.ts';
import { saidBy } from './attribution/saidBy.ts';
import { accordingTo } from './attribution/accordingTo.ts';
import { expressedWords } from './attribution/expressedWords.ts';
import { speakerBefore } from './attribution/speakerBefore.ts';
import { closingAttribution } from './attribution/closingAttribution.ts';
import { pickAttribution } from './refiners/pickAttribution.ts';
import { dropScareQuotes } from './refiners/dropScareQuotes.ts';
import { unnamedSource } from './refiners/unnamedSource.ts';
import { definiteSource } from './refiners/definiteSource.ts';
import { ageDescription } from './refiners/ageDescription.ts';
import { pronounSpeaker } from './refiners/pronounSpeaker.ts';
import { continuation } from './refiners/continuation.ts';
import { narrativeSubject } from './refiners/narrativeSubject.ts';
import { dedupeQuotes } from './refiners/dedupeQuotes.ts';
import { PRONOUNS } from './speakerOf.ts';

/** What finds quotations: direct ones first, so that rows of one article keep that order until the refiners sort them. */
export const parsers: Parser<QuoteContext, QuoteCandidate>[] = [
  quotationMarks, // every pair of quotation marks, one row per pair, no speaker yet
  indirectQuotes, // reported speech in sentences without quotation marks ("Assad insisted Putin had never raised...")
];

/** Who says a direct quote, read in its own sentence: the first of these that finds a speaker wins. */
export const attribution: Parser<AttributionInput, Attribution>[] = [
  mediaChannel, // '... said talks would begin "with hope," the AP reported': the outlet after the quote is the channel
  saidAfter, // '"...," Kerry said': the attribution nearest the closing mark comes first
  saidBy, // '"...," said a senior US official': the same verb, the speaker after it (never both with saidAfter)
  accordingTo, // 'according to X, "..."': an explicit cue beats a speech verb further back
  expressedWords, // 'Putin offered his "sincere condolences"': the subject of a verb of expression, its possessive before the quote
  speakerBefore, // 'Peskov said Friday that ... "..."': the subject of the last speech verb before the quote
  closingAttribution, // 'a "credible" government would be formed ..., the statement said.': the weakest, last
];

export const refiners: Refiner<QuoteCandidate, QuoteContext>[] = [
  pickAttribution(attribution), // first: the steps after it need to know which quotes have an attribution
  dropScareQuotes, // short quoted phrases nobody is reported saying ("political transition", "Day One")
  unnamedSource, // "the diplomat said" -> the unnamed "a Western diplomat" introduced before; before pronouns, whose antecedents these are
  definiteSource, // "the group said", "the update said": the body named before, the issuer of an earlier such document
  ageDescription, // "said the 29-year-old": the last person named before, in the paragraph or the one before
  pronounSpeaker, // "he said" -> the subject of the reporting clause before it, once named speakers are known
  continuation, // a quote opening a paragraph with no attribution continues the previous one's speaker
  narrativeSubject, // a quote with no attribution after a narrative sentence of its paragraph: that sentence's subject
  dedupeQuotes, // last: a pull quote repeated without attribution, once attributions are final
];

function articleQuotes(context: QuoteContext): QuoteCandidate[] {
  const found = parsers.flatMap((parse) => parse(context));
  return refiners
    .reduce((quotes, refine) => refine(quotes, context), found)
    .sort((a, b) => a.open - b.open || a.start - b.start);
}

export function quotes(layouts: ArticleText[], mentions: ColumnTable, codebook: Codebook): ColumnTable {
  const persons = new Set(codebook.actors.filter((a) => a.type === 'person').map((a) => a.actor_id));
  const codebookIds = new Set(codebook.actors.map((a) => a.actor_id));
  const mentionsBy = new Map<string, MentionRef[]>();
  for (const m of rowsOf(MENTIONS, mentions)) {
    const ref: MentionRef = {
      start: m.start!,
      end: m.end!,
      actor_id: m.actor_id ?? '',
      surface: m.surface ?? '',
      person: persons.has(m.actor_id ?? '') || !codebookIds.has(m.actor_id ?? ''),
    };
    const list = mentionsBy.get(m.article_id!);
    if (list) list.push(ref);
    else mentionsBy.set(m.article_id!, [ref]);
  }
  const rows: Record<string, unknown>[] = [];
  for (const layout of layouts) {
    const context: QuoteContext = {
      layout,
      mentions: mentionsBy.get(layout.article_id) ?? [],
      codebook,
      quoted: (o) => isQuoted(layout, o),
    };
    articleQuotes(context).forEach((q, i) =>
      rows.push({
        quote_id: `${layout.article_id}:q${i}`,
        article_id: layout.article_id,
        sentence_id: sentenceAt(layout, q.open)?.sentence_id ?? '',
        start: q.start,
        end: q.end,
        speaker: q.speaker,
        text: layout.text.slice(q.start, q.end),
        kind: q.kind,
        verb: q.verb,
        parser: q.parser,
        speaker_text: PRONOUNS.test(q.speaker_text) || q.speaker_text ? q.speaker_text : '',
      }),
    );
  }
  return toTable(QUOTES, rows);
}
