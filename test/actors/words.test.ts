// The words of a text: the character scanner gives exactly the words of the regular expression it
// replaces, on real text, tricky punctuation, astral letters and windows cut anywhere.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { scan, scanByPattern, wordsIn } from '../../transforms/text/words.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const TRICKY =
  "U.S. and U.N.-led talks; al-Assad's men, Kerry\u2019s aide. A.B.C. x.y. 3.5 1,000 rebels' 'quoted' -x- a--b U.S.A. \u00c9U.S. \ud835\udc00\ud835\udc01c d\ud835\udc00-\ud835\udc01 x\ud800y \ud83d\ude00a";

test('words of tricky punctuation: initials keep their last dot, a dot-hyphen splits, possessives stay whole', () => {
  assert.equal(
    scan(TRICKY, 0, 60).map((w) => w.text),
    ['U.S.', 'and', 'U.N.', 'led', 'talks', "al-Assad's", 'men', 'Kerry\u2019s', 'aide'],
  );
  assert.equal(
    scan(TRICKY, 60, 92).map((w) => w.text),
    ['x.y', '3.5', '1', '000', 'rebels', 'quoted'],
  );
});

test('the scanner agrees with the pattern on every window of real articles', () => {
  const texts = [
    TRICKY,
    ...readdirSync(join(ROOT, 'corpus'))
      .filter((f) => f.endsWith('.txt'))
      .map((f) => readFileSync(join(ROOT, 'corpus', f), 'utf8')),
  ];
  for (const t of texts) {
    for (let from = 0; from < t.length; from += 37) {
      for (const span of [0, 5, 40, 250]) {
        const to = Math.min(t.length, from + span);
        assert.equal(scan(t, from, to), scanByPattern(t, from, to), `window ${from}-${to}`);
      }
    }
  }
});

test('a window of an article reuses its words and cuts them as the scan does', () => {
  const t = readFileSync(
    join(ROOT, 'corpus', readdirSync(join(ROOT, 'corpus')).filter((f) => f.endsWith('.txt'))[0]),
    'utf8',
  );
  for (const [from, to] of [
    [0, t.length],
    [3, 120],
    [101, 102],
    [500, 900],
  ])
    assert.equal(wordsIn(t, from, to), scanByPattern(t, from, to));
});

test.run();
