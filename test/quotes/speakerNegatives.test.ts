// Speakers that must NOT be given: a reporting clause that starts after the quote, a new main
// clause before it, a relative clause on the subject, a definite description that an unnamed
// source introduced, a second quote whose attribution is not the sentence before.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { extract, article } from '../actors/extractText.ts';

const speakers = async (...paragraphs: string[]) => (await extract(article(...paragraphs))).quoteRows
  .filter((q) => q.kind === 'direct').map((q) => [q.text, q.speaker]);

test('a speech verb after the quote, in a new clause, is not its attribution', async () => {
  assert.equal(await speakers('Peskov said that Russia had "nothing to do" with the attack, and US officials said the inquiry would go on.'),
    [['nothing to do', 'dmitry-peskov']]);
  assert.equal(await speakers('Lavrov said the United States had "no right" to lecture Moscow, while Kerry said the talks would go on.'),
    [['no right', 'sergei-lavrov']]);
});

test('a new main clause before the quote has its own subject', async () => {
  assert.equal(await speakers('Kerry said the talks had been useful, but Lavrov said Washington had "failed to deliver".'),
    [['failed to deliver', 'sergei-lavrov']]);
  assert.equal(await speakers('Kerry, who Lavrov said had misled him, insisted the plan was "still alive".'),
    [['still alive', 'john-kerry']]);
});

test.run();
