// Interning is invisible to a program (equal strings compare equal either way); what must hold is
// that it changes no value.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { internedStrings } from '../../transforms/text/internedStrings.ts';

test('interned strings keep their values', () => {
  const intern = internedStrings();
  const built = ['peace', 'talks'].join(' ');
  assert.equal(['peace talks', built, 'other', built].map(intern), ['peace talks', 'peace talks', 'other', built]);
});

test.run();
