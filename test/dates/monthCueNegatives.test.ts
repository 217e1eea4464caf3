// Cues that must not place a year-less month or month-day: verbs of saying and judging, verbs of
// another clause, a noun that looks like a verb. The date is then the nearest occurrence.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { pairs } from './parse.ts';
import { monthCue } from '../../transforms/dates/tense/monthCue.ts';

const cueOf = (sentence: string, date: string) => {
  const start = sentence.indexOf(date);
  return monthCue(sentence, start, start + date.length);
};

test('a verb of saying or judging is no cue unless it governs the date', () => {
  assert.is(cueOf('Diplomats said a meeting in Geneva on Feb. 25 looked unlikely.', 'Feb. 25'), null);
  assert.is(cueOf('Officials told reporters that the talks in March seemed doomed.', 'March'), null);
  assert.is(cueOf('Officials said talks on Oct. 7 looked unlikely.', 'Oct. 7'), null);
  assert.is(cueOf('Officials said on Oct. 7 that talks looked unlikely.', 'Oct. 7')?.tense, 'past');
  assert.is(cueOf('The envoy said talks could resume "in January", a spokesman added.', 'January')?.tense, 'future');
});

test('a verb of another clause is no cue', () => {
  assert.is(cueOf('Key dates: March 15, fifth anniversary of the uprising, which began in Deraa.', 'March 15'), null);
  assert.is(cueOf('He said he wanted the sides in Geneva "before the end of January".', 'January'), null);
});

test('"the start of" and "a resumption" are nouns, no plan', () => {
  assert.is(
    cueOf('Jets have flown 5,000 sorties since the start of the operation on September 30.', 'September 30')?.tense,
    'past',
  );
  assert.is(cueOf('Diplomats discussed the start of the withdrawal on March 15.', 'March 15')?.tense, 'past');
});

test('no cue: the nearest, either way', () => {
  assert.equal(pairs('Diplomats said a meeting in Geneva on Feb. 25 looked unlikely.', '2016-02-12'), [
    'Feb. 25=2016-02-25',
  ]);
  assert.equal(pairs('Diplomats said a meeting in Geneva on Feb. 25 looked unlikely.', '2016-03-12'), [
    'Feb. 25=2016-02-25',
  ]);
  assert.equal(pairs('Officials told reporters that the talks in March seemed doomed.', '2015-12-20'), [
    'March=2016-03',
  ]);
  assert.equal(pairs('Officials told reporters that the talks in March seemed doomed.', '2016-05-20'), [
    'March=2016-03',
  ]);
});

test.run();
