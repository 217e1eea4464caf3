// Which pairs of articles the grouping compares: those that share a distinctive term within the
// date window, never all of them.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { candidatePairs, topTerms } from '../../transforms/events/candidatePairs.ts';
import { TermVector } from '../../transforms/events/TermVector.ts';
import { Vocabulary } from '../../transforms/events/Vocabulary.ts';

const item = (day: number | null, keys: string[], label = '') => ({ label, day, keys });

test('dated articles that share a key meet when published at most the gap apart', () => {
  const items = [
    item(10, ['derna']),
    item(20, ['derna']),
    item(12, ['derna']),
    item(13, ['marrakesh']),
    item(21, ['derna']),
  ];
  assert.equal(candidatePairs(items, 2), [
    [0, 2],
    [1, 4],
  ]);
});

test('articles that share no key never meet, however close their dates', () => {
  assert.equal(candidatePairs([item(10, ['derna']), item(10, ['marrakesh'])], 2), []);
});

test('undated articles meet every article that shares a key, whatever its date', () => {
  const items = [item(10, ['derna']), item(null, ['derna']), item(300, ['derna']), item(300, ['rabat'])];
  assert.equal(candidatePairs(items, 2), [
    [0, 1],
    [1, 2],
  ]);
});

test('a key held by more articles than the cap within the date window blocks nothing there', () => {
  const items = [item(10, ['syria']), item(10, ['syria']), item(10, ['syria', 'aleppo']), item(11, ['aleppo'])];
  assert.equal(candidatePairs(items, 2, 2), [[2, 3]]);
});

test('a key spread over a long corpus still pairs the articles of each few weeks', () => {
  // Six articles a month apart in pairs: the key is held by more than the cap, but never within a window.
  const items = [0, 1, 30, 31, 60, 61].map((day) => item(day, ['assad']));
  assert.equal(candidatePairs(items, 2, 3), [
    [0, 1],
    [2, 3],
    [4, 5],
  ]);
  // The same six in one week: the key blocks nothing.
  assert.equal(
    candidatePairs(
      [0, 1, 2, 3, 4, 5].map((day) => item(day, ['assad'])),
      7,
      3,
    ),
    [],
  );
});

test('manifest events: same label always, another label never, open articles by their keys', () => {
  const items = [item(10, ['x'], 'a'), item(10, ['x'], 'b'), item(40, ['y'], 'a'), item(11, ['x'])];
  assert.equal(candidatePairs(items, 2), [
    [0, 2],
    [0, 3],
    [1, 3],
  ]);
});

test('blocking keys are the heaviest terms, ties by term', () => {
  assert.equal(
    topTerms(
      vector([
        ['b', 0.5],
        ['a', 0.5],
        ['c', 0.9],
        ['d', 0.1],
      ]),
      3,
    ),
    ['c', 'a', 'b'],
  );
});

test('the heaviest terms of a long vector are those a full sort puts first', () => {
  // Weights with many ties, terms in no order: the kept list of k must agree with sorting them all.
  const entries = Array.from({ length: 300 }, (_, i): [string, number] => [`t${(i * 7919) % 1000}`, (i % 13) / 13]);
  const sorted = [...entries].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([t]) => t);
  for (const k of [1, 5, 20, 60, 300, 400]) assert.equal(topTerms(vector(entries), k), sorted.slice(0, k), `k = ${k}`);
});

function vector(entries: [string, number][]): TermVector {
  const vocabulary = new Vocabulary();
  return new TermVector(
    Int32Array.from(entries, ([t]) => vocabulary.id(t)),
    Float64Array.from(entries, ([, w]) => w),
    vocabulary,
  );
}

test.run();
