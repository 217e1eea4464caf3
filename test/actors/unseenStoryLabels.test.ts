// Descriptors and discovered people on stories the codebook was not written for (issue 9, wave 5): full names that
// open a sentence with no title, labels said by a clause or a verb, a body's possessive before a role, two titles
// joined by "and", a label opening the sentence, a party's place on the spectrum. Sentences of our own, with negatives.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { extract, article } from './extractText.ts';
import { subjectName } from '../../transforms/actors/parsers/subjectName.ts';
import { wordsIn } from '../../transforms/text/words.ts';

const labels = async (...texts: string[]) =>
  (await extract(...texts)).mentionRows.filter((m) => m.descriptor).map((m) => [m.surface, m.descriptor]);
const actorNames = async (...texts: string[]) =>
  ((await extract(...texts)).actors.objects() as { name: string; type: string }[])
    .filter((a) => a.type === 'person')
    .map((a) => a.name);
const candidates = (text: string) => subjectName(text, wordsIn(text)).map((d) => d.name);

test('subjectName: a full name opening a sentence before its verb is a candidate', () => {
  assert.equal(candidates('Markus Lindqvist was sworn in on Monday. Ana Petrova played down the split.'), [
    'Markus Lindqvist',
    'Ana Petrova',
  ]);
  // Not at a sentence start, not before a verb, a possessive, or a title: other parsers' work or nobody.
  assert.equal(
    candidates('Talks with Ana Petrova ended. Ana Petrova and her aides left. Ana Petrova’s plan failed.'),
    [],
  );
  assert.equal(candidates('Goldman Sachs raised its forecast. Prime Minister Ana Petrova resigned.'), [
    'Goldman Sachs',
  ]);
});

test('a sentence-opening name is a person only when the corpus corroborates it', async () => {
  // The surname alone elsewhere in the corpus, a speech participle, or a pronoun opening the next sentence.
  assert.equal(
    await actorNames(
      article('Markus Lindqvist was sworn in as finance minister on Monday.'),
      article('The new minister met bankers. Lindqvist said little.'),
    ).then((n) => n.includes('Markus Lindqvist')),
    true,
  );
  // The surname alone with its possessive counts: "Okafor's".
  assert.ok(
    (
      await actorNames(
        article('Chidi Okafor was named central bank governor on Monday.'),
        article("Markets rallied on Okafor's appointment."),
      )
    ).includes('Chidi Okafor'),
  );
  assert.ok(
    (
      await actorNames(
        article('Ana Petrova played down the differences on Monday, telling a radio station that talks went well.'),
      )
    ).includes('Ana Petrova'),
  );
  assert.ok(
    (await actorNames(article('Tomas Berg resigned on Friday. He had led the party for ten years.'))).includes(
      'Tomas Berg',
    ),
  );
  // Places, companies and uncorroborated capitals stay out: "Hong Kong" follows "in" elsewhere, "Goldman Sachs" is
  // never reused alone.
  const names = await actorNames(
    article('Hong Kong was hit by protests. Shares fell in Hong Kong and Singapore.'),
    article('Goldman Sachs cut its forecast on Tuesday. Rostov-on-Don was quiet.'),
  );
  assert.equal(
    names.filter((n) => /Hong|Goldman|Rostov/.test(n)),
    [],
  );
});

test('"who is (also) the X" and a predicate label say what the person is', async () => {
  assert.equal(
    await labels(
      article(
        'Finance Minister Pieter Visser spoke. Visser, who is also the Dutch finance minister, told reporters the deal was close.',
      ),
    ),
    [
      ['Pieter Visser', 'Finance Minister'],
      ['Visser', 'Dutch finance minister'],
      ['Dutch finance minister', 'Dutch finance minister'],
    ],
  );
  assert.equal(
    await labels(article('Elena Marin was sworn in as Romania’s new justice minister on Tuesday. Marin spoke.')),
    [['Elena Marin', 'Romania’s new justice minister']],
  );
  assert.equal(
    await labels(
      article(
        'Minister Ola Dahl met Elena Marin, 44. Elena Marin was the party’s chief negotiator with unions and led talks.',
      ),
    ),
    [
      ['Ola Dahl', 'Minister'],
      ['Elena Marin', 'party’s chief negotiator with unions'],
      // The role inside the predicate is a role mention of its own (roleMention.ts), as before.
      ['chief negotiator', 'chief negotiator'],
    ],
  );
  // Not of a name inside another's clause: "according to Minister X is a citizen" says it of the defendant.
  assert.equal(await labels(article('The defendant, according to Minister Ola Dahl is a Swedish citizen.')), [
    ['Ola Dahl', 'Minister'],
  ]);
  // A copula before anything but a label gives none: "was in Paris", "was the first to leave".
  assert.equal(
    await labels(
      article('Minister Ola Dahl met Elena Marin, 44. Elena Marin was in Paris on Monday and was the first to leave.'),
    ),
    [['Ola Dahl', 'Minister']],
  );
});

test('a body possessive, a common possessive, two titles joined by "and", a label opening the sentence', async () => {
  assert.equal(
    await labels(
      article(
        'Summit',
        "Finance Minister Pieter Visser arrived. The European Union's summit chair Pieter Visser said a deal was near. " +
          "The group's chief Tomas Berg said he would stop. " +
          'Dutch Finance Minister and president of the Eurogroup Ana Petrova spoke next.',
      ),
    ),
    [
      ['Pieter Visser', 'Finance Minister'],
      ['Pieter Visser', "European Union's summit chair"],
      ['Tomas Berg', "group's chief"],
      ['Ana Petrova', 'Dutch Finance Minister and president of the Eurogroup'],
    ],
  );
  // A person's possessive before a role is not a body's: "Tomas Berg's adviser" keeps no name of a person.
  assert.equal(await labels(article("Tomas Berg said so. The mayor's adviser Ana Petrova agreed.")), [
    ['Ana Petrova', "mayor's adviser"],
  ]);
  assert.equal(
    await labels(
      article(
        'Minister Ola Dahl named Elena Marin, 44, as envoy. A Harvard-trained economist, Marin has led the talks.',
      ),
    ),
    [
      ['Ola Dahl', 'Minister'],
      ['Marin', 'Harvard-trained economist'],
    ],
  );
  // "A day later, Marin resigned": no role, no label.
  assert.equal(await labels(article('Minister Ola Dahl named Elena Marin. A day later, Marin resigned.')), [
    ['Ola Dahl', 'Minister'],
  ]);
});

test('a party named with its place on the spectrum', async () => {
  assert.equal(
    await labels(article('Hardliners in the ruling left-wing Syriza party revolted.')).then((l) =>
      l.filter(([s]) => s === 'Syriza'),
    ),
    [['Syriza', 'ruling left-wing']],
  );
});

test.run();
