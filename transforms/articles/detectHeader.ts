// What the top of a page says about the article: which line is the headline, which names the
// outlet, and the wire credit and publication date the text shows. The headline is the first
// real line: not a section label, not the outlet's name, not a credit or date line. The outlet
// is a header line the codebook knows, else a short name-like first line followed by a headline
// ("Citizens International" above "Kerry in Moscow to push Syrian peace plan").
import type { Codebook } from '../codebook/Codebook.ts';
import type { Line } from './blocks.ts';
import { codebookOutlet, looksLikeOutletName } from './detectOutlet.ts';
import { detectWire, type WireCredit } from './detectWire.ts';
import { detectPublished, fullDate, type PublishedDate } from './detectPublished.ts';

// A date line: "15 July, 2016", "Published: Tuesday 15 December 2015 10:32 GMT", a date and little else (at most ten words).
import { wireAgencies, agencyPattern } from './wireAgencies.ts';
import { worldStates, STATE_NOUNS } from '../world/worldStates.ts';
import { worldRegions } from '../world/worldRegions.ts';

export interface Header {
  /** Index of the headline line, or -1 for an empty text. */
  headline: number;
  /** Index of the line that names the outlet, or -1. */
  outletLine: number;
  outlet: string;
  /** Section labels above the headline ("World", "Middle East"): consumed like the outlet line. */
  labels: number[];
  wire: WireCredit | null;
  published: PublishedDate | null;
}

/** The outlet's name, section labels and the headline sit in the first few lines. */
const HEADER_LINES = 6;

/** General page sections; sections named after states and regions come from the world layer (STATE_NAMES). */
const SECTION_LABELS = new Set([
  'news',
  'world',
  'world news',
  'international',
  'middle east',
  'mideast',
  'middle east & africa',
  'europe',
  'asia',
  'africa',
  'americas',
  'us',
  'u.s.',
  'uk',
  'politics',
  'business',
  'opinion',
  'analysis',
  'comment',
  'features',
  'breaking',
  'breaking news',
  'latest',
  'latest news',
  'top stories',
  'home',
  'region',
  'arab world',
  'exclusive',
  'live',
  'update',
  'news analysis',
  'diplomacy',
  'conflict',
  'war',
]);

/**
 * A page's section named after a state or a region ("Syria", "Morocco", "Northern Africa"): any
 * world-layer state's name or alias (not its "<adjective> government" forms) or region.
 */
let stateNames: Set<string> | undefined;
const STATE_NAMES = () =>
  (stateNames ??= new Set(
    [
      ...worldStates().flatMap((s) =>
        [s.name, ...s.aliases].filter((n) => !STATE_NOUNS.some((w) => n.endsWith(` ${w}`))),
      ),
      ...worldRegions(),
    ].map((n) => n.toLowerCase()),
  ));

export function detectHeader(lines: readonly Line[], codebook: Pick<Codebook, 'outlets' | 'actors'>): Header {
  const agencies = wireAgencies(codebook);
  const creditOnly = creditOnlyFor(agencies);
  const wire = detectWire(lines, agencies);
  const top = lines.slice(0, HEADER_LINES).map((l) => l.text);
  // The same header lines are asked for a date several times (headline? outlet? published?): chrono runs once per line.
  const seen = new Map<string, string | null>();
  const dateOf = (t: string) => {
    let d = seen.get(t);
    if (d === undefined) seen.set(t, (d = fullDate(t)));
    return d;
  };
  const isDateLine = (t: string) => t.split(/\s+/).length <= 10 && dateOf(t) !== null;

  const isLabel = (t: string) => {
    const label = t.toLowerCase().replace(/[:|>»\s]+$/, '');
    return SECTION_LABELS.has(label) || STATE_NAMES().has(label);
  };
  const notHeadline = (i: number) =>
    isLabel(top[i]) ||
    creditOnly.test(top[i]) ||
    isDateLine(top[i]) ||
    (wire?.line === i && wire.parser === 'header-dateline');

  const known = codebookOutlet(top, codebook.outlets);
  let outletLine = known?.line ?? -1;
  let outlet = known?.outlet ?? '';
  const candidates = top.map((_, i) => i).filter((i) => i !== outletLine && !notHeadline(i));
  let headline = candidates[0] ?? (lines.length ? 0 : -1);

  // An unknown outlet: a name-like first line with a headline under it.
  if (
    !known &&
    candidates.length >= 2 &&
    looksLikeOutletName(top[candidates[0]]) &&
    isHeadlineLike(top[candidates[1]]) &&
    !namesAnActor(top[candidates[0]], codebook.actors)
  ) {
    outletLine = candidates[0];
    outlet = top[outletLine].replace(/^(https?:\/\/)?www\./i, '');
    headline = candidates[1];
  } else if (!known && headline >= 0 && isOutletBelow(top, headline, wire?.line ?? -1, codebook.actors, isDateLine)) {
    // An unknown outlet under the headline, above its date line or byline ("France 24" / "Latest update: ...").
    outletLine = headline + 1;
    outlet = top[outletLine].replace(/^(https?:\/\/)?www\./i, '');
  }

  const labels = top.map((_, i) => i).filter((i) => i < headline && isLabel(top[i]));
  return { headline, outletLine, outlet, labels, wire, published: detectPublished(lines, new Set([headline]), dateOf) };
}

const creditOnlyCache = new WeakMap<object, RegExp>();
/** "AFP", "(Reuters)": a line that is only an agency's name. */
function creditOnlyFor(agencies: ReturnType<typeof wireAgencies>): RegExp {
  let re = creditOnlyCache.get(agencies);
  if (!re) creditOnlyCache.set(agencies, (re = new RegExp(`^\\W*${agencyPattern(agencies)}\\W*$`, 'u')));
  return re;
}

/** Words that mark a line as a publication's name rather than a person's: "France 24", "Al Arabiya English", "Hürriyet Daily News". */
const MEDIA_WORDS =
  /(?:^|\s)(?:The|News|Times|Post|Daily|Star|Herald|Tribune|Journal|Gazette|Telegraph|Guardian|Observer|Monitor|Today|Online|English|TV|Television|Radio|Press|Review|Chronicle|Independent|Express|Mail|Standard|Network|Channel|Media|Insider|Weekly|Magazine|Voice|\d+)(?=\s|$)/u;

/**
 * The line under the headline names the outlet: it reads like a publication's name with a word
 * that names a medium, and the line under it is a date, a byline or a credit, as in a page
 * header. A line that is only an actor's name ("John Kerry") is an author or a subject, not a medium.
 */
function isOutletBelow(
  top: readonly string[],
  headline: number,
  wireLine: number,
  actors: Codebook['actors'],
  isDateLine: (t: string) => boolean,
): boolean {
  const line = top[headline + 1],
    next = top[headline + 2];
  if (line === undefined || next === undefined || !looksLikeOutletName(line) || !MEDIA_WORDS.test(line)) return false;
  if (actors.some((a) => a.type !== 'media' && [a.name, ...a.aliases].includes(line))) return false;
  return (
    isDateLine(next) ||
    /^by\s/i.test(next) ||
    wireLine === headline + 2 ||
    /^(?:published|posted|updated|latest update|last updated)\b/i.test(next)
  );
}

/** A line that could be a headline: a few words, no closing full stop, not a caption. */
function isHeadlineLike(text: string): boolean {
  const n = text.split(/\s+/).length;
  return n >= 3 && n <= 25 && !/[.:]$/.test(text) && !/[)\]]$/.test(text);
}

/** "Kerry Meets Putin" is a headline, not a publication: it names actors of the codebook. */
function namesAnActor(text: string, actors: Codebook['actors']): boolean {
  const padded = ` ${text.replace(/[^\p{L}\p{N}]+/gu, ' ')} `;
  return actors.some((a) => [a.name, ...a.aliases].some((n) => n.length > 2 && padded.includes(` ${n} `)));
}
