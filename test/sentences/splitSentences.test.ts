import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { splitSentences } from '../../transforms/sentences/splitSentences.ts';

const split = (text: string) => splitSentences(text).map((s) => s.text);

// [case, text, sentences]
const CASES: [string, string, string[]][] = [
  [
    'U.S. inside a sentence',
    'The U.S. Defense Secretary said the U.S. and Russia would talk.',
    ['The U.S. Defense Secretary said the U.S. and Russia would talk.'],
  ],
  [
    'U.S. ending a sentence',
    'Assad said the rebels were backed by the U.S. The next day, Kerry flew to Moscow.',
    ['Assad said the rebels were backed by the U.S.', 'The next day, Kerry flew to Moscow.'],
  ],
  [
    'U.N. and U.K.',
    'The U.N. Security Council and the U.K. Foreign Office agreed.',
    ['The U.N. Security Council and the U.K. Foreign Office agreed.'],
  ],
  [
    'titles',
    'Mr. Kerry met Mrs. Clinton, Dr. Jones and Gen. Dunford. Sen. McCain and Gov. Brown were absent.',
    ['Mr. Kerry met Mrs. Clinton, Dr. Jones and Gen. Dunford.', 'Sen. McCain and Gov. Brown were absent.'],
  ],
  [
    'military ranks and places',
    'Lt. Col. Smith flew from St. Petersburg. He landed.',
    ['Lt. Col. Smith flew from St. Petersburg.', 'He landed.'],
  ],
  [
    'a.m. and p.m. before more of the sentence',
    'The talks began at 10 a.m. Moscow time and ended at 4 p.m. Friday.',
    ['The talks began at 10 a.m. Moscow time and ended at 4 p.m. Friday.'],
  ],
  [
    'p.m. ending a sentence',
    'The strikes began at 3 p.m. The army said 12 people died.',
    ['The strikes began at 3 p.m.', 'The army said 12 people died.'],
  ],
  [
    'initials',
    'John F. Kennedy and J. R. R. Tolkien were named.',
    ['John F. Kennedy and J. R. R. Tolkien were named.'],
  ],
  [
    'months before a day',
    'Kerry arrived on Dec. 15. He left on Sept. 17.',
    ['Kerry arrived on Dec. 15.', 'He left on Sept. 17.'],
  ],
  [
    'No. before a number',
    'Resolution No. 2254 was adopted. No. 2 on the list was Russia.',
    ['Resolution No. 2254 was adopted.', 'No. 2 on the list was Russia.'],
  ],
  [
    'company names',
    'Gazprom Inc. Chairman Miller spoke. Shares of Exxon Mobil Corp. rose.',
    ['Gazprom Inc. Chairman Miller spoke.', 'Shares of Exxon Mobil Corp. rose.'],
  ],
  [
    'decimal numbers',
    'Growth was 3.5 percent. Inflation reached 12.9 percent.',
    ['Growth was 3.5 percent.', 'Inflation reached 12.9 percent.'],
  ],
  [
    'ellipsis followed by lower case',
    'The talks... which lasted hours... ended. Kerry left.',
    ['The talks... which lasted hours... ended.', 'Kerry left.'],
  ],
  [
    'closing quote stays with its sentence',
    '"We want peace." Lavrov nodded. He said: \u201cWe will see.\u201d Kerry smiled.',
    ['"We want peace."', 'Lavrov nodded.', 'He said: \u201cWe will see.\u201d', 'Kerry smiled.'],
  ],
  [
    'question and exclamation marks',
    'What happened? Putin won! Kerry left.',
    ['What happened?', 'Putin won!', 'Kerry left.'],
  ],
  [
    'vs. and etc. inside a sentence',
    'It was Russia vs. the West, with sanctions, tariffs, etc. and more.',
    ['It was Russia vs. the West, with sanctions, tariffs, etc. and more.'],
  ],
  [
    'a bracketed credit stays with the caption',
    'File photo of John Kerry. (Photo: Reuters)',
    ['File photo of John Kerry. (Photo: Reuters)'],
  ],
];

for (const [name, text, want] of CASES) test(`splits: ${name}`, () => assert.equal(split(text), want));

test('paragraphs: 0 is the headline; a line break ends a sentence; offsets index the text', () => {
  const text =
    'Kerry in Moscow\n\nAFP , Thursday 14 Jul 2016\nFile photo of Kerry (AFP)\n\nKerry met Mr. Putin. They talked.\n\n\n  Lavrov spoke.';
  const got = splitSentences(text);
  assert.equal(
    got.map((s) => [s.paragraph, s.text]),
    [
      [0, 'Kerry in Moscow'],
      [1, 'AFP , Thursday 14 Jul 2016'],
      [1, 'File photo of Kerry (AFP)'],
      [2, 'Kerry met Mr. Putin.'],
      [2, 'They talked.'],
      [3, 'Lavrov spoke.'],
    ],
  );
  for (const s of got) assert.is(text.slice(s.start, s.end), s.text);
});

test('offsets are UTF-16 offsets, past astral characters too', () => {
  const text = 'Flags \u{1F1F7}\u{1F1FA} waved. Kerry smiled.';
  const got = splitSentences(text);
  assert.equal(
    got.map((s) => [s.start, s.end]),
    [
      [0, 17],
      [18, 31],
    ],
  );
  for (const s of got) assert.is(text.slice(s.start, s.end), s.text);
});

test.run();
