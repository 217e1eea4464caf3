// asksOthersTo, actorIntends, saysShould, mustGo, onlyIf, labelledDemand: calls, intentions,
// reported demands and conditions, in sentences of our own.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { one, proposalsIn } from './extract.ts';

const cases: [string, string, string, string][] = [
  // sentence, parser, proposer, addressee
  ['Iran wants Russia to keep its air base in Syria open to Iranian planes.', 'asksOthersTo', 'iran', 'russia'],
  ['Lavrov called on Turkey to close its border to jihadist fighters.', 'asksOthersTo', 'sergei-lavrov', 'turkey'],
  [
    'Erdogan pressed the rebels to accept the terms of the truce.',
    'asksOthersTo',
    'recep-tayyip-erdogan',
    'syrian-opposition',
  ],
  [
    'Turkey is ready to send ground troops into northern Syria, its foreign minister said.',
    'actorIntends',
    'turkey',
    '',
  ],
  ['Iran has promised to withdraw its advisers from southern Syria.', 'actorIntends', 'iran', ''],
  ['Lavrov hopes to host the next round of talks in Astana.', 'actorIntends', 'sergei-lavrov', ''],
  ['Jordan said the rebels should withdraw from the border area.', 'saysShould', 'jordan', 'syrian-opposition'],
  [
    'Lavrov insisted that the opposition must include Kurdish representatives.',
    'saysShould',
    'sergei-lavrov',
    'syrian-opposition',
  ],
  ['Saudi Arabia insists Assad must step down before any transition.', 'mustGo', 'saudi-arabia', 'bashar-al-assad'],
  ['Turkey said Assad can have no role in the future of Syria.', 'mustGo', 'turkey', 'bashar-al-assad'],
  ['Moscow will back the plan only if Damascus is consulted first.', 'onlyIf', 'russia', 'syrian-government'],
  ['The government air force will stay out of rebel areas, a key US demand.', 'labelledDemand', 'united-states', ''],
  [
    'The United Nations appealed for a 48-hour pause in the fighting to let aid into Aleppo.',
    'cueClause',
    'united-nations',
    '',
  ],
  ['Kerry appealed to Russia to ground Syrian aircraft over the aid routes.', 'asksOthersTo', 'john-kerry', 'russia'],
  ['Lavrov proposed a three-day pause in the fighting around Aleppo.', 'cueClause', 'sergei-lavrov', ''],
  [
    'Washington wants Moscow to keep the Syrian air force out of the skies for a week.',
    'asksOthersTo',
    'united-states',
    'russia',
  ],
];
for (const [sentence, parser, proposer, addressee] of cases) {
  test(sentence.slice(0, 60), () => {
    const [p] = one(sentence);
    assert.ok(p, 'a proposal');
    assert.equal([p.parser, p.proposer, p.addressee], [parser, proposer, addressee]);
  });
}

test('a pronoun speaker is the subject of the sentence before', () => {
  const rows = proposalsIn([
    ['Jordan hosted the meeting on Tuesday.', 'He said the government and the rebels should meet again in Amman.'],
  ]);
  assert.equal(
    rows.map((r) => [r.parser, r.proposer]),
    [['saysShould', 'jordan']],
  );
});

test('a condition in the same sentence as its offer stays one row', () => {
  const rows = proposalsIn([['Russia was ready to extend the pause in air strikes if the rebels left the city.']]);
  assert.equal(
    rows.map((r) => [r.parser, r.proposer, r.cue]),
    [['actorIntends', 'russia', 'was ready to']],
  );
});

test.run();
