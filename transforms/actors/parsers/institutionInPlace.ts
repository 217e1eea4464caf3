// An institution placed by its seat rather than named: "the defense ministry in Moscow", "the
// foreign ministry in Damascus", "the ministry in Tehran". News copy uses the capital (or the
// country) after "in" to say whose ministry it is; the capital is not a location here. The
// mention goes to the codebook organisation of that country whose name holds the same office words
// ("Russian Defence Ministry": a demonym of Russia, then "Defence Ministry"), else, when the
// codebook has no such organisation (or the office is not said: "the ministry in Moscow"), to the
// country itself. The span runs from the office words to the end of the place, without "the".
import type { MentionCandidate } from '../MentionCandidate.ts';
import type { CodebookActor } from '../../codebook/Codebook.ts';
import { DEMONYMS } from '../../text/lexicon/demonyms.ts';
import type { MentionContext } from '../MentionContext.ts';

/** Lower case or capitalised, as news copy writes either: "the defence ministry", "the Defence Ministry". */
const eitherCase = (words: string[]) =>
  `(?:${words.map((w) => `[${w[0].toUpperCase()}${w[0]}]${w.slice(1)}`).join('|')})`;
const OFFICE = eitherCase([
  'defence',
  'defense',
  'foreign',
  'interior',
  'health',
  'justice',
  'finance',
  'information',
  'security',
  'intelligence',
  'foreign affairs',
]);
const HEAD = eitherCase(['ministry', 'department', 'office']);
const PHRASE = new RegExp(`\\b[Tt]he ((?:${OFFICE} ){0,2}${HEAD}) in (?=\\p{Lu})`, 'gu');

const fold = (s: string) =>
  s
    .toLowerCase()
    .replace(/defense/g, 'defence')
    .replace(/[-\u2011]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/** The words a country's institutions start with: "Russian", "Kremlin", "Moscow" for Russia. */
function demonymsOf(state: CodebookActor): string[] {
  const names = new Set([state.name, ...state.aliases]);
  return Object.entries(DEMONYMS)
    .filter(([, places]) => places.some((p) => names.has(p)))
    .map(([word]) => fold(word));
}

/** The organisation of that state whose name is "<demonym> <office words>", or '' when none (or several). */
function institutionOf(state: CodebookActor, office: string, actors: Map<string, CodebookActor>): string {
  const words = fold(office);
  if (!/\s/.test(words)) return ''; // "the ministry in Moscow": which ministry is not said
  const prefixes = demonymsOf(state);
  const found = [...actors.values()].filter(
    (a) =>
      a.type === 'organization' &&
      [a.name, ...a.aliases].some((n) => {
        const f = fold(n);
        return prefixes.some((p) => f === `${p} ${words}`);
      }),
  );
  return found.length === 1 ? found[0].actor_id : '';
}

export function institutionInPlace({
  text,
  all: matches,
  matcher: { actors },
}: Pick<MentionContext, 'text' | 'all' | 'matcher'>): MentionCandidate[] {
  const out: MentionCandidate[] = [];
  for (const m of text.matchAll(PHRASE)) {
    const placeStart = m.index! + m[0].length;
    // The longest state alias starting there: "Moscow", "Damascus", "the United States".
    const place = matches
      .filter((a) => a.start === placeStart && a.entry.kind === 'alias' && a.entry.actorType === 'state')
      .sort((a, b) => b.end - a.end)[0];
    if (!place || /^['\u2019]s\b/.test(text.slice(place.end, place.end + 3))) continue;
    const state = actors.get(place.entry.actor_id);
    if (!state) continue;
    const start = m.index! + m[0].indexOf(m[1]);
    out.push({
      start,
      end: place.end,
      surface: text.slice(start, place.end),
      actor_id: institutionOf(state, m[1], actors) || state.actor_id,
      kind: 'name',
      descriptor: '',
      parser: 'institutionInPlace',
    });
  }
  return out;
}
