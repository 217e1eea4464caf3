// A place inside the name of a news outlet is not that state acting: "France 24", "Russia Today",
// "Voice of America", "Radio Free Europe", "Sky News Arabia" name a medium. Codebook outlets are
// matched whole and win through dropContained; this refiner covers the outlets the codebook lacks,
// from the shape of their names: a state's name followed by a number or a word that names a
// medium, or preceded by words that open one; and a state's name inside an outlet discovered in
// the corpus ("the Times of Israel website").
import type { MentionCandidate } from '../MentionCandidate.ts';
import type { MentionContext } from '../MentionContext.ts';

/** After the place: "France 24 reported", "Russia Today", "Syria TV", "Iran Daily", "told Russia 1." */
const MEDIUM_AFTER =
  /^ (?:\d{1,3}(?=['\u2019]s\b|[,.;:)"\u201d]|\s+(?:\p{Lu}|said|says|reported|reports|quoted|cited|aired|broadcast|showed)|\s*$)|(?:Today|TV|Television|Radio|News|Times|Post|Daily|Herald|Tribune|Journal|Insider|Monitor|Observer|Gazette|Telegraph|Online|Channel|Broadcasting)\b)/u;
/** Before the place: "Voice of America", "Radio Free Europe", "Radio Liberty", "Sky News Arabia". */
const MEDIUM_BEFORE = /\b(?:Voice of|Radio Free|Radio|Sky News|Press TV)\s$/;

export function dropOutletNames(
  mentions: MentionCandidate[],
  { text, states: stateIds, discoveredMatches }: MentionContext,
): MentionCandidate[] {
  const outlets = discoveredMatches.filter((d) => d.entry.actorType === 'media');
  const inOutlet = (m: MentionCandidate) =>
    outlets.some((d) => d.start <= m.start && m.end <= d.end && d.end - d.start > m.end - m.start);
  return mentions.filter(
    (m) =>
      !(m.kind === 'name' && stateIds.has(m.actor_id) && inOutlet(m)) &&
      !(
        m.kind === 'name' &&
        stateIds.has(m.actor_id) &&
        /^\p{Lu}/u.test(m.surface) &&
        (MEDIUM_AFTER.test(text.slice(m.end, m.end + 40)) ||
          MEDIUM_BEFORE.test(text.slice(Math.max(0, m.start - 12), m.start)))
      ),
  );
}
