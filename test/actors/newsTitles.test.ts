// Titles and roles of local, legal and election news before a name, and a compass word before a demonym.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { extract, article } from './extractText.ts';

const labels = async (...paragraphs: string[]) =>
  (await extract(article(...paragraphs))).mentionRows
    .filter((m) => m.descriptor)
    .map((m) => [m.surface, m.actor_id, m.descriptor]);

test('offices of local and legal news are titles', async () => {
  assert.equal(await labels('District Attorney Helen Varga said charges would follow.'), [
    ['Helen Varga', 'helen-varga', 'District Attorney'],
  ]);
  assert.equal(await labels('The arrest was confirmed by County Sheriff Omar Diallo on Friday.'), [
    ['Omar Diallo', 'omar-diallo', 'County Sheriff'],
  ]);
  assert.equal(await labels('Opposition candidate Lucia Ferreira conceded late on Sunday.'), [
    ['Lucia Ferreira', 'lucia-ferreira', 'Opposition candidate'],
  ]);
});

test('a compass word before a demonym belongs to the label', async () => {
  assert.equal(await labels('He met North Korean leader Pak Song Chol in the capital.'), [
    ['Pak Song Chol', 'pak-song-chol', 'North Korean leader'],
  ]);
});

test('no label from a compass word that is no demonym, nor from a plural role', async () => {
  assert.equal(await labels('Troops moved North Friday as residents Ana Ruiz and Tom Bell fled.'), []);
});

test.run();
