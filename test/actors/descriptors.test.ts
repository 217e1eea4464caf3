// Labels attached at a mention, and descriptions used alone resolved to the person named before.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { extract, article } from './extractText.ts';

const labels = async (...paragraphs: string[]) =>
  (await extract(article(...paragraphs))).mentionRows
    .filter((m) => m.descriptor)
    .map((m) => [m.surface, m.actor_id, m.descriptor]);

test('labels before the name, stacked labels and possessors left out', async () => {
  assert.equal(await labels('Moscow would pressure its ally Syrian strongman Bashar al-Assad.'), [
    ['Bashar al-Assad', 'bashar-al-assad', 'Syrian strongman'],
  ]);
  assert.equal(await labels("It brought together Assad's key backer Moscow and his major foe Washington."), [
    ['Moscow', 'russia', 'key backer'],
    ['Washington', 'united-states', 'major foe'],
  ]);
  assert.equal(await labels('He met with Russian counterpart Sergei Lavrov.'), [
    ['Sergei Lavrov', 'sergei-lavrov', 'Russian counterpart'],
  ]);
});

test('labels in apposition, before or after the name', async () => {
  assert.equal(await labels('Kerry and the UN envoy for Syria, Staffan de Mistura, want talks.'), [
    ['Staffan de Mistura', 'staffan-de-mistura', 'UN envoy for Syria'],
  ]);
  assert.equal(await labels("Talks were hosted by Sergei Lavrov, Russia's foreign minister, in Moscow."), [
    ['Sergei Lavrov', 'sergei-lavrov', "Russia's foreign minister"],
  ]);
  assert.equal(await labels('Strikes hit the Al Nusra Front jihadist group.'), [
    ['Al Nusra Front', 'al-nusra-front', 'jihadist group'],
  ]);
});

test('a title or role alone is a mention of the person named before it', async () => {
  const rows = (
    await extract(
      article(
        'Foreign Minister Sergey Lavrov met Kerry.',
        'The minister also confirmed the meeting. The US envoy will look to revive a ceasefire.',
      ),
    )
  ).mentionRows;
  assert.equal(
    rows
      .filter((m) => m.surface === 'minister' || m.surface === 'US envoy')
      .map((m) => [m.surface, m.actor_id, m.descriptor]),
    [
      ['minister', 'sergei-lavrov', 'minister'],
      ['US envoy', 'john-kerry', 'US envoy'],
    ],
  );
});

test('discovered surnames resolve to the person named in full', async () => {
  const r = await extract(
    article(
      "Mikhail Bogdanov, Russia's deputy envoy, said talks could resume.",
      'Bogdanov said the opposition was invited.',
    ),
  );
  assert.equal(
    r.mentionRows.filter((m) => /Bogdanov/.test(m.surface ?? '')).map((m) => m.actor_id),
    ['mikhail-bogdanov', 'mikhail-bogdanov'],
  );
});

test.run();
