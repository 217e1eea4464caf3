// Proposals of general news (disasters, summits, elections, attacks): pledges, offers and
// acceptances of aid, appeals, invitations, orders and decrees. Sentences of our own, and for each
// family sentences that use its words and state no proposal (facts, past events, questions,
// hypotheticals, negations).
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { one } from './extract.ts';

const cases: [string, string, string, RegExp, string?][] = [
  // sentence, parser, proposer, summary, status
  // pledges
  ['Turkey vowed to rebuild every school destroyed by the storm.', 'pledged', 'turkey', /rebuild every school/],
  ['Germany pledged 25 million euros for the reconstruction of the port.', 'pledged', 'germany', /25 million euros/],
  ['France pledges full support to the families of the victims.', 'pledged', 'france', /full support/],
  [
    '"Those who planned this massacre will be found and punished," Putin said in a televised address.',
    'pledged',
    'vladimir-putin',
    /punished/,
  ],
  // aid offered and accepted
  ['Jordan offered to send two field hospitals to the flooded region.', 'cueClause', 'jordan', /field hospitals/],
  [
    'Turkey has accepted aid from France, Germany and the United Kingdom after the quake.',
    'aidAccepted',
    'turkey',
    /France, Germany/,
    'agreed',
  ],
  // appeals
  [
    'The United Nations launched an emergency appeal for 40 million dollars to feed the displaced.',
    'appealLaunched',
    'united-nations',
    /emergency appeal/,
  ],
  // invitations
  ['Erdogan invited Putin to visit Ankara early next year.', 'invited', 'recep-tayyip-erdogan', /visit Ankara/],
  [
    'Putin accepted an invitation to visit Beijing in the spring.',
    'invited',
    'vladimir-putin',
    /visit Beijing/,
    'agreed',
  ],
  ['Erdogan will travel to Moscow at the invitation of Putin, his office said.', 'invited', 'vladimir-putin', /Moscow/],
  // orders and decrees
  ['Erdogan declared seven days of national mourning for the victims.', 'decreed', 'recep-tayyip-erdogan', /mourning/],
  [
    'A state prosecutor ordered the arrest of twelve contractors on Monday.',
    'decreed',
    '',
    /arrest of twelve contractors/,
  ],
  ['Putin ordered flags lowered on all government buildings.', 'decreed', 'vladimir-putin', /flags lowered/],
  ['Putin said Monday would be a day of mourning across the country.', 'decreed', 'vladimir-putin', /day of mourning/],
];

for (const [sentence, parser, proposer, summary, status] of cases) {
  test(sentence.slice(0, 60), () => {
    const [p] = one(sentence);
    assert.ok(p, 'a proposal');
    assert.equal([p.parser, p.proposer], [parser, proposer]);
    assert.match(p.summary ?? '', summary);
    if (status) assert.is(p.status, status);
  });
}

const none = [
  // pledges: resolve in war, feelings, negation, another time, a question
  'Turkey vowed to crush the militants in the mountains.',
  'Germany vowed to remember the victims.',
  'France has never pledged money to the fund.',
  'Back in 2011, Jordan pledged to rebuild the camps.',
  'Will Germany pledge more money for the survivors?',
  // acceptance of things that are no help
  'Two of the suspects accepted their guilt after being charged.',
  'Jordan did not accept aid from Turkey.',
  // appeals in court, launches of other things
  'The company filed an appeal against the ruling.',
  'Russia launched a new satellite on Tuesday.',
  // invitations to nothing, or declined
  'Putin declined the invitation to visit Ankara.',
  'Had Putin accepted the invitation to visit Ankara, the talks would have gone differently.',
  'Will Putin accept an invitation to visit Ankara?',
  // orders as facts about a suspect; declarations of fact
  'The suspect was ordered held without bail by a judge.',
  'The ministry declared the toll had risen to 300.',
];
for (const sentence of none)
  test(`none: ${sentence.slice(0, 50)}`, () => {
    assert.equal(
      one(sentence).map((p) => p.summary),
      [],
    );
  });

test.run();
