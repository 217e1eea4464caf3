// A person named after an apposition that says who they are, the label first: "Another survivor,
// Amina Haddad, lost her house", "The only independent candidate, Tomas Lind, who ...", "A
// spokeswoman for the agency, Ines Carvalho, said". The role noun in the label is the evidence.
import { personNameAt } from '../nameShape.ts';
import { PERSON_ROLES, isRoleNoun } from '../../text/lexicon/roleNouns.ts';
import { type Word } from '../../text/words.ts';
import { personSpanOf, type DiscoveredSpan } from './discovered.ts';

/** A determiner that opens the label: "the", "a", "another", "his", "Russia's". */
const OPENER = /^(?:the|a|an|another|his|her|its|their|\p{Lu}[\p{L}.-]*['\u2019]s)$/iu;
const VERBISH = /^(?:is|was|are|were|has|had|have|will|would|who|which|that|said|says|and|but|as)$/i;

/** The label that ends right before words[i] (", " between): its words, or null. */
function labelBefore(text: string, words: Word[], i: number): Word[] | null {
  if (i < 2 || !/^,\s$/.test(text.slice(words[i - 1].end, words[i].start))) return null;
  // The label opens the sentence or a clause (after a comma, "and", "but"), at most eight words before the name.
  for (let j = i - 1; j >= Math.max(0, i - 8); j--) {
    if (!OPENER.test(words[j].text)) continue;
    const before = text.slice(Math.max(0, words[j].start - 5), words[j].start);
    if (j > 0 && !/(?:^|[.!?:\n"\u201d]\s*|,\s|\band\s|\bbut\s)$/.test(before)) continue; // "for the agency": inside the label
    const label = words.slice(j + 1, i);
    const gaps = label.every((w, k) => k === 0 || /^[ -]$/.test(text.slice(label[k - 1].end, w.start)));
    const head = label[label.length - 1]?.text.toLowerCase() ?? '';
    const ofPhrase = label.findIndex((w) => /^(?:of|for|at|in)$/.test(w.text));
    const roleAt = ofPhrase > 0 ? label[ofPhrase - 1].text.toLowerCase() : head;
    if (!gaps && ofPhrase < 0) return null;
    if (label.some((w) => VERBISH.test(w.text))) return null;
    return PERSON_ROLES.has(roleAt) && isRoleNoun(roleAt) ? label : null;
  }
  return null;
}

export function roleFirstName(text: string, words: Word[]): DiscoveredSpan[] {
  const out: DiscoveredSpan[] = [];
  for (let i = 0; i < words.length; i++) {
    const span = personNameAt(text, words, i);
    if (!span) continue;
    const last = words[span[1] - 1];
    // The apposition closes after the name: ", Name," or ", Name said".
    if (/^[,;)]/.test(text.slice(last.end, last.end + 1)) && labelBefore(text, words, i)) {
      out.push(personSpanOf(text, words[i], last, 'roleFirstName'));
    }
    i = span[1] - 1;
  }
  return out;
}
