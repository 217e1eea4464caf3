// The speaker named in the quote's own sentence:
// - after the quote: '"...," Kerry said', '"...," said a senior US official', '"..." to fight
//   terrorism, Kerry said', '"...," he added, addressing Lavrov' (a pronoun, resolved later);
// - before it: 'Kremlin spokesman Dmitry Peskov said Friday that ... "to significantly..."',
//   'Mr Lavrov told Mr Kerry ...: "On that route..."', 'in the words of Kremlin spokesman
//   Dmitry Peskov, "inform him..."', 'according to X, "..."': the subject of the last speech
//   verb outside quotation marks.
import type { Codebook } from '../../codebook/Codebook.ts';
import type { QuoteCandidate, MentionRef } from '../QuoteCandidate.ts';
import type { SentenceSpan } from '../../actors/ArticleLayout.ts';
import { speechLemma } from '../lexicon/speechVerbs.ts';
import { wordsIn } from '../../actors/words.ts';
import { speakerOf, PRONOUNS } from '../speakerOf.ts';
import { speakerText } from '../speakerText.ts';
import { governingVerb } from '../governingVerb.ts';

/** A speech verb right after a coordinator: it shares the subject of the clause's first verb. */
const COORDINATED = /\b(?:and|but|yet|then)\s+(?:(?:\p{Ll}+ly|also|then|later)\s+)?$/u;
const CLAUSE_BOUNDARY = /,\s*(?:and|but|while|whereas|although|though|yet)\s+/g;
const CUE = /(?:according to|in the words of)\s+([^,"\u201c\u2018]+?),?\s*$/i;

export type Attributed = QuoteCandidate & { attributed: boolean; attributedAfter: boolean };

export interface Attribution {
  speaker: string;
  speaker_text: string;
  verb: string;
}

/** '"...," X said' or '"...," said X': the first speech verb after the closing mark. */
function after(text: string, from: number, to: number, mentions: MentionRef[], codebook: Codebook): Attribution | null {
  const words = wordsIn(text, from, to).slice(0, 14);
  const v = words.findIndex(
    (w, i) =>
      speechLemma(w.text) && !(i + 1 < words.length && speechLemma(words[i + 1].text) && !/^(said|says)$/.test(w.text)),
  );
  if (v < 0) return null;
  const verb = words[v];
  // ', insisting that ...', ', saying ...': a participle after the quote belongs to the clause before it.
  if (/ing$/.test(verb.text)) return null;
  const gap = text.slice(from, verb.start);
  if (/["\u201c\u201d]/.test(gap)) return null;
  // '... "nothing to do" with the attack, and US officials said ...', '..., while Kerry said': a new clause with its own speaker.
  if (/,\s*(?:and|but|while|whereas|although|though|yet|which|who|because|since)\s/i.test(gap)) return null;
  let phraseStart = from + Math.max(gap.lastIndexOf(','), gap.lastIndexOf('\u2014'), -1) + 1;
  let phraseEnd = verb.start;
  // '"...," Rami Abdulrahman, head of the Observatory, told Reuters': the name before the apposition.
  const lead = /^[\s,\u2014\u2013-]*/.exec(gap)![0].length;
  if (!text.slice(phraseStart, phraseEnd).trim() && gap.slice(lead).trim())
    [phraseStart, phraseEnd] = subjectRegion(text, from + lead, verb.start, mentions);
  if (/^\s*(and|but|then|or)\s*$/i.test(text.slice(phraseStart, phraseEnd))) return null; // '"..." and said it hoped': the subject is before the quote
  if (!text.slice(phraseStart, phraseEnd).trim()) {
    // "said Kerry", "said a senior US official, who..."
    phraseStart = verb.end;
    const m = /^[^,.;:!?"\u201c\u201d]*/.exec(text.slice(verb.end, to));
    phraseEnd = verb.end + (m?.[0].length ?? 0);
  }
  const phrase = text.slice(phraseStart, phraseEnd).trim();
  if (!phrase || phrase.split(/\s+/).length > 9) return null;
  const s = phraseStart + text.slice(phraseStart, phraseEnd).indexOf(phrase);
  const speaker = PRONOUNS.test(phrase) ? '' : speakerOf(text, s, s + phrase.length, mentions, codebook);
  return { speaker, speaker_text: speakerText(phrase), verb: verb.text.toLowerCase() };
}

/**
 * 'A "credible, inclusive and non-sectarian" government would be formed ..., the statement said.':
 * the attribution that closes the sentence, after a comma, when no speech verb is nearer the quote.
 */
function closingAttribution(
  text: string,
  from: number,
  to: number,
  mentions: MentionRef[],
  codebook: Codebook,
): Attribution | null {
  const tail = /,\s+([^,"\u201c\u201d]{2,60}?)\s+(said|says|added|stated|reported|announced)\s*[.!]?\s*$/.exec(
    text.slice(from, to),
  );
  if (!tail || /["\u201c\u201d]/.test(text.slice(from, from + tail.index))) return null;
  const s = from + tail.index + tail[0].indexOf(tail[1]);
  return {
    speaker: speakerOf(text, s, s + tail[1].length, mentions, codebook),
    speaker_text: speakerText(tail[1]),
    verb: tail[2],
  };
}

/** "called the outcome "a significant step forward"", "described it as "...": a verb that names the words quoted after it. */
function namesWords(text: string, verb: { text: string; end: number }, quoteOpen: number): boolean {
  if (!/^(called|calls|dubbed|termed|hailed|branded)$/.test(verb.text)) return false;
  const between = text.slice(verb.end, quoteOpen);
  return (
    between.split(/\s+/).filter(Boolean).length <= 5 &&
    !/^\s+(for|on|off|up|in|out|back|upon|it quits)\b/.test(between) &&
    !/[,.;:]/.test(between)
  );
}

/**
 * The subject of the main clause before a participle ("Putin ordered the bulk of Russia's forces
 * out of Syria on March 14, saying ..."): the first name of the clause, after an opening
 * adverbial ("On Monday, ...", "Speaking in Geneva, ...").
 */
function mainSubject(
  text: string,
  from: number,
  to: number,
  mentions: MentionRef[],
  quoted: (o: number) => boolean,
): [number, number] | null {
  let start = from;
  const opener =
    /^\s*(?:On|In|At|After|Before|During|Earlier|Later|Speaking|Asked|When|While|Following|Despite|Meanwhile|However|Within|Under)\b[^,]{0,80},/.exec(
      text.slice(from, to),
    );
  if (opener) start = from + opener[0].length;
  const first = mentions
    .filter((m) => m.start >= start && m.end <= to && !quoted(m.start))
    .sort((a, b) => a.start - b.start)[0];
  if (!first) return null;
  // The whole name phrase: "Saudi Foreign Minister Adel al-Jubeir" ends with the first name's end; a longer mention starting there wins.
  let end = Math.max(...mentions.filter((m) => m.start === first.start).map((m) => m.end));
  // ... and the nouns that head it: "a senior State Department official".
  end +=
    /^(?:\s+(?:\p{Lu}[\p{L}.'\u2019-]*|official|officials|spokesman|spokeswoman|spokesperson|minister|source|sources|diplomat|diplomats|envoy|leader|leaders|commander))*/u.exec(
      text.slice(end, to),
    )![0].length;
  return [start, end];
}

/**
 * Where the subject of a speech verb is, before the verb: "Lavrov, speaking after talks with
 * Kerry in Geneva, told" skips the participle clause; "The UN special envoy, Staffan de Mistura,
 * said" and "Mikhail Bogdanov, Russia's deputy foreign minister, said" keep the person of the
 * apposition pair.
 */
export function subjectRegion(text: string, from: number, verbStart: number, mentions: MentionRef[]): [number, number] {
  const seg = text.slice(from, verbStart);
  const final = seg.search(/,\s*$/);
  if (final < 0) return [from, verbStart];
  const prev = seg.lastIndexOf(',', final - 1);
  if (prev < 0) return [from, verbStart];
  const inner = seg.slice(prev + 1, final);
  if (/^\s*(\p{Ll}+ing|who|which|whose|where|when|in|on|at|after|during|according)\b/u.test(inner))
    return [from, from + prev];
  const innerPerson = mentions.some((m) => m.person && m.start >= from + prev && m.end <= from + final);
  if (innerPerson) return [from + prev + 1, from + final];
  const outer = mentions.some((m) => m.start >= from && m.end <= from + prev);
  return outer ? [from, from + prev] : [from + prev + 1, from + final];
}

/** The subject of the last speech verb before the opening mark, outside quotation marks. */
function before(
  text: string,
  from: number,
  to: number,
  quoted: (o: number) => boolean,
  mentions: MentionRef[],
  codebook: Codebook,
): Attribution | null {
  const region = text.slice(from, to);
  const cue = CUE.exec(region);
  if (cue) {
    const s = from + cue.index + cue[0].indexOf(cue[1]);
    return {
      speaker: speakerOf(text, s, s + cue[1].length, mentions, codebook),
      speaker_text: cue[1].trim(),
      verb: cue[0].split(/\s+/)[0].toLowerCase() === 'according' ? 'according to' : 'words',
    };
  }
  const words = wordsIn(text, from, to).filter((w) => !quoted(w.start));
  for (let nearest = words.length - 1; nearest > 0; nearest--) {
    if (!speechLemma(words[nearest].text) && !namesWords(text, words[nearest], to)) continue;
    const near = text.slice(from, words[nearest].start);
    let subjectFrom = from + Math.max(near.lastIndexOf(';'), near.lastIndexOf('"'), near.lastIndexOf('\u201d'), -1) + 1;
    // A verb inside the clause another one reports ("Peskov said Russia had warned it would "respond"") speaks for that one's subject.
    const v = governingVerb(text, words, nearest, subjectFrom);
    // "..., and activists said": a new main clause with a subject of its own starts after the conjunction.
    const boundary = [...text.slice(subjectFrom, words[v].start).matchAll(CLAUSE_BOUNDARY)].pop();
    if (boundary && /\p{L}/u.test(text.slice(subjectFrom + boundary.index! + boundary[0].length, words[v].start)))
      subjectFrom += boundary.index! + boundary[0].length;
    const clause = text.slice(from, words[v].start);
    let [regionStart, subjectEnd] = subjectRegion(text, subjectFrom, words[v].start, mentions);
    // ", saying ...", ", adding ...": the participle takes the subject of the main clause, not the nearest name;
    // so does a verb coordinated with the one before ("Kerry said he was "hopeful" but warned that ...",
    // "Lavrov met Kerry in Geneva and warned that ...").
    const participle =
      /ing$/.test(words[v].text) && /,\s*$/.test(clause)
        ? mainSubject(text, subjectFrom, words[v].start, mentions, quoted)
        : null;
    const coordinated = COORDINATED.test(clause) ? mainSubject(text, from, words[v].start, mentions, quoted) : null;
    // "He met Lavrov and said ...": the pronoun that opens the clause is its subject.
    const openingPronoun =
      COORDINATED.test(clause) && /^\s*(?:[^,]{0,60},\s*)?(he|she|they|it)\s/i.exec(text.slice(from, words[v].start));
    if (openingPronoun)
      return { speaker: '', speaker_text: openingPronoun[1].toLowerCase(), verb: words[v].text.toLowerCase() };
    if (participle) [regionStart, subjectEnd] = participle;
    else if (coordinated) [regionStart, subjectEnd] = coordinated;
    const candidates = mentions.filter((m) => m.start >= regionStart && m.end <= subjectEnd && !quoted(m.start));
    const pronoun = /\b(he|she|they|it)\s+(?:\w+ly\s+)?$/i.exec(text.slice(subjectFrom, words[v].start));
    if (!candidates.length && !pronoun) {
      const phrase = text.slice(subjectFrom, words[v].start).split(',').pop()!.trim();
      if (phrase && phrase.split(/\s+/).length <= 6)
        return {
          speaker: speakerOf(text, words[v].start - phrase.length - 1, words[v].start, mentions, codebook),
          speaker_text: speakerText(phrase),
          verb: words[v].text.toLowerCase(),
        };
      continue;
    }
    if (pronoun && (!candidates.length || candidates[candidates.length - 1].end < subjectFrom + pronoun.index))
      return { speaker: '', speaker_text: pronoun[1], verb: words[v].text.toLowerCase() };
    const last = candidates.reduce((a, b) =>
      b.end > a.end || (b.end === a.end && b.end - b.start > a.end - a.start) ? b : a,
    );
    const phraseStart = Math.max(regionStart, text.lastIndexOf(',', last.start) + 1);
    const phrase = text.slice(phraseStart, subjectEnd).trim();
    const speaker = speakerOf(text, phraseStart, subjectEnd, mentions, codebook);
    return { speaker, speaker_text: speakerText(phrase), verb: words[v].text.toLowerCase() };
  }
  return null;
}

export function attributeSpeaker(
  q: QuoteCandidate,
  text: string,
  sentenceAt: (o: number) => SentenceSpan | undefined,
  quoted: (o: number) => boolean,
  mentions: MentionRef[],
  codebook: Codebook,
): Attributed {
  const opening = sentenceAt(q.open) ?? { start: 0, end: text.length };
  const closing = q.close >= 0 ? (sentenceAt(q.close) ?? opening) : opening;
  const afterFrom = q.close >= 0 ? q.close + 1 : q.end;
  let afterTo = Math.max(closing.end, afterFrom);
  const nextOpen = text.slice(afterFrom, afterTo).search(/["\u201c\u2018]/);
  if (nextOpen >= 0) afterTo = afterFrom + nextOpen;
  // A quote that closes mid-sentence with words of its own after it ("... way" to fight terrorism, Kerry said).
  const fromAfter = after(text, afterFrom, afterTo, mentions, codebook);
  const a =
    fromAfter ??
    before(text, opening.start, q.open, quoted, mentions, codebook) ??
    closingAttribution(text, afterFrom, closing.end, mentions, codebook);
  if (!a) return { ...q, attributed: false, attributedAfter: false };
  return {
    ...q,
    speaker: a.speaker,
    speaker_text: a.speaker_text,
    verb: a.verb,
    parser: 'attributeSpeaker',
    attributed: true,
    attributedAfter: !!fromAfter,
  };
}
