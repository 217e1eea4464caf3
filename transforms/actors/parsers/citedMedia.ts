// News outlets and agencies cited as sources: "the Interfax news agency", "state news agency
// SANA", "Al-Watan newspaper", "told RIA Novosti", "according to TASS". The cue word around
// the name (news agency, newspaper, told, according to) is the evidence.
import { joined, isCapitalised, isAllCaps, type Word } from '../../text/words.ts';
import { canonicalName, type DiscoveredSpan } from './discovered.ts';
import { NON_NAME_WORDS } from '../lexicon/capitalisedNonNames.ts';
import { DEMONYM_WORDS } from '../../text/lexicon/demonyms.ts';

const MEDIA_NOUN =
  /^(news agency|agency|newspaper|daily|weekly|broadcaster|channel|television|TV|radio|website|news site|news website|news portal|outlet|magazine)$/i;
const BEFORE_CUE =
  /\b(news agency|newspaper|daily|broadcaster|channel|television|TV|radio|website|magazine|told|according to|quoted by|reported by|interview with)\s+$/i;
const AFTER_CUE =
  /^\s+(news agency|news website|news site|news portal|newspaper|daily|weekly|broadcaster|television|TV|channel|radio|website|magazine|reported|quoted)\b/i;

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

/** The end of "of" and a name run right after words[i, end) ("Times" + "of Israel"), or end. */
function ofNameEnd(text: string, words: Word[], end: number): number {
  const of = words[end],
    next = words[end + 1];
  if (of?.text !== 'of' || !next || !isCapitalised(next.text)) return end;
  if (!joined(text, words[end - 1], of) || !joined(text, of, next)) return end;
  return nameRun(text, words, end + 1);
}

export function citedMedia(text: string, words: Word[]): DiscoveredSpan[] {
  const out: DiscoveredSpan[] = [];
  for (let i = 0; i < words.length; i++) {
    if (!isCapitalised(words[i].text) || NON_NAME_WORDS.has(words[i].text)) continue;
    let end = nameRun(text, words, i);
    const first = words[i];
    let last = words[end - 1];
    if (end - i === 1 && DEMONYM_WORDS.has(first.text)) continue;
    const before = text.slice(Math.max(0, first.start - 30), first.start);
    const after = text.slice(last.end, last.end + 30);
    const beforeCue = BEFORE_CUE.exec(before)?.[1] ?? '';
    let afterCue = AFTER_CUE.exec(after)?.[1] ?? '';
    // "the Times of Israel website": "of" and a name inside an outlet's name, when an outlet's noun follows.
    const longer = afterCue ? end : ofNameEnd(text, words, end);
    if (longer > end) {
      afterCue = AFTER_CUE.exec(text.slice(words[longer - 1].end, words[longer - 1].end + 30))?.[1] ?? '';
      if (!MEDIA_NOUN.test(afterCue)) afterCue = '';
      else [end, last] = [longer, words[longer - 1]];
    }
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
