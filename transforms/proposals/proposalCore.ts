// The core of what a row proposes: its first three content terms, the action (a verb or its noun:
// "resume", "curb", "detention") and the object's head ("military communication", "fentanyl"),
// since a summary starts at the cue's object (keyTerms.ts keeps text order). Actors are who, not
// what, and are left out. Two rows that share no core term propose different things, however many
// other words they share ("resume military communication" / "closer communication"; "curb
// fentanyl production" / "go after chemical companies that make fentanyl precursors").
import type { KeyTerm } from './keyTerms.ts';

/** Three, not two: a demonym the codebook does not fold to an actor ("Russian commanders would set
 *  up a joint centre") can stand first. */
export const CORE_TERMS = 3;

export function proposalCore(terms: KeyTerm[]): string[] {
  return terms
    .filter((t) => !t.actor)
    .slice(0, CORE_TERMS)
    .map((t) => t.stem);
}

/** Whether two cores share a term (an empty core, a row of actors only, sets no constraint). */
export function coresAgree(a: string[], b: string[]): boolean {
  return a.length === 0 || b.length === 0 || a.some((s) => b.includes(s));
}
