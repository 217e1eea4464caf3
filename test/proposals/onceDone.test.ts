// Conditions put as the time an action will come ("once", "only when", "only after", "as soon
// as") and conditional commitments in a speaker's own quoted words. Sentences of our own.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { one } from './extract.ts';

const cases: [string, string, string, string][] = [
  // sentence, parser, proposer, cue
  [
    'The opposition would only go back to the negotiating table once the sieges had been lifted.',
    'onceDone',
    'syrian-opposition',
    'once',
  ],
  [
    'Russia will halt its air strikes only when the rebels leave the eastern districts, Lavrov said.',
    'onceDone',
    'russia',
    'only when',
  ],
  [
    'Turkey would join the operation only after Kurdish fighters withdrew east of the river.',
    'onceDone',
    'turkey',
    'only after',
  ],
  [
    'Aid convoys would move into the city as soon as the guns fall silent, de Mistura said.',
    'onceDone',
    'staffan-de-mistura',
    'as soon as',
  ],
  [
    '"If the regime stops bombing Aleppo, we will return to the talks," the Syrian opposition said in a statement.',
    'quotedPledge',
    'syrian-opposition',
    'will',
  ],
  [
    'Lavrov told reporters: "If the rebels separate themselves from Nusra, we are ready to end the strikes."',
    'quotedPledge',
    'sergei-lavrov',
    'are ready to',
  ],
];
for (const [sentence, parser, proposer, cue] of cases) {
  test(sentence.slice(0, 60), () => {
    const [p] = one(sentence);
    assert.ok(p, 'a proposal');
    assert.equal([p.parser, p.proposer, p.cue], [parser, proposer, cue]);
  });
}

test("a quoted pledge is summarised in the speaker's words", () => {
  const [p] = one(
    '"If the regime stops bombing Aleppo, we will return to the talks," the Syrian opposition said in a statement.',
  );
  assert.match(p.summary ?? '', /^If the regime stops bombing Aleppo, we will return to the talks/);
});

const none = [
  'Once again, the talks broke up without agreement.',
  'The rebels said they would leave at once.',
  'Kerry said the talks should resume as soon as possible.',
  'The once-thriving city has been reduced to rubble.',
  'Talks will resume as soon as Friday, diplomats said.',
  'Fighting is expected to ease once the winter sets in.',
  'Residents fled once the shelling began.',
  '"If we do nothing, we will see more children die," Kerry said.',
  '"If the truce holds, it will be a miracle," one diplomat said.',
  '"If they attack us, we will defend ourselves," a fighter told AFP.',
];
for (const sentence of none)
  test(`no condition: ${sentence.slice(0, 60)}`, () => {
    assert.equal(
      one(sentence).filter((p) => /^(?:onceDone|quotedPledge|onlyIf|notUntil)$/.test(p.parser ?? '')),
      [],
    );
  });

test.run();
