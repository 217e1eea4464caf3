// Names opened by initials ("J P Nadda"), and people after a plural role ("veteran party leaders A
// and B", "opposition leaders A, B and C"), who share its label.
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

test('a plural role before a comma list of names, ", and" or "and" before the last', () => {
  const three = ['Raila Odinga', 'Kalonzo Musyoka', 'Musalia Mudavadi'];
  assert.equal(names('Opposition leaders Raila Odinga, Kalonzo Musyoka and Musalia Mudavadi signed the pact.'), three);
  assert.equal(names('Opposition leaders Raila Odinga, Kalonzo Musyoka, and Musalia Mudavadi signed the pact.'), three);
  assert.equal(names('Foreign Ministers Sergey Lavrov and Antony Blinken met in Geneva.'), [
    'Sergey Lavrov',
    'Antony Blinken',
  ]);
});

test('a list that goes on with words that are no name keeps the two names before them', () => {
  assert.equal(
    names(
      'Those present included former Ministers Udaya Gammanpila, Anura Priyadharshana Yapa, G. L. Peiris and others.',
    ),
    ['Udaya Gammanpila', 'Anura Priyadharshana Yapa'],
  );
  assert.equal(names('Former Ministers Udaya Gammanpila, G. L. Peiris and others attended.'), []);
  assert.equal(names('Ministers from Kenya, Uganda and Tanzania met.'), []);
});

test('a plural title before one name is no part of it, nor a label of several', async () => {
  const rows = (await extract(article('Presidents Joe Biden said the talks went well.'))).mentionRows;
  assert.equal(
    rows.map((m) => [m.surface, m.actor_id]),
    [['Joe Biden', 'joe-biden']],
  );
});

test('every name of the list takes the plural label', async () => {
  const rows = (
    await extract(article('Opposition leaders Raila Odinga, Kalonzo Musyoka and Musalia Mudavadi signed the pact.'))
  ).mentionRows;
  assert.equal(
    rows.map((m) => [m.surface, m.descriptor]),
    [
      ['Raila Odinga', 'Opposition leaders'],
      ['Kalonzo Musyoka', 'Opposition leaders'],
      ['Musalia Mudavadi', 'Opposition leaders'],
    ],
  );
});

test.run();
