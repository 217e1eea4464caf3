import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { internedStrings } from '../../transforms/text/internedStrings.ts';
import { articleBags } from '../../transforms/events/articleBags.ts';

test('equal strings come back as the first copy; the bags of terms are the same with or without', () => {
  const intern = internedStrings();
  const a = ['peace', 'talks'].join(' ');
  const b = ['peace', 'talks'].join(' ');
  assert.is(intern(a), a);
  assert.is(intern(b), a);
  assert.is(intern('other'), 'other');
  const text = 'Talks resume in Geneva\n\nEnvoys met in Geneva on Monday for peace talks, the UN said.';
  const shared = articleBags(text, intern);
  assert.equal(shared.terms, articleBags(text).terms);
  assert.equal([...shared.leadNames], [...articleBags(text).leadNames]);
  assert.is(
    articleBags(text, intern).terms.find((t) => t === 'peace talks'),
    shared.terms.find((t) => t === 'peace talks'),
  );
});

test.run();
