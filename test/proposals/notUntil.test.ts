import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { one } from './extract.ts';

test("a refusal until a condition is met is the speaker's condition", () => {
  const [p] = one(
    'Moscow said on Monday that Friday’s talks should not take place until both the rebel representation and the terror blacklist are agreed upon by all parties.',
  );
  assert.equal([p.proposer, p.cue, p.parser], ['russia', 'until', 'notUntil']);
});

test('the opposition will not attend until...', () => {
  const [p] = one(
    'The High Negotiations Committee said it would not attend the Geneva talks until government sieges are lifted.',
  );
  assert.equal([p.proposer, p.cue], ['high-negotiations-committee', 'until']);
});

test.run();
