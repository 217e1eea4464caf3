import { test } from 'uvu';
import * as assert from 'uvu/assert';
import * as aq from 'arquero';
import { proposalsIn, codebook } from './extract.ts';
import { proposalKeys } from '../../transforms/proposals/proposalKeys.ts';
import { toTable, PROPOSALS } from '../../transforms/schema/index.ts';

test('the same proposal in two articles gets the same readable key; a different one another', () => {
  const rows = proposalsIn([
    [
      'The Washington Post, citing a draft proposal from the United States, reported that US and Russian commanders would set up a joint command and control centre in Jordan.',
      'UN Syria envoy Staffan de Mistura urged Moscow and Washington to push for a resumption of the talks next month.',
    ],
    [
      'The Washington Post, citing a draft proposal from the United States, reported that the US and Russia could set up a joint command and control centre in Jordan.',
      'De Mistura urged Russia and the United States to push for a resumption of the talks next month.',
    ],
  ]);
  const [a1, a2, b1, b2] = rows.map((r) => r.proposal_key ?? '');
  assert.is(a1, b1);
  assert.is(a2, b2);
  assert.is.not(a1, a2);
  assert.match(a1, /^[a-z0-9]+(?:-[a-z0-9]+)+$/);
  assert.ok(/command|centre|jordan/.test(a1));
});

test('folded phrasings: "step down" and "be removed" are one idea', () => {
  const rows = proposalsIn([
    ['Both Russia and Iran have resisted all calls for Assad to be removed.'],
    ['The opposition leaders repeated their demand that Assad step down immediately.'],
  ]);
  assert.is(rows[0].proposal_key, rows[1].proposal_key);
});

test('one ceasefire in different words, one key; another proposal with the same actors, another key', () => {
  const rows = proposalsIn([
    ['Under the agreement, a nationwide truce will take effect at sundown on Monday.'],
    [
      'Russia and the United States announced a deal on Syria on Saturday.',
      'A cessation of hostilities is to begin across Syria at sundown on Monday.',
      'Moscow called on Washington to separate moderate rebels from Nusra fighters.',
    ],
    [
      'The United States and Russia struck a deal on Syria.',
      'Under the deal, a nationwide ceasefire starts on Monday at sundown.',
    ],
  ]);
  const key = (re: RegExp) => rows.find((r) => re.test(r.surface ?? ''))?.proposal_key;
  assert.is(key(/nationwide truce/), key(/cessation of hostilities/));
  assert.is(key(/nationwide truce/), key(/nationwide ceasefire starts/));
  assert.is.not(key(/nationwide truce/), key(/separate moderate rebels/));
});

test('a concession is not the demand it softens', () => {
  const rows = proposalsIn([
    ['The opposition repeated its demand that Assad step down immediately.'],
    ['US officials allowed that Assad would not have to resign on the first day of a transition.'],
  ]);
  assert.is.not(rows[0].proposal_key, rows[1].proposal_key);
  assert.is(rows[1].proposer, 'united-states');
});

test('proposalKeys is table -> table: keys set, every other cell, column and row order kept, input untouched', () => {
  const texts = {
    'a:s0':
      'The Washington Post reported that US and Russian commanders would set up a joint command and control centre in Jordan.',
    'b:s0': 'The US and Russia could set up a joint command and control centre in Jordan, the paper said.',
    'b:s1': 'De Mistura urged Russia and the United States to push for a resumption of the talks next month.',
  };
  const row = (id: string, sentence: keyof typeof texts, summary: string) => ({
    proposal_id: id,
    article_id: id.slice(0, 1),
    sentence_id: sentence,
    start: 0,
    end: texts[sentence].length,
    surface: texts[sentence],
    proposer: '',
    addressee: '',
    cue: '',
    summary,
    status: 'reported',
    proposal_key: '',
    parser: 'cueClause',
  });
  const proposals = toTable(PROPOSALS, [
    row('a:p0', 'a:s0', 'set up a joint command and control centre in Jordan'),
    row('b:p0', 'b:s0', 'could set up a joint command and control centre in Jordan'),
    row('b:p1', 'b:s1', 'push for a resumption of the talks next month'),
  ]);
  const articles = aq.table({ article_id: ['a', 'b'], event_id: ['e1', 'e1'] });
  const sentences = aq.from(
    Object.entries(texts).map(([sentence_id, text]) => ({ sentence_id, article_id: sentence_id.slice(0, 1), text })),
  );
  const keyed = proposalKeys(proposals, articles, sentences, codebook);
  const [k0, k1, k2] = keyed.array('proposal_key') as string[];
  assert.is(k0, k1);
  assert.is.not(k0, k2);
  assert.match(k0, /jordan|command|centre/);
  assert.equal(keyed.columnNames(), proposals.columnNames());
  assert.equal(keyed.select(aq.not('proposal_key')).objects(), proposals.select(aq.not('proposal_key')).objects());
  assert.equal(proposals.array('proposal_key'), ['', '', '']);
});

test('an invitation each way between the same two leaders: two keys; one invitation told twice: one key', () => {
  const rows = proposalsIn([
    ['Erdogan invited Putin to visit Ankara next spring.'],
    ['Putin accepted an invitation to visit Ankara from Erdogan, the Kremlin said.'],
    ['Turkey said that Erdogan will visit Moscow at the invitation of Putin.'],
  ]);
  const key = (re: RegExp) => rows.find((r) => re.test(r.surface ?? ''))?.proposal_key;
  assert.is(key(/invited Putin/), key(/from Erdogan/));
  assert.is.not(key(/invited Putin/), key(/invitation of Putin/));
});

test('"restore" and "resume" military-to-military contacts are one proposal', () => {
  const rows = proposalsIn([
    ['China and the United States agreed to resume military-to-military communications.'],
    ['Washington and Beijing agreed to restore military communications, officials said.'],
    ['China and the United States agreed to cooperate on climate research.'],
  ]);
  const key = (re: RegExp) => rows.find((r) => re.test(r.surface ?? ''))?.proposal_key;
  assert.is(key(/resume/), key(/restore/));
  assert.is.not(key(/resume/), key(/climate/));
});

test.run();
