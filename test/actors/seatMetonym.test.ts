// A seat of government that acts is its state ("Rabat said"); named as a place it is no mention
// ("in Rabat", "a Tripoli hospital"). Sentences written for these tests.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { extract, article } from './extractText.ts';

const found = async (sentence: string) =>
  (await extract(article(sentence))).mentionRows.map((m) => `${m.surface}=${m.actor_id}`);

test('a seat followed by a verb, possessive, or between states is its state', async () => {
  assert.equal(await found('Rabat said it would take help from four countries only.'), ['Rabat=morocco']);
  assert.equal(await found('Pyongyang has denied selling shells.'), ['Pyongyang=north-korea']);
  assert.equal(await found('Rabat rejected the offer on Sunday.'), ['Rabat=morocco']);
  assert.equal(await found("Nobody doubts Pyongyang's resolve."), ['Pyongyang=north-korea']);
  assert.equal(await found('Diplomats hope talks between Rabat and Madrid will resume.'), [
    'Rabat=morocco',
    'Madrid=spain',
  ]);
  assert.equal(await found('Ties with Tripoli have cooled.'), ['Tripoli=libya']);
  assert.equal(await found('Officials in Rabat raised the toll again.'), ['Rabat=morocco']);
});

test('a seat named as a place is no mention of its state', async () => {
  for (const sentence of [
    'The injured were flown to hospitals in Rabat.',
    'Water was short near Tripoli after the storm.',
    'Flights from Pyongyang resumed in May.',
    'The envoy arrived in Rabat on Monday.',
    'Doctors at a Tripoli hospital counted the dead.',
    "Tripoli's streets were under water.",
    'Tripoli was hit by floods.',
    'The mayor of Tripoli asked for pumps.',
    'Tripoli residents fled to higher ground.',
  ])
    assert.equal(await found(sentence), [], sentence);
});

test('a seat the codebook names is left to the alias matcher', async () => {
  assert.equal(await found('The Kremlin said no deal was signed.'), ['Kremlin=russia']);
});

test.run();
