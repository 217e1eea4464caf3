// Outlets named with a head noun after the name, a name with "of" inside it: "the Times of Israel
// website", "the Walla news website", "the Ynet news site". The head is the descriptor; a state's
// name inside the outlet's name is no mention of the state.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { extract, article } from './extractText.ts';

const rows = async (text: string) =>
  (await extract(article(text))).mentionRows.map((m) => `${m.surface}=${m.actor_id}|${m.descriptor}`);

test('an outlet with "of" in its name before "website"', async () => {
  assert.equal(await rows('An official told the Times of Israel website that the army was ready.'), [
    'Times of Israel=times-of-israel|website',
  ]);
});

test('an outlet before "news website" and "news site"', async () => {
  assert.equal(await rows('Talks will resume in Cairo, the agency reported, citing the Walla news website.'), [
    'Walla=walla|news website',
  ]);
  assert.equal(await rows('According to the Ynet news site, some 800 students tested positive.'), [
    // "site" heads no label: "toured the site" would be one.
    'Ynet=ynet|',
  ]);
});

test('no outlet without a medium noun: "of" and a state stay the state', async () => {
  assert.equal(await rows('The Bank of Israel kept rates on hold.'), ['Israel=israel|']);
  assert.equal(await rows('Friends of Israel said the vote was close.'), ['Israel=israel|']);
});

test.run();
