import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { worldActors } from '../../transforms/world/worldActors.ts';
import { peopleNoun } from '../../transforms/world/peopleNoun.ts';
import { withWorld } from '../../transforms/codebook/withWorld.ts';
import { readCodebook } from '../../readers/readCodebook.ts';
import { CODEBOOK_FILE } from '../../sheets/codebook/buildCodebook.ts';

/** The sample codebook as the user wrote it, without the world beneath it. */
const sampleCodebook = () => readCodebook(CODEBOOK_FILE);

const world = worldActors();
const byName = (name: string) => world.find((a) => a.name === name)!;

test('every state and territory is known, with short names, abbreviations, demonyms and capitals', () => {
  assert.ok(world.filter((a) => a.type === 'state').length > 240);
  const morocco = byName('Morocco');
  assert.ok(morocco.aliases.includes('Kingdom of Morocco'));
  assert.ok(morocco.aliases.includes('Moroccan government'));
  assert.equal(morocco.adjectives, ['Moroccan']);
  assert.equal(morocco.people, ['Moroccans']);
  assert.equal(morocco.capitals, ['Rabat']);
  assert.equal(morocco.iso3, 'MAR');
  const nk = byName('North Korea');
  for (const n of ['DPRK', "Democratic People's Republic of Korea"]) assert.ok(nk.aliases.includes(n), n);
  assert.ok(nk.people.includes('North Koreans'));
  const us = byName('United States');
  for (const n of ['US', 'U.S.', 'the United States'.replace('the ', ''), 'America', 'USA'])
    assert.ok(us.aliases.includes(n), n);
});

test('two-letter codes, inverted and non-Latin names are not names', () => {
  const india = byName('India');
  assert.not.ok(india.aliases.includes('IN'));
  assert.ok(world.every((a) => a.aliases.every((n) => !n.includes(','))));
  assert.ok(world.every((a) => a.aliases.every((n) => !/[\u0400-\uFFFF]/.test(n))));
});

test('a demonym several entries share goes to the one independent state, or to none', () => {
  assert.ok(byName('France').adjectives.includes('French'));
  assert.not.ok(byName('French Polynesia').adjectives.includes('French'));
  assert.not.ok(byName('DR Congo').adjectives.includes('Congolese'));
  assert.not.ok(byName('Republic of the Congo').adjectives.includes('Congolese'));
});

test('capitals that are common words or names are no metonyms', () => {
  assert.equal(byName('Bahamas').capitals, []);
  assert.equal(byName('Seychelles').capitals, []);
  assert.equal(byName('Japan').capitals, ['Tokyo']);
});

test('intergovernmental bodies, UN agencies, news agencies and broadcasters', () => {
  assert.equal(byName('UNICEF').type, 'organization');
  assert.ok(byName('World Food Programme').aliases.includes('WFP'));
  // The euro area's bodies, which a story of a bailout or a referendum names.
  for (const [name, short] of [
    ['European Central Bank', 'ECB'],
    ['European Stability Mechanism', 'ESM'],
  ])
    assert.ok(byName(name).aliases.includes(short), name);
  assert.equal(byName('Eurogroup').type, 'organization');
  assert.equal(byName('Associated Press').wire, 'AP');
  assert.equal(byName('BBC').wire, '');
  assert.equal(byName('BBC').type, 'media');
});

test('people nouns: regular plurals only', () => {
  assert.equal(peopleNoun('Iraqi'), 'Iraqis');
  assert.equal(peopleNoun('South African'), 'South Africans');
  assert.equal(peopleNoun('Chinese'), undefined);
  assert.equal(peopleNoun('British'), undefined);
  assert.equal(peopleNoun('French'), undefined);
  assert.equal(peopleNoun('Swiss'), undefined);
});

test('the codebook wins: its rows stay, and no name it claims goes to a world actor', async () => {
  const codebook = await sampleCodebook();
  const merged = withWorld(codebook);
  const us = merged.actors.filter((a) => a.name === 'United States');
  assert.equal(us.length, 1);
  assert.equal(us[0].source, undefined);
  assert.equal(us[0].camp, 'US side');
  assert.ok(us[0].adjectives!.includes('American'));
  // "Damascus" is the codebook's Syrian government, so the world's Syria does not take it.
  const syria = merged.actors.find((a) => a.name === 'Syria')!;
  assert.equal(syria.source, 'world');
  assert.not.ok(syria.capitals!.includes('Damascus'));
  assert.not.ok(syria.aliases.includes('Syrian government'));
  const morocco = merged.actors.find((a) => a.name === 'Morocco')!;
  assert.equal(morocco.actor_id, 'morocco');
  assert.equal(morocco.source, 'world');
  const claimed = new Set(codebook.actors.flatMap((a) => [a.name, ...a.aliases].map((n) => n.toLowerCase())));
  for (const a of merged.actors.filter((x) => x.source === 'world'))
    for (const n of a.aliases) assert.not.ok(claimed.has(n.toLowerCase()), n);
  assert.equal(new Set(merged.actors.map((a) => a.actor_id)).size, merged.actors.length);
});

test('a codebook can switch the world layer off', async () => {
  const codebook = { ...(await sampleCodebook()), world: false };
  assert.equal(withWorld(codebook).actors.length, codebook.actors.length);
});

test('the world layer finds the states of a story the codebook was not written for', async () => {
  const { extract } = await import('../actors/extractText.ts');
  const ids = async (text: string) => {
    const { mentions } = await extract(`Headline\n\n${text}`);
    return (mentions.objects() as { surface: string; actor_id: string }[]).map((m) => `${m.surface}=${m.actor_id}`);
  };
  assert.equal(await ids('Peruvian authorities said the toll had risen, and Chile offered rescue teams.'), [
    'Peruvian authorities=peru',
    'Chile=chile',
  ]);
  // An adjective of nationality before a title describes the person; an abbreviation names the state.
  assert.equal(await ids('Peruvian President Dina Boluarte thanked the DPRK.'), [
    'Dina Boluarte=dina-boluarte',
    'DPRK=north-korea',
  ]);
  // Places are not actors.
  assert.equal(await ids('Rescuers worked through the night in Peru.'), []);
});

test.run();
