// Organisations named in full, then by their acronym in brackets; the acronym names them again in any article.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { acronymOrganisation } from '../../transforms/actors/parsers/acronymOrganisation.ts';
import { discoveredShortForms } from '../../transforms/actors/discoveredShortForms.ts';
import type { DiscoveredActor } from '../../transforms/actors/discoveredRegistry.ts';
import { wordsIn } from '../../transforms/text/words.ts';
import { extract, article } from './extractText.ts';

const spans = (text: string) => acronymOrganisation(text, wordsIn(text)).map((d) => [d.name, d.type, d.acronym]);

test('a name whose initials spell the acronym in brackets after it', () => {
  assert.equal(spans('The governing Liberal Reform Party (LRP) lost its majority on Sunday.'), [
    ['Liberal Reform Party', 'organization', 'LRP'],
  ]);
  assert.equal(spans('Leaders of the Northern Farmers Union (NFU) met the minister.'), [
    ['Northern Farmers Union', 'organization', 'NFU'],
  ]);
  assert.equal(spans('The Council for Coastal Defence and Shipping (CCDS) issued a warning.'), [
    ['Council for Coastal Defence and Shipping', 'organization', 'CCDS'],
  ]);
  assert.equal(spans('the US Coastal Survey (USCS) said the tremor measured 6.1.'), [
    ['US Coastal Survey', 'organization', 'USCS'],
  ]);
});

test('no organisation where the bracket holds no acronym of the words before it', () => {
  assert.equal(spans('Voting closed in Port Elmsworth (PE) on Tuesday.'), []); // two letters abbreviate a place as often as a body
  assert.equal(spans('The Green Party (GP) won two seats.'), [['Green Party', 'organization', 'GP']]);
  assert.equal(spans('The vote on Tuesday (TUE) was close.'), []);
  assert.equal(spans('Tuesday (TU) saw heavy rain.'), []); // one word is no name
  assert.equal(spans('The Liberal Reform Party (which won in 2019) lost.'), []);
  assert.equal(spans('Rains hit the North East (NW) overnight.'), []); // initials do not match
});

const org = (name: string, aliases: string[]): DiscoveredActor => ({
  actor_id: name.toLowerCase().replace(/ /g, '-'),
  name,
  type: 'organization',
  aliases: [name, ...aliases],
  parsers: ['acronymOrganisation'],
});

test("an organisation's acronym is a short form unless two bodies or the codebook hold it", () => {
  const forms = (actors: DiscoveredActor[], codebook: string[] = []) =>
    discoveredShortForms(actors, new Set(codebook)).map((e) => [e.alias, e.actor_id, e.actorType]);
  assert.equal(forms([org('Liberal Reform Party', ['LRP'])]), [['LRP', 'liberal-reform-party', 'organization']]);
  assert.equal(forms([org('Liberal Reform Party', ['LRP']), org('Lake Rescue Patrol', ['LRP'])]), []);
  assert.equal(forms([org('Liberal Reform Party', ['LRP'])], ['LRP']), []);
});

test('an acronym given in one article names the body in another', async () => {
  const rows = (
    await extract(
      article('The Liberal Reform Party (LRP) lost its majority for the first time in thirty years.'),
      article('The LRP said on Monday it would talk to all parties about a coalition.'),
    )
  ).mentionRows.map((m) => [m.article_id, m.surface, m.actor_id]);
  assert.ok(rows.some(([a, s, id]) => a === 'a0' && s === 'Liberal Reform Party' && id === 'liberal-reform-party'));
  assert.ok(rows.some(([a, s, id]) => a === 'a1' && s === 'LRP' && id === 'liberal-reform-party'));
});

test.run();
