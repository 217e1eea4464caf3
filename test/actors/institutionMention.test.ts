// An institution named again by its common noun: "the ministry", "the defence ministry".
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { extract, article } from './extractText.ts';

const ids = async (...paragraphs: string[]) =>
  (await extract(article(...paragraphs))).mentionRows.map((m) => `${m.surface}=${m.actor_id}`);

test('the ministry named before, whose name holds the words', async () => {
  assert.equal(await ids('The Russian Defence Ministry issued a statement.', 'The ministry said no jets had flown.'), [
    'Russian Defence Ministry=russian-defence-ministry',
    'ministry=russian-defence-ministry',
  ]);
  assert.equal(
    await ids('Russia\u2019s foreign ministry rejected the claim. The foreign ministry added that talks would go on.'),
    ['Russia\u2019s foreign ministry=russian-foreign-ministry', 'foreign ministry=russian-foreign-ministry'],
  );
  assert.equal(await ids('The State Department declined to comment, but the department later confirmed the call.'), [
    'State Department=us-state-department',
    'department=us-state-department',
  ]);
});

test('no institution named before, another office, or a name after it: no mention', async () => {
  assert.equal(await ids('The ministry said no jets had flown.'), []);
  assert.equal(await ids('The Russian Defence Ministry issued a statement. The foreign ministry did not comment.'), [
    'Russian Defence Ministry=russian-defence-ministry',
  ]);
  assert.equal(await ids('The Russian Defence Ministry met the ministry of health officials.'), [
    'Russian Defence Ministry=russian-defence-ministry',
  ]);
});

test.run();
