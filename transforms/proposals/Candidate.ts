// A proposal as a parser finds it in one sentence, before the refiners name who proposed it, to
// whom, how it was reported and which proposal it is.
export interface Candidate {
  /** The cue as written and its offsets in the sentence. */
  cue: string;
  cueStart: number;
  cueEnd: number;
  /** offer, plan, demand, call or condition. */
  type: string;
  parser: string;
}

/** An actor mention inside the sentence, offsets in the sentence. */
export interface SentenceMention { start: number; end: number; actor_id: string; surface: string; descriptor: string; media: boolean }
