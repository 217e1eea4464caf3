// A sentence that only reports a proposal's fate adds no row and sets the status of the one before.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { proposalsIn } from './extract.ts';

test('"did not deny the proposal" adds no row', () => {
  const rows = proposalsIn([
    [
      'The US Secretary of State was set to meet Putin in the Kremlin with Washington reportedly ready to offer to cooperate with Moscow in joint military action against the Islamic State (IS) group.',
      'Kerry did not deny the proposal -- reported by the Washington Post Thursday -- and it would mark a dramatic shift.',
      'Ahead of flying to Moscow, Kerry did not deny the report but refused to discuss the proposal in detail until he had been to see Putin.',
      'Kremlin spokesman Dmitry Peskov also declined to comment on the report before Moscow had seen what Washington had to offer.',
    ],
  ]);
  assert.is(rows.length, 1);
  assert.is(rows[0].status, 'reported');
});

test('a later rejection sets the status of the proposal before it', () => {
  const rows = proposalsIn([
    [
      'Russia proposed a UN Security Council resolution calling for an immediate truce in Aleppo.',
      'Washington rejected the proposal on Saturday.',
    ],
  ]);
  assert.equal(
    rows.map((r) => [r.proposer, r.status]),
    [['russia', 'rejected']],
  );
});

test.run();
