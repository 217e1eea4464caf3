// A seat of government that acts stands for its state: "Rabat said", "Pyongyang has denied",
// "Beijing's position", "talks between Washington and Beijing", "ties with Moscow". News copy
// names a capital as a place far more often ("in Rabat", "near Tripoli", "flights from Moscow",
// "a Tripoli hospital"): the seat counts only when a verb follows it, when it is possessive (not
// of a place: "Tripoli's streets"), when it is coordinated between states, or when it follows a
// noun of relations ("ties with Beijing"); never after a preposition of place. The seats are the
// world layer's capitals and other seats ("the Kremlin", "the White House", stateWords.ts); one the
// codebook already names as an alias is left to the alias matcher. Who governs there counts too:
// "officials in Rabat" (lexicon/governingIn.ts).
import type { MentionCandidate } from '../MentionCandidate.ts';
import type { MentionContext } from '../MentionContext.ts';
import { SPEECH_VERBS } from '../../text/lexicon/speechVerbs.ts';
import { stateWords } from '../stateWords.ts';
import { GOVERNING_IN } from '../lexicon/governingIn.ts';

const AUXILIARIES = new Set(
  (
    'has have had will would could can cannot may might must should shall did does do ' +
    'wants wanted hopes hoped seeks sought sees saw fears feared plans planned accepts accepted refuses ' +
    'refused rejects rejected backs backed supports supported opposes opposed sent sends took takes made ' +
    'makes gave gives also still now then again later quickly swiftly has not never'
  ).split(' '),
);
/** "Tripoli has been hit": the seat suffers as a place. Forms of "be" are no sign of acting either. */
const PASSIVE = /^\s+(?:has|have|had)\s+been\b/u;
const PLACE_PREPOSITION =
  /\b(?:in|at|near|from|to|into|of|across|outside|inside|around|toward|towards|via|over|through|on|within|throughout|by|off|beyond|under)\s+(?:the\s+)?$/;
/** What a possessive seat owns when it is a place: "Tripoli's streets", "Beijing's airport". */
const PLACE_NOUNS =
  /^['\u2019]s\s+(?:\p{Ll}+\s+)?(?:streets?|suburbs?|outskirts|airports?|residents|inhabitants|people|centre|center|districts?|neighbou?rhoods?|hospitals?|port|harbou?r|old city|mayor|skyline|population|squares?|avenues?|roads?|metro|buildings?|hotels?|universit(?:y|ies)|zoo|weather|air)\b/u;
const SENTENCE_OPENERS =
  /(?:^|[\s"“])(?:The|And|But|Meanwhile|Yet|So|Now|However|Still|Instead|Later|Earlier|Also)\s+$/;
const RELATIONS =
  /\b(?:ties|relations|relationship|talks|dialogue|tensions|rift|row|dispute|deal|agreement|cooperation|negotiations)\s+with\s+$/i;

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const patterns = new WeakMap<object, RegExp | null>();
function patternFor(seats: Map<string, string>): RegExp | null {
  if (!patterns.has(seats)) {
    const list = [...seats.keys()].sort((a, b) => b.length - a.length).map(escape);
    patterns.set(
      seats,
      list.length ? new RegExp(`(?<![\\p{L}\\p{N}-])(?:${list.join('|')})(?![\\p{L}\\p{N}-])`, 'gu') : null,
    );
  }
  return patterns.get(seats)!;
}

/** The next word after a seat is a verb of a subject: an auxiliary, a speech verb or a past tense. */
function verbFollows(after: string): boolean {
  if (PASSIVE.test(after)) return false;
  const word = /^\s+(\p{Ll}[\p{Ll}']*)/u.exec(after)?.[1];
  if (!word) return false;
  if (AUXILIARIES.has(word)) return true;
  const lemma = SPEECH_VERBS.get(word);
  if (lemma && !word.endsWith('ing')) return true;
  return /^\p{Ll}{3,}ed$/u.test(word);
}

export function seatMetonym(context: MentionContext): MentionCandidate[] {
  const { text, matcher, all, discoveredMatches, states } = context;
  const { seats } = stateWords(matcher);
  const pattern = patternFor(seats);
  if (!pattern) return [];
  const covered = (s: number, e: number) =>
    [...all, ...discoveredMatches].some((m) => m.start <= s && m.end >= e && m.end - m.start > e - s);
  const named = (s: number, e: number) => all.some((m) => m.start === s && m.end === e && m.entry.kind === 'alias');
  // A state named right there, by a seat or a codebook alias: the partner of "between X and Y".
  const stateAt = (offset: number, direction: 'after' | 'before'): boolean => {
    const stretch =
      direction === 'after' ? text.slice(offset, offset + 60) : text.slice(Math.max(0, offset - 60), offset);
    const names = '[\\p{Lu}][\\p{L}.]*(?:\\s+[\\p{Lu}][\\p{L}.]*)*';
    const word = new RegExp(direction === 'after' ? `^(?:the\\s+)?(${names})` : `(${names})$`, 'u');
    const name = word.exec(stretch)?.[1]?.trim();
    if (!name) return false;
    if (seats.has(name)) return true;
    const at = direction === 'after' ? offset + stretch.indexOf(name) : offset - name.length;
    return all.some((m) => m.start === at && states.has(m.entry.actor_id) && m.entry.kind === 'alias');
  };
  const out: MentionCandidate[] = [];
  for (const m of text.matchAll(pattern)) {
    const start = m.index!,
      end = start + m[0].length;
    if (covered(start, end) || named(start, end)) continue;
    const before = text.slice(Math.max(0, start - 40), start);
    const after = text.slice(end, end + 40);
    if (/\p{Lu}[\p{L}.]* +$/u.test(before) && !SENTENCE_OPENERS.test(before)) continue; // "Greater Tripoli"
    const possessive = /^['\u2019]s\b/u.test(after);
    const and = /^\s+and\s+/.exec(after)?.[0] ?? '';
    const between = /\bbetween\s+(?:the\s+)?$/i.test(before) && !!and && stateAt(end + and.length, 'after');
    const pairEnd = /\bbetween\s+(?:the\s+)?[\p{Lu}][\p{L}. ]*?(\s+and\s+(?:the\s+)?)$/u.exec(before);
    const secondOfPair = !!pairEnd && stateAt(start - pairEnd[1].length, 'before');
    const acting =
      (possessive && !PLACE_NOUNS.test(after)) ||
      between ||
      secondOfPair ||
      RELATIONS.test(before) ||
      GOVERNING_IN.test(before) ||
      (!PLACE_PREPOSITION.test(before) && !possessive && verbFollows(after));
    if (!acting) continue;
    out.push({
      start,
      end,
      surface: m[0],
      actor_id: seats.get(m[0])!,
      kind: 'name',
      descriptor: '',
      parser: 'seatMetonym',
    });
  }
  return out;
}
