// A state's agents named by its adjective ("Moroccan officials") stand for the state; a person
// described by it ("Moroccan King ...") and a people ("Moroccans") do not. Sentences written for these tests.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { extract, article } from './extractText.ts';

const found = async (sentence: string) =>
  (await extract(article(sentence))).mentionRows
    .filter((m) => m.parser !== 'discoveredNames')
    .map((m) => `${m.surface}=${m.actor_id}`);

test("the state's agents, by its adjective", async () => {
  assert.equal(await found('Moroccan officials put the toll at 2,100.'), ['Moroccan officials=morocco']);
  assert.equal(await found('Chinese diplomats walked out of the meeting.'), ['Chinese diplomats=china']);
  assert.equal(await found('Libyan rescuers dug through the mud.'), ['Libyan rescuers=libya']);
  assert.equal(await found('Some senior Moroccan officials stayed away.'), ['Moroccan officials=morocco']);
});

test('a person described, a people, or another name: no mention of the state', async () => {
  for (const sentence of [
    'Moroccans queued for water in the heat.',
    'North African officials met in Tunis.',
    'A Moroccan official gave no figure.',
    'Moroccan tourism suffered for months.',
  ])
    assert.equal(await found(sentence), [], sentence);
  const king = await extract(article('Moroccan King Mohammed VI declared three days of mourning.'));
  assert.not.ok(king.mentionRows.some((m) => m.actor_id === 'morocco'));
});

test.run();
