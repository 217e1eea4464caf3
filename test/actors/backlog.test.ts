// Known failures of the actor and quote extractors, parked: each is an article's paragraphs and what
// should come out. They are registered with test.skip, so uvu counts them on its Skipped line; when a
// fix makes one pass, turn it into `test`. Decisions and design limits stay in test/actors/backlog.md.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { extract, article } from './extractText.ts';

const labelsOf = async (surface: string, ...paragraphs: string[]) =>
  (await extract(article(...paragraphs))).mentionRows
    .filter((m) => m.surface === surface)
    .map((m) => [m.actor_id, m.descriptor]);
const speakersOf = async (...paragraphs: string[]) =>
  (await extract(article(...paragraphs))).quoteRows.map((q) => q.speaker);

// Appositions are only checked for a role noun and a closing comma, so a list item becomes a label.
// Today: the opposition is labelled "government".
test.skip('a list item is no apposition: the opposition, the government, Russia and Iran', async () => {
  assert.equal(
    await labelsOf('opposition', 'The talks brought together the opposition, the government, Russia and Iran.'),
    [['syrian-opposition', '']],
  );
});

// The spokesman is not resolved to the person named as spokesman later. Today: no speaker.
test.skip('"X\'s spokesman said" resolves to the spokesman named later', async () => {
  assert.equal(
    await speakersOf(
      "Pentagon's spokesman said the strikes would continue. The spokesman, John Kirby, declined to comment.",
    ),
    ['john-kirby'],
  );
});

// Indirect speech: one reported clause per sentence (the first speech verb). Today: one row.
test.skip('a second reported clause in the same sentence ("after the Kremlin said")', async () => {
  assert.equal(await speakersOf('Russia said the strikes hit rebels after the Kremlin said the truce had failed.'), [
    'russia',
    'russia',
  ]);
});

// A codebook alias is matched whole before any refiner sees the number. Today: the outlet France 24.
test.skip('"left France 24 hours later" names no outlet', async () => {
  assert.equal((await extract(article('He left France 24 hours later.'))).mentionRows, []);
});

// A bare "the group said" is not resolved to the group named before. Today: no speaker.
test.skip('a bare "the group said" after the group is named', async () => {
  assert.equal(await speakersOf('Ahrar al-Sham rejected the truce. The group said it would fight on.'), [
    'ahrar-al-sham',
  ]);
});

// A partitive description alone is not resolved to the branch. Today: the speaker is al-Qaeda.
test.skip('"al-Qaeda\'s Syrian branch" alone is Al-Nusra Front', async () => {
  assert.equal(await speakersOf("Al-Qaeda's Syrian branch said it rejected the truce."), ['al-nusra-front']);
});

test.run();
