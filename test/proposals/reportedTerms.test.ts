// reportedTerms: a deal's terms as outcomes a spokesman reports, or reported next to the deal,
// the talks or the guarantees named; plain future facts and schedules are not proposals.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { one, proposalsIn } from './extract.ts';

const parsers = (sentences: string[]) => proposalsIn([sentences]).map((r) => r.parser);

test('outcomes a spokesman reports after or before the clause', () => {
  assert.equal(parsers(['Charges against the opposition leader have been dropped, a Kremlin spokesman said.']), [
    'reportedTerms',
  ]);
  assert.equal(
    parsers(['Rebel fighters who lay down their arms will be offered an amnesty, a government spokesman says.']),
    ['reportedTerms'],
  );
  assert.equal(
    parsers([
      'The spokesman also stressed that the authorities would not prosecute the protesters who left the square.',
    ]),
    ['reportedTerms'],
  );
  assert.equal(parsers(['According to the mediator, the hostages will be released in groups of ten.']), [
    'reportedTerms',
  ]);
});

test('the one named in the attribution proposes', () => {
  const [row] = proposalsIn([["The siege of the old city will be lifted, Russia's envoy to the talks said."]]);
  assert.is(row?.parser, 'reportedTerms');
  assert.is(row?.proposer, 'russia');
});

test('a term reported next to the talks or the deal named, by one who is no spokesman', () => {
  const rows = proposalsIn([
    [
      'Lavrov and Kerry held talks in Geneva on the evacuation of eastern Aleppo.',
      'Rebel fighters will leave for Idlib with their light weapons, Lavrov said.',
    ],
  ]);
  assert.equal(
    rows.map((r) => [r.parser, r.proposer]),
    [['reportedTerms', 'sergei-lavrov']],
  );
});

test('the same outcomes with no spokesman and no deal near are news, not terms', () => {
  assert.equal(one('Rebel fighters will leave for Idlib with their light weapons, Lavrov said.'), []);
  assert.equal(one('The prisoners will be released, their lawyer said.'), []);
});

test('facts to come, schedules and closures a spokesman announces are not terms', () => {
  assert.equal(one('The plane will land at noon, a Kremlin spokesman said.'), []);
  assert.equal(one('The president will leave for India on Tuesday, a Kremlin spokesman said.'), []);
  assert.equal(one('The airport has been closed, a government spokesman said.'), []);
  assert.equal(one('Three people have been released from hospital, a police spokesman said.'), []);
  assert.equal(one('The results will be released soon, a spokesman for the commission said.'), []);
  assert.equal(one('The spokesman stressed that the talks would not be easy.'), []);
});

test.run();
