// A part of the day names a day: "this morning" is the publication day, "the morning of July 13" is
// July 13 (chrono's merge kept the reference's day), "the night of Friday" the Friday its tense
// points to; a part of the day with no day ("in the morning", "at 3 pm") is no date.
// Reference: Tuesday 14 July 2015.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { pairs } from './parse.ts';

const REF = '2015-07-14';
const cases: [string, string[]][] = [
  ['The agreement was announced on the morning of July 13.', ['morning of July 13=2015-07-13']],
  ['Troops crossed the border on the evening of 12 July.', ['evening of 12 July=2015-07-12']],
  ['The blast came on the night of Friday.', ['night of Friday=2015-07-10']],
  ['The president will speak on the evening of Friday.', ['evening of Friday=2015-07-17']],
  ['This morning, the president informed his counterpart.', ['This morning=2015-07-14']],
  ['The ministers met this afternoon in Brussels.', ['this afternoon=2015-07-14']],
  // no day named
  ['Shelling resumed in the morning.', []],
  ['The talks ran late into the night.', []],
  ['The vote is at 3 pm.', []],
];

for (const [sentence, expected] of cases) test(sentence, () => assert.equal(pairs(sentence, REF), expected));

test.run();
