// Whether a person's labels (their descriptors in the article and codebook titles, lower-case, joined
// with " ; ") hold a role used alone: its head or a kin of it ("the prosecutor": "district attorney"),
// every modifier that names the office ("the foreign minister", "the Spanish president"), and, when
// a state owns the role ("Libya's chief prosecutor"), no label of another state's.
import type { MentionCandidate } from '../MentionCandidate.ts';
import { DEMONYMS, DEMONYM_WORDS } from '../../text/lexicon/demonyms.ts';
import { OFFICE_MODIFIERS, ROLE_KIN } from '../../text/lexicon/roleOffices.ts';

const stem = (w: string) => w.toLowerCase().slice(0, 5);
/** A modifier agrees with a person's labels when they hold its stem, or the state its adjective names:
 *  "the Chinese president" after "China's President Wen Li" (world layer's adjectives). */
export const agrees = (w: string, evidence: string) =>
  evidence.includes(stem(w)) || (DEMONYMS[w] ?? []).some((form) => evidence.includes(form.toLowerCase()));

/** A role word as a whole word, compiled once per word. */
const roleWordCache = new Map<string, RegExp>();
export function roleWord(head: string): RegExp {
  let re = roleWordCache.get(head);
  if (!re) roleWordCache.set(head, (re = new RegExp(`\\b${head}\\b`)));
  return re;
}

/** The states the world layer's adjectives name ("Libya"), and any such adjective in a lower-case label ("saudi"). */
const STATES = new Set(Object.values(DEMONYMS).flat());
const ANY_DEMONYM = new RegExp(
  `\\b(?:${[...DEMONYM_WORDS]
    .filter((w) => /^[\p{L} -]+$/u.test(w))
    .map((w) => w.toLowerCase())
    .join('|')})\\b`,
);

export function roleFits(m: MentionCandidate, evidence: string): boolean {
  const words = m.surface.split(/\s+/);
  const head = words[words.length - 1].toLowerCase();
  if (!roleWord(head).test(evidence) && !(ROLE_KIN[head] ?? []).some((kin) => evidence.includes(kin))) return false;
  const modifiers = words.slice(0, -1).filter((w) => /^\p{Lu}/u.test(w) || OFFICE_MODIFIERS.has(w));
  if (!modifiers.every((w) => agrees(w, evidence))) return false;
  // "Russia's foreign minister" is not "Saudi Foreign Minister X"; a person owner ("Putin's") says nothing.
  if (!m.possessor || agrees(m.possessor, evidence)) return true;
  return !STATES.has(m.possessor) || !ANY_DEMONYM.test(evidence);
}
