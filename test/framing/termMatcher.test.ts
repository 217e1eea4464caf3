import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { termMatcher, countMatches } from '../../transforms/framing/termMatcher.ts';

const cases: [string[], string, number][] = [
  [['strike*'], 'Strikes, a strike and strikers; striking is not one.', 3],
  [['air strike*', 'strike*'], 'Air strikes and more strikes.', 2],
  [['talks', 'peace talks'], 'Peace talks resumed; the talks stalled.', 2],
  [['Islamic State'], 'the Islamic\nState group and islamic  state', 2],
  [["Assad's regime"], "Assad’s regime and Assad's regime", 2],
  [['cessation of hostilities'], 'a cessation of hostilities, the Cessation Of Hostilities', 2],
  [['terror*'], 'terrorism, terrorists and counter-terror operations', 3],
  [['diplomat*'], 'Diplomacy by diplomats', 1],
];
for (const [cues, text, n] of cases) {
  test(`${cues.join('; ')} in "${text}" counts ${n}`, () => assert.is(countMatches(termMatcher(cues), text), n));
}

test('no usable term, no matcher', () => {
  assert.is(termMatcher(['', ' ', '*']), null);
  assert.is(countMatches(null, 'anything'), 0);
});

test.run();
