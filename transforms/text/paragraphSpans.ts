// The paragraphs of an article text as [start, end) offsets: articles.text separates the headline
// and the paragraphs with blank lines. Paragraph 0 is the headline.
export function paragraphSpans(text: string): [number, number][] {
  const out: [number, number][] = [];
  const re = /\n[ \t]*\n\s*/g;
  let start = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m.index > start) out.push([start, m.index]);
    start = m.index + m[0].length;
  }
  if (start < text.length) out.push([start, text.length]);
  return out
    .map(([s, e]) => {
      while (e > s && /\s/.test(text[e - 1])) e--;
      return [s, e] as [number, number];
    })
    .filter(([s, e]) => e > s);
}
