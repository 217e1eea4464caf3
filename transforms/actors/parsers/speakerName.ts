// A person named as the one who speaks: "Ahmad Ramadan said", "Yahya al-Aridi told reporters",
// "..., said Salem al-Meslet." Two to four name words right before or after a speech verb.
import { personNameAt } from '../nameShape.ts';
import { speechLemma } from '../../text/lexicon/speechVerbs.ts';
import { joined, type Word } from '../../text/words.ts';
import { personSpanOf, type DiscoveredSpan } from './discovered.ts';

const TAKES_SUBJECT_AFTER = new Set([
  'said',
  'says',
  'added',
  'told',
  'insisted',
  'warned',
  'noted',
  'explained',
  'wrote',
  'asked',
  'stressed',
]);

const LOCATIVE = /^(?:in|at|from|near|outside|inside|across|into|toward|towards|around)$/;

export function speakerName(text: string, words: Word[]): DiscoveredSpan[] {
  const out: DiscoveredSpan[] = [];
  const push = (span: [number, number]) => {
    out.push(personSpanOf(text, words[span[0]], words[span[1] - 1], 'speakerName'));
  };
  for (let i = 0; i < words.length; i++) {
    const span = personNameAt(text, words, i);
    if (span) {
      const next = words[span[1]];
      // "Police in Port Elmer said": a name after a preposition of place is no subject.
      const placed = i > 0 && joined(text, words[i - 1], words[i]) && LOCATIVE.test(words[i - 1].text);
      if (next && !placed && joined(text, words[span[1] - 1], next) && speechLemma(next.text)) push(span);
      i = span[1] - 1;
      continue;
    }
    if (TAKES_SUBJECT_AFTER.has(words[i].text) && i + 1 < words.length && joined(text, words[i], words[i + 1])) {
      const after = personNameAt(text, words, i + 1);
      if (after && /^[,.]/.test(text.slice(words[after[1] - 1].end))) {
        push(after);
        i = after[1] - 1;
      }
    }
  }
  return out;
}
