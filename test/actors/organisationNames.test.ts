// Organisations whose names hold a possessive, or that are named before a lower-case head noun.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { organisationSpan } from '../../transforms/actors/parsers/organisationSpan.ts';
import { theAcronym } from '../../transforms/actors/parsers/theAcronym.ts';
import { wordsIn } from '../../transforms/text/words.ts';

const names = (text: string) => organisationSpan(text, wordsIn(text)).map((d) => [d.name, d.type]);

test("a role's or a people's possessive inside an organisation's name", () => {
  assert.equal(names("Three were hurt, said the Cook County Sheriff's Office on Monday."), [
    ["Cook County Sheriff's Office", 'organization'],
  ]);
  assert.equal(names("She leads the Farmers' Union of Tamberg."), [["Farmers' Union of Tamberg", 'organization']]);
  assert.equal(names("A candidate of the People's Party spoke."), [["People's Party", 'organization']]);
});

test("a place's or a person's possessive opens no organisation's name", () => {
  assert.equal(names("Ruritania's Interior Ministry said 12 died."), [['Interior Ministry', 'organization']]);
  assert.equal(names("Anna Berg's Office was closed."), []);
  assert.equal(names("The Interior Ministry's spokesman said."), [['Interior Ministry', 'organization']]);
});

test('a capitalised name before a lower-case head: party, coalition, television', () => {
  assert.equal(names("The vote gave Kovac's Zora party a majority."), [['Zora', 'organization']]);
  assert.equal(names('He told al-Nahar television station that 40 died.'), [['al-Nahar', 'media']]);
  assert.equal(names('The Blue Horizon coalition won the vote.'), [['Blue Horizon', 'organization']]);
});

test('modifiers and adjectives before a lower-case head are no names', () => {
  assert.equal(names('The UN-backed coalition and the Western alliance met.'), []);
  assert.equal(names('The Conservative party and the ruling party lost seats.'), []);
  // A lower-case "al-" opens a name before a lower-case head only.
  assert.equal(names('He joined al-Hamza Brigade last year.'), []);
  assert.equal(names('Ruling party candidate Ana Ruiz won.'), []);
});

test('two bodies joined by "and", each with its head, are two', () => {
  assert.equal(names('Officials of the Water Authority and Dams Management Authority were held.'), [
    ['Water Authority', 'organization'],
    ['Dams Management Authority', 'organization'],
  ]);
  assert.equal(names('The National Council of Trade and Industry said exports rose.'), [
    ['National Council of Trade and Industry', 'organization'],
  ]);
});

test('theAcronym: a body named by its acronym alone, twice', () => {
  const acr = (text: string) => theAcronym(text, wordsIn(text)).map((d) => d.name);
  assert.equal(acr('The LRP won 40 seats. Leaders of the LRP met on Monday.'), ['LRP', 'LRP']);
  assert.equal(acr('Leaders of the LRP met on Monday.'), []);
  assert.equal(acr('The PM spoke. Then the PM left, and the CEO of the firm at 10 GMT said the GMT time.'), []);
  assert.equal(acr('The LRP-led bloc met. The LRP Youth League and the LRP youth wing spoke.'), ['LRP']);
});

test.run();
