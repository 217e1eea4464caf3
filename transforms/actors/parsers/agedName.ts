// A person named with their age, the way news copy gives it: "Dalerdzhon Mirzoyev, 32, and ...",
// "Jane Okafor, 41, a nurse,", "the 72-year-old Huu Can Tran", "said 43-year-old Mary Kettering".
// Only people have ages in apposition, so the age is evidence that the capitalised words are a name.
import { personNameAt } from '../nameShape.ts';
import { joined, type Word } from '../../text/words.ts';
import { personSpanOf, type DiscoveredSpan } from './discovered.ts';

/** "43-year-old": one word (words.ts joins inner hyphens). */
const AGE_ADJECTIVE = /^\d{1,3}-year-old$/;
/** ", 32," or ", 32 and" or ", 32." right after the name: an age of one to three digits, then a stop. */
const AGE_AFTER = /^,\s\d{1,3}(?:,|\.(?!\d)|;|\s+and\b|\s*$)/;

export function agedName(text: string, words: Word[]): DiscoveredSpan[] {
  const out: DiscoveredSpan[] = [];
  const push = (span: [number, number]) => {
    out.push(personSpanOf(text, words[span[0]], words[span[1] - 1], 'agedName'));
  };
  for (let i = 0; i < words.length; i++) {
    if (AGE_ADJECTIVE.test(words[i].text) && i + 1 < words.length && joined(text, words[i], words[i + 1])) {
      const span = personNameAt(text, words, i + 1);
      if (span) {
        push(span);
        i = span[1] - 1;
      }
      continue;
    }
    const span = personNameAt(text, words, i);
    if (!span) continue;
    if (AGE_AFTER.test(text.slice(words[span[1] - 1].end, words[span[1] - 1].end + 12))) push(span);
    i = span[1] - 1;
  }
  return out;
}
