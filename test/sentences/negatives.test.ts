// Full stops that do not end a sentence, and sentence ends that look like abbreviations.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { splitSentences } from '../../transforms/sentences/splitSentences.ts';
import { abbreviationKind, endsSentence } from '../../transforms/sentences/abbreviations.ts';

const count = (text: string) => splitSentences(text).length;

const ONE_SENTENCE = [
  'The U.S. State Department said so.',
  'Washington D.C. Mayor Bowser spoke.',
  'Mr. and Mrs. Smith left at 9 a.m. Tuesday.',
  'Prof. Ivanov of Moscow State Univ. disagreed.',
  'The figure rose to 4.5 million.',
  'He quoted Art. 51 of the U.N. Charter.',
  'Ban Ki-moon met Vladimir V. Putin.',
  'The e.g. and i.e. forms appear mid-sentence.',
  'Version 2.0 was released.',
  '"Why?" he asked.',
];
for (const s of ONE_SENTENCE) test(`one sentence: ${s}`, () => assert.is(count(s), 1));

const TWO_SENTENCES = [
  'He lives in the U.S. He works in Russia.',
  'Troops arrived at 6 a.m. But the shelling went on.',
  'They chose Plan B. The rest failed.',
  'The group includes Gazprom Inc. The firm denied it.',
  'She said no. The meeting ended.',
  'They voted in Dec. The result came later.',
];
for (const s of TWO_SENTENCES) test(`two sentences: ${s}`, () => assert.is(count(s), 2));

test('ordinary words are no abbreviations', () => {
  assert.is(abbreviationKind('Moscow.'), null);
  assert.is(abbreviationKind('talks.'), null);
  assert.ok(endsSentence('talks.', ' Kerry left.'));
  assert.not.ok(endsSentence('Mr.', ' Kerry'));
});

test.run();
