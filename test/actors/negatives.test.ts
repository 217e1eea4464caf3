// What must not become a mention or a discovered actor.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { extract, article } from './extractText.ts';

const ids = async (...paragraphs: string[]) =>
  (await extract(article(...paragraphs))).mentionRows.map((m) => `${m.surface}=${m.actor_id}`);

test('capitals named as places are not their governments', async () => {
  assert.equal(await ids('Kerry arrived in Moscow on Tuesday and will fly to Damascus.'), ['Kerry=john-kerry']);
  assert.equal(await ids('Putin met Kerry in the Kremlin.'), ['Putin=vladimir-putin', 'Kerry=john-kerry']);
  assert.equal(await ids('Troops seized a town east of Damascus.'), []);
  assert.equal(await ids("Pressure from Moscow grew, and Moscow's view is clear."), ['Moscow=russia', 'Moscow=russia']);
});

test('credits, fixed phrases and lower-case look-alikes are not mentions', async () => {
  assert.equal(await ids('File photo of the talks (AFP)'), []);
  assert.equal(await ids('Washington is not seeking regime change.'), ['Washington=united-states']);
  assert.equal(await ids('Tell us what is at stake.'), []);
});

test('no actor is discovered from places, days, bylines or sentence-initial words', async () => {
  const r = await extract(
    article(
      'By Jane Smith in Beirut',
      'On Thursday alone, six Tupolev bombers flew out of an airbase near Palmyra and struck Homs, Aleppo and Sukhna.',
      'Meanwhile Western cities braced for attacks as the Cold War rhetoric returned to the Middle East.',
    ),
  );
  assert.equal(r.candidates.numRows(), 0);
  assert.equal(r.mentionRows.length, 0);
});

test('a ministry with a place that is no state, or a place after another noun, is no placed institution', async () => {
  assert.equal(await ids('The ministry in Aleppo province was shelled.'), []);
  assert.equal(await ids('Talks in Moscow ended, and the embassy in Moscow was closed.'), []);
  assert.equal(await ids("The ministry in Moscow's view had erred."), ['Moscow=russia']);
});

test('a role with no person named before it stays unresolved', async () => {
  assert.equal(await ids('The minister did not comment.'), []);
});

test.run();
