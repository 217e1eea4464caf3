// One form for every text, whatever the tool that saved it: Unicode NFC, \n line endings, plain
// spaces for the exotic ones (no-break, thin, ideographic...), no zero-width characters or soft
// hyphens, no trailing spaces, at most one blank line between paragraphs, none at either end.

const SPACES = /[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\t\v\f]/g;
/** Zero-width space, joiners, word joiner, BOM, soft hyphen, LTR/RTL marks. */
const INVISIBLE = /[\u200b\u200c\u200d\u2060\ufeff\u00ad\u200e\u200f]/g;

export function normaliseText(text: string): string {
  return text
    .normalize('NFC')
    .replace(/\r\n?|\u2028|\u2029|\u0085/g, '\n')
    .replace(INVISIBLE, '')
    .replace(SPACES, ' ')
    .replace(/ {2,}/g, ' ')
    .replace(/^ +| +$/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .replace(/^\n+|\n+$/g, '');
}
