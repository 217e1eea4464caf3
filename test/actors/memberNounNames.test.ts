// A bare name before a noun of its members or of the group itself names an organisation or armed
// group ("a Hamas official", "Houthi rebels", "Boko Haram militants"); once discovered, the bare
// name is a mention in every article. Negative cases: states and seats, demonyms, adjectives of
// party, days, people's surnames, places.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { memberNounName } from '../../transforms/actors/parsers/memberNounName.ts';
import { wordsIn } from '../../transforms/text/words.ts';
import { extract, article } from './extractText.ts';

const found = (text: string) => memberNounName(text, wordsIn(text)).map((s) => `${s.name}:${s.type}`);
const ids = async (...texts: string[]) =>
  (await extract(...texts)).mentionRows.map((m) => `${m.article_id}:${m.surface}=${m.actor_id}`);

test('a bare name before a noun of members is a group, typed by the noun', () => {
  assert.equal(found('A suicide bomber killed about 20 Houthi fighters in central Yemen on Sunday.'), [
    'Houthi:armed_group',
  ]);
  assert.equal(found('Suspected al-Shabab militants ambushed a convoy, a police officer said.'), [
    'al-Shabab:armed_group',
  ]);
  assert.equal(found('Troops captured three Boko Haram commanders near the border, the army said.'), [
    'Boko Haram:armed_group',
  ]);
  assert.equal(found('Israel accepted a truce with Hamas movement, and a senior Hamas official welcomed it.'), [
    'Hamas:organization',
    'Hamas:organization',
  ]);
  assert.equal(found('The ruling party lost seats, and ANC members met in Johannesburg on Sunday.'), [
    'ANC:organization',
  ]);
});

test('no group: demonyms, adjectives of party, days, surnames, places, common words opening a sentence', () => {
  assert.equal(found('Kurdish fighters advanced while Palestinian officials met in Cairo.'), []);
  assert.equal(found('Republican lawmakers and Democratic leaders rejected the bill.'), []);
  assert.equal(found("Monday's fighters were gone by dawn."), []);
  assert.equal(found('President Donald Trump thanked Trump officials for the deal.'), []);
  assert.equal(found('Officials in Gaza said Gaza officials had fled the building.'), []);
  assert.equal(found('Opposition leaders met on Tuesday. The opposition wants a vote.'), []);
  assert.equal(found('Gaza residents fled as Trump supporters rallied.'), []);
});

test("seats of government before the noun stay the state's (a codebook title wins)", async () => {
  assert.equal(await ids(article('A Kremlin spokesman said talks were possible, and White House officials agreed.')), [
    'a0:Kremlin=russia',
    'a0:Kremlin spokesman=dmitry-peskov',
    'a0:White House=united-states',
  ]);
});

test('once discovered, the bare name is a mention in every article', async () => {
  const rows = await ids(
    article('Israel agreed to a 72-hour truce with Hamas movement on Monday.'),
    article('Egypt said Hamas had accepted the proposal, and Israel agreed to send a delegation.'),
  );
  assert.ok(rows.includes('a0:Hamas=hamas'));
  assert.ok(rows.includes('a1:Hamas=hamas'));
});

test('a surname discovered elsewhere in the corpus is no group', async () => {
  const rows = await ids(
    article('Senator Mitch Harlan said the bill would pass.'),
    article('Harlan supporters and Harlan officials gathered outside.'),
  );
  assert.not.ok(rows.some((r) => r.endsWith('=harlan')));
});

test('a name placed by a preposition anywhere in the corpus is a place', async () => {
  const rows = await ids(
    article('The envoy said the plan covers Donbass rebels and the line of contact.'),
    article('People who live in Donbass want the shelling to stop.'),
  );
  assert.not.ok(rows.some((r) => r.endsWith('=donbass')));
});

test.run();
