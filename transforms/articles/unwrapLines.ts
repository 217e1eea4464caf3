// Plain-text files are sometimes hard-wrapped (e-mail, wire feeds, terminal copies): a paragraph
// broken into lines of about the same width, mid-sentence. Such line breaks are not the page's
// structure (a caption under a headline is), so they are joined back with a space: in a
// paragraph of three or more long lines of similar width, and wherever a line ends mid-sentence
// and the next begins in lower case.

const WRAP_MIN = 50;
const WRAP_MAX = 100;

export function unwrapLines(text: string): string {
  return text.split('\n\n').map(unwrapParagraph).join('\n\n');
}

function unwrapParagraph(paragraph: string): string {
  const lines = paragraph.split('\n');
  if (lines.length < 2) return paragraph;
  if (isHardWrapped(lines)) return lines.join(' ');
  let out = lines[0];
  for (let i = 1; i < lines.length; i++) {
    const continues = /[\p{Ll},;]$/u.test(lines[i - 1]) && /^\p{Ll}/u.test(lines[i]) && !/^by\s/.test(lines[i]);
    out += (continues ? ' ' : '\n') + lines[i];
  }
  return out;
}

/** All lines but the last within a narrow band of widths, as a fixed-width wrap leaves them. */
function isHardWrapped(lines: string[]): boolean {
  if (lines.length < 3) return false;
  // A loop, not Math.min(...widths): a long file has more lines than a call has room for arguments.
  let min = Infinity,
    max = -Infinity;
  for (let i = 0; i < lines.length - 1; i++) {
    min = Math.min(min, lines[i].length);
    max = Math.max(max, lines[i].length);
  }
  return min >= WRAP_MIN && max <= WRAP_MAX && max - min <= 25 && lines.at(-1)!.length <= max;
}
