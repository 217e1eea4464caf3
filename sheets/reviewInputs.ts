// The columns of the record sheets the user fills in to send corrections back (run again with
// --review): `review` on the reviewed record sheets, `add as` on Candidates; and what they hold,
// for the About sheet.
import { ADD_AS_COLUMN, NEW_ACTOR, REVIEW_CHOICES, REVIEW_COLUMN } from '../transforms/review/reviewedTables.ts';
import type { InputColumn } from './tableSheet.ts';

export const REVIEW_INPUT: InputColumn = {
  key: REVIEW_COLUMN,
  width: 9,
  choices: { values: REVIEW_CHOICES, strict: true },
  prompt:
    'keep, drop (the next run with --review leaves this record out) or fix (edit the value cells of this row; the next run takes them).',
};

export const ADD_AS_INPUT: InputColumn = {
  key: ADD_AS_COLUMN,
  width: 18,
  prompt: `An actor's name (from Actors) to add this candidate as its alias, or "${NEW_ACTOR}" for a new actor; the next run with --review takes it.`,
};

export const REVIEW_INPUT_DOC: Record<string, string> = {
  [REVIEW_COLUMN]:
    "Your decision on the record: keep, drop or fix (edit the row's values). Run again with --review FILE to apply it.",
  [ADD_AS_COLUMN]:
    'An actor\'s name to add this candidate as its alias, or "new" for a new actor. Run again with --review FILE to apply it.',
};
