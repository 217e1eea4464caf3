// A state referred to by an epithet alone: "the reclusive state", "the Himalayan nation", "the
// war-torn country", "the oil-rich kingdom", "the North African country". A determiner, one to
// three modifiers and a noun that heads a state's description; resolveCoreference gives it the
// state named last. A modifier that points elsewhere ("the neighbouring country", "the other
// nation", "the host nation") or a name right after it ("the Gulf state Qatar") makes no mention,
// nor does a head that modifies a noun after it ("the state media", "the nation state").
import type { MentionCandidate } from '../MentionCandidate.ts';
import type { MentionContext } from '../MentionContext.ts';
import { DEMONYMS } from '../../text/lexicon/demonyms.ts';

const HEAD = '(?:state|nation|country|kingdom|republic|emirate|monarchy|island nation|island state)';
const MODIFIER = "(?:[a-z][a-z'-]+|\\p{Lu}\\p{Ll}+(?:an|ic|ese|ish|i)|Gulf|Arab|Jewish|North|South|East|West|Central)";
const PHRASE = new RegExp(`\\b[Tt]he ((?:${MODIFIER} ){1,3}${HEAD})\\b(?![-\\u2011])`, 'gu');

/** Modifiers that point to another state than the one named last, or that describe no state. */
const ELSEWHERE = new Set(
  (
    'other same neighbouring neighboring whole entire first second third last next only member fellow host ' +
    'foreign home new federal sovereign independent islamic united nation city one two three world ' +
    'visiting guest donor source transit destination recipient western eastern southern northern ' +
    'said and or but of in on at to for by with from as than that this its his her their our'
  ).split(' '),
);

/** What may follow the head when it names the state: a stop, a possessive, a verb or a function word. */
const AFTER =
  /^(?:[,.;:)!?]|['\u2019]s\b|\s+(?:is|was|are|were|has|had|have|will|would|could|can|may|might|must|should|said|says|and|but|which|that|who|whose|also|now|still|already|in|on|at|to|for|from|with|by|since|after|before|as|remains|continues|\p{Ll}+ed)\b)/u;
/** Nouns a head modifies ("the state media", "the nation state"): the phrase is no state then. */
const NOUN_AFTER = new Set(
  (
    'media television tv radio news agency broadcaster department secretary minister ministry official ' +
    'visit funeral dinner banquet level budget sponsor actor apparatus building council government police ' +
    'security assembly border team song flag anthem debt power interest state company firm oil capital'
  ).split(' '),
);
/** The head names the state when what follows is a stop, a verb or a function word, not a noun it modifies. */
function headsPhrase(after: string): boolean {
  if (AFTER.test(after)) return true;
  const next = /^\s+(\p{Ll}+)\b/u.exec(after)?.[1];
  return !!next && !NOUN_AFTER.has(next) && !/s$/.test(next);
}

const PLACE_BEFORE = /\b(?:in|into|across|throughout|around|inside|to|from|within)\s+$/;

export function stateEpithets({ text }: MentionContext): MentionCandidate[] {
  const out: MentionCandidate[] = [];
  for (const m of text.matchAll(PHRASE)) {
    const words = m[1].split(' ');
    const modifiers = words.slice(0, /^island (?:nation|state)$/.test(words.slice(-2).join(' ')) ? -2 : -1);
    if (!modifiers.length || modifiers.some((w) => ELSEWHERE.has(w.toLowerCase()) || DEMONYMS[w])) continue;
    if (modifiers.some((w) => /\d/.test(w))) continue;
    const end = m.index! + m[0].length;
    if (!headsPhrase(text.slice(end, end + 20))) continue;
    const start = end - m[1].length;
    // "cooperation in the war-torn country": a place, as "in Syria" is (dropLocations), not the state acting.
    if (PLACE_BEFORE.test(text.slice(Math.max(0, m.index! - 10), m.index!))) continue;
    out.push({ start, end, surface: m[1], actor_id: '', kind: 'role', descriptor: m[1], parser: 'stateEpithet' });
  }
  return out;
}
