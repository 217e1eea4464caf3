// A proposal on its way to a row: what the parsers found in one clause of a sentence, and what the
// refiners add to it (who proposes and to whom, its span, status and summary).
import type { Candidate, SentenceMention } from './Candidate.ts';
import type { ProposalSentence } from './ProposalArticle.ts';

export interface Draft {
  sentence: ProposalSentence;
  candidate: Candidate;
  /** The clause it reads, [from, to) in the sentence. */
  from: number;
  to: number;
  /** The sentence as this clause is read (other clauses blanked when it has several), and the
   *  mentions inside the clause. */
  view: string;
  own: SentenceMention[];
  /** Whether the sentence states several proposals in clauses of their own (clausePieces). */
  multi: boolean;
  proposer: string;
  addressee: string;
  status: string;
  /** Its span in the sentence; the words its summary is read from, and where in them it begins. */
  start: number;
  end: number;
  said: string;
  summaryFrom: number;
  summary: string;
  parser: string;
}
