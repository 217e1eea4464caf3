// The sentence with the words inside quotation marks blanked out (same length, so offsets hold):
// what a speaker says in quotes is a quote, not the outlet's report of a proposal ("We agreed on
// the need for a target date," Kerry said). Short quoted labels inside a clause ("a 'regime of
// calm'", "explore 'initiatives'") are blanked too: they are not cues.
const QUOTED = /"[^"]*"|\u201c[^\u201d]*\u201d|\u201c[^\u201d]*$|^[^\u201c]*\u201d/g;

export function maskQuotes(sentence: string): string {
  return sentence.replace(
    QUOTED,
    (q) => q[0] + ' '.repeat(Math.max(0, q.length - 2)) + (q.length > 1 ? q[q.length - 1] : ''),
  );
}
