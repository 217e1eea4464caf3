// Who speaks: the quotes table, direct and indirect.
//
// Each article on its own:
//  1. quotedSpans finds every pair of quotation marks (one row per pair; a paragraph that opens
//     a quote and does not close it ends it there, and the next opening mark starts a new row);
//  2. attributeSpeaker reads the quote's own sentence for "X said" / "said X" / "X said ... that"
//     / "according to X" — first, because the refiners after it need to know which quotes have
//     an attribution;
//  3. dropScareQuotes removes short quoted phrases nobody is reported saying ("political
//     transition", "Day One");
//  4. indirectSpeech finds reported speech in sentences without quotation marks ("Assad insisted
//     Putin had never raised...") — before the pronoun step, whose antecedents they are;
//  5. unnamedSource gives "the diplomat said" the unnamed person "a Western diplomat" introduced
//     (no actor, or the affiliation: "a US official" -> United States), then pronounSpeaker
//     resolves "he said" to the subject of the reporting clause before it;
//  6. continuation gives a quote that opens a paragraph with no attribution the speaker of the
//     previous paragraph's quote; dedupeQuotes drops pull quotes repeated without attribution.
// The extra column `speaker_text` keeps the attribution as written ("a senior US official").
import type { ColumnTable } from 'arquero';
import type { Codebook } from '../codebook/Codebook.ts';
import { QUOTES, ARTICLES, SENTENCES, MENTIONS, rowsOf, toTable } from '../schema/index.ts';
import { articleLayout, sentenceAt, isQuoted, paragraphAt, type ArticleLayout } from '../actors/ArticleLayout.ts';
import type { QuoteCandidate, MentionRef } from './QuoteCandidate.ts';
import { attributeSpeaker, type Attributed } from './refiners/attributeSpeaker.ts';
import { dropScareQuotes } from './refiners/dropScareQuotes.ts';
import { indirectSpeech } from './parsers/indirectSpeech.ts';
import { pronounSpeaker } from './refiners/pronounSpeaker.ts';
import { unnamedSource } from './refiners/unnamedSource.ts';
import { continuation } from './refiners/continuation.ts';
import { dedupeQuotes } from './refiners/dedupeQuotes.ts';
import { speakerOf, PRONOUNS } from './speakerOf.ts';
import { speakerText } from './speakerText.ts';
import { isRoleNoun } from '../actors/lexicon/roleNouns.ts';

function articleQuotes(layout: ArticleLayout, mentions: MentionRef[], codebook: Codebook): Attributed[] {
  const { text } = layout;
  const quoted = (o: number) => isQuoted(layout, o);
  const at = (o: number) => sentenceAt(layout, o);
  // 1-3.
  const direct = dropScareQuotes(
    layout.quoted
      .map((q): QuoteCandidate => ({
        start: q.start,
        end: q.end,
        open: q.open,
        close: q.close,
        paragraph: q.paragraph,
        kind: 'direct',
        verb: '',
        speaker: '',
        speaker_text: '',
        parser: 'quotedSpans',
      }))
      .map((q) => attributeSpeaker(q, text, at, quoted, mentions, codebook)),
    text,
  );
  // 4.
  const indirect: Attributed[] = layout.sentences.flatMap((s) =>
    indirectSpeech(text, s.start, s.end, mentions).flatMap((span) => {
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
          paragraph: s.paragraph,
          kind: 'indirect' as const,
          verb: span.verb,
          speaker,
          speaker_text: pronoun || speakerText(phrase),
          parser: 'indirectSpeech',
          attributed: true,
          attributedAfter: false,
        },
      ];
    }),
  );
  // 5-6.
  const all = [...direct, ...indirect].map((q) => ({ ...q, paragraph: paragraphAt(layout, q.open) }));
  const withPronouns = pronounSpeaker(
    unnamedSource(all, text, quoted, mentions, codebook),
    mentions,
    layout.sentences,
    quoted,
  );
  return dedupeQuotes(continuation(withPronouns, text, layout.paragraphs, layout.sentences), text).sort(
    (a, b) => a.open - b.open || a.start - b.start,
  );
}

export function quotes(
  articles: ColumnTable,
  sentences: ColumnTable,
  mentions: ColumnTable,
  codebook: Codebook,
): ColumnTable {
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
  const sentencesBy = new Map<string, ReturnType<typeof rowsOf<typeof SENTENCES.columns>>>();
  for (const s of rowsOf(SENTENCES, sentences)) {
    const list = sentencesBy.get(s.article_id!);
    if (list) list.push(s);
    else sentencesBy.set(s.article_id!, [s]);
  }
  const rows: Record<string, unknown>[] = [];
  for (const a of rowsOf(ARTICLES, articles)) {
    const layout = articleLayout(
      a.article_id!,
      a.text ?? '',
      (sentencesBy.get(a.article_id!) ?? []).map((s) => ({
        sentence_id: s.sentence_id!,
        start: s.start!,
        end: s.end!,
        paragraph: s.paragraph ?? 0,
      })),
    );
    articleQuotes(layout, mentionsBy.get(a.article_id!) ?? [], codebook).forEach((q, i) =>
      rows.push({
        quote_id: `${a.article_id}:q${i}`,
        article_id: a.article_id,
        sentence_id: sentenceAt(layout, q.open)?.sentence_id ?? '',
        start: q.start,
        end: q.end,
        speaker: q.speaker,
        text: layout.text.slice(q.start, q.end),
        kind: q.kind,
        verb: q.verb,
        speaker_text: PRONOUNS.test(q.speaker_text) || q.speaker_text ? q.speaker_text : '',
      }),
    );
  }
  return toTable(QUOTES, rows);
}
