// A sentence longer than MAX_SENTENCE characters (a scraped list, a transcript, a paragraph with no
// full stop) is cut into windows of at most that length, so that every extractor sees bounded
// sentences and no pattern or loop over a sentence can grow with the length of the article. A
// window ends at the last semicolon in its second half, else the last comma, else the last space,
// else at the limit itself (never inside a surrogate pair). News sentences run to about 360
// characters in every corpus here; none is cut.

export const MAX_SENTENCE = 600;

export interface Span {
  start: number;
  end: number;
}

/** [start, end) of `text` as one span, or as windows of at most `max` characters, trimmed. */
export function sentenceWindows(text: string, start: number, end: number, max = MAX_SENTENCE): Span[] {
  const out: Span[] = [];
  while (end - start > max) {
    const cut = cutPoint(text, start, start + max);
    out.push(trimmed(text, start, cut));
    start = cut;
    while (start < end && /\s/.test(text[start])) start++;
  }
  if (end > start) out.push({ start, end });
  return out.filter((s) => s.end > s.start);
}

function cutPoint(text: string, from: number, limit: number): number {
  const half = from + Math.floor((limit - from) / 2);
  for (const mark of [';', ',']) {
    const at = text.lastIndexOf(mark, limit - 1);
    if (at >= half) return at + 1;
  }
  for (let i = limit - 1; i >= half; i--) if (/\s/.test(text[i])) return i;
  const code = text.charCodeAt(limit);
  return code >= 0xdc00 && code <= 0xdfff ? limit - 1 : limit;
}

function trimmed(text: string, start: number, end: number): Span {
  while (end > start && /\s/.test(text[end - 1])) end--;
  return { start, end };
}
