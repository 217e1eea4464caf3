import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { brief, figuresIn } from './extract.ts';

const cases: [string, string[]][] = [
  [
    "Syria's conflict has evolved into a multi-front war that has left more than 280,000 dead.",
    ['280000 more than killed'],
  ],
  ['Kerry spoke hours after at least 84 people were killed in an attack in Nice.', ['84 at least killed']],
  ['Nearly 400 civilians have been killed since the truce collapsed, monitors said.', ['400 about killed']],
  ['Some 4.8 million refugees have fled to neighbouring countries.', ['4800000 about displaced']],
  ['Between 10 and 15 soldiers were wounded in the ambush.', ['10 at least wounded']],
  ['Dozens of people were detained in the crackdown.', ['12 exact detained']],
  ['Dozens were detained after the protest, activists said.', ['12 exact detained']],
  ['Up to 300 people are missing after the boat capsized.', ['300 up to missing']],
  [
    'The five-year war in Syria has killed more than a quarter of a million people, according to UN estimates.',
    ['250000 more than killed'],
  ],
  ['Half a million people have been killed, a monitor estimates.', ['500000 exact killed']],
  ['About two dozen soldiers were wounded in the ambush.', ['24 about wounded']],
  ['Tens of thousands have fled to the Turkish border.', ['10000 exact displaced']],
  ['More than 400,000 people have died since 2011.', ['400000 more than killed']],
  ['Some 1.5 million people were forced to flee their homes in 2015.', ['1500000 about displaced']],
  ['A dozen fighters were arrested at the checkpoint.', ['12 exact detained']],
  [
    'Hundreds of thousands dead and millions displaced: the toll of the war.',
    ['100000 exact killed', '1000000 exact displaced'],
  ],
  // qualifiers of an upper bound and of an estimate
  ['Up to 470,000 people have been killed in the conflict, according to a Syrian think-tank.', ['470000 up to killed']],
  ['As many as 470,000 people have died as a result of the war, the report said.', ['470000 up to killed']],
  ['An estimated 250,000 people have been killed since 2011.', ['250000 about killed']],
  // the figure and its fate as an adjective
  ['Five years of war have left 250,000 dead.', ['250000 exact killed']],
  ['The assault left dozens dead and hundreds wounded.', ['12 exact killed', '100 exact wounded']],
  // vague amounts, with or without people, and "more"
  ['Dozens more were wounded in the blast, medics said.', ['12 exact wounded']],
  ['Scores of civilians were injured when the shells hit the market.', ['20 exact wounded']],
  ['Hundreds were killed in the fighting for the city.', ['100 exact killed']],
  ['Thousands more have fled across the border since Friday.', ['1000 exact displaced']],
  // affected populations, decimals and all
  ['There are 4.8 million Syrian refugees in neighbouring countries.', ['4800000 exact displaced']],
  ['Another 6.5 million are internally displaced inside Syria.', ['6500000 exact displaced']],
  [
    'More than 400,000 people are besieged, most of them by government forces, the UN says.',
    ['400000 more than affected'],
  ],
  // a term before the people it describes
  ['Four wounded soldiers were taken to hospital in Latakia.', ['4 exact wounded']],
  ['The convoy carried 400 besieged residents out of the old city.', ['400 exact affected']],
  // an age is no figure, the people it describes are
  ['Two girls, aged 9 and 11, were wounded in the shelling.', ['2 exact wounded']],
  // codebook terms: perished, slain, fatalities, maimed, unaccounted for
  ['At least 40 migrants perished when their boat sank.', ['40 at least killed']],
  ['Some 30 people remain unaccounted for after the strike.', ['30 about missing']],
  // a number word opening a sentence; people nouns beyond the list (agent nouns, peoples)
  ['Twelve volunteers were killed when the shell hit the depot.', ['12 exact killed']],
  ['Nineteen climbers died in the avalanche on Tuesday.', ['19 exact killed']],
  ['Some 2,000 Moroccans were injured, the ministry said.', ['2000 about wounded']],
  ['Rescuers said the bodies of the 23 villagers killed in the landslide had been found.', ['23 exact killed']],
  // fates told after an auxiliary or a manner; "or more"; a vague amount "of" the term
  ['At least 900 residents were left homeless by the fire.', ['900 at least displaced']],
  ['Two guards were shot and killed at the gate.', ['2 exact killed']],
  ['Thousands more were reported missing after the dam burst.', ['1000 exact missing']],
  ['Officials fear 5,000 or more people may be missing.', ['5000 at least missing']],
  ['The war caused hundreds of thousands of deaths.', ['100000 exact killed']],
];
for (const [sentence, want] of cases) test(sentence.slice(0, 60), () => assert.equal(brief(sentence), want));

test('the people of a vague amount: "scores of civilians" counts civilians', () => {
  const [r] = figuresIn('Scores of civilians were injured when the shells hit the market.');
  assert.equal([r.surface, r.victims], ['Scores of civilians were injured', 'civilians']);
  const [w] = figuresIn('Four wounded soldiers were taken to hospital in Latakia.');
  assert.is(w.victims, 'soldiers');
});

test('surface, offsets and victims', () => {
  const s = 'Kerry spoke hours after at least 84 people were killed in an attack in Nice.';
  const [r] = figuresIn('First sentence.', s);
  assert.is(r.surface, 'at least 84 people were killed');
  assert.is(`First sentence. ${s}`.slice(r.start ?? 0, r.end ?? 0), r.surface);
  assert.equal([r.victims, r.location, r.parser], ['people', 'Nice', 'numberThenKind']);
});

test.run();
