// Labels holding nouns and participles that modify an office ("ruling party rival", "foreign ministry
// spokesperson"), abbreviated titles ("PM"), names with "of" inside a label, a relative clause cut
// from an apposition, and a group's label after its acronym or right after its name.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { extract, article } from './extractText.ts';

const labelOf = async (surface: string, ...paragraphs: string[]) =>
  (await extract(article(...paragraphs))).mentionRows.filter((m) => m.surface === surface).map((m) => m.descriptor);

test('office modifiers inside a label before the name', async () => {
  assert.equal(await labelOf('Tomas Herrera', 'But current President Tomas Herrera stays on until October.'), [
    'current President',
  ]);
  assert.equal(
    await labelOf('Kenji Sato', 'The Japanese foreign ministry spokesperson Kenji Sato declined to comment.'),
    ['Japanese foreign ministry spokesperson'],
  );
  assert.equal(await labelOf('Ana Ruiz', 'Ruling party presidential candidate Ana Ruiz greeted supporters.'), [
    'Ruling party presidential candidate',
  ]);
});

test('"of" inside a capitalised body and a "then-" prefix belong to the label', async () => {
  assert.equal(
    await labelOf('Nancy Pelosi', 'Contacts ended after then-House of Representatives speaker Nancy Pelosi flew in.'),
    ['then-House of Representatives speaker'],
  );
});

test('a relative clause after an apposition is no part of the label', async () => {
  assert.equal(await labelOf('Rosa Diaz', 'Rosa Diaz, a spokeswoman for the farm where the men worked, said little.'), [
    'spokeswoman for the farm',
  ]);
});

test("a group's label after its acronym in brackets, a possessive before it, a plural head after it", async () => {
  assert.equal(await labelOf('IS', 'The Islamic State (IS) militia claimed the attack.'), ['militia']);
  assert.equal(await labelOf('IS', 'Officials said IS terrorists fled the scene.'), ['terrorists']);
  assert.equal(await labelOf('KCNA', "Pyongyang's state-run KCNA news agency said talks went well."), [
    'state-run; news agency',
  ]);
});

test('negatives: a lower-case "pm", a verb after a group, a word between that is no modifier', async () => {
  assert.equal(await labelOf('Lavrov', 'At 6 pm Lavrov arrived at the border.'), ['']);
  assert.equal(await labelOf('IS', 'Officials said IS attacked the hall.'), ['']);
  assert.equal(await labelOf('Lavrov', 'The ministry said Lavrov would travel.'), ['']);
  assert.equal(await labelOf('Lavrov', 'The speaker of parliament met Lavrov on Monday.'), ['']);
});

test.run();
