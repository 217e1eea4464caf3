// The clauses of a sentence that each state a proposal of their own: "Jordan agreed to coordinate
// a list ..., while Saudi Arabia would host a meeting ...", "Russia proposed a ceasefire starting
// on March 1, while the United States wanted it to start immediately", "Moscow was ready to extend
// the truce ..., and urged Washington to publish the terms", "agreed to a truce and called for
// talks". A later clause begins after ", while", ", whereas" (or the two without their comma:
// "Hamas seeks an end to the blockade while Israel wants Hamas to disarm"), ", and", ", but" or ";", or after an
// "and" right before a cue verb of the same subject, and counts only when the parsers find a cue of its own in
// it (read with the clauses before it blanked) or, after "while"/"whereas", when an actor's rival
// wish follows (rivalClause). Otherwise the sentence stays one piece, as before.
import type { Candidate, ParseContext } from './Candidate.ts';
import { rivalClause } from './parsers/rivalClause.ts';

export interface Piece {
  candidate: Candidate;
  /** The clause's span in the sentence: from its first word (after the connective) to its end. */
  from: number;
  to: number;
}

const BOUNDARY =
  /(?:,\s*(?:while|whereas|and|but)|(?<=[^\s,;])\s+(?:while|whereas)|;\s*(?:and\s+|but\s+|while\s+)?)\s+(?=\S)/gi;
/** A later clause in the loop below: a BOUNDARY, or an "and" without a comma before a verb of the
 *  same subject (group 1), which counts only when that verb is itself a cue ("agreed to X and
 *  called for Y"; not "Putin and Xi agreed to", whose cue does not start after "and"). */
const PIECE = new RegExp(String.raw`${BOUNDARY.source}|(\s+and\s+(?:also\s+|then\s+|later\s+)?(?=[a-z]))`, 'gi');

/** The sentence's clauses with a proposal each, in text order; one piece when it has one. */
export function clausePieces(
  sentence: string,
  first: Candidate,
  parse: (view: string) => Candidate | undefined,
  ctx: ParseContext,
): Piece[] {
  const lead = sentence.length - sentence.trimStart().length;
  const pieces: Piece[] = [
    { candidate: first, from: ownClause(sentence, first.cueStart, ctx) ?? lead, to: sentence.trimEnd().length },
  ];
  let scanFrom = Math.max(first.cueEnd, first.contentStart ?? 0);
  for (;;) {
    PIECE.lastIndex = scanFrom;
    let next: { at: number; from: number; candidate: Candidate } | undefined;
    for (let m = PIECE.exec(sentence); m; m = PIECE.exec(sentence)) {
      const from = m.index + m[0].length;
      if (insideBrackets(sentence, scanFrom, m.index)) continue;
      const view = ' '.repeat(from) + sentence.slice(from);
      const found = parse(view);
      if (m[1] && found?.cueStart !== from) continue;
      const candidate =
        found && found.cueStart >= from
          ? found
          : /while|whereas/i.test(m[0])
            ? rivalClause(view, from, ctx, pieces.at(-1)!.candidate.type)
            : undefined;
      if (candidate) {
        next = { at: m.index, from, candidate };
        break;
      }
    }
    if (!next) return pieces;
    pieces.at(-1)!.to = next.at;
    pieces.push({ candidate: next.candidate, from: next.from, to: sentence.trimEnd().length });
    scanFrom = Math.max(next.candidate.cueEnd, next.candidate.contentStart ?? 0);
  }
}

/** The sentence with everything outside [from, to) blanked (offsets kept). */
export function blankOutside(sentence: string, from: number, to: number): string {
  return ' '.repeat(from) + sentence.slice(from, to) + ' '.repeat(sentence.length - to);
}

/** Whether a later clause has words of its own before its cue ("while Saudi Arabia would"), not
 *  a bare coordinated verb (", and urged Washington to"). */
export function hasOwnSubject(sentence: string, from: number, cueStart: number): boolean {
  return /[A-Za-z]/.test(sentence.slice(from, cueStart));
}

export function trimRight(text: string, start: number, end: number): number {
  let e = end;
  while (e > start && /[\s,;:]/.test(text[e - 1])) e--;
  return e;
}

/** Where the clause of a cue begins when a connective before it opens a clause with an actor of
 *  its own as subject ("The regime and the rebels will stop attacking each other, and Russia has
 *  promised to restrain ..."): the cue's subject is Russia, not the sentence's first actor. */
function ownClause(sentence: string, cueStart: number, ctx: ParseContext): number | undefined {
  let from: number | undefined;
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(sentence); m && m.index < cueStart; m = BOUNDARY.exec(sentence)) {
    const at = m.index + m[0].length;
    if (at < cueStart && ctx.mentions.some((x) => !x.media && x.start >= at && x.end <= cueStart && x.start - at <= 8))
      from = at;
  }
  return from;
}

function insideBrackets(sentence: string, from: number, at: number): boolean {
  const s = sentence.slice(from, at);
  return (s.match(/\(/g)?.length ?? 0) > (s.match(/\)/g)?.length ?? 0);
}
