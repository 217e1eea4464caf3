// No input can stall a run: 100,000 characters of text no article looks like are cut so that the
// longest sentence any extractor sees is bounded (MAX_SENTENCE), the windows cover every word,
// and the work of the casualty hedge (once quadratic) is one search per clause. Work is counted,
// not timed.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { splitSentences } from '../../transforms/sentences/splitSentences.ts';
import { MAX_SENTENCE } from '../../transforms/sentences/sentenceWindows.ts';
import { hedgeOf } from '../../transforms/casualties/refiners/hedgeOf.ts';

const SIZE = 100_000;
const fill = (piece: (i: number) => string) => {
  let s = '';
  for (let i = 0; s.length < SIZE; i++) s += piece(i);
  return s.slice(0, SIZE);
};
const WORDS = 'the talks in Geneva between Russia and the United States ended without a deal on Syria'.split(' ');

const CASES: [string, string][] = [
  ['one unpunctuated paragraph', fill((i) => `${WORDS[i % WORDS.length]} `)],
  ['"a " repeated', 'a '.repeat(SIZE / 2)],
  ['unmatched and nested quotation marks', fill((i) => (i % 3 ? 'said \u201cthe talks ' : '\u201c"nested \u2018 '))],
  ['a 5,000-item list', Array.from({ length: 5000 }, (_, i) => `${i + 1} killed in Aleppo`).join(', ')],
  ['one 100,000-character word', 'x'.repeat(SIZE)],
];

for (const [name, body] of CASES) {
  test(`${name}: every sentence at most ${MAX_SENTENCE} characters, every word kept`, () => {
    const text = `Headline\n\n${body}`;
    const sentences = splitSentences(text);
    assert.ok(Math.max(...sentences.map((s) => s.end - s.start)) <= MAX_SENTENCE);
    for (const s of sentences) assert.is(text.slice(s.start, s.end), s.text);
    assert.is(
      sentences
        .map((s) => s.text)
        .join('')
        .replace(/\s/g, ''),
      text.replace(/\s/g, ''),
    );
  });
}

test('the hedge search takes a fixed number of regex executions (two per text), however long the text', () => {
  let executions = 0;
  const exec = RegExp.prototype.exec;
  RegExp.prototype.exec = function (this: RegExp, s: string) {
    executions++;
    return exec.call(this, s);
  };
  try {
    assert.is(hedgeOf('a '.repeat(SIZE / 2), 'a '.repeat(SIZE / 2)), '');
    assert.is(
      hedgeOf(' killed; the real toll may be higher than that. Later', ''),
      'the real toll may be higher than that.',
    );
  } finally {
    RegExp.prototype.exec = exec;
  }
  assert.ok(executions <= 4, `${executions} regex executions`);
});

test.run();
