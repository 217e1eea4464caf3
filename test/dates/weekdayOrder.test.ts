// A numeric date read the way its weekday makes valid.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { pairs } from './parse.ts';

const REF = '2016-09-14';

test('day-first when only that reading falls on the weekday written beside it', () => {
  // 9 November 2016 was a Wednesday; 11 September 2016 a Sunday
  assert.equal(pairs('Polling stations opened on Sunday 11/09/2016 across the country.', REF), [
    'on Sunday 11/09/2016=2016-09-11',
  ]);
  // 3 April 2016 was a Sunday; 4 March 2016 a Friday
  assert.equal(pairs('The accord was signed on Friday, 04/03/2016, in Paris.', REF), [
    'on Friday, 04/03/2016=2016-03-04',
  ]);
});

test('negatives: chrono’s month-first reading stands when the weekday fits it, or no weekday says', () => {
  assert.equal(pairs('Results were announced on Wednesday 11/09/2016.', REF), ['on Wednesday 11/09/2016=2016-11-09']);
  assert.equal(pairs('The deal was signed on 11/09/2016.', REF), ['11/09/2016=2016-11-09']);
  // a day above 12 has one reading only
  assert.equal(pairs('The vote was held on Tuesday 09/13/2016.', REF), ['on Tuesday 09/13/2016=2016-09-13']);
});

test.run();
