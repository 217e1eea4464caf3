// Meetings put on the calendar by the parties who will meet (meetingSet): a day named after the verb,
// the ones who meet a party. Sentences of our own from several stories, and sentences with the same
// words that set no meeting.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { one } from './extract.ts';

const cases: [string, string][] = [
  // sentence, proposer
  [
    'Erdogan said the deal was fair, adding that he would meet European leaders in Brussels on Tuesday.',
    'recep-tayyip-erdogan',
  ],
  ['All 28 members of the European Union will attend a summit on Sunday to discuss the crisis.', 'european-union'],
  ['Erdogan said that NATO foreign ministers would meet on July 13 to discuss the refugees.', 'nato'],
  ['Putin and Erdogan are to hold talks in Sochi next week.', 'vladimir-putin'],
];

for (const [sentence, proposer] of cases)
  test(`meeting set: ${sentence}`, () => {
    const rows = one(sentence);
    assert.is(rows.length, 1, sentence);
    assert.is(rows[0].parser, 'meetingSet');
    assert.is(rows[0].proposer, proposer);
  });

const negatives = [
  'The storm will hit the coast on Sunday.',
  'Putin met Erdogan in Sochi on Monday.',
  'Erdogan said he would not attend the summit on Sunday.',
  'Tickets for the concert will go on sale on Monday.',
  'Turkey will meet its targets, the minister said.',
  'If the talks fail, Putin would meet Erdogan on Friday.',
];
for (const sentence of negatives)
  test(`no meeting: ${sentence}`, () => {
    assert.is(one(sentence).length, 0, sentence);
  });

test.run();
