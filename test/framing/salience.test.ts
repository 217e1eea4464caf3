import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { ARTICLES, SENTENCES, MENTIONS, toTable } from '../../transforms/schema/index.ts';
import { articleOutlets } from '../../transforms/framing/articleOutlets.ts';
import { salience } from '../../transforms/framing/salience.ts';
import { leadSentences } from '../../transforms/framing/leadSentences.ts';
import { tableRows, sharesByOutlet } from './tableRows.ts';

// Outlet A has two articles (a1, a2), outlet B one (b1); all in event e1. Paragraph 0 is the headline.
const outlets = articleOutlets(
  toTable(ARTICLES, [
    { article_id: 'a1', outlet: 'A', event_id: 'e1' },
    { article_id: 'a2', outlet: 'A', event_id: 'e1' },
    { article_id: 'b1', outlet: 'B', event_id: 'e1' },
  ]),
);
const PROSE = 'Kerry met Putin in Moscow on Thursday for talks.';
const s = (article: string, index: number, paragraph: number, text = PROSE) => ({
  sentence_id: `${article}:s${index}`,
  article_id: article,
  index,
  paragraph,
  text,
});
const sentences = toTable(SENTENCES, [
  s('a1', 0, 0),
  s('a1', 1, 1),
  s('a1', 2, 1),
  s('a1', 3, 2),
  s('a2', 0, 0),
  s('a2', 1, 1),
  s('a2', 2, 2),
  s('b1', 0, 0),
  s('b1', 1, 1),
  s('b1', 2, 2),
  s('b1', 3, 3),
]);
const m = (article: string, index: number, actor: string, in_headline = false) => ({
  article_id: article,
  sentence_id: `${article}:s${index}`,
  actor_id: actor,
  in_headline,
});
const mentions = toTable(MENTIONS, [
  m('a1', 0, 'kerry', true),
  m('a1', 3, 'kerry'),
  m('a1', 2, 'putin'),
  m('a2', 1, 'putin'),
  m('a2', 2, 'assad'),
  m('a2', 1, ''),
  m('b1', 3, 'assad'),
  m('b1', 2, 'assad'),
  m('b1', 1, 'kerry'),
]);

test('the lead is the first two sentences after the headline', () => {
  assert.equal([...leadSentences(sentences).array('sentence_id')].sort(), [
    'a1:s1',
    'a1:s2',
    'a2:s1',
    'a2:s2',
    'b1:s1',
    'b1:s2',
  ]);
});

test('datelines and captions before the first paragraph are not the lead', () => {
  const withFurniture = toTable(SENTENCES, [
    s('x', 0, 0, 'Kerry to push Putin on Syria'),
    s('x', 1, 1, 'AFP , Thursday 14 Jul 2016'),
    s('x', 2, 2, 'File photo of US Secretary of State John Kerry. (Photo: Reuters)'),
    s('x', 3, 3),
    s('x', 4, 4),
    s('x', 5, 5),
  ]);
  assert.equal(leadSentences(withFurniture).array('sentence_id'), ['x:s3', 'x:s4']);
});

test("salience pools the outlet's articles; shares worked out by hand", () => {
  // A: kerry 2, putin 2, assad 1 of 5 mentions (the one with no actor is left out); B: assad 2, kerry 1 of 3.
  // kerry in A: headline of a1, then a1:s3 (third body sentence): not in the lead. putin: a1:s2 and a2:s1, both lead.
  assert.equal(tableRows(salience(mentions, sentences, outlets)), [
    {
      event_id: 'e1',
      outlet: 'A',
      actor_id: 'kerry',
      mentions: 2,
      share: 0.4,
      in_headline: true,
      in_lead: false,
      first_sentence: 0,
    },
    {
      event_id: 'e1',
      outlet: 'A',
      actor_id: 'putin',
      mentions: 2,
      share: 0.4,
      in_headline: false,
      in_lead: true,
      first_sentence: 1,
    },
    {
      event_id: 'e1',
      outlet: 'A',
      actor_id: 'assad',
      mentions: 1,
      share: 0.2,
      in_headline: false,
      in_lead: true,
      first_sentence: 2,
    },
    {
      event_id: 'e1',
      outlet: 'B',
      actor_id: 'assad',
      mentions: 2,
      share: 0.6667,
      in_headline: false,
      in_lead: true,
      first_sentence: 2,
    },
    {
      event_id: 'e1',
      outlet: 'B',
      actor_id: 'kerry',
      mentions: 1,
      share: 0.3333,
      in_headline: false,
      in_lead: true,
      first_sentence: 1,
    },
  ]);
});

test('salience shares sum to 1 per (event, outlet)', () => {
  for (const [k, sum] of sharesByOutlet(salience(mentions, sentences, outlets))) assert.ok(Math.abs(sum - 1) < 1e-9, k);
});

test('no mentions, no rows', () => {
  assert.is(salience(toTable(MENTIONS, []), sentences, outlets).numRows(), 0);
});

test.run();
