// A speech verb in a relative clause that runs on to the quote speaks for the clause's antecedent:
// 'he agreed with Defense Minister Ana Ruiz, who earlier said she "would not mind ..."', 'the
// outgoing minister, who said upon his exit, "I shall ..."'. The clause runs on to the quote when
// no comma closes it before the opening mark (a comma right before the mark introduces the quote);
// 'Peskov said Washington, which had promised to rein in the rebels, had "failed to deliver"' is
// a relative clause that closed, and the quote is the main verb's.
import type { Word } from '../../text/words.ts';

/** "who", "which", then adverbs or auxiliaries only, right before the verb. */
const RELATIVE =
  /(?:,\s*)?\b(?:who|which)\s+(?:(?:\p{Ll}+ly|also|earlier|later|then|once|first|previously|again|had|has|have|would|will)\s+)*$/u;

/** The noun phrase the relative clause of `verb` hangs on, as offsets; null when the verb is in no such clause. */
export function relativeAntecedent(
  text: string,
  from: number,
  verb: Word,
  quoteOpen: number,
): { start: number; end: number } | null {
  const rel = RELATIVE.exec(text.slice(from, verb.start));
  if (!rel || rel.index === 0) return null;
  if (/[,;:]/.test(text.slice(verb.end, quoteOpen).replace(/[,:]\s*$/, ''))) return null;
  const end = from + rel.index;
  // The antecedent runs back to the previous comma, or to the start of the clause.
  const start = Math.max(from, text.lastIndexOf(',', end - 1) + 1);
  if (!/\p{L}/u.test(text.slice(start, end))) return null;
  return { start, end };
}
