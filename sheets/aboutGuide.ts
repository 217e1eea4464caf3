// The fixed parts of the About sheet's front page: the questions the workbook answers (and the
// sheet that answers each), and how to send corrections back to the next run.
import type { Block } from './SheetSpec.ts';

const QUESTIONS: [string, string][] = [
  ['Who did each outlet put at the centre of the story?', 'Outlets <event> (Salience, First named); Salience'],
  ['Whom did each outlet quote, and how often?', 'Outlets <event> (Voices); Voices; Quotes'],
  ['How did each outlet describe the actors ("strongman", "President")?', 'Outlets <event> (Labels); Labels; Mentions'],
  ['Which frames (military, diplomacy, humanitarian...) did each outlet use?', 'Outlets <event> (Frames); Frames'],
  ['Which casualty figures did each outlet cite, and from whom?', 'Outlets <event> (Casualty figures); Casualties'],
  ['Which proposals did each outlet report, and how did they fare?', 'Outlets <event> (Proposals); Proposals'],
  [
    'What did each outlet take from the wire, add, or leave out?',
    'Outlets <event> (Text reuse, Omissions); Reuse; Alignment; Omissions',
  ],
  ['Which words set each outlet apart?', 'Outlets <event> (Distinctive terms); Distinctive terms'],
];

const CORRECTIONS = [
  "1. On Mentions, Quotes, Dates, Casualties and Proposals, pick a decision in the last column, review: drop (the record is wrong), fix (type the right values in the row's own cells: actor_id, figure, value...), or keep.",
  '2. On Candidates, type in `add as` the name of an actor (see Actors) to add the candidate as its alias, or new to make it an actor of its own.',
  '3. Save this workbook (as .xlsx; Excel or LibreOffice), then run the notebook again with --review and the file: npm run notebook -- --review path/to/framebook.xlsx. A file named review.xlsx in the corpus folder is used without the flag.',
  '4. The next run leaves dropped records out, takes your fixed values over what it extracts, and adds your aliases and actors to the codebook for that run; it writes a fresh workbook and never changes your file.',
  '5. Its About sheet and the console list how many decisions applied and which match no record any more (after the corpus or the codebook changed). Decisions are matched by article and offsets (start, end), then by id.',
];

export function questionsBlock(): Block {
  return {
    title: 'What this workbook answers',
    note: 'How each outlet told the same events. Each question, and the sheets that answer it (an Outlets sheet per event puts the outlets side by side, with charts).',
    columns: [
      { key: 'question', header: 'question', type: 'text', width: 30 },
      { key: 'where', header: 'where to look', type: 'text', width: 90 },
    ],
    rows: QUESTIONS.map(([question, where]) => ({ question, where })),
  };
}

export function correctionsBlock(): Block {
  return {
    title: 'Send corrections back',
    note: 'Extraction makes mistakes; correct them here and the next run takes your corrections.',
    columns: [{ key: 'step', header: 'step', type: 'text', width: 120 }],
    rows: CORRECTIONS.map((step) => ({ step })),
  };
}
