import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { ARTICLES, CASUALTIES, PROPOSALS, toTable } from '../../transforms/schema/index.ts';
import { articleOutlets } from '../../transforms/framing/articleOutlets.ts';
import { figuresByOutlet } from '../../transforms/framing/figuresByOutlet.ts';
import { proposalsByOutlet } from '../../transforms/framing/proposalsByOutlet.ts';
import { largestFigures } from '../../transforms/framing/largestFigures.ts';

const outlets = articleOutlets(
  toTable(ARTICLES, [
    { article_id: 'a1', outlet: 'Ahram Online', event_id: 'e1' },
    { article_id: 'b1', outlet: 'Expatica', event_id: 'e1' },
  ]),
);

test('figures side by side: qualifiers and sources as each outlet worded them', () => {
  const casualties = toTable(CASUALTIES, [
    {
      article_id: 'a1',
      start: 5,
      figure: 280000,
      kind: 'killed',
      qualifier: 'more than',
      source: 'SOHR',
      surface: 'more than 280,000 dead',
    },
    {
      article_id: 'a1',
      start: 90,
      figure: 280000,
      kind: 'killed',
      qualifier: 'about',
      source: '',
      surface: 'some 280,000 people',
    },
    {
      article_id: 'a1',
      start: 50,
      figure: 12,
      kind: 'killed',
      qualifier: 'at least',
      source: 'SOHR',
      surface: 'at least 12 civilians',
    },
    {
      article_id: 'b1',
      start: 7,
      figure: 280000,
      kind: 'killed',
      qualifier: 'more than',
      source: null,
      surface: 'more than 280,000 dead',
    },
    {
      article_id: 'b1',
      start: 9,
      figure: 1000000,
      kind: 'displaced',
      qualifier: 'exact',
      source: null,
      surface: 'millions',
    },
  ]);
  assert.equal(figuresByOutlet(casualties, outlets).objects(), [
    {
      event_id: 'e1',
      item: '1000000 displaced',
      figure: 1000000,
      kind: 'displaced',
      outlet: 'Expatica',
      qualifier: 'exact',
      source: '',
      surface: 'millions',
      cited: 1,
    },
    {
      event_id: 'e1',
      item: '280000 killed',
      figure: 280000,
      kind: 'killed',
      outlet: 'Ahram Online',
      qualifier: 'more than; about',
      source: 'SOHR',
      surface: 'more than 280,000 dead; some 280,000 people',
      cited: 2,
    },
    {
      event_id: 'e1',
      item: '280000 killed',
      figure: 280000,
      kind: 'killed',
      outlet: 'Expatica',
      qualifier: 'more than',
      source: '',
      surface: 'more than 280,000 dead',
      cited: 1,
    },
    {
      event_id: 'e1',
      item: '12 killed',
      figure: 12,
      kind: 'killed',
      outlet: 'Ahram Online',
      qualifier: 'at least',
      source: 'SOHR',
      surface: 'at least 12 civilians',
      cited: 1,
    },
  ]);
});

test('largest figures: the largest of each kind each outlet cites; a figure with no kind is none', () => {
  const casualties = toTable(CASUALTIES, [
    { article_id: 'a1', start: 5, figure: 280000, kind: 'killed', surface: 'more than 280,000 dead' },
    { article_id: 'a1', start: 50, figure: 12, kind: 'killed', surface: 'at least 12 civilians' },
    { article_id: 'a1', start: 70, figure: 5000000, kind: '', surface: '5 million people' },
    { article_id: 'b1', start: 7, figure: 300, kind: 'killed', surface: '300 dead' },
    { article_id: 'b1', start: 9, figure: 1000000, kind: 'displaced', surface: 'a million displaced' },
    { article_id: 'b1', start: 20, figure: 40000, kind: 'displaced', surface: '40,000 fled' },
  ]);
  assert.equal(largestFigures(figuresByOutlet(casualties, outlets)).objects(), [
    { event_id: 'e1', kind: 'displaced', outlet: 'Expatica', figure: 1000000 },
    { event_id: 'e1', kind: 'killed', outlet: 'Ahram Online', figure: 280000 },
    { event_id: 'e1', kind: 'killed', outlet: 'Expatica', figure: 300 },
  ]);
});

test('proposals side by side: status and cue as each outlet reported them', () => {
  const proposals = toTable(PROPOSALS, [
    {
      article_id: 'a1',
      start: 3,
      proposal_key: 'joint-command-centre-jordan',
      summary: 'joint command centre in Jordan',
      status: 'leaked',
      cue: 'proposal',
      proposer: 'united-states',
    },
    {
      article_id: 'a1',
      start: 80,
      proposal_key: 'joint-command-centre-jordan',
      summary: '',
      status: 'not denied',
      cue: 'proposal',
      proposer: 'united-states',
    },
    {
      article_id: 'b1',
      start: 4,
      proposal_key: 'joint-command-centre-jordan',
      summary: 'US and Russia could set up a joint command centre',
      status: 'reported',
      cue: 'set up',
      proposer: '',
    },
    {
      article_id: 'b1',
      start: 8,
      proposal_key: '',
      summary: 'an unkeyed call',
      status: 'proposed',
      cue: 'urged',
      proposer: '',
    },
  ]);
  assert.equal(proposalsByOutlet(proposals, outlets).objects(), [
    {
      event_id: 'e1',
      proposal_key: 'joint-command-centre-jordan',
      summary: 'joint command centre in Jordan',
      outlet: 'Ahram Online',
      status: 'leaked; not denied',
      cue: 'proposal',
      proposer: 'united-states',
      statements: 2,
    },
    {
      event_id: 'e1',
      proposal_key: 'joint-command-centre-jordan',
      summary: 'joint command centre in Jordan',
      outlet: 'Expatica',
      status: 'reported',
      cue: 'set up',
      proposer: '',
      statements: 1,
    },
  ]);
});

test.run();
