// Interning is invisible to a program (equal strings compare equal either way); what must hold is
// that it changes no value: the bags of terms are the same with or without it.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { internedStrings } from '../../transforms/text/internedStrings.ts';
import { articleBags } from '../../transforms/events/articleBags.ts';

test('interned strings keep their values; the bags of terms are the same with or without', () => {
  const intern = internedStrings();
  assert.equal(['peace talks', 'peace talks', 'other'].map(intern), ['peace talks', 'peace talks', 'other']);
  const text = 'Talks resume in Geneva\n\nEnvoys met in Geneva on Monday for peace talks, the UN said.';
  const shared = articleBags(text, intern);
  const own = articleBags(text);
  assert.equal(shared.terms, own.terms);
  assert.equal(shared.names, own.names);
  assert.equal(shared.lead, own.lead);
  assert.equal([...shared.leadNames], [...own.leadNames]);
});

test.run();
