// The core of what a row proposes: the kind of action it asks for (a truce, talks, aid access, a
// withdrawal, a release: transforms/text/lexicon/proposalActions.ts), from the first term that
// names one, and its first three content terms, the action (a verb or its noun: "resume", "curb",
// "detention") and the object's head ("military communication", "fentanyl"), since a summary starts
// at the cue's object (keyTerms.ts keeps text order). Actors are who, not what, and are left out.
// Two rows that ask for different kinds of action propose different things ("a truce" / "talks in
// Cairo"); two that ask for the same kind may say it in other words ("a demilitarised zone around
// the road" / "pull back from the road"); when a row names no kind, two rows that share no core
// term propose different things, however many other words they share ("resume military
// communication" / "closer communication"; "curb fentanyl production" / "go after chemical
// companies that make fentanyl precursors").
import { ACTION_KINDS } from '../text/lexicon/proposalActions.ts';
import type { KeyTerm } from './keyTerms.ts';

/** Three, not two: a demonym the codebook does not fold to an actor ("Russian commanders would set
 *  up a joint centre") can stand first. */
export const CORE_TERMS = 3;
/** The kind is read from this many first content terms: the action the cue asks for, not an
 *  action its object's qualifiers name further on ("pull back from the road so that aid can pass"). */
export const KIND_TERMS = 4;

export interface Core {
  /** The kind of action, or empty when the row names none. */
  kind: string;
  terms: string[];
}

export function proposalCore(terms: KeyTerm[]): Core {
  const content = terms.filter((t) => !t.actor);
  const kind = content.slice(0, KIND_TERMS).find((t) => ACTION_KINDS.has(t.stem));
  return {
    kind: kind ? ACTION_KINDS.get(kind.stem)! : '',
    terms: content.slice(0, CORE_TERMS).map((t) => t.stem),
  };
}

/** Whether two cores may state one proposal: the same kind of action when both name one, else a
 *  shared core term (an empty core, a row of actors only, sets no constraint). */
export function coresAgree(a: Core, b: Core): boolean {
  if (a.kind && b.kind) return a.kind === b.kind;
  return a.terms.length === 0 || b.terms.length === 0 || a.terms.some((s) => b.terms.includes(s));
}
