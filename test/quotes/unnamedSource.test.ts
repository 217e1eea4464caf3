// "the diplomat said" after "a Western diplomat": the unnamed person just introduced, not a named
// diplomat from earlier in the article.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { extract, article } from '../actors/extractText.ts';
import { indefiniteReferents } from '../../transforms/text/indefiniteReferents.ts';

const direct = async (...paragraphs: string[]) =>
  (await extract(article(...paragraphs))).quoteRows
    .filter((q) => q.kind === 'direct')
    .map((q) => [q.speaker, q.speaker_text]);

test('an indefinite description opens a referent that "the <head>" refers back to', async () => {
  assert.equal(
    await direct(
      'US Secretary of State John Kerry, the top US diplomat, met Lavrov in Geneva.',
      'A Western diplomat, who spoke on condition of anonymity, was more blunt. "If they keep bombing, there will be nothing left to cease," the diplomat said.',
    ),
    [['', 'A Western diplomat']],
  );
  assert.equal(
    await direct('One European envoy said the talks had stalled.', '"Nobody is moving," the envoy told reporters.'),
    [['european-union', 'One European envoy']],
  );
});

test('the affiliation of the unnamed source is the speaker', async () => {
  assert.equal(
    await direct(
      'A US official said Washington was studying the proposal.',
      '"We are not there yet," the official said.',
    ),
    [['united-states', 'A US official']],
  );
  assert.equal(
    (
      await extract(
        article(
          'A senior administration official briefed reporters.',
          'The official said the plan was "dead in the water".',
        ),
      )
    ).quoteRows.map((q) => q.speaker_text),
    ['A senior administration official'],
  );
  assert.equal(await direct('"This is a test," a senior Russian diplomat said. "We will see," the diplomat added.'), [
    ['russia', 'a senior Russian diplomat'],
    ['russia', 'a senior Russian diplomat'],
  ]);
});

test('the description is no mention of the named diplomat', async () => {
  const rows = (
    await extract(
      article(
        'Lavrov, the top Russian diplomat, spoke first.',
        'A Western diplomat said the plan was dead. The diplomat said Moscow had stalled.',
      ),
    )
  ).mentionRows;
  assert.equal(
    rows.map((m) => `${m.surface}=${m.actor_id}`),
    ['Lavrov=sergei-lavrov', 'top Russian diplomat=sergei-lavrov', 'Moscow=russia'],
  );
});

test('indefiniteReferents: a singular person role after modifiers, ending its phrase', () => {
  const heads = (t: string) => indefiniteReferents(t).map((r) => r.surface);
  assert.equal(heads('A Western diplomat, who spoke on condition of anonymity, said so.'), ['A Western diplomat']);
  assert.equal(heads('a State Department official familiar with the talks said'), ['a State Department official']);
  assert.equal(heads('according to a senior US official.'), ['a senior US official']);
});

test.run();
