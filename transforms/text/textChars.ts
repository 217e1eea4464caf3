// Character classes shared by the actor parsers: what counts as a letter of a word, and the
// typographic variants folded away before comparing a name with the text.

const WORD_CHAR = /[\p{L}\p{N}]/u;

export function isWordChar(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const c = ch.charCodeAt(0);
  // ASCII decides without a regular expression: it is most of the text and this is the hot path.
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  return WORD_CHAR.test(ch);
}

/** Folds curly apostrophes, non-breaking hyphens and spaces to their plain forms; keeps the length (one char in, one out). */
export function foldChar(ch: string): string {
  if (ch === '\u2019' || ch === '\u2018' || ch === '\u02bc') return "'";
  if (ch === '\u2010' || ch === '\u2011') return '-';
  if (ch === '\u00a0') return ' ';
  return ch;
}

/**
 * A name or title as a matcher key: typographic variants folded, spaces collapsed, a leading "the"
 * dropped; a hyphen reads as a space ("al-Jubeir" / "al Jubeir") and an apostrophe inside a word
 * is dropped ("Ja'afari" / "Jaafari"), as the matcher's walk reads the text.
 */
export function aliasKey(alias: string): string {
  return [...alias.trim()]
    .map(foldChar)
    .join('')
    .replace(/(?<=[\p{L}\p{N}])'(?=[\p{L}\p{N}])/gu, '')
    .replace(/-/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^the\s+/i, '');
}
