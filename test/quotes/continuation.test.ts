// Quotes that take their speaker from what came before: a quote-only paragraph after a quote or a
// paraphrase, clauses before the attribution, titles and institutions used alone.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { extract, article } from '../actors/extractText.ts';

const speakers = async (...paragraphs: string[]) =>
  (await extract(article(...paragraphs))).quoteRows.filter((q) => q.kind === 'direct').map((q) => [q.text, q.speaker]);

test('a paragraph that is only a quote continues the paraphrase that closed the paragraph before', async () => {
  assert.equal(
    await speakers(
      'Kerry said the deal could hold if both sides complied.',
      '\u201cThis is the last chance to save a united Syria.\u201d',
    ),
    [['This is the last chance to save a united Syria.', 'john-kerry']],
  );
  assert.equal(
    await speakers(
      'Lavrov insisted that Moscow had kept its side of the bargain.',
      '"We have done everything we promised."',
    ),
    [['We have done everything we promised.', 'sergei-lavrov']],
  );
});

test('not continued: a paraphrase that does not close its paragraph, or a paragraph between', async () => {
  assert.equal(
    await speakers('Kerry said the deal could hold. Aid trucks waited at the border.', '"This is the last chance."'),
    [['This is the last chance.', '']],
  );
  assert.equal(
    await speakers('Kerry said the deal could hold.', 'Aid trucks waited at the border.', '"This is the last chance."'),
    [['This is the last chance.', '']],
  );
});

test('a conditional clause or a partial quote before the attribution', async () => {
  assert.equal(
    await speakers('"If we see the implementation of the agreement, we will move to the next stage," said Kerry.'),
    [['If we see the implementation of the agreement, we will move to the next stage,', 'john-kerry']],
  );
  assert.equal(
    await speakers(
      '"When the regime stops bombing, we will return to Geneva," opposition coordinator Riad Hijab told reporters.',
    ),
    [['When the regime stops bombing, we will return to Geneva,', 'riad-hijab']],
  );
  assert.equal(await speakers('It was "too early to draw conclusions," Kerry told reporters.'), [
    ['too early to draw conclusions,', 'john-kerry'],
  ]);
});

test('a person in the attribution wins over the body in his label', async () => {
  assert.equal(await speakers('"We will not comment," Kremlin spokesman Dmitry Peskov told reporters.'), [
    ['We will not comment,', 'dmitry-peskov'],
  ]);
  assert.equal(
    await speakers('"The convoy was not hit from the air," Russian defence ministry spokesman Igor Konashenkov said.'),
    [['The convoy was not hit from the air,', 'igor-konashenkov']],
  );
});

test('an unattributed quote right after an attributed one in the same paragraph continues it, however long the attribution', async () => {
  assert.equal(
    await speakers(
      '"We want to see action," said Salem al-Meslet, a spokesman for the opposition. "If the deal holds, we will go to Geneva."',
    ),
    [
      ['We want to see action,', 'salem-al-meslet'],
      ['If the deal holds, we will go to Geneva.', 'salem-al-meslet'],
    ],
  );
  assert.equal(
    await speakers(
      '"They are testing us," Riad Hijab, the HNC coordinator, told Al Jazeera from Riyadh. "We are committed, but we will respond."',
    ),
    [
      ['They are testing us,', 'riad-hijab'],
      ['We are committed, but we will respond.', 'riad-hijab'],
    ],
  );
  assert.equal(
    await speakers(
      '"It is a step," Mogherini, the EU foreign policy chief, said in a statement issued in Brussels on Saturday. "But it is only a step."',
    ),
    [
      ['It is a step,', 'federica-mogherini'],
      ['But it is only a step.', 'federica-mogherini'],
    ],
  );
});

test('titles and institutions alone as attribution', async () => {
  assert.equal(
    await speakers(
      'UN Secretary-General Ban Ki-moon met Kerry on Monday. Kerry then left for Rome.',
      '"This is a moment of hope," the secretary-general said.',
    ),
    [['This is a moment of hope,', 'ban-ki-moon']],
  );
  assert.equal(
    await speakers(
      'The Russian Defence Ministry issued a statement on Tuesday.',
      '"No Russian aircraft flew over the area," the ministry said in a statement.',
    ),
    [['No Russian aircraft flew over the area,', 'russian-defence-ministry']],
  );
  assert.equal(
    await speakers(
      'UN Secretary-General Ban Ki-moon urged restraint.',
      '"We cannot fail the Syrian people," Ban told the council.',
    ),
    [['We cannot fail the Syrian people,', 'ban-ki-moon']],
  );
});

test.run();
