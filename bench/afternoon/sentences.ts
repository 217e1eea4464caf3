// Sentences as compromise splits them, with the paragraph (blank-line separated) each falls in.
import { rawSpan, type Span, type CompromiseMatch } from './spans.ts';
import type { Doc } from './entities.ts';

export interface Sentence extends Span {
  paragraph: number;
  index: number;
}

export function findSentences(doc: Doc, text: string): Sentence[] {
  const out: Sentence[] = [];
  for (const m of doc.sentences().json({ offset: true }) as CompromiseMatch[]) {
    const s = rawSpan(text, m);
    if (!s) continue;
    const paragraph = text.slice(0, s.start).split(/\n\s*\n/).length - 1;
    out.push({ ...s, paragraph, index: out.length });
  }
  return out;
}

/** The sentence that holds offset `at` (the last one starting at or before it). */
export function sentenceAt(sentences: Sentence[], at: number): Sentence | undefined {
  let found: Sentence | undefined;
  for (const s of sentences)
    if (s.start <= at) found = s;
    else break;
  return found;
}
