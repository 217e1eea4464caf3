import { defineTable, text, integer, type RowOf } from './defineTable.ts';

/** Actors found in the text that the codebook lacks; the first five columns paste into the codebook's actors sheet. */
export const CANDIDATES = defineTable(
  'candidates',
  'One actor the text names and the codebook lacks, ready to paste into the codebook.',
  {
    name: text('Name as the text writes it in full.', 26),
    type: text('Guessed type: person, organization, armed_group or media.', 12),
    aliases: text('Suggested aliases (the name, a surname, an acronym), joined with "; ".', 34),
    camp: text('Empty: for the user to fill.', 10),
    titles: text('Labels the text attached to it, joined with "; " (suggested titles).', 34),
    count: integer('Mentions in the corpus.', 7),
    articles: integer('Articles that mention it.', 8),
    example_sentence_id: text('A sentence that names it.', 28),
    example: text('That sentence.', 70),
    found_by: text('The parsers that found it (titledName, speakerName, organisationSpan...).', 24),
  },
);
export type Candidate = RowOf<typeof CANDIDATES>;
