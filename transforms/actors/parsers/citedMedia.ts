// News outlets and agencies cited as sources: "the Interfax news agency", "state news agency
// SANA", "Al-Watan newspaper", "told RIA Novosti", "according to TASS". The cue word around
// the name (news agency, newspaper, told, according to) is the evidence.
import { joined, isCapitalised, isAllCaps, type Word } from '../../text/words.ts';
import { canonicalName, type DiscoveredSpan } from './discovered.ts';
import { NON_NAME_WORDS } from '../lexicon/capitalisedNonNames.ts';
import { DEMONYM_WORDS } from '../../text/lexicon/demonyms.ts';

const MEDIA_NOUN =
  /^(news agency|agency|newspaper|daily|weekly|broadcaster|channel|television|TV|radio|website|news site|outlet|magazine)$/i;
const BEFORE_CUE =
  /\b(news agency|newspaper|daily|broadcaster|channel|television|TV|radio|website|magazine|told|according to|quoted by|reported by|interview with)\s+$/i;
const AFTER_CUE =
  /^\s+(news agency|newspaper|daily|weekly|broadcaster|television|TV|channel|radio|website|magazine|reported|quoted)\b/i;

function nameRun(text: string, words: Word[], i: number): number {
  let j = i;
  while (
    j < words.length &&
    j - i < 4 &&
    (isCapitalised(words[j].text) || /^\d+$/.test(words[j].text)) &&
    (j === i || joined(text, words[j - 1], words[j]))
  )
    j++;
  return j;
}

export function citedMedia(text: string, words: Word[]): DiscoveredSpan[] {
  const out: DiscoveredSpan[] = [];
  for (let i = 0; i < words.length; i++) {
    if (!isCapitalised(words[i].text) || NON_NAME_WORDS.has(words[i].text)) continue;
    const end = nameRun(text, words, i);
    const first = words[i],
      last = words[end - 1];
    if (end - i === 1 && DEMONYM_WORDS.has(first.text)) continue;
    const before = text.slice(Math.max(0, first.start - 30), first.start);
    const after = text.slice(last.end, last.end + 30);
    const beforeCue = BEFORE_CUE.exec(before)?.[1] ?? '';
    const afterCue = AFTER_CUE.exec(after)?.[1] ?? '';
    // "told"/"according to" alone name a person as often as an outlet: only an acronym counts there.
    const strong =
      MEDIA_NOUN.test(beforeCue) ||
      MEDIA_NOUN.test(afterCue) ||
      (/^(reported|quoted)$/i.test(afterCue) && end - i === 1 && isAllCaps(first.text));
    const weak = beforeCue !== '' && end - i === 1 && isAllCaps(first.text) && first.text.length >= 3;
    if (strong || weak) {
      const surface = canonicalName(text.slice(first.start, last.end));
      out.push({
        start: first.start,
        end: first.start + surface.length,
        name: surface,
        type: 'media',
        parser: 'citedMedia',
      });
    }
    i = end - 1;
  }
  return out;
}
