// An article as the page laid it out: paragraphs (blank-line separated) of lines. Furniture is
// removed and header lines are consumed line by line, then the blocks are joined back into text.

/** One line of the article, with the paragraph it sits in. */
export interface Line {
  block: number;
  text: string;
}

export function toLines(text: string): Line[] {
  return text.split(/\n{2,}/).flatMap((block, b) =>
    block
      .split('\n')
      .filter((t) => t.trim() !== '')
      .map((t) => ({ block: b, text: t.trim() })),
  );
}

/** Lines back to text: lines of one paragraph joined by "\n", paragraphs by a blank line. */
export function joinLines(lines: readonly Line[]): string {
  const out: string[] = [];
  let previous: number | null = null;
  for (const line of lines) {
    if (previous !== null) out.push(line.block === previous ? '\n' : '\n\n');
    out.push(line.text);
    previous = line.block;
  }
  return out.join('');
}
