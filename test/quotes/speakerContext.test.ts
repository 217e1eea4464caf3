// Speakers read from around the quote's own words: the attribution after it ("said 43-year-old
// ...", ", as he vowed", "..., says President X" in a headline), the sentences and paragraphs
// before it (a person named then described by age, a statement issued before, a paraphrase that
// closes the paragraph before), and a quotation that lost its closing mark.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { extract, article } from '../actors/extractText.ts';

const speakers = async (...paragraphs: string[]) =>
  (await extract(article(...paragraphs))).quoteRows.filter((q) => q.kind === 'direct').map((q) => [q.text, q.speaker]);
const first = (rows: (string | null)[][]) =>
  rows.map(([text, speaker]) => [(text ?? '').split(' ').slice(0, 3).join(' '), speaker]);

test('"said X" with a long description after the name ends the name at the preposition or relative', async () => {
  const rows = (
    await extract(
      article(
        '"We have nothing left," said 52-year-old farmer Ali Hassan from the hills above the town where his family had lived for generations.',
      ),
    )
  ).quoteRows;
  assert.equal(
    rows.map((q) => [q.text, q.speaker_text, q.verb]),
    [['We have nothing left,', 'Ali Hassan', 'said']],
  );
});

test('"the 34-year-old" is the person named before, in the paragraph or the one before', async () => {
  assert.equal(
    await speakers(
      'Another survivor, Karim Haddad, lost his shop in the quake.',
      '"We have received nothing from the state," said the 34-year-old, who now sleeps in a tent.',
    ),
    [['We have received nothing from the state,', 'karim-haddad']],
  );
  // Nobody named before: no speaker.
  assert.equal(
    await speakers(
      'The road to the village was cut for three days.',
      '"We have received nothing from the state," said the 34-year-old.',
    ),
    [['We have received nothing from the state,', '']],
  );
});

test('a subordinate clause or a second reported clause after the quote is no attribution', async () => {
  assert.equal(
    await speakers(
      'Putin said on Saturday the revolt was "a betrayal of our soldiers" and that its leaders had lied, as he vowed to punish them.',
    ),
    [['a betrayal of our soldiers', 'vladimir-putin']],
  );
  // The attribution right after the quote still reads, whatever follows it.
  assert.equal(await speakers('"We will fight on," Lavrov said, as he left the room.'), [
    ['We will fight on,', 'sergei-lavrov'],
  ]);
});

test('a headline with the verb first: the words after the comma are not an apposition', async () => {
  const rows = (await extract("Truce a 'last chance' for Aleppo, says Secretary Kerry\n\nThe talks went on."))
    .quoteRows;
  assert.equal(
    rows.filter((q) => q.kind === 'direct').map((q) => [q.text, q.speaker]),
    [['last chance', 'john-kerry']],
  );
});

test('"the statement added" after "X said in a statement" is X', async () => {
  assert.equal(
    first(
      await speakers(
        'The World Health Organization warned on Monday that cholera was spreading in the camps.',
        '"Cases have doubled in a week," the agency said in a statement. "Clean water is the first priority," the statement added.',
      ),
    ),
    [
      ['Cases have doubled', 'world-health-organization'],
      ['Clean water is', 'world-health-organization'],
    ],
  );
  // No statement issued before: the statement stays nobody's.
  assert.equal(first(await speakers('"Clean water is the first priority," the statement added.')), [
    ['Clean water is', ''],
  ]);
});

test('a quote paragraph after a paraphrase that closed the paragraph before, a wire credit after it', async () => {
  assert.equal(
    first(
      await speakers(
        'Prime Minister Narendra Modi recalled that he had visited the town as a young man.',
        '"It was a beautiful place, full of life and music." REUTERS',
      ),
    ),
    [['It was a', 'narendra-modi']],
  );
  // A narrative paragraph between: not continued.
  assert.equal(
    first(
      await speakers(
        'Prime Minister Narendra Modi recalled that he had visited the town as a young man.',
        'Rescue teams worked through the night.',
        '"It was a beautiful place, full of life and music." REUTERS',
      ),
    ),
    [['It was a', '']],
  );
});

test('a quote that lost its closing mark before the next opening mark is a quote of its own, and the next continues it', async () => {
  assert.equal(
    first(
      await speakers(
        '"We gave the talks every chance," Hijab wrote on Twitter.',
        '"We are leaving Geneva today. "We will come back when the bombing stops."',
      ),
    ),
    [
      ['We gave the', 'riad-hijab'],
      ['We are leaving', 'riad-hijab'],
      ['We will come', 'riad-hijab'],
    ],
  );
});

test.run();
