// Runs the discovery parsers (index.ts lists them, in order) over the body of one article and keeps
// what the codebook lacks: the first parser to claim a span keeps it. Spans that overlap a codebook
// name are the codebook's; a person whose surname is a codebook alias ("Sergei V. Lavrov") is that
// codebook actor.
import type { ArticleText } from '../text/ArticleText.ts';
import type { AliasMatch } from './parsers/aliasMatcher.ts';
import type { TextParser } from '../Extractor.ts';
import type { DiscoveredSpan } from './parsers/discovered.ts';
import { wordsIn, type Word } from '../text/words.ts';

export interface Discovery {
  span: DiscoveredSpan;
  codebookId?: string;
}

export function discoverActors(
  layout: ArticleText,
  codebookMatches: AliasMatch[],
  personAliases: Map<string, string>,
  parsers: TextParser<DiscoveredSpan, Word[]>[],
): Discovery[] {
  const { text } = layout;
  const out: Discovery[] = [];
  // Characters already claimed, by a codebook alias or by an earlier discovery: an overlap test is a look-up.
  const aliasChars = new Uint8Array(text.length),
    claimed = new Uint8Array(text.length);
  // A state's name that opens a longer name ("Syria TV", "Iran Daily") claims nothing: the longer name is found.
  const opensName = (m: AliasMatch) =>
    m.entry.actorType === 'state' && /^ (?:\p{Lu}|\d)/u.test(text.slice(m.end, m.end + 2));
  // "the Times of Israel website": a state's name after "of" may close an outlet's name, and only an outlet's.
  const closesName = (m: AliasMatch) =>
    m.entry.actorType === 'state' && /\p{Lu}\S* of $/u.test(text.slice(m.start - 30, m.start));
  const ofStateChars = new Uint8Array(text.length);
  for (const m of codebookMatches)
    if (m.entry.kind === 'alias' && !opensName(m)) (closesName(m) ? ofStateChars : aliasChars).fill(1, m.start, m.end);
  const hits = (chars: Uint8Array, s: { start: number; end: number }) => chars.subarray(s.start, s.end).includes(1);
  for (const [from, to] of layout.paragraphs.slice(1)) {
    if (!/\p{Ll}/u.test(text.slice(from, to))) continue; // an all-capitals line is a tag list or a shouted headline
    const words = wordsIn(text, from, to);
    for (const parse of parsers) {
      for (const span of parse(text, words)) {
        if (hits(claimed, span) || hits(aliasChars, span) || (span.type !== 'media' && hits(ofStateChars, span)))
          continue;
        claimed.fill(1, span.start, span.end);
        const surname = span.type === 'person' ? span.name.split(' ').pop()! : '';
        out.push({ span, codebookId: personAliases.get(surname) ?? personAliases.get(span.name) });
      }
    }
  }
  return out.sort((a, b) => a.span.start - b.span.start);
}
