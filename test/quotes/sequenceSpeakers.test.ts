// A quote's speaker from the sentences before it: the narrative sentence's subject, the quote after
// the previous quote's attribution sentence, a whole-sentence quote attributed by the next sentence.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { extract, article } from '../actors/extractText.ts';

const speakers = async (...paragraphs: string[]) =>
  (await extract(article(...paragraphs))).quoteRows
    .filter((q) => q.kind === 'direct')
    .map((q) => [(q.text ?? '').split(' ').slice(0, 3).join(' '), q.speaker]);

test('a quote after a narrative sentence is said by its subject', async () => {
  assert.equal(
    await speakers(
      'In a speech to party members that went on for an hour and covered the economy, Mr Lavrov made a plea for calm. "We will not be provoked into a war."',
    ),
    [['We will not', 'sergei-lavrov']],
  );
});

test('no subject speaker when the narrative sentence opens with something else', async () => {
  assert.equal(
    await speakers(
      'The storm destroyed houses near the coast where Lavrov once lived. "Nobody came to help us, nobody at all."',
    ),
    [['Nobody came to', '']],
  );
});

test('a whole-sentence quote is attributed by the sentence after it, and the next quote continues it', async () => {
  assert.equal(
    await speakers(
      '"How many more must die?" County Supervisor Ruth Alvarado said in a statement. "Enough is enough, and we must act now."',
    ),
    [
      ['How many more', 'ruth-alvarado'],
      ['Enough is enough,', 'ruth-alvarado'],
    ],
  );
});

test('a subordinate clause after a quote is no attribution', async () => {
  assert.equal(
    await speakers(
      'Lavrov said in Moscow: "We have reached an understanding," shortly after officials announced the results.',
    ),
    [['We have reached', 'sergei-lavrov']],
  );
});

test('a person named inside a description is not the subject of the apposition', async () => {
  assert.equal(
    await speakers(
      'Tomas Lindqvist, a lawyer for the company where Lavrov once worked, said staff were "shocked and saddened."',
    ),
    [['shocked and saddened.', 'tomas-lindqvist']],
  );
});

test.run();
