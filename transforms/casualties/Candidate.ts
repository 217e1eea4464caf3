// A casualty figure as a parser finds it, before the refiners add where, who said so and how sure.
export interface Candidate {
  /** Offsets in the sentence. */
  start: number;
  end: number;
  figure: number;
  qualifier: string;
  kind: string;
  victims: string;
  parser: string;
}
