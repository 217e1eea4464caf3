// Agreements of multilateral meetings and the texts they adopt (agreedTo with adjuncts,
// resolutionAdopted, dealProvides on resolutions and texts, underTheDeal on a resolution), and
// their proposers: the body or the members that agreed, not the reporter. Sentences of our own.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { one, proposalsIn } from './extract.ts';

const cases: [string, string, string, string][] = [
  // sentence, parser, proposer, status
  [
    'The International Syria Support Group agreed early on Friday to a nationwide cessation of hostilities.',
    'agreedTo',
    'international-syria-support-group',
    'agreed',
  ],
  [
    'Ministers of the ISSG agreed in Munich to speed up aid deliveries to besieged towns.',
    'agreedTo',
    'international-syria-support-group',
    'agreed',
  ],
  [
    'The European Union agreed in principle to fund reconstruction in liberated areas.',
    'agreedTo',
    'european-union',
    'agreed',
  ],
  [
    'The UN Security Council unanimously adopted a resolution on Friday endorsing a road map for peace talks.',
    'resolutionAdopted',
    'united-nations',
    'agreed',
  ],
  [
    'The Security Council passed a resolution that demands an immediate end to attacks on hospitals.',
    'resolutionAdopted',
    'united-nations',
    'agreed',
  ],
  [
    'The European Union issued a statement calling for an international investigation into the gas attack.',
    'resolutionAdopted',
    'european-union',
    'agreed',
  ],
];
for (const [sentence, parser, proposer, status] of cases) {
  test(sentence.slice(0, 60), () => {
    const [p] = one(sentence);
    assert.ok(p, 'a proposal');
    assert.equal([p.parser, p.proposer, p.status], [parser, proposer, status]);
  });
}

test('a resolution adopted, then its terms: the body proposes them, and "It" is the body', () => {
  const rows = proposalsIn([
    [
      'The UN Security Council on Friday adopted a resolution endorsing a timetable for peace talks.',
      'The resolution calls for formal negotiations between the government and the opposition in January.',
      'The text sets out a timetable for a transitional government within six months and elections within 18 months.',
      'It also asks the secretary-general to present options for monitoring a ceasefire.',
      'Under the resolution, UN monitors will report on violations every month.',
    ],
  ]);
  assert.equal(
    rows.map((r) => r.parser),
    ['resolutionAdopted', 'cueClause', 'dealProvides', 'asksOthersTo', 'underTheDeal'],
  );
  assert.equal(
    rows.map((r) => r.proposer),
    Array(5).fill('united-nations'),
  );
});

test('members of a meeting and a body by its noun resolve to the body the article names', () => {
  const rows = proposalsIn([
    [
      'Foreign ministers of the International Syria Support Group met in Munich on Thursday.',
      'World powers agreed to a nationwide truce to begin within a week.',
      'US Secretary of State John Kerry said the ministers had agreed to set up a task force on humanitarian access.',
      'The powers also agreed to accelerate aid deliveries to besieged areas.',
    ],
    [
      'The UN Security Council met behind closed doors on Monday.',
      'The council demanded that all parties stop attacks on aid workers.',
    ],
  ]);
  assert.equal(
    rows.map((r) => r.proposer),
    [
      'international-syria-support-group',
      'international-syria-support-group',
      'international-syria-support-group',
      'united-nations',
    ],
  );
});

test('world powers led by named states: the states the sentence names', () => {
  const [p] = one('World powers led by the United States and Russia agreed on Friday to a pause in the fighting.');
  assert.is(p.proposer, 'united-states');
});

test('a role resolves through the descriptor of an earlier mention', () => {
  const rows = proposalsIn([
    [
      'The talks were convened by UN Secretary-General Ban Ki-moon.',
      'The secretary-general urged both sides to allow aid convoys into Madaya.',
    ],
  ]);
  assert.equal(
    rows.map((r) => [r.parser, r.proposer]),
    [['cueClause', 'ban-ki-moon']],
  );
});

test.run();
