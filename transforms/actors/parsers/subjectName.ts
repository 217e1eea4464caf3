// A full name with no title opening a sentence before its verb: "Pierre Moscovici played down ...",
// "Euclid Tsakalotos was sworn in ...". Capitalised words at a sentence start are weak evidence of a
// person (places, companies), so these spans are candidates only: corroboratedSubjects.ts keeps those the
// corpus confirms.
import { personNameAt } from '../nameShape.ts';
import { joined, type Word } from '../../text/words.ts';
import { personSpanOf, type DiscoveredSpan } from './discovered.ts';

/** An auxiliary, a past tense or a present tense of a few verbs news copy opens with a subject. */
const AUXILIARY = /^(?:was|is|has|had|will|would|could|can|may|might|must|should|says)$/;
const IRREGULAR_PAST = new Set(
  'said told met made took gave went came won led left held spoke wrote became began sought sent ran fled flew'.split(
    ' ',
  ),
);
const isVerb = (w: string) => AUXILIARY.test(w) || IRREGULAR_PAST.has(w) || /^[a-z]{3,}ed$/.test(w);

/** The text between two words ends a sentence: a stop (and a closing quote) then space. */
const SENTENCE_BREAK = /[.!?]["\u201d\u2019]?\s+$/;

export function subjectName(text: string, words: Word[]): DiscoveredSpan[] {
  const out: DiscoveredSpan[] = [];
  for (let i = 0; i < words.length; i++) {
    if (i > 0 && !SENTENCE_BREAK.test(text.slice(words[i - 1].start, words[i].start))) continue;
    const span = personNameAt(text, words, i);
    if (!span || span[1] - span[0] > 3) continue;
    const last = words[span[1] - 1],
      next = words[span[1]];
    if (/['\u2019]s?$/.test(last.text) || !next || !joined(text, last, next) || !isVerb(next.text)) continue;
    out.push(personSpanOf(text, words[span[0]], last, 'subjectName'));
  }
  return out;
}
