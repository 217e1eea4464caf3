// TF-IDF cosine between articles, and the batch form the grouping uses.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { tfidfVectors, cosine, cosines } from '../../transforms/events/similarity.ts';
import { contentTerms } from '../../transforms/events/contentTerms.ts';
import { backgroundOf } from '../../transforms/events/backgroundFrequencies.ts';

const texts = [
  'Top US diplomat John Kerry flew into Moscow on Thursday to press President Vladimir Putin on a plan for military cooperation in Syria.',
  'Kerry arrived in Moscow for talks with Putin on Syria, where a fragile ceasefire is under strain after air strikes on Aleppo.',
  'Syrian government forces backed by Russian air strikes pressed an offensive around Aleppo, a monitor said on Friday.',
  'The UN Security Council unanimously adopted a resolution endorsing a road map for peace talks in Syria.',
  'Opposition delegates said they would not attend the Geneva talks until air strikes on civilians stopped.',
  '',
];

test('cosines gives each pair the cosine, to the last bit, pair by pair or batched', () => {
  const vectors = tfidfVectors(texts.map(contentTerms));
  const pairs: [number, number][] = [];
  for (let i = 0; i < texts.length; i++) for (let j = i + 1; j < texts.length; j++) pairs.push([i, j]);
  // One pair at a time takes the pair-by-pair path; every pair eight times over, the batched one.
  const single = pairs.map((p) => cosines(vectors, [p])[0]);
  const batched = cosines(vectors, Array.from({ length: 8 }, () => pairs).flat());
  pairs.forEach(([i, j], p) => {
    assert.ok(Object.is(single[p], cosine(vectors[i], vectors[j])), `${i},${j} alone`);
    for (let k = 0; k < 8; k++)
      assert.ok(Object.is(batched[k * pairs.length + p], cosine(vectors[i], vectors[j])), `${i},${j} batched`);
  });
  assert.ok(
    single[0] > single[pairs.findIndex(([i, j]) => i === 0 && j === 3)],
    'the two Kerry visits are closer than Kerry and the UN vote',
  );
});

test('texts with no term in common have cosine 0', () => {
  const vectors = tfidfVectors([contentTerms('Kerry flew to Moscow'), contentTerms('Geneva delegates walked out')]);
  assert.is(cosines(vectors, [[0, 1]])[0], 0);
});

test('a background keeps the words a folder of one story shares from weighing nothing', () => {
  // Three reports of one flood: every one says "flood" and "Valdora", so the folder alone weighs
  // them at their lowest; a background of other news, where neither word is found, weighs them up.
  const story = [
    'Flood waters cut off Valdora as the river burst its banks overnight, officials reported.',
    'Rescuers in boats reached villages near Valdora where the flood swept away bridges and roads.',
    'The flood in Valdora left thousands homeless; the regional governor asked for army help.',
  ].map(contentTerms);
  const background = backgroundOf(
    [
      'The central bank raised interest rates again, officials reported, as inflation stayed high.',
      'Voters in the capital queued for hours; officials reported a record turnout by noon.',
      'The striker scored twice as the home side won the cup final before a record crowd.',
    ].map((t) => ({ terms: contentTerms(t), names: [] })),
  );
  assert.is(background.terms.df.get('officials reported'), 2);
  assert.not.ok(background.terms.df.has('striker'), 'a term of one background article is left out');
  const alone = tfidfVectors(story);
  const withBackground = tfidfVectors(story, background.terms);
  assert.ok(cosine(withBackground[0], withBackground[1]) > cosine(alone[0], alone[1]));
  // A word all of the folder and all of the background share still weighs little.
  const common = tfidfVectors(
    story.map((t) => [...t, 'officials reported']),
    background.terms,
  );
  assert.ok(common[1].get('officials reported')! < common[1].get('flood')!);
});

test.run();
