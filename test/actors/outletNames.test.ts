// A place inside the name of a news outlet is not that state: "France 24", "Russia Today",
// "Voice of America", "Radio Free Europe", "Sky News Arabia". Negative cases for the state mentions.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { extract, article } from './extractText.ts';

const ids = async (...paragraphs: string[]) =>
  (await extract(article(...paragraphs))).mentionRows.map((m) => `${m.surface}=${m.actor_id}`);

test('codebook outlets whose names hold a place are the outlet only', async () => {
  assert.equal(await ids('Lavrov told France 24 that talks would resume.'), [
    'Lavrov=sergei-lavrov',
    'France 24=france-24',
  ]);
  assert.equal(await ids('Assad told Voice of America the truce was holding.'), [
    'Assad=bashar-al-assad',
    'Voice of America=voice-of-america',
  ]);
  assert.equal(await ids('Jubeir spoke to Sky News Arabia on Sunday.'), [
    'Jubeir=adel-al-jubeir',
    'Sky News Arabia=sky-news-arabia',
  ]);
});

test('outlets the codebook lacks: a state name before a number or a medium word, or after "Radio"', async () => {
  assert.equal(await ids('Russia 24 showed footage of the convoy.'), []);
  assert.equal(await ids('Syria TV reported shelling near Hama, and Iran Daily said Tehran backed the plan.'), [
    'Syria TV=syria-tv',
    'Tehran=iran',
  ]);
  assert.equal(await ids('Kerry told Radio Free Iran that Tehran must help.'), ['Kerry=john-kerry', 'Tehran=iran']);
});

test('the state itself stays a mention', async () => {
  assert.equal(await ids('France backed the plan, France 24 reported.'), ['France=france', 'France 24=france-24']);
  assert.equal(await ids('Washington gave Russia 30 days to respond.'), ['Washington=united-states', 'Russia=russia']);
  assert.equal(await ids('Russia today said it would send aid.'), ['Russia=russia']);
});

test.run();
