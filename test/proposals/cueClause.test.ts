import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { one, proposalsIn } from './extract.ts';

const cases: [string, string, string, string][] = [
  // sentence, proposer, addressee, cue
  [
    'UN Syria envoy Staffan de Mistura on Thursday urged Moscow and Washington to push for a resumption of the talks next month.',
    'staffan-de-mistura',
    'russia',
    'urged',
  ],
  [
    'Moscow and Washington have backed a roadmap that calls for a nationwide ceasefire and Geneva-based talks on a "political transition".',
    'russia',
    '',
    'roadmap',
  ],
  [
    "According to a leaked document seen by the Washington Post, Kerry's key proposal is to offer Russia closer US military cooperation against the Al Nusra Front jihadist group.",
    'john-kerry',
    '',
    'proposal',
  ],
  [
    'The Washington Post, citing a draft proposal from the United States, reported that the US and Russia could set up a joint command and control centre in Jordan.',
    'united-states',
    '',
    'proposal',
  ],
  [
    "Turkey's President Recep Tayyip Erdogan called for a no-fly zone over northern Syria.",
    'recep-tayyip-erdogan',
    '',
    'called for',
  ],
  [
    'Saudi Arabia offered to send ground troops to Syria as part of the US-led coalition.',
    'saudi-arabia',
    '',
    'offered',
  ],
  [
    "And America's regional allies, led by Saudi Arabia, are even more emphatic in declaring that Assad must go, demanding he step down as soon as peace talks begin.",
    'saudi-arabia',
    'bashar-al-assad',
    'must go',
  ],
  [
    'Iran has proposed a four-point plan that includes an immediate ceasefire and constitutional reform.',
    'iran',
    '',
    'proposed',
  ],
];
for (const [sentence, proposer, addressee, cue] of cases) {
  test(sentence.slice(0, 60), () => {
    const [p] = one(sentence);
    assert.ok(p, 'a proposal');
    assert.equal([p.proposer, p.addressee, (p.cue ?? '').toLowerCase()], [proposer, addressee, cue]);
    assert.is(p.surface, sentence);
  });
}

test('a condition takes the proposer of the proposal before it', () => {
  const rows = proposalsIn([
    [
      "According to a leaked document seen by the Washington Post, Kerry's key proposal is to offer Russia closer US military cooperation against the Al Nusra Front jihadist group.",
      'In exchange, Moscow would be required to pressure its ally Syrian strongman Bashar al-Assad to ground his own jets.',
    ],
  ]);
  assert.equal(
    rows.map((r) => [r.proposer, r.addressee, r.status]),
    [
      ['john-kerry', '', 'leaked'],
      ['john-kerry', 'russia', 'proposed'],
    ],
  );
});

test('status as reported', () => {
  const [p] = one(
    'The Kremlin said on Friday a US proposal for direct military cooperation in the war-torn country had not been addressed in earlier talks with President Vladimir Putin.',
  );
  assert.equal([p.proposer, p.status], ['united-states', 'not addressed']);
  const [q] = one('Both Russia and Iran have resisted all calls for Assad to be removed.');
  assert.equal([q.proposer, q.status], ['', 'rejected']);
});

test.run();
