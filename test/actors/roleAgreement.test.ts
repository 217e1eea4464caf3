// A role used alone agrees with a person's labels through the state its adjective names; the parts
// people play in elections and business are roles too.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { extract, article } from './extractText.ts';

const rows = async (...paragraphs: string[]) =>
  (await extract(article(...paragraphs))).mentionRows.map((m) => [m.surface, m.actor_id, m.descriptor]);

test('"the Spanish president" after "Spain\'s President Name"; not after another state\'s', async () => {
  // Fictional names; a real state whose adjective shares no stem with its name: Spain / Spanish.
  const r = await rows(
    "Spain's President Marta Ibsen met the delegation.",
    'Later the Spanish president said the talks had gone well.',
  );
  assert.ok(
    r.some(([s, id]) => s === 'Spanish president' && id === 'marta-ibsen'),
    JSON.stringify(r),
  );
  const other = await rows(
    "Spain's President Marta Ibsen met the delegation.",
    'Later the German president said the talks had gone well.',
  );
  assert.not.ok(
    other.some(([s]) => s === 'German president'),
    JSON.stringify(other),
  );
});

test('election and business roles label a name and introduce a person', async () => {
  const r = await rows(
    'The projected election winner Lena Hart thanked voters, and tycoon Omar Saleh congratulated her.',
  );
  assert.equal(
    r.filter(([, , d]) => d),
    [
      ['Lena Hart', 'lena-hart', 'projected election winner'],
      ['Omar Saleh', 'omar-saleh', 'tycoon'],
    ],
  );
});

test('a role noun after its name is no title for the next words', async () => {
  assert.equal(await rows('The winner takes all, the tycoon said.'), []);
});

test.run();
