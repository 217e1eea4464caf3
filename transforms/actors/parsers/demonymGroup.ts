// An adjective of nationality before a plural noun of people who act for a state stands for that
// state: "Moroccan officials", "Chinese diplomats", "Libyan rescuers", "the Russian side". The
// world layer's "<adjective> government/authorities/forces" are aliases already; these are the
// groups news copy quotes or reports as the state's agents. Not a single person ("a Moroccan
// official" is an unnamed source, indefiniteReferent.ts), not a title before a name ("Moroccan King
// Mohammed VI", dropDescribingAdjectives.ts), not a people ("Moroccans", who are victims or
// residents: the gold of news copy treats them as no actor).
import type { MentionCandidate } from '../MentionCandidate.ts';
import type { MentionContext } from '../MentionContext.ts';
import { stateWords } from '../stateWords.ts';

/** Plural nouns of the state's agents, with the qualifiers news copy puts before them. */
const AGENTS =
  '(?:(?:senior|top|government|military|security|emergency|rescue|foreign ministry|defence|defense)\\s+)?' +
  '(?:officials|diplomats|negotiators|envoys|delegation|side|leadership|rescuers|rescue teams|rescue workers)';

/** Capitalised words that may stand before the adjective: sentence openers and determiners. */
const OPENERS = new Set([
  'The',
  'Some',
  'Two',
  'Three',
  'Several',
  'Many',
  'Other',
  'And',
  'But',
  'Meanwhile',
  'Senior',
]);

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const patterns = new WeakMap<object, RegExp | null>();
function patternFor(adjectives: Map<string, string>): RegExp | null {
  if (!patterns.has(adjectives)) {
    // Words only: "US officials" is an alias where the codebook has it, and abbreviations name too much.
    const list = [...adjectives.keys()]
      .filter((a) => /\p{Ll}/u.test(a))
      .sort((a, b) => b.length - a.length)
      .map(escape);
    patterns.set(
      adjectives,
      list.length ? new RegExp(`(?<![\\p{L}\\p{N}-])(${list.join('|')})\\s+${AGENTS}(?![\\p{L}\\p{N}-])`, 'gu') : null,
    );
  }
  return patterns.get(adjectives)!;
}

export function demonymGroup({ text, matcher, all }: MentionContext): MentionCandidate[] {
  const { adjectives } = stateWords(matcher);
  const pattern = patternFor(adjectives);
  if (!pattern) return [];
  const out: MentionCandidate[] = [];
  for (const m of text.matchAll(pattern)) {
    const start = m.index!,
      end = start + m[0].length;
    const previous = /(\p{Lu}[\p{L}.]*) +$/u.exec(text.slice(Math.max(0, start - 30), start))?.[1];
    if (previous && !OPENERS.has(previous)) continue; // "North African officials": another name
    if (all.some((a) => a.start <= start && a.end >= end && a.entry.kind === 'alias')) continue; // a codebook alias already
    out.push({
      start,
      end,
      surface: m[0],
      actor_id: adjectives.get(m[1])!,
      kind: 'name',
      descriptor: '',
      parser: 'demonymGroup',
    });
  }
  return out;
}
