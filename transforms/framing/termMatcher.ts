// Codebook terms (frame cues, label terms) matched word by word: whole words, case-insensitive,
// any run of spaces between words, and a trailing `*` standing for any ending ("strike*" matches
// strike, strikes, striking). Hyphens, apostrophes and other marks inside a term match
// themselves; curly and straight apostrophes match each other. At each word start the longest
// term is tried first; matches do not overlap.
//
// Words are compared as strings rather than through one large regular expression: a big
// alternation of Unicode-aware patterns compiled late in a long run can fall back to V8's slow
// regexp interpreter, which made frame cues the slowest step of the pipeline.

/** A term cut into its words and the marks between them ('' for a run of spaces). */
interface Term {
  words: string[];
  between: string[];
  trailing: string;
  open: boolean;
}

export interface TermMatcher {
  terms: Term[];
  /** The terms that can start at a word, by word, in the terms' order (filled as words are met). */
  startingAt: Map<string, Term[]>;
}

/** The terms whose first word can be `word`: equal to it, or its start for a one-word `*` term. */
function startingAt(matcher: TermMatcher, word: string): Term[] {
  let list = matcher.startingAt.get(word);
  if (!list) {
    list = matcher.terms.filter((t) =>
      t.words.length === 1 && t.open ? word.startsWith(t.words[0]) : word === t.words[0],
    );
    matcher.startingAt.set(word, list);
  }
  return list;
}

/** The last text cut into words, for the next matcher asked about the same text (one per frame). */
let lastCut: { text: string; cut: ReturnType<typeof cut> } | null = null;

function cutOnce(text: string): ReturnType<typeof cut> {
  if (lastCut?.text !== text) lastCut = { text, cut: cut(text) };
  return lastCut.cut;
}

const APOSTROPHES = /['\u2019]/g;
const NON_ASCII_WORD_CHAR = /[\p{L}\p{N}]/u;

function isWordChar(code: number, ch: string): boolean {
  if (code < 128) return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  return NON_ASCII_WORD_CHAR.test(ch);
}

/** Word runs and the text between them, lower-cased, apostrophes folded. */
function cut(text: string): { words: string[]; starts: number[]; ends: number[] } {
  const words: string[] = [],
    starts: number[] = [],
    ends: number[] = [];
  let i = 0;
  while (i < text.length) {
    if (!isWordChar(text.charCodeAt(i), text[i])) {
      i++;
      continue;
    }
    const start = i;
    while (i < text.length && isWordChar(text.charCodeAt(i), text[i])) i++;
    words.push(text.slice(start, i).toLowerCase());
    starts.push(start);
    ends.push(i);
  }
  return { words, starts, ends };
}

function parseTerm(raw: string): Term | null {
  const trimmed = raw.trim();
  const open = trimmed.endsWith('*');
  const body = trimmed.replace(/\*+$/, '').toLowerCase().replace(APOSTROPHES, "'");
  const { words, starts, ends } = cut(body);
  if (!words.length || starts[0] !== 0) return null;
  const between = words.slice(1).map((_, k) => {
    const gap = body.slice(ends[k], starts[k + 1]);
    return /^\s+$/.test(gap) ? '' : gap;
  });
  return { words, between, trailing: body.slice(ends[ends.length - 1]), open };
}

/** The terms compiled for matching, longest first; null when none is usable. */
export function termMatcher(terms: readonly string[]): TermMatcher | null {
  const usable = terms.map((t) => t.trim()).filter((t) => t.replace(/\*+$/, '') !== '');
  const ordered = [...usable].sort((a, b) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0));
  const parsed = ordered.map(parseTerm).filter((t): t is Term => t !== null);
  return parsed.length ? { terms: parsed, startingAt: new Map() } : null;
}

/** Where a term matching at word `w` of the text ends (an offset), or -1. */
function matchAt(term: Term, text: string, cutText: ReturnType<typeof cut>, w: number): number {
  const { words, starts, ends } = cutText;
  const last = term.words.length - 1;
  if (w + last >= words.length) return -1;
  for (let k = 0; k <= last; k++) {
    const word = words[w + k];
    const want = term.words[k];
    if (k === last && term.open ? !word.startsWith(want) : word !== want) return -1;
    if (k < last) {
      const gap = text
        .slice(ends[w + k], starts[w + k + 1])
        .toLowerCase()
        .replace(APOSTROPHES, "'");
      if (term.between[k] === '' ? !/^\s+$/.test(gap) : gap !== term.between[k]) return -1;
    }
  }
  const end = ends[w + last];
  if (!term.trailing) return end;
  return text
    .slice(end, end + term.trailing.length)
    .toLowerCase()
    .replace(APOSTROPHES, "'") === term.trailing
    ? end + term.trailing.length
    : -1;
}

/** Number of non-overlapping matches in a text. */
export function countMatches(matcher: TermMatcher | null, text: string): number {
  if (matcher === null || text === '') return 0;
  const cutText = cutOnce(text);
  let n = 0,
    from = 0;
  for (let w = 0; w < cutText.words.length; w++) {
    if (cutText.starts[w] < from) continue;
    for (const term of startingAt(matcher, cutText.words[w])) {
      const end = matchAt(term, text, cutText, w);
      if (end >= 0) {
        n++;
        from = end;
        break;
      }
    }
  }
  return n;
}

/** Whether any term occurs in the text. */
export function hasMatch(matcher: TermMatcher | null, text: string): boolean {
  return countMatches(matcher, text) > 0;
}
