import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { ARTICLES, MENTIONS, toTable } from '../../transforms/schema/index.ts';
import type { LabelTerm } from '../../transforms/codebook/Codebook.ts';
import { articleOutlets } from '../../transforms/framing/articleOutlets.ts';
import { labels } from '../../transforms/framing/labels.ts';
import { labelConnotation } from '../../transforms/framing/labelConnotation.ts';

const ref = { file: 'codebook.xlsx', sheet: 'labels', row: 2 };
const terms: LabelTerm[] = [
  { term: 'strongman', connotation: 'negative', ref },
  { term: 'regime', connotation: 'negative', ref },
  { term: 'moderate', connotation: 'positive', ref },
  { term: 'moderate opposition', connotation: 'sympathetic', ref },
  { term: 'President', connotation: 'neutral', ref },
  { term: 'top US diplomat', connotation: 'neutral', ref },
  { term: 'leader', connotation: 'neutral', ref },
];

test('connotation: whole words, case-insensitive, the longest label term wins', () => {
  const match = labelConnotation(terms);
  assert.equal(match('Syrian strongman'), { term: 'strongman', connotation: 'negative' });
  assert.equal(match('the moderate opposition'), { term: 'moderate opposition', connotation: 'sympathetic' });
  assert.equal(match('moderate rebels'), { term: 'moderate', connotation: 'positive' });
  assert.equal(match('Top US diplomat'), { term: 'top US diplomat', connotation: 'neutral' });
  assert.equal(match('Syrian President'), { term: 'President', connotation: 'neutral' });
  // "regime leader": two terms of equal length (6 letters): the one listed first wins.
  assert.equal(match('regime leader'), { term: 'regime', connotation: 'negative' });
  assert.is(match('Kremlin spokesman'), null);
});

test('labels: descriptors per actor and outlet, counted case-insensitively, with connotation', () => {
  const outlets = articleOutlets(
    toTable(ARTICLES, [
      { article_id: 'a1', outlet: 'Expatica', event_id: 'e1' },
      { article_id: 'a2', outlet: 'Expatica', event_id: 'e1' },
      { article_id: 'b1', outlet: 'Ahram Online', event_id: 'e1' },
    ]),
  );
  const mentions = toTable(MENTIONS, [
    { article_id: 'a1', actor_id: 'assad', descriptor: 'Syrian strongman' },
    { article_id: 'a2', actor_id: 'assad', descriptor: 'Syrian  strongman' },
    { article_id: 'a1', actor_id: 'assad', descriptor: '' },
    { article_id: 'a1', actor_id: 'kerry', descriptor: 'Top US diplomat' },
    { article_id: 'a2', actor_id: 'kerry', descriptor: 'top US diplomat' },
    { article_id: 'a2', actor_id: 'kerry', descriptor: 'US Secretary of State' },
    { article_id: 'a2', actor_id: '', descriptor: 'a senior official' },
    { article_id: 'b1', actor_id: 'assad', descriptor: 'leader' },
    { article_id: 'b1', actor_id: 'syrian-opposition', descriptor: 'moderate opposition' },
  ]);
  assert.equal(labels(mentions, outlets, terms).objects(), [
    {
      event_id: 'e1',
      outlet: 'Ahram Online',
      actor_id: 'assad',
      descriptor: 'leader',
      count: 1,
      connotation: 'neutral',
    },
    {
      event_id: 'e1',
      outlet: 'Ahram Online',
      actor_id: 'syrian-opposition',
      descriptor: 'moderate opposition',
      count: 1,
      connotation: 'sympathetic',
    },
    {
      event_id: 'e1',
      outlet: 'Expatica',
      actor_id: 'assad',
      descriptor: 'Syrian strongman',
      count: 2,
      connotation: 'negative',
    },
    {
      event_id: 'e1',
      outlet: 'Expatica',
      actor_id: 'kerry',
      descriptor: 'Top US diplomat',
      count: 2,
      connotation: 'neutral',
    },
    {
      event_id: 'e1',
      outlet: 'Expatica',
      actor_id: 'kerry',
      descriptor: 'US Secretary of State',
      count: 1,
      connotation: '',
    },
  ]);
});

test.run();
