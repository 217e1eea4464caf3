// Sentences of an article's text with their UTF-16 offsets. Paragraphs are blank-line separated
// (paragraph 0 is the headline); a line break always ends a sentence (captions, datelines and
// standfirsts sit on lines of their own). Within a line, Intl.Segmenter finds the candidates and
// a repair pass joins back what it split after an abbreviation that does not end the sentence
// (see abbreviations.ts), or before a lone bracketed credit ("(AFP)"). A closing quote after the
// full stop stays with its sentence. A sentence over MAX_SENTENCE characters is cut into windows
// (sentenceWindows.ts), so that no extractor ever sees an unbounded sentence.
import { endsSentence } from './abbreviations.ts';
import { sentenceWindows } from './sentenceWindows.ts';

export interface SentenceSpan {
  start: number;
  end: number;
  text: string;
  paragraph: number;
}

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

/** The word (with its full stop) that closes a segment, before closing quotes and brackets. */
const LAST_WORD = /(?:^|[\s("'\u201c\u2018[])((?:[\p{L}\p{N}]+\.)+)["'\u201d\u2019)\]]*\s*$/u;

export function splitSentences(text: string): SentenceSpan[] {
  const out: SentenceSpan[] = [];
  let paragraph = -1;
  for (const para of spans(text, /\n[ \t]*\n\s*/g, 0, text.length)) {
    if (!text.slice(para.start, para.end).trim()) continue;
    paragraph++;
    for (const line of spans(text, /\n/g, para.start, para.end)) {
      for (const s of lineSentences(text.slice(line.start, line.end))) {
        const start = line.start + s.start,
          end = line.start + s.end;
        out.push({ start, end, text: text.slice(start, end), paragraph });
      }
    }
  }
  return out;
}

function lineSentences(line: string): { start: number; end: number }[] {
  const merged: { start: number; end: number }[] = [];
  for (const { index, segment } of segmenter.segment(line)) {
    const prev = merged.at(-1);
    if (prev && !endsAt(line.slice(prev.start, prev.end), segment)) prev.end = index + segment.length;
    else merged.push({ start: index, end: index + segment.length });
  }
  return merged.map(trim(line)).flatMap((s) => sentenceWindows(line, s.start, s.end));
}

/** Whether the segment `before` really ends a sentence, given the segment that follows. */
function endsAt(before: string, after: string): boolean {
  if (/^\s*\p{Ll}/u.test(after)) return false; // "Talks... which failed": no sentence starts in lower case
  if (/^\s*[(\[][^)\]]{0,60}[)\]]\W*$/u.test(after)) return false; // "... John Kerry. (Photo: Reuters)": a credit, not a sentence
  const word = LAST_WORD.exec(before);
  return word ? endsSentence(word[1], after) : true;
}

function trim(line: string) {
  return ({ start, end }: { start: number; end: number }) => {
    while (start < end && /\s/.test(line[start])) start++;
    while (end > start && /\s/.test(line[end - 1])) end--;
    return { start, end };
  };
}

/** The spans of `text` between matches of `separator`, inside [from, to). */
function spans(text: string, separator: RegExp, from: number, to: number): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  const re = new RegExp(separator.source, 'g');
  re.lastIndex = from;
  let start = from;
  for (let m = re.exec(text); m && m.index < to; m = re.exec(text)) {
    out.push({ start, end: m.index });
    start = m.index + m[0].length;
  }
  out.push({ start, end: to });
  return out;
}
