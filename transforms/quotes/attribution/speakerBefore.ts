// "X said ... that" before the quote: the subject of the last speech verb before the opening
// mark, outside quotation marks: 'Kremlin spokesman Dmitry Peskov said Friday that ... "to
// significantly..."', 'Mr Lavrov told Mr Kerry ...: "On that route..."', 'Kerry said he was
// "hopeful" but warned that ...'. A verb inside a clause another verb reports speaks for that
// verb's subject (governingVerb); a participle or a coordinated verb takes the main clause's; a
// verb in a relative clause that runs on to the quote takes its antecedent ('Defense Minister
// Ana Ruiz, who earlier said she "would not mind ..."'); 'X was quoted by Y as saying' is X's.
import type { Parser } from '../../Extractor.ts';
import type { AttributionInput, Attribution } from './Attribution.ts';
import { speechLemma } from '../../text/lexicon/speechVerbs.ts';
import { wordsIn } from '../../text/words.ts';
import { speakerOf } from '../speakerOf.ts';
import { speakerText } from '../speakerText.ts';
import { governingVerb } from '../governingVerb.ts';
import { subjectRegion } from './subjectRegion.ts';
import { mainSubject } from './mainSubject.ts';
import { namesWords } from './namesWords.ts';
import { relativeAntecedent } from './relativeAntecedent.ts';

/** A speech verb right after a coordinator: it shares the subject of the clause's first verb. */
const COORDINATED = /\b(?:and|but|yet|then)\s+(?:(?:\p{Ll}+ly|also|then|later)\s+)?$/u;
const CLAUSE_BOUNDARY = /,\s*(?:and|but|while|whereas|although|though|yet)\s+/g;
/** Words that may stand before the name that opens a clause: "the talks between Lavrov and ...", "the top US diplomat". */
const LEAD_WORDS = /^(?:the|a|an|of|for|and|top|senior|former|then|new|chief|deputy|foreign|defence|defense)$/;
/** "Putin was quoted by Interfax as saying", "the ministry was cited by RT as saying": the subject comes before "was". */
const PASSIVE_CHANNEL =
  /\s+(?:was|were|is|are|has been|have been|had been)\s+(?:quoted|cited)\s+(?:(?:by|in)\s+[^,;]{1,80}?\s+)?as\s+$/;

export const speakerBefore: Parser<AttributionInput, Attribution> = ({
  text,
  quote,
  sentenceStart: from,
  quoted,
  mentions,
  codebook,
}) => {
  const to = quote.open;
  const found = (speaker: string, speaker_text: string, verb: string): Attribution[] => [
    { speaker, speaker_text, verb: verb.toLowerCase(), rule: 'speakerBefore', after: false },
  ];
  const words = wordsIn(text, from, to).filter((w) => !quoted(w.start));
  for (let nearest = words.length - 1; nearest > 0; nearest--) {
    if (!speechLemma(words[nearest].text) && !namesWords(text, words[nearest], to)) continue;
    const near = text.slice(from, words[nearest].start);
    let subjectFrom = from + Math.max(near.lastIndexOf(';'), near.lastIndexOf('"'), near.lastIndexOf('\u201d'), -1) + 1;
    const relative = relativeAntecedent(text, subjectFrom, words[nearest], to);
    if (relative)
      return found(
        speakerOf(text, relative.start, relative.end, mentions, codebook),
        speakerText(text.slice(relative.start, relative.end)),
        words[nearest].text,
      );
    // A verb inside the clause another one reports ("Peskov said Russia had warned it would "respond"") speaks for that one's subject.
    const v = governingVerb(text, words, nearest, subjectFrom);
    // "..., and activists said": a new main clause with a subject of its own starts after the conjunction.
    const boundary = [...text.slice(subjectFrom, words[v].start).matchAll(CLAUSE_BOUNDARY)].pop();
    if (boundary && /\p{L}/u.test(text.slice(subjectFrom + boundary.index! + boundary[0].length, words[v].start)))
      subjectFrom += boundary.index! + boundary[0].length;
    const passive = PASSIVE_CHANNEL.exec(text.slice(subjectFrom, words[v].start));
    const verbStart = passive ? subjectFrom + passive.index : words[v].start;
    const clause = text.slice(from, verbStart);
    let [regionStart, subjectEnd] = subjectRegion(text, subjectFrom, verbStart, mentions);
    // ", saying ...", ", adding ...": the participle takes the subject of the main clause, not the nearest name;
    // so does a verb coordinated with the one before ("Kerry said he was "hopeful" but warned that ...").
    // A participle after an earlier quote of the sentence ('spoke of having "fought a tough battle", claiming, "..."')
    // takes the subject that opens the sentence.
    const participle =
      /ing$/.test(words[v].text) && /,\s*$/.test(clause)
        ? (mainSubject(text, subjectFrom, verbStart, mentions, quoted) ??
          mainSubject(text, from, verbStart, mentions, quoted))
        : null;
    const coordinated = COORDINATED.test(clause) ? mainSubject(text, from, verbStart, mentions, quoted) : null;
    // "He met Lavrov and said ...": the pronoun that opens the clause is its subject.
    const openingPronoun =
      COORDINATED.test(clause) && /^\s*(?:[^,]{0,60},\s*)?(he|she|they|it)\s/i.exec(text.slice(from, verbStart));
    if (openingPronoun) return found('', openingPronoun[1].toLowerCase(), words[v].text);
    if (participle) [regionStart, subjectEnd] = participle;
    else if (coordinated) [regionStart, subjectEnd] = coordinated;
    const candidates = mentions.filter((m) => m.start >= regionStart && m.end <= subjectEnd && !quoted(m.start));
    // 'Pierre Moscovici played down differences among Greece's creditors, telling ...': a name found further in is no subject.
    const lead = candidates.length && (participle || coordinated) ? text.slice(regionStart, candidates[0].start) : '';
    if (!lead.includes(',') && lead.split(/\s+/).filter((w) => /^\p{Ll}/u.test(w) && !LEAD_WORDS.test(w)).length >= 3)
      return found('', /^\s*((?:\p{Lu}[\p{L}.'\u2019-]*\s+)*)/u.exec(lead)![1].trim(), words[v].text);
    const pronoun = /\b(he|she|they|it)\s+(?:\w+ly\s+)?$/i.exec(text.slice(subjectFrom, verbStart));
    if (!candidates.length && !pronoun) {
      const phrase = text.slice(subjectFrom, verbStart).split(',').pop()!.trim();
      if (phrase && phrase.split(/\s+/).length <= 6)
        return found(
          speakerOf(text, verbStart - phrase.length - 1, verbStart, mentions, codebook),
          speakerText(phrase),
          words[v].text,
        );
      continue;
    }
    if (pronoun && (!candidates.length || candidates[candidates.length - 1].end < subjectFrom + pronoun.index))
      return found('', pronoun[1], words[v].text);
    const last = candidates.reduce((a, b) =>
      b.end > a.end || (b.end === a.end && b.end - b.start > a.end - a.start) ? b : a,
    );
    // 'a revolt that Mr Putin at the time condemned as ...': the subject starts after the relative pronoun.
    const relPronoun = [...text.slice(regionStart, last.start).matchAll(/\b(?:that|which|whom)\s/g)].pop();
    const phraseStart = Math.max(
      regionStart,
      text.lastIndexOf(',', last.start) + 1,
      relPronoun ? regionStart + relPronoun.index! + relPronoun[0].length : -1,
    );
    return found(
      speakerOf(text, phraseStart, subjectEnd, mentions, codebook),
      speakerText(text.slice(phraseStart, subjectEnd).trim()),
      words[v].text,
    );
  }
  return [];
};
