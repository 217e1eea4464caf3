// Discovered people named again by their surname in any article, and by a family name written first.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { extract, article } from './extractText.ts';
import { discoveredShortForms } from '../../transforms/actors/discoveredShortForms.ts';
import type { DiscoveredActor } from '../../transforms/actors/discoveredRegistry.ts';

const person = (name: string, type: DiscoveredActor['type'] = 'person'): DiscoveredActor => ({
  actor_id: name.toLowerCase().replace(/ /g, '-'),
  name,
  type,
  aliases: [name],
  parsers: ['titledName'],
});
const forms = (actors: DiscoveredActor[], codebook: string[] = []) =>
  discoveredShortForms(actors, new Set(codebook)).map((e) => [e.alias, e.actor_id]);

test('a surname is a short form when one discovered person holds it', () => {
  assert.equal(forms([person('Mariana Okafor'), person('Tomas Lindqvist')]), [
    ['Okafor', 'mariana-okafor'],
    ['Lindqvist', 'tomas-lindqvist'],
  ]);
});

test('no short form when two people share the surname, the codebook has it, or a body uses the word', () => {
  assert.equal(forms([person('Anna Berg'), person('Lars Berg')]), []);
  assert.equal(forms([person('Peter Kerry')], ['Kerry']), []);
  assert.equal(forms([person('Jane Harbor'), person('Harbor Authority', 'organization')]), []);
  assert.equal(forms([person('Madonna')]), []);
});

const mentionsOf = async (...texts: string[]) =>
  (await extract(...texts)).mentionRows.map((m) => [m.article_id, m.surface, m.actor_id]);

test('a person discovered in one article is named by surname in the next', async () => {
  const rows = await mentionsOf(
    article('County Sheriff Mariana Okafor said two people were arrested on Monday.'),
    article('Ms Okafor told a news conference the search was over.'),
  );
  assert.ok(rows.some(([a, s, id]) => a === 'a1' && s === 'Okafor' && id === 'mariana-okafor'));
});

test('a family name written first names the person after the full name', async () => {
  const rows = await mentionsOf(
    article('Vietnamese leader To Lam Quang met envoys in Hanoi.', 'Later, To said the talks had gone well.'),
    article('North Korean leader Kim Jong Un arrived by train.', 'Kim said the visit would deepen ties.'),
  );
  assert.ok(rows.some(([a, s, id]) => a === 'a1' && s === 'Kim' && id === 'kim-jong-un'));
});

test('a bare full name, with no title in its sentence, is the person another article names with one', async () => {
  const rows = await mentionsOf(
    article('Chief Minister Chandrababu Naidu said the alliance would support the government.'),
    article('The alliance performed well in Andhra Pradesh under the leadership of Chandrababu Naidu.'),
  );
  assert.ok(rows.some(([a, s, id]) => a === 'a1' && s === 'Chandrababu Naidu' && id === 'chandrababu-naidu'));
  const alone = await mentionsOf(
    article('The alliance performed well in Andhra Pradesh under the leadership of Chandrababu Naidu.'),
  );
  assert.not.ok(alone.some(([, s]) => /Naidu/.test(s ?? '')));
});

test('a nickname is a short form when one discovered person holds it', () => {
  const guzman = { ...person('Joaquin Guzman'), aliases: ['Joaquin Guzman', 'El Chapo', 'Guzman'] };
  assert.equal(forms([guzman]), [
    ['El Chapo', 'joaquin-guzman'],
    ['Guzman', 'joaquin-guzman'],
  ]);
  const other = { ...person('Ivan Archivaldo'), aliases: ['Ivan Archivaldo', 'El Chapo', 'Archivaldo'] };
  assert.equal(forms([guzman, other]), [
    ['Guzman', 'joaquin-guzman'],
    ['Archivaldo', 'ivan-archivaldo'],
  ]);
});

test('no surname mention where the word is ordinary lower-case text', async () => {
  const rows = await mentionsOf(
    article('Prosecutor Elena Marsh said the case would go to trial.'),
    article('Rescuers crossed the marsh at dawn.'),
  );
  assert.not.ok(rows.some(([a]) => a === 'a1'));
});

test.run();
