// Durations, vague spans and words that look like dates: none is a date.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { pairs } from './parse.ts';

const none: string[] = [
  'Moscow said it had carried out more than 50 strikes against IS near Palmyra over the past three days.',
  'Fighting was especially heavy around second city Aleppo in recent weeks.',
  'US officials were careful not to call the talks a last chance to resolve the bloody five-year-old conflict.',
  'Operations by both the US coalition and Russia have seen the group lose territory recently.',
  "Currently, Russian forces in Syria are operating in support of Assad's regime.",
  'Looming over the effort is the bloody four-and-a-half year civil war.',
  'Kerry held a first three hours of talks with the Russian leader.',
  "Putin likely spent a day's worth of talks with Kerry.",
  'American officials allowed that he would not have to resign on "Day One" of a transition.',
  'Government troops recaptured a military airport, more than three years after they were overrun by rebel groups.',
  'Moscow, after a couple of months now of flexing its muscles, is running the show.',
  'The actual figure may be much higher.',
  'Protesters march through the city every week.',
  'Kerry observed a minute of silence in honour of the victims.',
  'The war has displaced 2011 families from the valley.',
  '4 min read',
  // parts of things that are not months; "late", "early" as plain adjectives
  "Assad's father, the late President Hafez al-Assad, ruled Syria for 30 years.",
  'By the end of the day, no convoy had moved.',
  'Aid workers said the start of the talks was delayed.',
  'Rebels vowed to fight to the end of the war.',
  'The early morning raid killed four people.',
  'The late-night session ended without a deal.',
  'Fighting eased towards the end of the month of Ramadan.',
  'Lavrov said Moscow may agree to the plan.',
  'Thousands march in Damascus to back the government.',
];
for (const sentence of none) {
  test(`no date: ${sentence.slice(0, 60)}`, () => assert.equal(pairs(sentence, '2016-07-14'), []));
}

test.run();
