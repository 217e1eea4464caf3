// Where the figure was counted, as written: the place after "in" or "near" following the figure
// ("killed in an attack in Nice", "in Aleppo"), else one before it in the same clause
// ("neighbourhoods of Aleppo killed at least 12").
import { worldActors } from '../../world/worldActors.ts';

const PLACE = "((?:[A-Z][\\w'\\u2019-]+)(?:\\s+(?:al-|el-)?[A-Z][\\w'\\u2019-]+)*)";
const AFTER = new RegExp(
  `^[^.;]{0,40}?\\b(?:in|near|across|outside|around)\\s+(?:(?:an?|the)\\s+(?:[\\w-]+\\s+){0,2}?(?:in|on|near|of)\\s+)?(?:the\\s+)?${PLACE}`,
);
const BEFORE = new RegExp(`\\b(?:in|near|of|across|outside|around)\\s+(?:the\\s+)?${PLACE}[^.;,]{0,40}$`);
const NOT_PLACE =
  /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|The|A|An|It|He|She|They)$/;
/** Abbreviations of states and bodies used as adjectives ("in US strikes", "in UN convoys"), from the world layer. */
const ABBREVIATIONS = new Set(
  worldActors()
    .flatMap((a) => a.adjectives)
    .filter((a) => !/\p{Ll}/u.test(a)),
);

export function locationOf(sentence: string, start: number, end: number): string {
  for (const m of [AFTER.exec(sentence.slice(end)), BEFORE.exec(sentence.slice(0, start))]) {
    if (m && !NOT_PLACE.test(m[1]) && !ABBREVIATIONS.has(m[1])) return m[1];
  }
  return '';
}
