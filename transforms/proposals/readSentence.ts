// The parsers' pass over one sentence: every parser reads it (quotations blanked) and the cue that
// comes first wins (the main verb usually comes before the clauses that qualify it), ties going to
// the parser listed first; a later clause with a cue of its own is read again as its own piece
// (clausePieces), each piece with its own view of the sentence and its own mentions.
import type { Candidate, Parser } from './Candidate.ts';
import type { Draft } from './Draft.ts';
import type { ProposalSentence } from './ProposalArticle.ts';
import { clausePieces, blankOutside } from './clausePieces.ts';
import { wordSet } from '../text/wordSet.ts';

export function readSentence(s: ProposalSentence, parsers: Parser[]): Draft[] {
  const ctx = {
    mentions: s.mentions,
    dealStated: s.dealBefore,
    termsNear: s.termsNear,
    spokesmen: s.spokesmen,
    raw: s.text,
    words: s.words,
  };
  const found = firstCue(parsers.map((p) => p(s.masked, ctx)));
  if (!found) return [];
  const reparse = (view: string) => {
    const viewCtx = { ...ctx, raw: view, words: wordSet(view) };
    return firstCue(parsers.map((p) => p(view, viewCtx)));
  };
  const pieces = clausePieces(s.masked, found, reparse, ctx);
  const multi = pieces.length > 1;
  const ownClause = multi || pieces[0].from > s.text.length - s.text.trimStart().length;
  return pieces.map(({ candidate, from, to }) => ({
    sentence: s,
    candidate,
    from,
    to,
    multi,
    // Each clause read alone, the others blanked, so that its subject is its own.
    view: ownClause ? blankOutside(s.masked, from, to) : s.masked,
    own: ownClause ? s.mentions.filter((m) => m.start >= from && m.end <= to) : s.mentions,
    proposer: '',
    addressee: '',
    status: '',
    start: 0,
    end: 0,
    said: '',
    summaryFrom: 0,
    summary: '',
    parser: candidate.parser,
  }));
}

/** The candidate whose cue comes first in the sentence; ties to the parser listed first. */
function firstCue(found: Candidate[][]): Candidate | undefined {
  let best: Candidate | undefined;
  for (const list of found) for (const c of list) if (!best || c.cueStart < best.cueStart) best = c;
  return best;
}
