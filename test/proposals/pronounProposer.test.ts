// "He said ...": the pronoun stands for the speaker of the sentence before, not for a name inside
// that sentence's quotation.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { proposalsIn } from './extract.ts';

test('a name quoted in the sentence before is not what "he" stands for', () => {
  const rows = proposalsIn([
    [
      '"Those who planned this will answer for it," Putin said.',
      '"We will not forgive the attack on Ukraine and on our people."',
      'He said Sunday would be a day of national mourning.',
    ],
  ]);
  const mourning = rows.find((r) => /mourning/.test(r.surface ?? ''));
  assert.is(mourning?.proposer, 'vladimir-putin');
});

test('negative: a name outside quotes in the sentence before is still the subject', () => {
  const rows = proposalsIn([
    ['Kerry met his counterpart in Geneva on Friday.', 'He said the two sides should meet again within a week.'],
  ]);
  assert.is(rows[0]?.proposer, 'john-kerry');
});

test.run();
