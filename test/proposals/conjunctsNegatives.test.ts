// "and" inside one proposal: one row.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { one } from './extract.ts';

const single = [
  'The Washington Post reported that US and Russian commanders would set up a joint command and control centre in Jordan.',
  'Moscow and Washington urged the government and the opposition to respect the truce.',
  // Verbs sharing one "to": one package.
  'The United States has offered to share intelligence and coordinate air strikes with Russia against the Islamic State group.',
  // Two noun phrases under one verb: the content of one roadmap.
  'Foreign ministers have called for a nationwide ceasefire and Geneva-based talks on a political transition.',
  // The "to" of a place inside the content, not the cue's.
  'Russia agreed to send aid to Aleppo and to Homs.',
  // "both X and Y".
  'Moscow said the talks should not take place until both the rebel representation and the terror blacklist are agreed.',
  // A list of qualities, not of measures.
  'The council called for free, fair and transparent elections within 18 months.',
  // A list of actors.
  'Kerry urged Russia, Iran and Turkey to use their influence to end the siege.',
];

for (const s of single)
  test(`one row: ${s.slice(0, 60)}`, () => {
    assert.is(one(s).length, 1);
  });

test.run();
