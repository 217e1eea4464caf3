// Speakers that must NOT be given: a reporting clause that starts after the quote, a new main
// clause before it, a relative clause on the subject, a definite description that an unnamed
// source introduced, a second quote whose attribution is not the sentence before.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { extract, article } from '../actors/extractText.ts';

const speakers = async (...paragraphs: string[]) =>
  (await extract(article(...paragraphs))).quoteRows.filter((q) => q.kind === 'direct').map((q) => [q.text, q.speaker]);

test('a speech verb after the quote, in a new clause, is not its attribution', async () => {
  assert.equal(
    await speakers(
      'Peskov said that Russia had "nothing to do" with the attack, and US officials said the inquiry would go on.',
    ),
    [['nothing to do', 'dmitry-peskov']],
  );
  assert.equal(
    await speakers(
      'Lavrov said the United States had "no right" to lecture Moscow, while Kerry said the talks would go on.',
    ),
    [['no right', 'sergei-lavrov']],
  );
});

test('a new main clause before the quote has its own subject', async () => {
  assert.equal(
    await speakers('Kerry said the talks had been useful, but Lavrov said Washington had "failed to deliver".'),
    [['failed to deliver', 'sergei-lavrov']],
  );
  assert.equal(await speakers('Kerry, who Lavrov said had misled him, insisted the plan was "still alive".'), [
    ['still alive', 'john-kerry'],
  ]);
  // The clause before ", and activists said" names the Observatory and regime forces: neither speaks.
  assert.equal(
    await speakers(
      'The Observatory said regime forces had shelled the town, and activists said the strikes were "the worst in months".',
    ),
    [['the worst in months', '']],
  );
});

test('a definite description with no indefinite one before it stays unattributed; a named one keeps its person', async () => {
  assert.equal(await speakers('"We will see," the official said.'), [['We will see,', '']]);
  assert.equal(
    await speakers(
      'US special envoy for Syria Michael Ratney said the talks would resume.',
      '"We are ready," the envoy said.',
    ),
    [['We are ready,', 'michael-ratney']],
  );
  // An apposition describes the person named before it: no new referent.
  assert.equal(
    await speakers(
      'Kerry met Salem al-Meslet, a spokesman for the opposition, on Monday.',
      '"We are ready," the spokesman said.',
    ),
    [['We are ready,', 'salem-al-meslet']],
  );
});

test("a second quote after another sentence, or in the next speaker's sentence, does not continue the first", async () => {
  assert.equal(await speakers('"We want a ceasefire," Lavrov said. Kerry was unmoved. "The rebels will not disarm."'), [
    ['We want a ceasefire,', 'sergei-lavrov'],
    ['The rebels will not disarm.', ''],
  ]);
});

test.run();
