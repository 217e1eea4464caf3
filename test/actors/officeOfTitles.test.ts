// Titles with "of" before a name: "Secretary of State", "Minister of Foreign Affairs", "Chief of
// Staff". The office's object is one or two capitalised words; the name after it has two or more.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { extract, article } from './extractText.ts';

const people = async (text: string) =>
  (await extract(article(text))).mentionRows
    .filter((m) => m.parser === 'titledName')
    .map((m) => [m.surface, m.descriptor]);

test('an office of one word, with or without "the"', async () => {
  assert.equal(await people('UK Secretary of State Priya Lomond toured the port on Tuesday.'), [
    ['Priya Lomond', 'UK Secretary of State'],
  ]);
  assert.equal(await people('Secretary of the Navy Carlos Ferrandez inspected the fleet.'), [
    ['Carlos Ferrandez', 'Secretary of the Navy'],
  ]);
  assert.equal(await people('Chief of Staff Tomas Hewlett resigned.'), [['Tomas Hewlett', 'Chief of Staff']]);
});

test('an office of two words', async () => {
  assert.equal(await people('Minister of Home Affairs Selina Dube announced a curfew.'), [
    ['Selina Dube', 'Minister of Home Affairs'],
  ]);
});

test('offices and ministries with no person after them', async () => {
  assert.equal(await people('The Ministry of Foreign Affairs said the talks had ended.'), []);
  assert.equal(await people('The Secretary of State said nothing about the talks.'), []);
  assert.equal(await people('Department of Homeland Security officials arrived.'), []);
  assert.equal(await people('Secretary of State Lomond flew home.'), []);
});

test('a title after an institution with "of" keeps working', async () => {
  assert.equal(await people('Bank of England Governor Andrew Bailey warned of inflation.'), [
    ['Andrew Bailey', 'Bank of England Governor'],
  ]);
});

test.run();
