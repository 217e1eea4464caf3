// Speakers in the forms that news English uses around a quote besides "X said": an apposition
// after the quote, a participle clause, a verb that names the words ("called it ..."), "it said"
// within the sentence that named the group, and a clause-final attribution.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { extract, article, sampleCodebook } from '../actors/extractText.ts';
import { speakerOf } from '../../transforms/quotes/speakerOf.ts';
import type { MentionRef } from '../../transforms/quotes/QuoteCandidate.ts';

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

test('a bare surname that no mention covers is the one person named in full before it', async () => {
  const text =
    'Yanis Kostas resigned. Tomas Kostas stayed. The combative Kostas left; Elena Ruiz spoke. The calm Ruiz said';
  const person = (surface: string, actor_id: string): MentionRef => {
    const start = text.indexOf(surface);
    return { start, end: start + surface.length, actor_id, surface, person: true };
  };
  const codebook = await sampleCodebook();
  const ruiz = [person('Elena Ruiz', 'elena-ruiz')];
  const phrase = (p: string) => [text.indexOf(p), text.indexOf(p) + p.length] as const;
  assert.is(speakerOf(text, ...phrase('The calm Ruiz'), ruiz, codebook), 'elena-ruiz');
  // Two people share the surname: neither.
  const kostas = [person('Yanis Kostas', 'yanis-kostas'), person('Tomas Kostas', 'tomas-kostas')];
  assert.is(speakerOf(text, ...phrase('The combative Kostas'), kostas, codebook), '');
  // Named in full only after the phrase: not an antecedent.
  const later = 'The young Lenz said it. Maria Lenz arrived.';
  const lenz: MentionRef = { start: 24, end: 34, actor_id: 'maria-lenz', surface: 'Maria Lenz', person: true };
  assert.is(later.slice(lenz.start, lenz.end), 'Maria Lenz');
  assert.is(speakerOf(later, 0, 14, [lenz], codebook), '');
  assert.is(speakerOf(later + ' The young Lenz', 44, later.length + 15, [lenz], codebook), 'maria-lenz');
});

test.run();
