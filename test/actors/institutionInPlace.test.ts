// An institution placed by its seat: "the defense ministry in Moscow" is the Russian Defence
// Ministry when the codebook has it, else the country; the capital is no location here.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { extract, article } from './extractText.ts';
import { institutionInPlace } from '../../transforms/actors/parsers/institutionInPlace.ts';
import type { ActorMatcher } from '../../transforms/actors/compileActorMatcher.ts';

const ids = async (...paragraphs: string[]) =>
  (await extract(article(...paragraphs))).mentionRows.map((m) => `${m.surface}=${m.actor_id}`);

test("the country's ministry from the codebook", async () => {
  assert.equal(await ids('The defense ministry in Moscow said its aircraft had not flown over the area.'), [
    'defense ministry in Moscow=russian-defence-ministry',
  ]);
  assert.equal(await ids('A statement from the foreign ministry in Moscow called the strike a provocation.'), [
    'foreign ministry in Moscow=russian-foreign-ministry',
  ]);
  assert.equal(await ids('Officials at the Defence Ministry in Moscow declined to comment.'), [
    'Defence Ministry in Moscow=russian-defence-ministry',
  ]);
});

test('no such ministry in the codebook, or which one is not said: the state', async () => {
  assert.equal(await ids('The foreign ministry in Damascus said the strike was an act of aggression.'), [
    'foreign ministry in Damascus=syrian-government',
  ]);
  assert.equal(await ids('The ministry in Tehran denied that Iranian troops were involved.'), [
    'ministry in Tehran=iran',
  ]);
  assert.equal(await ids('The ministry in Moscow did not reply.'), ['ministry in Moscow=russia']);
});

test('a later "the ministry" refers back to the placed ministry', async () => {
  assert.equal(
    await ids(
      'The defence ministry in Moscow issued a statement.',
      'The ministry said no Russian jets were in the area.',
    ),
    ['defence ministry in Moscow=russian-defence-ministry', 'ministry=russian-defence-ministry'],
  );
});

test('the parser needs a state named after "in"', () => {
  const matcher = { actors: new Map() } as ActorMatcher;
  assert.equal(institutionInPlace({ text: 'The ministry in charge of aid said so.', all: [], matcher }), []);
});

test.run();
