// Labels before a name made of two labels of one person joined by "and" ("veteran lawmaker and former
// finance minister"), lower-case nouns modifying the head ("property developer", "climate scientist"),
// and a place with a participle opening the label ("Lisbon-born", "Nairobi-based").
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { extract, article } from './extractText.ts';

const labelOf = async (surface: string, ...paragraphs: string[]) =>
  (await extract(article(...paragraphs))).mentionRows.filter((m) => m.surface === surface).map((m) => m.descriptor);

test('two lower-case labels of one person joined by "and"', async () => {
  assert.equal(
    await labelOf(
      'Tomas Herrera',
      'The bill was backed by veteran lawmaker and former finance minister Tomas Herrera.',
    ),
    ['veteran lawmaker and former finance minister'],
  );
  assert.equal(
    await labelOf('Ana Ruiz', 'Chilean climate scientist and former Valparaiso city mayor Ana Ruiz won the vote.'),
    ['Chilean climate scientist and former Valparaiso city mayor'],
  );
});

test('lower-case nouns before the head and a place with a participle', async () => {
  assert.equal(
    await labelOf('Kenji Sato', 'The hotel belongs to Osaka-born investor and property tycoon Kenji Sato.'),
    ['Osaka-born investor and property tycoon'],
  );
  assert.equal(await labelOf('Ana Ruiz', 'Nairobi-based energy economist Ana Ruiz said prices would rise.'), [
    'Nairobi-based energy economist',
  ]);
});

test('negatives: two people, a verb, or a clause are no part of a label', async () => {
  // A capitalised title after "and" opens another person's label.
  assert.equal(await labelOf('Tomas Herrera', 'The mayor and President Tomas Herrera toured the site.'), ['President']);
  // A plural role before "and" names other people.
  assert.equal(await labelOf('Tomas Herrera', 'He met protesters and ministers and minister Tomas Herrera.'), [
    'minister',
  ]);
  // A verb before the head is not a noun modifier.
  assert.equal(await labelOf('Kenji Sato', 'Officials said spokesman Kenji Sato would brief reporters.'), [
    'spokesman',
  ]);
  // A clause after a comma is no label.
  assert.equal(await labelOf('Sergei Lavrov', 'Talks were led by Sergei Lavrov, who said prices would rise.'), ['']);
  assert.equal(await labelOf('Sergei Lavrov', 'Talks were led by Sergei Lavrov, speaking on state television.'), ['']);
  // A lower-case word before a capitalised title is no part of it.
  assert.equal(await labelOf('Tomas Herrera', 'Talks between President Tomas Herrera and the unions failed.'), [
    'President',
  ]);
  // A participle in "-ing" before the head is no noun modifier.
  assert.equal(await labelOf('Kenji Sato', 'The deal angered visiting lawmaker Kenji Sato.'), ['lawmaker']);
});

test.run();
