import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { compileActorMatcher } from '../../transforms/actors/compileActorMatcher.ts';
import { aliasMatcher } from '../../transforms/actors/parsers/aliasMatcher.ts';
import { dropContained } from '../../transforms/actors/refiners/dropContained.ts';
import { sampleCodebook } from './extractText.ts';

const found = async (text: string) => {
  const m = compileActorMatcher(await sampleCodebook());
  return dropContained(aliasMatcher(text, m)).map((x) => [text.slice(x.start, x.end), x.entry.actor_id]);
};

test('acronyms match only in capitals and as whole words', async () => {
  assert.equal(await found('The US and IS were discussed by the UN.'), [
    ['US', 'united-states'],
    ['IS', 'islamic-state'],
    ['UN', 'united-nations'],
  ]);
  assert.equal(await found('Let us see what is un-American about this.'), []);
});

test("longest alias wins; a person inside another actor's alias is kept too", async () => {
  assert.equal(await found("Russian forces back Assad's regime."), [
    ['Russian forces', 'russia'],
    ['Assad', 'bashar-al-assad'],
    ["Assad's regime", 'syrian-government'],
  ]);
  assert.equal(await found('The Washington Post reported it.'), [['Washington Post', 'washington-post']]);
  assert.equal(await found('a US-led coalition'), [['US-led coalition', 'us-led-coalition']]);
  assert.equal(await found('Syrian strongman Bashar al-Assad'), [['Bashar al-Assad', 'bashar-al-assad']]);
});

test('common-noun aliases match in any case; particles in either case', async () => {
  assert.equal(await found('Rebels said the regime had struck.'), [
    ['Rebels', 'syrian-opposition'],
    ['regime', 'syrian-government'],
  ]);
  assert.equal(await found('Al-Assad met De Mistura and al-Nusra fighters.'), [
    ['Al-Assad', 'bashar-al-assad'],
    ['De Mistura', 'staffan-de-mistura'],
    ['al-Nusra', 'al-nusra-front'],
  ]);
});

test('possessives and curly apostrophes end a name', async () => {
  assert.equal(await found("Kerry’s spokesman and Lavrov's aide"), [
    ['Kerry', 'john-kerry'],
    ['Lavrov', 'sergei-lavrov'],
  ]);
});

test.run();
