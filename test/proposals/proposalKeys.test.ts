import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { proposalsIn } from './extract.ts';

test('the same proposal in two articles gets the same readable key; a different one another', () => {
  const rows = proposalsIn([
    ['The Washington Post, citing a draft proposal from the United States, reported that US and Russian commanders would set up a joint command and control centre in Jordan.',
      'UN Syria envoy Staffan de Mistura urged Moscow and Washington to push for a resumption of the talks next month.'],
    ['The Washington Post, citing a draft proposal from the United States, reported that the US and Russia could set up a joint command and control centre in Jordan.',
      'De Mistura urged Russia and the United States to push for a resumption of the talks next month.'],
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

test.run();
