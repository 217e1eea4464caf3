// Steps that take the least and greatest of a list must not spread it into one call: a list of a
// few hundred thousand values (a whole comparison sheet, a long hard-wrapped paragraph) is more
// arguments than a call has room for (RangeError: Maximum call stack size exceeded).
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { crossesZero } from '../../sheets/workbook/colourScale.ts';
import { unwrapLines } from '../../transforms/articles/unwrapLines.ts';

const MANY = 300_000;

test('a colour scale over 300,000 values', () => {
  const values: unknown[] = Array.from({ length: MANY }, (_, i) => i / MANY);
  assert.is(crossesZero(values), false);
  values.push(-0.5);
  assert.is(crossesZero(values), true);
  assert.is(crossesZero([0.2, 0.4], -1, 1), true);
});

test('a hard-wrapped paragraph of 300,000 lines is joined back', () => {
  const line = 'The envoys met again on Monday to go over the terms of the proposed truce';
  const text = Array.from({ length: MANY }, () => line).join('\n');
  const out = unwrapLines(text);
  assert.not.ok(out.includes('\n'));
  assert.is(out.length, text.length);
});

test.run();
