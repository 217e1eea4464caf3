// Quotation marks that are not speech, and apostrophes that are not quotation marks.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { extract, article } from '../actors/extractText.ts';

const direct = async (...paragraphs: string[]) =>
  (await extract(article(...paragraphs))).quoteRows.filter((q) => q.kind === 'direct').map((q) => q.text);

test('scare quotes and quoted titles are not quotes', async () => {
  assert.equal(await direct('Moscow and Washington have backed Geneva-based talks on a "political transition".'), []);
  assert.equal(await direct('Jordan drew up a list of groups deemed “terrorists” and barred from the talks.'), []);
  assert.equal(
    await direct('American officials allowed that he would not have to resign on “Day One” of a transition.'),
    [],
  );
  assert.equal(await direct('‘Agree to disagree’', 'Kerry “agreed to disagree” with Moscow about Assad’s fate.'), []);
});

test('a nickname inside a name is no quote, attributed or not; a short quote after a lower-case word is', async () => {
  assert.equal(
    await direct(
      'But public policy expert Kagiso “TK” Pooe, told Al Jazeera that a government of national unity might only work if built around clear goals.',
    ),
    [],
  );
  assert.equal(await direct('Prosecutors said Joaquin "El Chapo" Guzman would be sentenced in June.'), []);
  assert.equal(await direct('The talks were "Very Productive," Lavrov said.'), ['Very Productive,']);
});

test('apostrophes are not quotation marks', async () => {
  assert.equal(await direct("Assad's forces and the rebels' positions didn't move, Syria's army said."), []);
});

test('a pull quote repeating the body is not a second quote', async () => {
  assert.equal(
    await direct(
      '"Nowhere is there a greater hotbed for these terrorists than in Syria," Kerry said.',
      '"Nowhere is there a greater hotbed for these terrorists than in Syria."',
    ),
    ['Nowhere is there a greater hotbed for these terrorists than in Syria,'],
  );
});

test('a sentence with no speech verb reports nothing', async () => {
  const rows = (await extract(article('Kerry did not deny the proposal and flew to Moscow on Thursday.'))).quoteRows;
  assert.equal(rows.length, 0);
});

test('"called for", "called on" and a quote after a full clause do not name the quoted words', async () => {
  assert.equal(await direct('Kerry called for a "cessation of hostilities" in Aleppo.'), []);
  assert.equal(await direct('The opposition called on Moscow to restrain the "regime".'), []);
});

test('an attribution closing another sentence does not reach a scare quote', async () => {
  assert.equal(await direct('Rebels held talks on a "political transition". The truce held, the monitor said.'), []);
});

test('"and said" after a quote names no speaker of its own', async () => {
  const rows = (
    await extract(article('Analysts saw a "window of opportunity" and said the talks could resume.'))
  ).quoteRows.filter((q) => q.kind === 'direct');
  assert.equal(
    rows.map((q) => q.speaker),
    [],
  );
});

test.run();
