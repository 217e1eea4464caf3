// Speakers in the forms that news English uses around a quote besides "X said": an apposition
// after the quote, a participle clause, a verb that names the words ("called it ..."), "it said"
// within the sentence that named the group, and a clause-final attribution.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { extract, article } from '../actors/extractText.ts';

const speakers = async (...paragraphs: string[]) =>
  (await extract(article(...paragraphs))).quoteRows
    .filter((q) => q.kind === 'direct')
    .map((q) => [q.text, q.speaker, q.verb]);

test('a name, its apposition, then the verb after the quote: the name speaks, not the one told', async () => {
  assert.equal(
    await speakers(
      '"It is the calmest day in Aleppo for months," Rami Abdulrahman, head of the Observatory, told Reuters.',
    ),
    [['It is the calmest day in Aleppo for months,', 'rami-abdulrahman', 'told']],
  );
  assert.equal(
    await speakers('"We will not be rushed," Sergei Lavrov, Russia\'s foreign minister, told reporters in Geneva.'),
    [['We will not be rushed,', 'sergei-lavrov', 'told']],
  );
});

test('a participle clause takes the subject of the main clause', async () => {
  assert.equal(
    await speakers(
      'Saudi Foreign Minister Adel al-Jubeir repeated his demand that Assad leave power, saying the Syrian leader "must go" either way.',
    ),
    [['must go', 'adel-al-jubeir', 'saying']],
  );
  assert.equal(
    await speakers(
      'Putin ordered the bulk of Russia\u2019s forces out of Syria, saying the Kremlin\u2019s goals had \u201con the whole\u201d been achieved.',
    ),
    [['on the whole', 'vladimir-putin', 'saying']],
  );
  assert.equal(
    await speakers('On Monday, Kerry met the opposition in Riyadh, adding that a truce was "within reach" this month.'),
    [['within reach', 'john-kerry', 'adding']],
  );
});

test('a verb that names the quoted words: called, dubbed, hailed', async () => {
  assert.equal(
    await speakers(
      'US Secretary of State John Kerry called the outcome "a significant step forward" and said the attacks had given the talks urgency.',
    ),
    [['a significant step forward', 'john-kerry', 'called']],
  );
  assert.equal(
    await speakers(
      'Turkey\u2019s foreign ministry called the deal \u201ca positive step\u201d and said it hoped it would be implemented.',
    ),
    [['a positive step', 'turkey', 'called']],
  );
});

test('"it said" before the quote, in the sentence that named the group', async () => {
  assert.equal(
    await speakers(
      'The Syrian Observatory for Human Rights reported calm in Aleppo, though it said there had been \u201ca few violations\u201d near Hama.',
    ),
    [['a few violations', 'syrian-observatory-for-human-rights', 'said']],
  );
});

test('an attribution that closes the sentence', async () => {
  assert.equal(
    (
      await speakers(
        'A "credible, inclusive and non-sectarian" government would be formed within six months, the statement said.',
      )
    ).map((r) => r[0]),
    ['credible, inclusive and non-sectarian'],
  );
});

test.run();
