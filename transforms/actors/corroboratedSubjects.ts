// The corpus's word on a name found only at a sentence start before a verb (parsers/subjectName.ts):
// "Euclid Tsakalotos was sworn in" is a person when the corpus uses the surname alone elsewhere
// ("Tsakalotos' upbringing", "Mr Tsakalotos"), or when the sentence goes on with the name's speech
// (", telling France's RTL radio") or the next sentence opens with a person's pronoun. A name that is a
// state or territory of the world layer, or that follows a preposition of place in any article ("in Hong
// Kong"), is a place.
import type { ArticleText } from '../text/ArticleText.ts';
import { sentenceAt } from '../text/ArticleText.ts';
import type { Discovery } from './discoverActors.ts';
import { worldActors } from '../world/worldActors.ts';

/** The rest of the sentence goes on with what the subject said: ", telling ...", ", saying ...". */
const SPEECH_PARTICIPLE = /,\s+(?:telling|saying|adding|insisting|warning|arguing)\b/;
/** The next sentence opens with a person's pronoun. */
const PERSON_PRONOUN = /^\s*(?:He|She|His|Her)\b/;

let worldNames: Set<string> | undefined;
const isWorldName = (name: string) =>
  (worldNames ??= new Set(worldActors().flatMap((a) => [a.name, ...a.aliases]))).has(name);

export function withCorroboratedSubjects(
  found: Discovery[][],
  layouts: ArticleText[],
  /** The corpus's names after a preposition of place (namesAfterPlacePrepositions.ts), read when needed. */
  placeNames: () => ReadonlySet<string>,
): Discovery[][] {
  if (!found.flat().some((d) => d.span.parser === 'subjectName')) return found;
  const places = placeNames();
  const reusedAlone = surnamesReusedAlone(
    found.flat().flatMap((d) => (d.span.parser === 'subjectName' ? [d.span.name] : [])),
    layouts,
  );
  const locally = (layout: ArticleText, d: Discovery) => {
    const s = sentenceAt(layout, d.span.start);
    if (!s) return false;
    const next = layout.sentences[layout.sentences.indexOf(s) + 1];
    return (
      SPEECH_PARTICIPLE.test(layout.text.slice(d.span.end, s.end)) ||
      (next !== undefined && PERSON_PRONOUN.test(next.text))
    );
  };
  return found.map((ds, k) =>
    ds.filter(
      (d) =>
        d.span.parser !== 'subjectName' ||
        (!isWorldName(d.span.name) &&
          !places.has(d.span.name) &&
          (reusedAlone.has(d.span.name) || locally(layouts[k], d))),
    ),
  );
}

/** A run of letters, apostrophes and hyphens: a word as the names' boundaries see it. */
const WORD = /[\p{L}'\u2019]+(?:-[\p{L}'\u2019]+)*/gu;

/**
 * The names whose surname some article uses more often than the full name (so at least once alone:
 * "Mr Tsakalotos", "Tsakalotos' upbringing"), from one scan of each article's words, whatever the
 * number of names (not a search per name and article).
 */
function surnamesReusedAlone(names: string[], layouts: ArticleText[]): Set<string> {
  const bySurname = new Map<string, string[]>();
  for (const name of new Set(names)) {
    const surname = name.split(' ').pop()!;
    bySurname.set(surname, [...(bySurname.get(surname) ?? []), name]);
  }
  const reused = new Set<string>();
  for (const { text } of layouts) {
    const alone = new Map<string, number>(),
      full = new Map<string, number>();
    for (const m of text.matchAll(WORD)) {
      // "Tsakalotos'", "Prigozhin's": the surname with its possessive; 'Tsakalotos in single quotes.
      const lead = /^['\u2019]*/.exec(m[0])![0].length;
      const word = m[0].slice(lead).replace(/['\u2019]s?$/, '');
      const withName = bySurname.get(word);
      if (!withName) continue;
      alone.set(word, (alone.get(word) ?? 0) + 1);
      for (const name of withName) {
        const from = m.index + lead - (name.length - word.length);
        if (from >= 0 && text.startsWith(name, from) && !/[\p{L}-]/u.test(text[from - 1] ?? ''))
          full.set(name, (full.get(name) ?? 0) + 1);
      }
    }
    for (const [surname, n] of alone)
      for (const name of bySurname.get(surname)!) if (n > (full.get(name) ?? 0)) reused.add(name);
  }
  return reused;
}
