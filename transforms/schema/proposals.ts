import { defineTable, text, integer, type RowOf } from './defineTable.ts';

export const PROPOSALS = defineTable(
  'proposals',
  'One statement of a proposal: an offer, plan, demand, call or condition.',
  {
    proposal_id: text('Stable id.', 28),
    article_id: text('Article.', 28),
    sentence_id: text('Sentence.', 28),
    start: integer('UTF-16 offset in the article text.', 7),
    end: integer('UTF-16 offset just past the statement.', 7),
    surface: text('The statement as written.', 60),
    proposer: text('Actor who proposes (see actors).', 18),
    addressee: text('Actor it is addressed to.', 18),
    cue: text('The word that marks it as a proposal (offer, called for, urged...).', 14),
    summary: text('One line: what is proposed.', 40),
    status: text('As reported: proposed, leaked, reported, denied, not addressed, agreed or rejected.', 12),
    proposal_key: text('Readable key, the same for the same proposal across articles.', 30),
    // Beyond the contract:
    parser: text('The parser that found the statement, to filter or audit a phrasing.', 16),
  },
);
export type Proposal = RowOf<typeof PROPOSALS>;
