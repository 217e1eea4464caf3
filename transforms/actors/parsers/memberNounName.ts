// An organisation or armed group named by a bare name that modifies a noun of its members or of
// the group itself: "Hamas official", "a Taliban commander", "Houthi rebels", "Boko Haram
// fighters", "al-Shabab militants", "the Hamas movement". The noun gives the type (fighters,
// militants, gunmen, rebels: an armed group). Known states, places, people and outlets are codebook
// or world aliases and claim their spans first; demonyms ("Kurdish fighters"), adjectives
// ("Republican lawmakers"), days ("Monday's fighters") and a person's surname ("Trump officials"
// after "Donald Trump") are no names here. Once discovered, the bare name is a mention everywhere.
import type { ActorType } from '../../schema/index.ts';
import { joined, isCapitalised, type Word } from '../../text/words.ts';
import { DEMONYM_WORDS } from '../../text/lexicon/demonyms.ts';
import { NON_NAME_WORDS, HONORIFICS } from '../lexicon/capitalisedNonNames.ts';
import { MEMBER_NOUNS } from '../lexicon/memberNouns.ts';
import { ORG_HEADS } from '../../text/lexicon/orgNouns.ts';
import { isRoleNoun } from '../../text/lexicon/roleNouns.ts';
import { canonicalName, type DiscoveredSpan } from './discovered.ts';

/** "al-Shabab": a name with an Arabic article, written in lower case. */
const ARTICLE_PREFIXED = /^(?:al|el)-\p{Lu}/u;
/** The shape of an adjective of party or creed: "Republican", "Democratic", "Conservative", "Socialist". */
const ADJECTIVE_SHAPE = /(?:ic|ical|ive|ist|ian|can|ish|ese|ing|ed|ary|ean|crat)$/;
/** "US-backed", "Hamas-run": a compound modifier, not a name. */
const COMPOUND = /-\p{Ll}+$/u;
/** Words that may stand before the name without being part of it: determiners and qualifiers. */
const OPENERS =
  /^(?:[Tt]he|[Aa]n?|[Ss]ome|[Ss]enior|[Tt]op|[Ss]uspected|[Aa]lleged|[Ff]ormer|[Tt]wo|[Tt]hree|[Ss]everal|[Mm]any|[Oo]ther|\d[\d,]*)$/;

function nameWord(text: string, w: Word, first: boolean): boolean {
  if (!(isCapitalised(w.text) || (first && ARTICLE_PREFIXED.test(w.text)))) return false;
  return !/['\u2019]/.test(w.text) && !COMPOUND.test(w.text) && !NON_NAME_WORDS.has(w.text) && !HONORIFICS.has(w.text);
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * What the rest of the text says the name's first word is: a person's surname or part of a longer
 * name when another name word stands before it ("Donald Trump"), a place after a preposition of
 * place ("in Gaza"), a common word when it opens a sentence and is nowhere capitalised inside one.
 */
function notAName(text: string, word: string, opensSentence: boolean): boolean {
  let inside = false;
  for (const m of text.matchAll(new RegExp(`(\\S+)( +)${escape(word)}(?![\\p{L}-])`, 'gu'))) {
    const before = m[1];
    if (/^(?:in|from|near|into|across|around)$/.test(before)) return true;
    if (
      /^\p{Lu}[\p{L}.-]*$/u.test(before) &&
      !OPENERS.test(before) &&
      !NON_NAME_WORDS.has(before) &&
      !DEMONYM_WORDS.has(before)
    )
      return true;
    if (!/[.!?:"\u201c\u201d]$/.test(before)) inside = true;
  }
  return opensSentence && !inside;
}

export function memberNounName(text: string, words: Word[]): DiscoveredSpan[] {
  const out: DiscoveredSpan[] = [];
  for (let i = 1; i < words.length; i++) {
    const type: ActorType | undefined = MEMBER_NOUNS[words[i].text];
    if (!type || !joined(text, words[i - 1], words[i])) continue;
    // The name: up to three name words right before the noun.
    let s = i;
    while (
      s > 0 &&
      i - s < 3 &&
      nameWord(text, words[s - 1], true) &&
      !OPENERS.test(words[s - 1].text) &&
      (s === i || joined(text, words[s - 1], words[s]))
    )
      s--;
    if (s === i) continue;
    if (
      s > 0 &&
      joined(text, words[s - 1], words[s]) &&
      isCapitalised(words[s - 1].text) &&
      !OPENERS.test(words[s - 1].text)
    )
      continue; // "Donald Trump supporters", "Israel Defense Forces members": part of a longer name
    // "Afghan Taliban fighters", "Somali al-Shabab militants": a nationality before the name is no part of it.
    while (s < i - 1 && DEMONYM_WORDS.has(words[s].text)) s++;
    const run = words.slice(s, i);
    if (run.some((w, k) => k > 0 && ARTICLE_PREFIXED.test(w.text) === false && !isCapitalised(w.text))) continue;
    if (run.some((w) => DEMONYM_WORDS.has(w.text))) continue; // "Kurdish fighters", "Palestinian officials"
    if (run.length === 1 && ADJECTIVE_SHAPE.test(run[0].text)) continue; // "Republican lawmakers"
    if (run.some((w) => ORG_HEADS[w.text] || isRoleNoun(w.text))) continue; // "Party members": organisationSpan's
    const opensSentence = s === 0 || /[.!?:"\u201c\u201d]\s*$/.test(text.slice(words[s - 1].end, run[0].start));
    if (notAName(text, run[0].text, opensSentence)) continue; // "Trump officials", "Gaza officials"
    const name = canonicalName(text.slice(run[0].start, run[run.length - 1].end));
    out.push({ start: run[0].start, end: run[0].start + name.length, name, type, parser: 'memberNounName' });
  }
  return out;
}
