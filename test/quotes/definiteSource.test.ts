// "the group said" is the body named before it; "the update said" is whoever issued an earlier
// update. Persons, states and bodies inside the quote are no antecedents.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { extract, article } from '../actors/extractText.ts';

const direct = async (...paragraphs: string[]) =>
  (await extract(article(...paragraphs))).quoteRows
    .filter((q) => q.kind === 'direct')
    .map((q) => [q.speaker, q.speaker_text]);

test('"the group said": the body named in the paragraph before', async () => {
  assert.equal(
    await direct(
      'The Islamic State group claimed responsibility for the bombing on Friday.',
      '"Our fighters struck the convoy," the group said in a statement.',
    ),
    [['islamic-state', 'the group']],
  );
});

test('"the update said": the issuer of an earlier update', async () => {
  assert.equal(
    await direct('"Figures will rise," the UN update said.', 'Days later, "the situation is grim," the update said.'),
    [
      ['united-nations', 'the UN update'],
      ['united-nations', 'the update'],
    ],
  );
});

test('negatives: a state, a person, a body named only inside the quote, another kind of document', async () => {
  assert.equal(await direct('Syria rejected the plan.', '"We are ready," the ministry said.'), [['', 'the ministry']]);
  assert.equal(await direct('Bashar al-Assad spoke on Monday.', '"Nothing changes," the group said.'), [
    ['', 'the group'],
  ]);
  assert.equal(await direct('Rain fell.', '"The Islamic State group is finished," the group said.'), [
    ['', 'the group'],
  ]);
  assert.equal(await direct('"Figures will rise," the UN update said.', '"It is grim," the report said.'), [
    ['united-nations', 'the UN update'],
    ['', 'the report'],
  ]);
});

test.run();
