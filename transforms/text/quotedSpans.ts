// Finds every pair of quotation marks in a text: straight or curly, double or single, one row
// per pair. Works paragraph by paragraph: a quotation that a paragraph opens and never closes
// ends with the paragraph (news style resumes it with a new opening mark in the next one); one
// that a new opening mark follows after the end of a sentence ends with that sentence.
// Single marks are read only outside double quotations (inside, they quote within a quote), and
// apostrophes ("Assad's", "don't", "rebels' positions") are told apart from closing marks.
import { paragraphSpans } from './paragraphSpans.ts';
import { speechLemma } from './lexicon/speechVerbs.ts';

export interface QuotedSpan {
  /** Offset of the opening mark. */
  open: number;
  /** Offset of the closing mark, or -1 when the paragraph ends first. */
  close: number;
  /** The quoted words: start/end exclude the marks and surrounding spaces. */
  start: number;
  end: number;
  paragraph: number;
  mark: 'double' | 'single';
}

const DOUBLE = new Set(['"', '\u201c', '\u201d', '\u201e', '\u00ab', '\u00bb']);
const SINGLE = new Set(["'", '\u2018', '\u2019']);
const DOUBLE_MARK = /["\u201c\u201d\u201e\u00ab\u00bb]/g;
const SINGLE_MARK = /['\u2018\u2019]/g;

/** Offsets of the marks of a class in text[from, to): the regular expression skips the rest. */
function marksIn(marks: RegExp, text: string, from: number, to: number): number[] {
  const out: number[] = [];
  const stretch = text.slice(from, to);
  marks.lastIndex = 0;
  for (let m = marks.exec(stretch); m; m = marks.exec(stretch)) out.push(from + m.index);
  return out;
}

const isSpace = (c: string | undefined) => c === undefined || /\s/.test(c);
const isLetter = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
const OPEN_CONTEXT = /[\s([{\u2014\u2013\-/:]/;

function role(text: string, i: number, from: number, to: number): 'open' | 'close' | 'either' {
  const prev = i > from ? text[i - 1] : undefined,
    next = i + 1 < to ? text[i + 1] : undefined;
  const openable =
    (prev === undefined || OPEN_CONTEXT.test(prev) || DOUBLE.has(prev) || SINGLE.has(prev)) && !isSpace(next);
  const closable = !isSpace(prev) && (next === undefined || !isLetter(next));
  if (openable && !closable) return 'open';
  if (closable && !openable) return 'close';
  const c = text[i];
  if (c === '\u201c' || c === '\u2018' || c === '\u201e' || c === '\u00ab') return 'open';
  if (c === '\u201d' || c === '\u2019' || c === '\u00bb') return 'close';
  return 'either';
}

function trimmed(text: string, start: number, end: number): [number, number] {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return [start, end];
}

function pairDoubles(text: string, from: number, to: number, paragraph: number): QuotedSpan[] {
  const out: QuotedSpan[] = [];
  let open = -1;
  for (const i of marksIn(DOUBLE_MARK, text, from, to)) {
    const r = role(text, i, from, to);
    if (open < 0 && r !== 'close') open = i;
    else if (open >= 0 && r !== 'open') {
      const [s, e] = trimmed(text, open + 1, i);
      if (e > s) out.push({ open, close: i, start: s, end: e, paragraph, mark: 'double' });
      open = -1;
    } else if (open >= 0) {
      // Two openers: a quote that ran to the end of a sentence and lost its closing mark ('"I am leaving
      // today. "I consider it my duty..."') is a quotation of its own; otherwise the first was a stray mark.
      const [s, e] = trimmed(text, open + 1, i);
      if (/[.!?]$/.test(text.slice(s, e)) && text.slice(s, e).split(/\s+/).length >= 3)
        out.push({ open, close: -1, start: s, end: e, paragraph, mark: 'double' });
      open = i;
    }
  }
  if (open >= 0) {
    const [s, e] = trimmed(text, open + 1, to);
    if (e > s) out.push({ open, close: -1, start: s, end: e, paragraph, mark: 'double' });
  }
  return out;
}

/** A closing single mark, not an apostrophe: "Syria,’ Kerry said" yes; "Assad’s", "rebels’ positions" no. */
function closesSingle(text: string, i: number, to: number): boolean {
  const prev = text[i - 1],
    next = i + 1 < to ? text[i + 1] : undefined;
  if (text[i] === '\u2018') return isSpace(prev) && isSpace(next); // "Syria, ‘ Kerry said": a misused opening mark
  if (isLetter(next)) return false;
  if (isSpace(prev)) return false;
  if (prev === 's' && next === ' ') {
    // plural possessive, unless an attribution follows
    const word = /^ ([\p{L}]+)/u.exec(text.slice(i + 1, i + 30))?.[1] ?? '';
    if (/^\p{Ll}/u.test(word) && !speechLemma(word) && !/^(he|she|they|it|we|i)$/.test(word)) return false;
  }
  return true;
}

function pairSingles(text: string, from: number, to: number, paragraph: number, skip: QuotedSpan[]): QuotedSpan[] {
  const out: QuotedSpan[] = [];
  let open = -1;
  const inside = (i: number) => skip.some((q) => i >= q.open && i <= (q.close < 0 ? to : q.close));
  for (const i of marksIn(SINGLE_MARK, text, from, to)) {
    if (inside(i)) continue;
    if (open < 0) {
      const prev = i > from ? text[i - 1] : undefined;
      if ((prev === undefined || OPEN_CONTEXT.test(prev)) && isLetter(text[i + 1]) && text[i] !== '\u2019') open = i;
      continue;
    }
    if (closesSingle(text, i, to)) {
      const [s, e] = trimmed(text, open + 1, i);
      if (e > s) out.push({ open, close: i, start: s, end: e, paragraph, mark: 'single' });
      open = -1;
    }
  }
  if (open >= 0) {
    const [s, e] = trimmed(text, open + 1, to);
    if (text.slice(s, e).split(/\s+/).length >= 3)
      out.push({ open, close: -1, start: s, end: e, paragraph, mark: 'single' });
  }
  return out;
}

export function quotedSpans(text: string): QuotedSpan[] {
  const out: QuotedSpan[] = [];
  paragraphSpans(text).forEach(([from, to], paragraph) => {
    const doubles = pairDoubles(text, from, to, paragraph);
    out.push(...doubles, ...pairSingles(text, from, to, paragraph, doubles));
  });
  return out.sort((a, b) => a.open - b.open);
}
