// A partial quote inside reported speech belongs to the subject of the verb that reports the
// clause, not to an actor named inside the clause; coordinated verbs share their subject.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { extract, article } from '../actors/extractText.ts';
import { governingVerb } from '../../transforms/quotes/governingVerb.ts';
import { wordsIn } from '../../transforms/text/words.ts';

const speakers = async (...paragraphs: string[]) =>
  (await extract(article(...paragraphs))).quoteRows.filter((q) => q.kind === 'direct').map((q) => [q.text, q.speaker]);

test('an actor inside the reported clause is not the speaker', async () => {
  assert.equal(
    await speakers(
      'Kremlin spokesman Dmitry Peskov said that Russia had "nothing to do" with the attack on the convoy.',
    ),
    [['nothing to do', 'dmitry-peskov']],
  );
  assert.equal(
    await speakers(
      'Peskov told reporters on a conference call that Washington had "no evidence" of Russian involvement.',
    ),
    [['no evidence', 'dmitry-peskov']],
  );
  assert.equal(await speakers('Obama said Assad had "lost all legitimacy" and had to go.'), [
    ['lost all legitimacy', 'barack-obama'],
  ]);
});

test('a speech verb inside the reported clause, or in a relative clause within it, does not take the quote', async () => {
  assert.equal(
    await speakers('Peskov said Washington, which had promised to rein in the rebels, had "failed to deliver".'),
    [['failed to deliver', 'dmitry-peskov']],
  );
  assert.equal(
    await speakers(
      'Lavrov said on Friday that the Syrian government had warned it would "respond to any provocation".',
    ),
    [['respond to any provocation', 'sergei-lavrov']],
  );
});

test('coordinated reporting verbs share the subject of the first one', async () => {
  assert.equal(await speakers('Kerry said he was "cautiously hopeful" but warned that it was "too early to tell".'), [
    ['cautiously hopeful', 'john-kerry'],
    ['too early to tell', 'john-kerry'],
  ]);
  assert.equal(await speakers('Lavrov met Kerry in Geneva on Friday and warned that the truce was "very fragile".'), [
    ['very fragile', 'sergei-lavrov'],
  ]);
  assert.equal(
    await speakers('De Mistura briefed the Security Council and later stressed that aid was "not a bargaining chip".'),
    [['not a bargaining chip', 'staffan-de-mistura']],
  );
});

test('a coordinated verb after a pronoun subject takes the pronoun, resolved to the person before', async () => {
  assert.equal(
    await speakers('Kerry arrived in Geneva on Friday.', 'He met Lavrov and said the talks had been "constructive".'),
    [['constructive', 'john-kerry']],
  );
});

test('a participle after the quote belongs to the clause before it', async () => {
  assert.equal(
    await speakers(
      'Assad told AFP that Western states had "no right" to decide his fate, insisting that Syrians alone would choose.',
    ),
    [['no right', 'bashar-al-assad']],
  );
});

test('verbs that label an object with words', async () => {
  assert.equal(await speakers('Lavrov accused Washington of "double standards" over the strikes.'), [
    ['double standards', 'sergei-lavrov'],
  ]);
});

test('the institution placed by its seat speaks, not its capital', async () => {
  const rows = (
    await extract(
      article(
        'Russian jets were seen near Aleppo on Monday. The foreign ministry in Moscow said its jets had left the area, after which "the Russian side did not track the convoy".',
      ),
    )
  ).quoteRows;
  assert.equal(
    rows.map((q) => [q.speaker, q.speaker_text]),
    [['russian-foreign-ministry', 'The foreign ministry in Moscow']],
  );
});

test('governingVerb walks back to the outer finite reporting verb', () => {
  const text = 'Peskov said Russia had warned that it would respond.';
  const words = wordsIn(text);
  const warned = words.findIndex((w) => w.text === 'warned');
  assert.is(words[governingVerb(text, words, warned, 0)].text, 'said');
});

test.run();
