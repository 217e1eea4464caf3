// What the framing measures must not count.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import type { LabelTerm } from '../../transforms/codebook/Codebook.ts';
import { termMatcher, countMatches } from '../../transforms/framing/termMatcher.ts';
import { labelConnotation } from '../../transforms/framing/labelConnotation.ts';
import { terms } from '../../transforms/framing/terms.ts';
import { shingles } from '../../transforms/framing/shingles.ts';
import { words } from '../../transforms/framing/words.ts';
import { isProse } from '../../transforms/framing/leadSentences.ts';

const cases: [string[], string][] = [
  [['regime'], 'The regimental commander and the regimen of sanctions.'],
  [['forces'], 'A forceful reply; it enforces the rules.'],
  [['talks'], 'He stalks the corridors.'],
  [['ally'], 'They finally rallied, totally.'],
  [['IS group'], 'This group is divided.'],
  [['aid'], 'He said, she said.'],
  [['war'], 'The warship sailed to Stewart Island; award and warning.'],
];
for (const [cues, text] of cases) {
  test(`no cue ${cues.join('; ')} in "${text}"`, () => assert.is(countMatches(termMatcher(cues), text), 0));
}

test('a descriptor without any label term has no connotation, even when a term is a substring', () => {
  const ref = { file: 'c', sheet: 'labels', row: 2 };
  const match = labelConnotation([
    { term: 'ally', connotation: 'neutral', ref },
    { term: 'regime', connotation: 'negative', ref },
  ] as LabelTerm[]);
  assert.is(match('Syrian regimental commander'), null);
  assert.is(match('totally new envoy'), null);
});

test('no distinctive terms from stop words, numbers or one-letter remnants', () => {
  assert.equal(terms("It was said that he had 280,000 of them, and that's it."), []);
});

test('no shingle from a text shorter than five words; punctuation makes no word', () => {
  assert.is(shingles(words('Kerry -- in Moscow!')).size, 0);
  assert.equal(words('-- ... "" ,'), []);
});

const notLead = [
  'AFP , Thursday 14 Jul 2016',
  '15 July, 2016',
  '4 min read',
  'By Maria Smith and John Doe',
  'File photo of US Secretary of State John Kerry.',
  'Kerry has urged closer cooperation with Russia in Syria [AFP]',
  'Rescue workers search the rubble of a building in Aleppo (Photo: Reuters)',
];
for (const text of notLead) test(`not a lead sentence: "${text}"`, () => assert.is(isProse(text), false));

test('prose is a lead sentence', () => {
  assert.is(isProse('Top US diplomat John Kerry flew into Russia Thursday to press President Vladimir Putin.'), true);
  assert.is(isProse('"Only the Syrian people define who\'s going to be the president," he said (in Damascus).'), true);
  assert.is(isProse('“It is our expectation that this meeting will go forward on Friday.”'), true);
});

test.run();
