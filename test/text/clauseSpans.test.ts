// The clauses a news sentence joins (transforms/text/clauseSpans.ts).
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { clauseSpans } from '../../transforms/text/clauseSpans.ts';

const clauses = (s: string) => clauseSpans(s).map(([a, b]) => s.slice(a, b));

test('a contrast, a semicolon and a relative that opens a clause end a clause', () => {
  assert.equal(clauses('Ankara wants a buffer zone, whereas Tehran rejects any foreign troops.'), [
    'Ankara wants a buffer zone',
    'Tehran rejects any foreign troops.',
  ]);
  assert.equal(clauses('The envoy proposed a pause in the fighting; the rebels asked for guarantees.'), [
    'The envoy proposed a pause in the fighting',
    'the rebels asked for guarantees.',
  ]);
  assert.equal(clauses('The ministers met for six hours, after which Paris called for a new conference.'), [
    'The ministers met for six hours',
    'Paris called for a new conference.',
  ]);
});

test('", and", ", as" and a dash end a clause only before a new subject and its verb', () => {
  assert.equal(clauses('Cairo offered to host the talks, and the militia said it would attend.'), [
    'Cairo offered to host the talks',
    'the militia said it would attend.',
  ]);
  assert.equal(clauses('Beirut sent a delegation, and talks on the border followed.'), [
    'Beirut sent a delegation, and talks on the border followed.',
  ]);
  assert.equal(clauses('Qatar pledged aid, as part of a plan backed by the Gulf states.'), [
    'Qatar pledged aid, as part of a plan backed by the Gulf states.',
  ]);
});

test('an opening clause of contrast and ", with" a subject and its -ing verb', () => {
  assert.equal(clauses('Although the army agreed to a pause, the militias vowed to keep fighting.'), [
    'Although the army agreed to a pause',
    'the militias vowed to keep fighting.',
  ]);
  assert.equal(clauses('Oman proposed new talks, with the Houthis insisting on a prisoner exchange first.'), [
    'Oman proposed new talks',
    'the Houthis insisting on a prisoner exchange first.',
  ]);
});

test('negatives: a list of subjects, a noun pair, a condition and brackets stay one clause', () => {
  for (const s of [
    'Egypt, Jordan, and Qatar have agreed to a joint monitoring force.',
    'The plan sets a ceasefire between the army and the rebels.',
    'If the truce holds, the two sides will open a humanitarian corridor.',
    'The council (which met in Geneva, while fighting raged) adopted the text.',
  ])
    assert.equal(clauses(s), [s]);
});

test.run();

test('"while" without its comma opens a clause only before a subject and its verb', () => {
  assert.equal(clauses('Ankara is seeking a buffer zone while Tehran wants all foreign troops out.'), [
    'Ankara is seeking a buffer zone',
    'Tehran wants all foreign troops out.',
  ]);
  assert.equal(clauses('Ankara proposed a buffer zone while visiting Tehran on Monday.'), [
    'Ankara proposed a buffer zone while visiting Tehran on Monday.',
  ]);
});
