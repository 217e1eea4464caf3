import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { normaliseText } from '../../transforms/articles/normaliseText.ts';
import { countWords } from '../../transforms/articles/countWords.ts';

const CASES: [string, string, string][] = [
  ['NFC', 'Cafe\u0301 Mu\u0308ller', 'Caf\u00e9 M\u00fcller'],
  ['CRLF and CR line endings', 'a\r\nb\rc', 'a\nb\nc'],
  ['no-break, thin and narrow spaces', 'US\u00a0envoy\u2009said\u202fso', 'US envoy said so'],
  ['zero-width characters, soft hyphens, BOM', '\ufeffcease\u00adfire\u200b talks\u200d', 'ceasefire talks'],
  ['trailing and repeated spaces', 'one  two \nthree\t', 'one two\nthree'],
  ['three or more blank lines, and blank ends', '\n\nA\n\n\n\n\nB\n\n', 'A\n\nB'],
];
for (const [name, input, want] of CASES) test(`normaliseText: ${name}`, () => assert.is(normaliseText(input), want));

test('countWords: hyphenated names, possessives, numbers with separators', () => {
  assert.is(countWords("Bashar al-Assad's 280,000 dead, 3.5 percent, U.S. officials"), 8);
});

test.run();
