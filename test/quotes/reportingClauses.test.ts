// Partial quotes inside a reporting sentence, in phrasings of news English beyond "X said": verbs
// that name the words quoted, verbs of expression with the subject's possessive, reporting verbs in
// relative clauses, passives and participles, an outlet that only relays the quote; and the
// sentences where none of these may give a speaker.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { extract, article } from '../actors/extractText.ts';

const speakers = async (...paragraphs: string[]) =>
  (await extract(article(...paragraphs))).quoteRows.filter((q) => q.kind === 'direct').map((q) => [q.text, q.speaker]);

test('a verb that names the words: described/condemned/dismissed as, spoke of', async () => {
  assert.equal(
    await speakers(
      'Chancellor Petra Lindqvist described the budget deal as "a fair compromise for every member state".',
    ),
    [['a fair compromise for every member state', 'petra-lindqvist']],
  );
  // Short quotes stay quotes once a speaker is named: "sham" is her word, not a scare quote.
  assert.equal(
    await speakers(
      'Opposition leader Maria Okafor condemned the count as a "sham" and called for a rerun of the vote.',
    ),
    [['sham', 'maria-okafor']],
  );
  assert.equal(
    await speakers(
      'Prime Minister Andreas Kostas spoke of having "won a hard fight" but admitted the terms were harsh.',
    ),
    [['won a hard fight', 'andreas-kostas']],
  );
});

test('not naming words: a phrasal verb, or a scare quote with no speaker', async () => {
  assert.equal(await speakers('Kerry called for a "political transition" in Syria.'), []);
  assert.equal(await speakers('The storm, dubbed "Daniel" by forecasters, hit the coast on Sunday.'), []);
  assert.equal(await speakers('The charity, praised by donors for its "tireless work", closed in May.'), []);
});

test('a verb of expression with the possessive of its subject before the quote', async () => {
  assert.equal(
    await speakers(
      'Prime Minister Narendra Modi on Sunday expressed his "deep anguish at the loss of lives" in the floods.',
    ),
    [['deep anguish at the loss of lives', 'narendra-modi']],
  );
  assert.equal(
    await speakers(
      'President Ruth Alvarado visited the camps on Friday.',
      'She offered her "full support to the families who lost everything".',
    ),
    [['full support to the families who lost everything', 'ruth-alvarado']],
  );
});

test("no speaker when the possessive is not the subject's", async () => {
  // The clause opens with a letter, not with a name: Lavrov, named inside it, does not express anything.
  assert.equal(
    await speakers(
      'A letter signed by the families Lavrov met in Aleppo expressed their "anger at the slow pace of the rescue".',
    ),
    [['anger at the slow pace of the rescue', '']],
  );
});

test('a reporting verb in a relative clause that runs on to the quote speaks for its antecedent', async () => {
  assert.equal(
    await speakers(
      'The president said he agreed with Interior Minister Elena Marquez, who earlier said she "would not resign over the floods," and asked her to stay.',
    ),
    [['would not resign over the floods,', 'elena-marquez']],
  );
  assert.equal(
    await speakers(
      'Finance Minister Tomas Berger resigned on Monday. Few will miss the combative Berger, who said upon his exit, "I leave with my head held high."',
    ),
    [['I leave with my head held high.', 'tomas-berger']],
  );
});

test('a relative clause that closed before the quote does not take it', async () => {
  assert.equal(await speakers('Kerry met Lavrov, who had flown in from Moscow, and said the talks were "useful".'), [
    ['useful', 'john-kerry'],
  ]);
});

test('"X was quoted by Y as saying": X speaks, Y relays', async () => {
  assert.equal(
    await speakers(
      'Lavrov was quoted by the Interfax news agency as saying that the talks with Kerry had been "constructive and frank".',
    ),
    [['constructive and frank', 'sergei-lavrov']],
  );
});

test('an outlet reporting after the quote relays a speaker named before it', async () => {
  assert.equal(
    await speakers(
      'Ahmed Saleh, a member of the Palestinian delegation, said talks would resume on Monday "with the hope of a lasting truce," the AP reported.',
    ),
    [['with the hope of a lasting truce,', 'ahmed-saleh']],
  );
  // With nobody named before the quote, the outlet is the speaker.
  assert.equal(await speakers('The crossing was "calm and open to trucks," Reuters reported.'), [
    ['calm and open to trucks,', 'reuters'],
  ]);
});

test('a participle after an earlier quote of the sentence takes the subject that opens it', async () => {
  assert.equal(
    await speakers(
      'Prime Minister Andreas Kostas spoke of "a long and hard night" but of no regrets, insisting, "we kept our word to the people".',
    ),
    [
      ['a long and hard night', 'andreas-kostas'],
      ['we kept our word to the people', 'andreas-kostas'],
    ],
  );
});

test('a participle takes the subject that opens the clause, not a name further in', async () => {
  assert.equal(
    await speakers(
      'Budget commissioner Pierre Laval played down splits among Greece\'s creditors on Monday, telling radio listeners there was a "shared will to keep Greece in the euro."',
    ),
    [['shared will to keep Greece in the euro.', 'pierre-laval']],
  );
  assert.equal(
    await speakers(
      'Several finance ministers played down splits among Greece\'s creditors on Monday, telling radio listeners there was a "shared will to keep Greece in the euro."',
    ),
    [['shared will to keep Greece in the euro.', '']],
  );
});

test.run();
