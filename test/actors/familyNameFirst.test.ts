// A family name written first ("Ban Ki-moon") is used alone before a speech verb, after the full name.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { extract, article } from './extractText.ts';

const ids = async (...paragraphs: string[]) => (await extract(article(...paragraphs))).mentionRows.map((m) => `${m.surface}=${m.actor_id}`);

test('"Ban said", "Ban also told" after the full name', async () => {
  assert.equal(await ids('UN chief Ban Ki-moon welcomed the truce.', 'Ban said the talks would resume in Geneva.'),
    ['UN=united-nations', 'Ban Ki-moon=ban-ki-moon', 'Ban=ban-ki-moon']);
  assert.equal(await ids('Ban Ki-moon spoke after the vote. Ban also told reporters that aid must flow.'),
    ['Ban Ki-moon=ban-ki-moon', 'Ban=ban-ki-moon']);
});

test('the word as a noun, or before the full name, is no mention', async () => {
  assert.equal(await ids('The ban on flights was lifted, Ban Ki-moon said.'), ['Ban Ki-moon=ban-ki-moon']);
  assert.equal(await ids('Ban said nothing.'), []);
  assert.equal(await ids('Ban Ki-moon welcomed it. Ban on barrel bombs was demanded.'), ['Ban Ki-moon=ban-ki-moon']);
});

test.run();
