// Speakers of direct quotes: the refiners together, on paragraphs written like wire copy.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { extract, article } from '../actors/extractText.ts';

const speakers = async (...paragraphs: string[]) =>
  (await extract(article(...paragraphs))).quoteRows
    .filter((q) => q.kind === 'direct')
    .map((q) => [q.text, q.speaker, q.verb]);

test('attribution after the quote: X said, said X, pronoun', async () => {
  assert.equal(
    await speakers(
      '"We are not there yet," Kerry said.',
      '"It is our expectation that this meeting will go forward," said a senior US official.',
    ),
    [
      ['We are not there yet,', 'john-kerry', 'said'],
      ['It is our expectation that this meeting will go forward,', 'united-states', 'said'],
    ],
  );
});

test('attribution before the quote, past an apposition or a participle clause', async () => {
  assert.equal(
    await speakers(
      'Lavrov, speaking after talks with U.S. Secretary of State John Kerry in Geneva, told reporters: "We have agreed on a number of steps."',
    ),
    [['We have agreed on a number of steps.', 'sergei-lavrov', 'told']],
  );
  assert.equal(await speakers('In the words of Kremlin spokesman Dmitry Peskov, "inform him of their talks."'), [
    ['inform him of their talks.', 'dmitry-peskov', 'words'],
  ]);
});

test('"he said" is the subject of the reporting clause before it', async () => {
  assert.equal(
    await speakers(
      'Assad insisted Putin and Lavrov had never raised the issue of his departure.',
      '"They never said a single word regarding this," he said.',
    ),
    [['They never said a single word regarding this,', 'bashar-al-assad', 'said']],
  );
});

test('a quote that opens a paragraph without attribution continues the previous speaker', async () => {
  assert.equal(
    (
      await speakers(
        '"The secretary expressed concern," State Department spokesman John Kirby told reporters.',
        '"The two also discussed the need to increase pressure."',
      )
    ).map((r) => r[1]),
    ['john-kirby', 'john-kirby'],
  );
});

test('a possessive before a role is someone else: "Kerry\'s spokesman" is not Kerry', async () => {
  const rows = (
    await extract(article('Kerry\'s spokesman said he would "explore initiatives in more detail" with Lavrov.'))
  ).quoteRows;
  assert.equal(
    rows.map((q) => [q.speaker, q.speaker_text]),
    [['', "Kerry's spokesman"]],
  );
});

test.run();
