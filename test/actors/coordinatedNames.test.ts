// Names opened by initials ("J P Nadda"), and two people after a plural role ("veteran party
// leaders A and B"), who share its label.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { extract, article } from './extractText.ts';
import { titledName } from '../../transforms/actors/parsers/titledName.ts';
import { wordsIn } from '../../transforms/text/words.ts';

const names = (text: string) => titledName(text, wordsIn(text)).map((d) => d.name);

test('initials open a name after a title', () => {
  assert.equal(names('Party President R K Menon was also present.'), ['R K Menon']);
  assert.equal(names('Party President RK Menon was also present.'), ['RK Menon']);
});

test("a state's or body's abbreviation is no initial", () => {
  assert.equal(names('The President UN Geneva office said.'), []);
  assert.equal(names('Spokesman US Smith said.'), []);
});

test('a plural role before two names joined by "and"', () => {
  assert.equal(names('He met veteran party leaders Anil Rao and Meera Iyer at their homes.'), [
    'Anil Rao',
    'Meera Iyer',
  ]);
  assert.equal(names('He met party leaders Anil Rao at their homes.'), []);
  assert.equal(names('Leaders Monday and Tuesday met.'), []);
});

test('both names take the plural label', async () => {
  const rows = (await extract(article('He met veteran party leaders Anil Rao and Meera Iyer at their homes.')))
    .mentionRows;
  assert.equal(
    rows.map((m) => [m.surface, m.descriptor]),
    [
      ['Anil Rao', 'veteran party leaders'],
      ['Meera Iyer', 'veteran party leaders'],
    ],
  );
});

test.run();
