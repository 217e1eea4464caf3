// A codebook written for one story, read on another: its common nouns, its titles and the surnames
// discovered elsewhere must not claim people and groups of the new story; currencies name no state.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { extract, article } from './extractText.ts';

const ids = async (...paragraphs: string[]) =>
  (await extract(article(...paragraphs))).mentionRows.map((m) => `${m.surface}=${m.actor_id}`);

test("a codebook group's common noun counts only where the group's state is named", async () => {
  // The sample codebook's "opposition" belongs to a group named after a state.
  const elsewhere = await ids('The opposition in Ruritania won 40 seats and the opposition leader spoke.');
  assert.not.ok(
    elsewhere.some((m) => /^opposition=/i.test(m)),
    elsewhere.join(', '),
  );
  const there = await ids('The Syrian opposition met, and the opposition said talks had failed.');
  assert.ok(
    there.some((m) => m.startsWith('opposition=')),
    there.join(', '),
  );
});

test("a codebook government's common nouns count only where its state is named", async () => {
  // The sample codebook's Syrian government (a state actor) lists "regime" and "government forces".
  const elsewhere = await ids(
    'Government forces shelled the port, and the rebels said the regime had broken the truce in Ruritania.',
  );
  assert.not.ok(
    elsewhere.some((m) => /^(the )?(regime|government forces)=/i.test(m)),
    elsewhere.join(', '),
  );
  const there = await ids('In Syria, government forces shelled Aleppo, and the regime denied it.');
  assert.ok(
    there.some((m) => m.startsWith('government forces=')) && there.some((m) => m.startsWith('regime=')),
    there.join(', '),
  );
});

test("another state's body is not the codebook's body of the same kind", async () => {
  // The sample codebook's "Red Crescent" is an alias of a body named after a state.
  const rows = await ids('The Chilean Red Crescent said 40 died.', 'The Red Crescent said more were missing.');
  assert.ok(rows.includes('Chilean Red Crescent=chilean-red-crescent'), rows.join(', '));
  // Named again by the short name in an article about that state: the state's body.
  assert.ok(rows.includes('Red Crescent=chilean-red-crescent'), rows.join(', '));
  // With no such body named, a capitalised alias stays the codebook's: it is specific enough.
  const elsewhere = await ids('The Red Crescent said more were missing in Peru.');
  assert.ok(
    elsewhere.some((r) => r.startsWith('Red Crescent=')),
    elsewhere.join(', '),
  );
  const home = await ids('In Syria, the Red Crescent said more were missing.');
  assert.ok(
    home.some((r) => r.startsWith('Red Crescent=')),
    home.join(', '),
  );
});

test('a title said of someone, or the head of a longer office, refers to nobody', async () => {
  const said = await ids('Maria Lund ran the firm long before she became US president.');
  assert.not.ok(
    said.some((m) => m.startsWith('US president=')),
    said.join(', '),
  );
  const office = await ids('Secretary of Commerce Dana Whitfield attended the dinner.');
  assert.not.ok(
    office.some((m) => /^Secretary=/.test(m)),
    office.join(', '),
  );
  // A title used alone still refers.
  assert.ok((await ids('The US president said the talks had gone well.')).some((m) => m.startsWith('US president=')));
});

test('a currency names no state', async () => {
  assert.equal(await ids('The fund asked for 70 million US dollars on Thursday.'), []);
  assert.equal(await ids('The US sent 70 million dollars.'), ['US=united-states']);
});

test("one person's surname after another given name is another person", async () => {
  const r = await extract(
    article(
      'Party secretary Anil Varma said the vote was close.',
      'Later the leader met Rekha Devi Varma at her home, and Varma said she was pleased.',
    ),
  );
  const varma = r.mentionRows.filter((m) => m.actor_id === 'anil-varma').map((m) => m.surface);
  // "Varma said" stays ambiguous and goes to the one Varma discovered; "Rekha Devi Varma" is not him.
  assert.equal(varma, ['Anil Varma', 'Varma']);
  assert.ok(Number(r.mentionRows.find((m) => m.surface === 'Varma')?.start) > Number(r.mentionRows[0].start) + 60);
});

test.run();
