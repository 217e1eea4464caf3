// Which pairs of articles the grouping compares: never all of them.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { candidatePairs } from '../../transforms/events/candidatePairs.ts';

test('dated articles meet those published at most the gap apart', () => {
  const items = [
    { label: '', day: 10 },
    { label: '', day: 20 },
    { label: '', day: 12 },
    { label: '', day: 13 },
    { label: '', day: 21 },
  ];
  assert.equal(candidatePairs(items, 2), [
    [0, 2],
    [1, 4],
    [2, 3],
  ]);
});

test('undated articles meet every article', () => {
  const items = [
    { label: '', day: 10 },
    { label: '', day: null },
    { label: '', day: 30 },
  ];
  assert.equal(candidatePairs(items, 2), [
    [0, 1],
    [1, 2],
  ]);
});

test('manifest events: same label always, another label never, open articles in the window', () => {
  const items = [
    { label: 'a', day: 10 },
    { label: 'b', day: 10 },
    { label: 'a', day: 40 },
    { label: '', day: 11 },
  ];
  assert.equal(candidatePairs(items, 2), [
    [0, 2],
    [0, 3],
    [1, 3],
  ]);
});

test.run();
