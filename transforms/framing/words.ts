// The words of a text as reuse and alignment compare them: lower-cased runs of letters and
// digits, punctuation dropped (CONTRACT.md). "Assad's 280,000" -> assad, s, 280, 000.
const WORD = /[\p{L}\p{N}]+/gu;

export function words(text: string): string[] {
  return text.toLowerCase().match(WORD) ?? [];
}
