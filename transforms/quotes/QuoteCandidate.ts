// One quotation before the refiners finish it: the quoted words, where it opens and closes, and
// what is known so far of who says it.
export interface QuoteCandidate {
  start: number;
  end: number;
  /** Offsets of the marks (direct quotes); the clause bounds for indirect ones. */
  open: number;
  close: number;
  paragraph: number;
  kind: 'direct' | 'indirect';
  /** Speech verb as written, lower-cased; '' when none was found. */
  verb: string;
  /** Actor id, '' when unknown. */
  speaker: string;
  /** The attribution as written ("a senior US official", "he", "Kerry's spokesman"). */
  speaker_text: string;
  /** The parser that found the quotation (the row's provenance; refiners never change it). */
  parser: string;
  /** Whether its sentence names who says it, and whether that attribution follows the quote. */
  attributed: boolean;
  attributedAfter: boolean;
  /** The attribution parser or refiner that settled the speaker ('' while none has). */
  attributedBy: string;
}

/** What the quote refiners know about the mentions of an article. */
export interface MentionRef {
  start: number;
  end: number;
  actor_id: string;
  surface: string;
  person: boolean;
}
