// Tolls as general news writes them: headline tenses ("Storm kills 40"), people in a condition
// ("in critical condition"), figures listed place by place, included figures whose people go
// unnamed, a toll that went past its figure, headline lists with a comma, "one other", the loss of
// friends. Sentences of our own, and for each family sentences that use its words and hold no figure.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { brief } from './extract.ts';

const cases: [string, string[]][] = [
  // headline tenses of codebook terms
  ['Cyclone kills 85 in coastal Bangladesh', ['85 exact killed']],
  ['Landslide injures 14 villagers in Nepal', ['14 exact wounded']],
  ['Three climbers die on Mont Blanc', ['3 exact killed']],
  ['Four men, three children die in apartment fire', ['4 exact killed', '3 exact killed']],
  // states of people
  ['Nine patients were in critical condition on Tuesday night.', ['9 exact wounded']],
  ['At least 30 pupils were poisoned by contaminated milk at the school.', ['30 at least affected']],
  ['Six workers were seriously injured when the crane fell.', ['6 exact wounded']],
  // included figures with no people noun
  [
    'Some 310 people were hurt, including 45 in serious condition, after the train derailed.',
    ['310 about wounded', '45 exact wounded'],
  ],
  [
    'Police arrested 20 people, including six believed to have planned the raid.',
    ['20 exact detained', '6 exact detained'],
  ],
  // place by place
  [
    'The floods caused 210 deaths in Sindh, 75 in Punjab and 12 in Balochistan.',
    ['210 exact killed', '75 exact killed', '12 exact killed'],
  ],
  ['At least 16 people died in Lisbon and more than 30 in Porto.', ['16 at least killed', '30 more than killed']],
  // a toll that went past a figure
  ['By Sunday the official toll had passed 1,200 dead.', ['1200 more than killed']],
  // one other, friends
  ['The gunman shot dead two guards and wounded one other before fleeing.', ['2 exact killed', '1 exact wounded']],
  ['The club mourned the loss of three of its players in the crash.', ['3 exact killed']],
  // lists that are no places (a time, a year); a verb of passing with no toll: the figure only
  ['Twelve people died in Homs and three in the morning.', ['12 exact killed']],
  ['Eight people were killed in Aleppo in 2012 and 2013 in Idlib.', ['8 exact killed']],
  ['The convoy passed 12 dead soldiers on the road.', ['12 exact killed']],
  ['About 12,000 people estimated to be in need of shelter were counted.', ['12000 about affected']],
];
for (const [sentence, want] of cases) {
  test(sentence.slice(0, 60), () => assert.equal(brief(sentence), want));
}

const none = [
  // present tenses that are threats or habits, not tolls
  'The group threatened to kill 10 hostages if its demands were not met.',
  'Smoking kills.',
  // a condition with no figure, or of things
  'Many of the wounded remain in critical condition.',
  'The bridge was in critical condition after 40 years without repair.',
  // loss of things
  'The loss of 200 jobs hit the town hard.',
  'The company reported the loss of 3 contracts worth $40 million.',
];
for (const sentence of none) test(`none: ${sentence.slice(0, 60)}`, () => assert.equal(brief(sentence), []));

test.run();
