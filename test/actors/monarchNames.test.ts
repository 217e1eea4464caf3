// Monarchs and popes: a regnal number ends the name ("Mohammed VI"), and their ranks go before one
// name alone ("King Salman", "Pope Francis"); the rank and the state's adjective label them.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { titledName } from '../../transforms/actors/parsers/titledName.ts';
import { wordsIn } from '../../transforms/text/words.ts';
import { extract, article } from './extractText.ts';

const names = (text: string) => titledName(text, wordsIn(text)).map((d) => d.name);

test('a regnal number is part of the name', () => {
  assert.equal(names('Ruritanian King Rudolf IV ordered three days of mourning.'), ['Rudolf IV']);
  assert.equal(names("Queen Margarethe II's message was read."), ['Margarethe II']);
  assert.equal(names('King of Ruritania Rudolf IV spoke.'), ['Rudolf IV']);
});

test('one name after a monarch or a pope, none after other titles or before a place', () => {
  assert.equal(names('Pope Anselm prayed for the victims, and King Tomas sent aid.'), ['Anselm', 'Tomas']);
  assert.equal(names('Minister Tomas said nothing.'), []);
  assert.equal(names('They met at King Street Station.'), []);
  assert.equal(names('I met them, said President Ines and I.'), []);
});

test('the monarch labelled, and "the Spanish king" resolved to him', async () => {
  const rows = (
    await extract(article('Spanish King Rudolf IV declared mourning.', 'The Spanish king also ordered aid.'))
  ).mentionRows.map((m) => [m.surface, m.actor_id, m.descriptor]);
  assert.ok(
    rows.some(([s, , d]) => s === 'Rudolf IV' && d === 'Spanish King'),
    JSON.stringify(rows),
  );
  assert.ok(
    rows.some(([s, id]) => s === 'Spanish king' && id === 'rudolf-iv'),
    JSON.stringify(rows),
  );
});

test.run();
