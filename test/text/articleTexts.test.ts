// The text layer: every article read once (sentences grouped and ordered, paragraphs, headline,
// quoted spans), on paragraphs of the sample corpus.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import * as aq from 'arquero';
import { toTable, ARTICLES } from '../../transforms/schema/index.ts';
import { sentences } from '../../transforms/sentences/index.ts';
import { articleTexts } from '../../transforms/text/articleTexts.ts';
import { sentenceAt, paragraphAt, isQuoted, inHeadline } from '../../transforms/text/ArticleText.ts';

const KERRY = [
  'Kerry in Moscow for talks on Syria',
  'Little filtered out about his Kremlin meeting with the Russian head of state, but Kerry\u2019s spokesman said he would \u201cexplore initiatives in more detail\u201d with Lavrov. The talks are expected to last several hours.',
  '\u201cIf we cannot get to a solution that resolves both of those problems we\u2019re going to be in a very different place, and the reality is that time is short here,\u201d a US official said.',
].join('\n\n');
const PESKOV = [
  'Peskov on the talks',
  'Kremlin spokesman Dmitry Peskov said Friday that the talks between Putin and Kerry had not marked the start of cooperation.',
].join('\n\n');

const articles = toTable(ARTICLES, [
  { article_id: 'kerry', text: KERRY },
  { article_id: 'peskov', text: PESKOV },
  { article_id: 'empty', text: '' },
]);
const texts = articleTexts(articles, sentences(articles));
const [kerry] = texts;
const at = (s: string) => KERRY.indexOf(s);

test('one layout per article, in the order of the articles table, each with its own sentences', () => {
  assert.equal(
    texts.map((t) => t.article_id),
    ['kerry', 'peskov', 'empty'],
  );
  assert.equal(
    texts.map((t) => t.sentences.length),
    [4, 2, 0],
  );
  assert.ok(kerry.sentences.every((s) => s.sentence_id.startsWith('kerry:s')));
  assert.is(kerry.sentences[2].text, 'The talks are expected to last several hours.');
});

test('sentences are put in text order whatever the order of the sentences table', () => {
  const shuffled = aq.from(sentences(articles).objects().reverse());
  assert.equal(
    articleTexts(articles, shuffled)[0].sentences.map((s) => s.sentence_id),
    kerry.sentences.map((s) => s.sentence_id),
  );
});

test('sentenceAt gives the sentence holding an offset; paragraphAt and inHeadline place it', () => {
  assert.is(sentenceAt(kerry, at('several hours'))?.sentence_id, 'kerry:s2');
  assert.is(sentenceAt(kerry, at('Little filtered'))?.sentence_id, 'kerry:s1');
  assert.is(sentenceAt(kerry, 0)?.sentence_id, 'kerry:s0');
  assert.is(sentenceAt(texts[2], 0), undefined);
  assert.is(paragraphAt(kerry, at('a US official')), 2);
  assert.ok(inHeadline(kerry, at('Moscow')));
  assert.not.ok(inHeadline(kerry, at('Kremlin meeting')));
});

test('isQuoted: the words inside quotation marks, not an apostrophe nor the words around', () => {
  assert.equal(
    kerry.quoted.map((q) => KERRY.slice(q.start, q.end).slice(0, 20)),
    ['explore initiatives ', 'If we cannot get to '],
  );
  assert.ok(isQuoted(kerry, at('initiatives'), at('initiatives') + 11));
  assert.ok(isQuoted(kerry, at('time is short')));
  assert.not.ok(isQuoted(kerry, at('spokesman')), 'Kerry\u2019s is a possessive, not an opening mark');
  assert.not.ok(isQuoted(kerry, at('with Lavrov')));
  assert.not.ok(isQuoted(kerry, at('a US official')));
  // A span must lie inside one quotation: from inside to outside is not quoted.
  assert.not.ok(isQuoted(kerry, at('in more detail'), at('with Lavrov') + 4));
});

test.run();
