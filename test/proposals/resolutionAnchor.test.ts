// The parts of one resolution's content, reported in different words by different outlets, share
// one key; a deal's separate terms keep theirs. Sentences of our own.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { proposalsIn } from './extract.ts';
import { resolutionAnchor } from '../../transforms/proposals/resolutionAnchor.ts';

test('statements of one resolution share a key', () => {
  const rows = proposalsIn([
    [
      'The UN Security Council unanimously adopted a resolution endorsing a road map for peace talks.',
      'Kerry urged Moscow to ground the Syrian air force over Aleppo.',
    ],
    [
      'The resolution envisages talks between the government and the opposition in early January.',
      'It also asks Ban Ki-moon to convene the parties.',
      'Lavrov called for a ceasefire around Damascus.',
    ],
  ]);
  const byText = (w: string) => rows.find((r) => r.surface?.includes(w))!;
  const keys = ['road map', 'envisages', 'convene'].map((w) => byText(w).proposal_key);
  assert.equal(new Set(keys).size, 1, keys.join(' / '));
  assert.is.not(byText('ground the Syrian').proposal_key, keys[0]);
});

test("a deal's separate terms are not folded into one", () => {
  assert.is(resolutionAnchor('Under the deal, Russia would restrain the Syrian air force.', 'underTheDeal', false), '');
  assert.is(resolutionAnchor('The deal also provides for a joint implementation centre.', 'dealProvides', false), '');
  assert.is(resolutionAnchor('It also asks the two sides to pull back.', 'asksOthersTo', false), '');
  assert.is(
    resolutionAnchor('It also asks the secretary-general to report back.', 'asksOthersTo', true),
    'resolution-text',
  );
});

test.run();
