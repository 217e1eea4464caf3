// Wire credits of general news: datelines with partners and abbreviations, credit lines, closing
// names, editors' initials, and photo credits that a story credit beats. Sentences are our own.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { toLines } from '../../transforms/articles/blocks.ts';
import { detectWire } from '../../transforms/articles/detectWire.ts';
import { WIRE_AGENCIES } from '../../transforms/articles/wireAgencies.ts';

const credit = (...paragraphs: string[]) => {
  const c = detectWire(toLines(paragraphs.join('\n\n')), WIRE_AGENCIES);
  return c ? `${c.wire} ${c.kind}` : '';
};

const cases: [string, string[], string][] = [
  [
    'a dateline with a partner agency',
    ['Floods hit the coast', 'DHAKA, Aug 3 (BSS-XINHUA) — Floods have cut off 40 villages, officials said.'],
    'Xinhua story',
  ],
  [
    'a dateline whose place has an abbreviation',
    ['Storm nears', 'SAN DIEGO, Calif. (Reuters) – A storm neared the coast on Monday.'],
    'Reuters story',
  ],
  [
    'a dateline with a partner and a date in the parentheses',
    ['Talks resume', 'ANKARA (Daily News / AFP - 4th May, 2022) Talks resumed on Wednesday.'],
    'AFP story',
  ],
  [
    '"Agency (City)" under the date',
    ['Dam bursts', '12 May 2021', 'Anadolu Agency (Ankara)', 'A dam burst.'],
    'Anadolu story',
  ],
  [
    'the agency after the last sentence',
    ['Vote count ends', 'The count ended late.', 'Results are due on Monday. REUTERS'],
    'Reuters story',
  ],
  [
    'a closing credit with a dash and a partner',
    ['Fire spreads', 'The fire spread overnight. — NNN-XINHUA'],
    'Xinhua story',
  ],
  ["editors' initials", ['Summit ends', 'The summit ended without a deal.', 'ab/cd (AFP, dpa)'], 'AFP story'],
  [
    '"via AP" in a caption',
    ['Leaders meet', 'The leaders shake hands. (Jane Roe/Pool via AP)', 'They met.'],
    'AP photo',
  ],
  [
    '"Credit: AP" closing a caption',
    ['Court rules', 'A suspect is escorted to court. Credit: AP', 'He was charged.'],
    'AP photo',
  ],
  [
    'a caption credit after a slash',
    ['Crowds mourn', 'Mourners lay flowers. John Doe/SOPA Images/dpa', 'Crowds came.'],
    'dpa photo',
  ],
  [
    'a story credit beats an earlier photo credit',
    ['Quake toll rises', 'Rescuers dig. Photograph: Ministry/Reuters', 'RABAT (AFP) - The toll rose.'],
    'AFP story',
  ],
];
for (const [what, paragraphs, want] of cases) test(what, () => assert.is(credit(...paragraphs), want));

test('an agency the text only mentions is no credit', () => {
  assert.is(credit('Deal signed', 'Reuters reports that the deal was signed on Friday.', 'Officials said so.'), '');
  assert.is(credit('Deal signed', 'He told the Associated Press the deal was signed. Officials agreed.'), '');
  assert.is(credit('Deal signed', 'The ministry said it would brief AP.', 'A photographer for AFP was there.'), '');
});

test('agencies come from the world layer: state agencies credited like any other', () => {
  assert.equal(
    credit(
      'Quake relief arrives',
      'Maghreb Arabe Presse (Rabat)',
      'Aid convoys reached the mountain villages on Sunday.',
    ),
    'Maghreb Arabe Presse story',
  );
  assert.equal(
    credit('Flags lowered', 'LIMA (Andes Daily / Sputnik - 2nd March, 2021) The president ordered flags lowered.'),
    'Sputnik story',
  );
  assert.equal(
    credit('Rail link opens', 'PYONGYANG, May 2 (KCNA) -- A new rail link opened on Tuesday.'),
    'KCNA story',
  );
  // An agency only mentioned is no credit.
  assert.equal(credit('Talks end', 'The talks ended, Sputnik reported, without a statement.'), '');
});

test.run();
