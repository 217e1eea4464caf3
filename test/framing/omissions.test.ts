import { test } from 'uvu';
import * as assert from 'uvu/assert';
import * as aq from 'arquero';
import { ARTICLES, ACTORS, MENTIONS, CASUALTIES, PROPOSALS, QUOTES, toTable } from '../../transforms/schema/index.ts';
import { articleOutlets } from '../../transforms/framing/articleOutlets.ts';
import { actorItems } from '../../transforms/framing/actorItems.ts';
import { quoteItems } from '../../transforms/framing/quoteItems.ts';
import { figureItems } from '../../transforms/framing/figureItems.ts';
import { proposalItems } from '../../transforms/framing/proposalItems.ts';
import { omissions } from '../../transforms/framing/omissions.ts';

const articles = toTable(ARTICLES, [
  {
    article_id: 'a1',
    outlet: 'Ahram Online',
    event_id: 'e1',
    text: 'Kerry said: "Nowhere is there a greater hotbed and incubator for these terrorists than in Syria." Talks on a political transition stalled.',
  },
  {
    article_id: 'b1',
    outlet: 'Expatica',
    event_id: 'e1',
    text: '"Nowhere is there a greater hotbed and incubator for these terrorists," Kerry said, calling for a "political transition".',
  },
  {
    article_id: 'c1',
    outlet: 'The New Arab',
    event_id: 'e1',
    text: 'Kerry said there was no greater hotbed for terrorists than Syria.',
  },
  { article_id: 'z1', outlet: 'Alone', event_id: 'e2', text: 'Nothing to compare.' },
]);
const outlets = articleOutlets(articles);
const actors = toTable(ACTORS, [
  { actor_id: 'kerry', name: 'John Kerry' },
  { actor_id: 'putin', name: 'Vladimir Putin' },
]);
const mentions = toTable(MENTIONS, [
  { article_id: 'a1', actor_id: 'kerry' },
  { article_id: 'a1', actor_id: 'putin' },
  { article_id: 'b1', actor_id: 'kerry' },
  { article_id: 'b1', actor_id: '' },
  { article_id: 'c1', actor_id: 'kerry' },
  { article_id: 'c1', actor_id: 'assad' },
  { article_id: 'z1', actor_id: 'kerry' },
]);
const casualties = toTable(CASUALTIES, [
  { article_id: 'a1', figure: 280000, kind: 'killed', qualifier: 'more than' },
  { article_id: 'b1', figure: 280000, kind: 'killed', qualifier: 'about' },
  { article_id: 'b1', figure: 84, kind: 'killed', qualifier: 'at least' },
]);
const proposals = toTable(PROPOSALS, [
  {
    article_id: 'a1',
    start: 10,
    proposal_key: 'joint-command-centre-jordan',
    summary: 'joint command centre in Jordan',
  },
  {
    article_id: 'c1',
    start: 5,
    proposal_key: 'joint-command-centre-jordan',
    summary: 'a joint command and control centre in Jordan',
  },
]);
const quotes = toTable(QUOTES, [
  {
    quote_id: 'a1:q0',
    article_id: 'a1',
    start: 13,
    speaker: 'kerry',
    kind: 'direct',
    text: 'Nowhere is there a greater hotbed and incubator for these terrorists than in Syria.',
  },
  {
    quote_id: 'b1:q0',
    article_id: 'b1',
    start: 1,
    speaker: 'kerry',
    kind: 'direct',
    text: 'Nowhere is there a greater hotbed and incubator for these terrorists,',
  },
  { quote_id: 'b1:q1', article_id: 'b1', start: 100, speaker: null, kind: 'direct', text: 'political transition' },
  {
    quote_id: 'c1:q0',
    article_id: 'c1',
    start: 0,
    speaker: 'kerry',
    kind: 'indirect',
    text: 'there was no greater hotbed for terrorists than Syria',
  },
]);

test('quotes are grouped across outlets, and carried when the words are in the text anyway', () => {
  assert.equal(quoteItems(quotes, articles, actors, outlets).objects(), [
    {
      event_id: 'e1',
      outlet: 'Ahram Online',
      item_type: 'quote',
      key: 'a1:q0',
      item: 'John Kerry: “Nowhere is there a greater hotbed and incubator…”',
    },
    {
      event_id: 'e1',
      outlet: 'Expatica',
      item_type: 'quote',
      key: 'a1:q0',
      item: 'John Kerry: “Nowhere is there a greater hotbed and incubator…”',
    },
    { event_id: 'e1', outlet: 'Ahram Online', item_type: 'quote', key: 'b1:q1', item: '“political transition”' },
    { event_id: 'e1', outlet: 'Expatica', item_type: 'quote', key: 'b1:q1', item: '“political transition”' },
  ]);
});

test('omissions: what the others reported, with who reported it, worked out by hand', () => {
  const items = actorItems(mentions, actors, outlets).concat(
    quoteItems(quotes, articles, actors, outlets),
    figureItems(casualties, outlets),
    proposalItems(proposals, outlets),
  );
  assert.equal(omissions(items, outlets).objects(), [
    { event_id: 'e1', outlet: 'Ahram Online', item_type: 'actor', item: 'assad', reported_by: 'The New Arab' },
    { event_id: 'e1', outlet: 'Ahram Online', item_type: 'figure', item: '84 killed', reported_by: 'Expatica' },
    { event_id: 'e1', outlet: 'Expatica', item_type: 'actor', item: 'assad', reported_by: 'The New Arab' },
    { event_id: 'e1', outlet: 'Expatica', item_type: 'actor', item: 'Vladimir Putin', reported_by: 'Ahram Online' },
    {
      event_id: 'e1',
      outlet: 'Expatica',
      item_type: 'proposal',
      item: 'joint command centre in Jordan',
      reported_by: 'Ahram Online; The New Arab',
    },
    { event_id: 'e1', outlet: 'The New Arab', item_type: 'actor', item: 'Vladimir Putin', reported_by: 'Ahram Online' },
    {
      event_id: 'e1',
      outlet: 'The New Arab',
      item_type: 'quote',
      item: 'John Kerry: “Nowhere is there a greater hotbed and incubator…”',
      reported_by: 'Ahram Online; Expatica',
    },
    {
      event_id: 'e1',
      outlet: 'The New Arab',
      item_type: 'quote',
      item: '“political transition”',
      reported_by: 'Ahram Online; Expatica',
    },
    {
      event_id: 'e1',
      outlet: 'The New Arab',
      item_type: 'figure',
      item: '280000 killed',
      reported_by: 'Ahram Online; Expatica',
    },
    { event_id: 'e1', outlet: 'The New Arab', item_type: 'figure', item: '84 killed', reported_by: 'Expatica' },
  ]);
});

test('no items, no omissions', () => {
  assert.is(omissions(aq.table({ event_id: [], outlet: [], item_type: [], key: [], item: [] }), outlets).numRows(), 0);
});

test.run();
