// The corpus's word on a name found only at a sentence start before a verb (parsers/subjectName.ts):
// "Euclid Tsakalotos was sworn in" is a person when the corpus uses the surname alone elsewhere
// ("Tsakalotos' upbringing", "Mr Tsakalotos"), or when the sentence goes on with the name's speech
// (", telling France's RTL radio") or the next sentence opens with a person's pronoun. A name that is a
// state or territory of the world layer, or that follows a preposition of place in any article ("in Hong
// Kong"), is a place.
import type { ArticleText } from '../text/ArticleText.ts';
import { sentenceAt } from '../text/ArticleText.ts';
import type { Discovery } from './discoverActors.ts';
import { namesAfterPlacePrepositions } from './misreadBareNames.ts';
import { worldActors } from '../world/worldActors.ts';

/** The rest of the sentence goes on with what the subject said: ", telling ...", ", saying ...". */
const SPEECH_PARTICIPLE = /,\s+(?:telling|saying|adding|insisting|warning|arguing)\b/;
/** The next sentence opens with a person's pronoun. */
const PERSON_PRONOUN = /^\s*(?:He|She|His|Her)\b/;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const count = (text: string, re: RegExp) => text.match(re)?.length ?? 0;

let worldNames: Set<string> | undefined;
const isWorldName = (name: string) =>
  (worldNames ??= new Set(worldActors().flatMap((a) => [a.name, ...a.aliases]))).has(name);

export function withCorroboratedSubjects(found: Discovery[][], layouts: ArticleText[]): Discovery[][] {
  if (!found.flat().some((d) => d.span.parser === 'subjectName')) return found;
  const places = namesAfterPlacePrepositions(layouts);
  const surnameAlone = new Map<string, boolean>();
  const reusedAlone = (name: string) => {
    let verdict = surnameAlone.get(name);
    if (verdict === undefined) {
      const surname = escape(name.split(' ').pop()!),
        full = new RegExp(`(?<![\\p{L}-])${escape(name)}(?![\\p{L}-])`, 'gu'),
        alone = new RegExp(`(?<![\\p{L}-])${surname}(?![\\p{L}-])`, 'gu');
      verdict = layouts.some((l) => count(l.text, alone) > count(l.text, full));
      surnameAlone.set(name, verdict);
    }
    return verdict;
  };
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
        (!isWorldName(d.span.name) && !places.has(d.span.name) && (reusedAlone(d.span.name) || locally(layouts[k], d))),
    ),
  );
}
