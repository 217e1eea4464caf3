// The one a cue addresses, a title before the name included.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { one } from './extract.ts';

test('"urged Russian Foreign Minister Sergei Lavrov to": the titled name is the addressee', () => {
  assert.is(
    one('Kerry urged Russian Foreign Minister Sergei Lavrov to press Damascus.')[0]?.addressee,
    'sergei-lavrov',
  );
});

test('"invited Russian President Vladimir Putin to visit": Putin is invited', () => {
  assert.is(
    one('The prime minister has invited Russian President Vladimir Putin to visit Tokyo.')[0]?.addressee,
    'vladimir-putin',
  );
});

test('negative: a name inside the content is no addressee', () => {
  assert.is(one('Kerry proposed a meeting with Lavrov in Geneva next week.')[0]?.addressee, '');
});

test.run();
