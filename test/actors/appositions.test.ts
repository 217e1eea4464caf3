// Labels the text attaches to actors in the forms news English uses besides "Title Name":
// appositions with curly possessives, "one of the ...", bare "head of ...", ranks, modifiers before
// group names, and groups described alone ("the Britain-based monitor").
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { extract, article } from './extractText.ts';

const labelOf = async (surface: string, ...paragraphs: string[]) =>
  (await extract(article(...paragraphs))).mentionRows
    .filter((m) => m.surface === surface)
    .map((m) => [m.actor_id, m.descriptor]);

test('apposition after the name with a curly possessive', async () => {
  assert.equal(
    await labelOf(
      'Sergei Lavrov',
      'Sergei Lavrov, Russia\u2019s foreign minister, said the documents would stay confidential.',
    ),
    [['sergei-lavrov', 'Russia\u2019s foreign minister']],
  );
  assert.equal(await labelOf('Iran', 'Iran, Assad\u2019s other main backer, welcomed the deal.'), [
    ['iran', 'Assad\u2019s other main backer'],
  ]);
});

test('"one of the ..." and a role with "of" and no determiner', async () => {
  assert.equal(
    await labelOf('Ahrar al-Sham', 'Ahrar al-Sham, one of the biggest rebel groups, has rejected the truce.'),
    [['ahrar-al-sham', 'biggest rebel groups']],
  );
  assert.equal(
    await labelOf('Rami Abdulrahman', '"It is calm," Rami Abdulrahman, head of the Observatory, told AFP.'),
    [['rami-abdulrahman', 'head of the Observatory']],
  );
  assert.equal(
    await labelOf(
      'Yahya al-Aridi',
      'Yahya al-Aridi, spokesman for the opposition delegation, said talks were stalled.',
    ),
    [['yahya-al-aridi', 'spokesman for the opposition delegation']],
  );
});

test('ranks, interlocutors and umbrellas are labels', async () => {
  assert.equal(
    await labelOf(
      'Viktor Poznikhir',
      'Lieutenant-General Viktor Poznikhir, a senior Russian officer, said a monitoring centre was set up.',
    ),
    [['viktor-poznikhir', 'Lieutenant-General; senior Russian officer']],
  );
  assert.equal(
    await labelOf(
      'Sergei Lavrov',
      'Kerry held talks with Foreign Minister Sergei Lavrov, his most frequent interlocutor.',
    ),
    [['sergei-lavrov', 'Foreign Minister; most frequent interlocutor']],
  );
  assert.equal(
    await labelOf(
      'Free Syrian Army',
      'The Free Syrian Army, an umbrella of mainstream rebel groups, said it would study the text.',
    ),
    [['syrian-opposition', 'umbrella of mainstream rebel groups']],
  );
});

test('a modifier before a group name labels the group', async () => {
  assert.equal(
    await labelOf(
      'High Negotiations Committee',
      'The opposition High Negotiations Committee has rejected any federal model.',
    ),
    [['high-negotiations-committee', 'opposition']],
  );
  assert.equal(
    await labelOf(
      'Syrian Observatory for Human Rights',
      'Air strikes killed 12 people, according to the Britain-based Syrian Observatory for Human Rights.',
    ),
    [['syrian-observatory-for-human-rights', 'Britain-based']],
  );
});

test('a group described alone is the group named before it', async () => {
  const rows = (
    await extract(
      article(
        'Fresh strikes killed 19 people, the Syrian Observatory for Human Rights said. Dozens of Islamic State fighters also died.',
        'The Britain-based monitoring group says more than 290,000 people have been killed since 2011.',
        'The British-based monitor relies on a network of sources on the ground.',
      ),
    )
  ).mentionRows;
  assert.equal(
    rows.filter((m) => /based/.test(m.surface ?? '')).map((m) => [m.surface, m.actor_id]),
    [
      ['Britain-based monitoring group', 'syrian-observatory-for-human-rights'],
      ['British-based monitor', 'syrian-observatory-for-human-rights'],
    ],
  );
});

test.run();
