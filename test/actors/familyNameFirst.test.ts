// A family name written first ("Ban Ki-moon") is used alone after the full name: before a verb, possessive, or with a
// participle in commas; never as the noun "ban".
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { extract, article } from './extractText.ts';

const ids = async (...paragraphs: string[]) =>
  (await extract(article(...paragraphs))).mentionRows.map((m) => `${m.surface}=${m.actor_id}`);

test('"Ban said", "Ban also told" after the full name', async () => {
  assert.equal(await ids('UN chief Ban Ki-moon welcomed the truce.', 'Ban said the talks would resume in Geneva.'), [
    'UN=united-nations',
    'Ban Ki-moon=ban-ki-moon',
    'Ban=ban-ki-moon',
  ]);
  assert.equal(await ids('Ban Ki-moon spoke after the vote. Ban also told reporters that aid must flow.'), [
    'Ban Ki-moon=ban-ki-moon',
    'Ban=ban-ki-moon',
  ]);
});

test('a discovered person with the family name first: "Wen said" after "Wen Liang"', async () => {
  // The last word of the full name ("Liang") is a short form over the corpus, but it is found only inside
  // the full name: the text names her again by the family name.
  assert.equal(
    await ids('Foreign ministry spokesperson Wen Liang spoke on Friday.', 'Wen said the remarks were wrong.'),
    ['Wen Liang=wen-liang', 'Wen=wen-liang'],
  );
});

test('a Western name named again by its last word keeps its first word a given name', async () => {
  assert.equal(
    await ids('Prime Minister Mark Olsen spoke on Friday.', 'Olsen said the talks were over, and Mark said nothing.'),
    ['Mark Olsen=mark-olsen', 'Olsen=mark-olsen'],
  );
});

test('any verb, a possessive or a parenthetical participle after the family name', async () => {
  assert.equal(
    await ids('UN Secretary-General Ban Ki-moon addressed the council on Friday.', 'Ban welcomed the vote.'),
    ['UN=united-nations', 'Ban Ki-moon=ban-ki-moon', 'Ban=ban-ki-moon'],
  );
  assert.equal(await ids('Ban Ki-moon arrived on Monday.', 'Ban, speaking in New York, said the truce must hold.'), [
    'Ban Ki-moon=ban-ki-moon',
    'Ban=ban-ki-moon',
  ]);
  assert.equal(await ids('Ban Ki-moon urged restraint.', "Ban's spokesman said aid must reach Madaya."), [
    'Ban Ki-moon=ban-ki-moon',
    'Ban=ban-ki-moon',
  ]);
  assert.equal(
    await ids('Ban Ki-moon urged restraint. Diplomats said Ban has little leverage, though Ban urges talks.'),
    ['Ban Ki-moon=ban-ki-moon', 'Ban=ban-ki-moon', 'Ban=ban-ki-moon'],
  );
});

test('a pronoun after a sentence opened by the family name is that person', async () => {
  const rows = (
    await extract(
      article(
        'UN Secretary-General Ban Ki-moon addressed the council on Friday.',
        'Ban welcomed the vote. "The people have suffered too long," he said.',
      ),
    )
  ).quoteRows;
  assert.equal(
    rows.map((q) => q.speaker),
    ['ban-ki-moon'],
  );
});

test('the word as a noun, or before the full name, is no mention', async () => {
  assert.equal(await ids('The ban on flights was lifted, Ban Ki-moon said.'), ['Ban Ki-moon=ban-ki-moon']);
  assert.equal(await ids('Ban said nothing.'), []);
  assert.equal(await ids('Ban Ki-moon welcomed it. Ban on barrel bombs was demanded.'), ['Ban Ki-moon=ban-ki-moon']);
  assert.equal(
    await ids('Ban Ki-moon welcomed it. The council imposed a ban on arms sales, and the ban was extended.'),
    ['Ban Ki-moon=ban-ki-moon'],
  );
  assert.equal(await ids('Ban Ki-moon welcomed it. Ban policies were debated.'), ['Ban Ki-moon=ban-ki-moon']);
});

test.run();
