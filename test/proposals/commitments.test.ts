// Plans, commitments and tasks: an actor's plan or binding commitment ("planned to", "had
// committed under the agreement to"), joint mechanisms set up by two parties, meetings announced
// for a date to come, options under consideration, and parties at work on a step of the process.
// Sentences of our own.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { one } from './extract.ts';

const cases: [string, string, string, string?][] = [
  // sentence, parser, proposer, status
  [
    'De Mistura said he planned to reconvene the parties in Geneva later this month.',
    'actorIntends',
    'staffan-de-mistura',
  ],
  ['Turkey intends to open a second crossing for aid trucks next week, officials said.', 'actorIntends', 'turkey'],
  [
    'Russia had committed under the Munich agreement to halt strikes on opposition-held areas.',
    'actorIntends',
    'russia',
  ],
  ['Iran has committed itself to withdraw its advisers from the front lines, Lavrov said.', 'actorIntends', 'iran'],
  [
    'Russia and the United States have set up a hotline to report violations of the truce.',
    'jointBody',
    'russia',
    'agreed',
  ],
  [
    'Washington and Moscow established a joint working group to monitor the ceasefire.',
    'jointBody',
    'united-states',
    'agreed',
  ],
  [
    'A joint task force chaired by Jordan and the United States would map the positions of the armed groups.',
    'jointBody',
    'jordan',
    'agreed',
  ],
  [
    'The ISSG, which Lavrov said would meet again in Vienna, has yet to agree on a list of terrorist groups.',
    'convening',
    'sergei-lavrov',
  ],
  ['Kerry said the talks would resume in Geneva on Monday.', 'convening', 'john-kerry'],
  [
    'Humanitarian corridors out of the eastern districts would be considered, officials said.',
    'underConsideration',
    '',
  ],
  ['Air drops are being considered for the besieged town of Deir ez-Zor.', 'underConsideration', ''],
  [
    'Saudi Arabia is assembling a negotiating team drawn from the armed and political opposition.',
    'preparing',
    'saudi-arabia',
  ],
  ['Jordan, which is compiling the list of terrorist groups, will present it to the ministers.', 'preparing', 'jordan'],
  ['France has been drafting a resolution on a truce in Aleppo.', 'preparing', 'france'],
];
for (const [sentence, parser, proposer, status] of cases) {
  test(sentence.slice(0, 60), () => {
    const [p] = one(sentence);
    assert.ok(p, 'a proposal');
    assert.equal([p.parser, p.proposer], [parser, proposer]);
    if (status) assert.is(p.status, status);
  });
}

test('a commitment names what is committed to, not the agreement that binds it, as its cue', () => {
  const [p] = one('Russia had committed under the Munich agreement to halt strikes on opposition-held areas.');
  assert.is(p.cue, 'had committed to');
  assert.match(p.summary ?? '', /halt strikes/);
});

test('a meeting announced in a relative clause is summarised with the body that meets', () => {
  const [p] = one(
    'The ISSG, which Lavrov said would meet again in Vienna, has yet to agree on a list of terrorist groups.',
  );
  assert.match(p.summary ?? '', /^The ISSG, which Lavrov said would meet again/);
});

test.run();
