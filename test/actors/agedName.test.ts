// People introduced with their age, and the labels after it; the age alone names nobody.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { agedName } from '../../transforms/actors/parsers/agedName.ts';
import { roleFirstName } from '../../transforms/actors/parsers/roleFirstName.ts';
import { appositiveName } from '../../transforms/actors/parsers/appositiveName.ts';
import { appositionAfter, appositionBefore } from '../../transforms/actors/refiners/attachDescriptors.ts';
import { wordsIn } from '../../transforms/text/words.ts';

type Parser = typeof agedName;
const names = (parse: Parser, text: string) => parse(text, wordsIn(text)).map((d) => d.name);

test('agedName: a name with its age in commas, or after "N-year-old"', () => {
  assert.equal(names(agedName, 'Police charged Tomasz Wrona, 27, Elena Brandt, 45, and Piet Haan, 61, on Monday.'), [
    'Tomasz Wrona',
    'Elena Brandt',
    'Piet Haan',
  ]);
  assert.equal(names(agedName, 'The sheriff named the gunman as 58-year-old Carl Ostrowski late on Sunday.'), [
    'Carl Ostrowski',
  ]);
  assert.equal(names(agedName, '"We have nothing left," said 39-year-old Leila Benali, standing by her house.'), [
    'Leila Benali',
  ]);
});

test('agedName: numbers that are no ages name nobody', () => {
  assert.equal(names(agedName, 'Flooding hit Port Elmer, 2019, and again in Lake Verne, 2023.'), []);
  assert.equal(names(agedName, 'The storm struck Cape Mira, 120 kilometres to the south.'), []);
  assert.equal(names(agedName, 'A 40-year-old man was arrested in Green Valley.'), []);
});

test('roleFirstName: the label, then the name in commas', () => {
  assert.equal(names(roleFirstName, 'Another survivor, Amina Haddad, said the house fell in seconds.'), [
    'Amina Haddad',
  ]);
  assert.equal(names(roleFirstName, 'The only independent candidate, Tomas Lind, won 4 percent.'), ['Tomas Lind']);
  assert.equal(names(roleFirstName, 'The president spoke, and his Nigerien counterpart, Ali Lamine, agreed.'), [
    'Ali Lamine',
  ]);
  assert.equal(names(roleFirstName, 'A spokeswoman for the agency, Ines Carvalho, said aid was on its way.'), [
    'Ines Carvalho',
  ]);
});

test('roleFirstName: lists, places and clauses before a name are no labels', () => {
  assert.equal(names(roleFirstName, 'The rescue teams reached the village, Tomas Lind said.'), []);
  assert.equal(names(roleFirstName, 'In the north of the country, Port Elmer, the water rose.'), []);
  assert.equal(names(roleFirstName, 'The minister who resigned, Tomas Lind, said nothing.'), []);
});

test('appositiveName: a capitalised office after the name', () => {
  assert.equal(names(appositiveName, 'Wen Lihua, Minister of Commerce, also attended the talks.'), ['Wen Lihua']);
  assert.equal(names(appositiveName, 'Wen Lihua, Tuesday of last week, attended.'), []);
});

test('appositiveName: a role with lower-case modifiers, and "in" as well as "of"', () => {
  assert.equal(names(appositiveName, 'Karim Odeh, health minister in the eastern administration, said 40 died.'), [
    'Karim Odeh',
  ]);
  assert.equal(names(appositiveName, 'Anna Berg, deputy head of mission at the embassy, said aid would come.'), [
    'Anna Berg',
  ]);
  assert.equal(names(appositiveName, 'Tom Lind, said minister of nothing, left.'), []);
  assert.equal(names(appositiveName, 'Karim Odeh, the capital of the province, was hit.'), []);
});

test('descriptors: a bare role after lower-case modifiers', () => {
  const a = 'Karim Odeh, health minister in the eastern administration, said 40 died.';
  assert.is(appositionAfter(a, a.indexOf(','), a.length), 'health minister in the eastern administration');
  const b = 'Anna Berg, deputy head of mission at the embassy, said aid would come.';
  assert.is(appositionAfter(b, b.indexOf(','), b.length), 'deputy head of mission at the embassy');
  const c = 'Anna Berg, said to be the head of mission, left.';
  assert.is(appositionAfter(c, c.indexOf(','), c.length), '');
});

test('descriptors: a label after the age, a label opened by "another"', () => {
  const a = 'Carl Ostrowski, 58, the lone suspect in the shooting, appeared in court.';
  assert.is(appositionAfter(a, a.indexOf(','), a.length), 'lone suspect in the shooting');
  const long = 'Carl Ostrowski, 58, the lone suspect in the shooting at two farms near the coast last week, appeared.';
  assert.is(appositionAfter(long, long.indexOf(','), long.length), 'lone suspect');
  const b = 'Carl Ostrowski, 58, appeared in court.';
  assert.is(appositionAfter(b, b.indexOf(','), b.length), '');
  const c = 'Another survivor, Amina Haddad, said the house fell.';
  const at = c.indexOf('Amina');
  assert.is(appositionBefore(c, 0, at, at + 'Amina Haddad'.length, c.length), 'survivor');
});

test.run();
