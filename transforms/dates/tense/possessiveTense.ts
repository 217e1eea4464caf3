// A possessive weekday names an event: "Tuesday's bombings", "Friday's talks". What cannot be
// scheduled (an attack, a blast, a massacre) has happened, whatever the tense of the sentence
// around it ("Kerry was due to fly to Brussels after Tuesday's bombings"); what can be (talks, a
// vote) follows its clause, so this says nothing about it.
import type { Tense } from './tenseCues.ts';

/** Events nobody schedules. */
export const UNFORESEEN = String.raw`attacks?|bombings?|bombs?|blasts?|explosions?|(?:air\s*)?strikes?|airstrikes?|raids?|shootings?|killings?|massacres?|assaults?|ambush(?:es)?|crash(?:es)?|shelling|bombardments?|coup|(?:earth)?quakes?|fires?|violence|clashes|fighting|incidents?|murders?|assassinations?|kidnappings?|abductions?|downing|deaths?|collapse|attempted\s+coup|uprising|riots?|unrest`;
const POSSESSIVE = new RegExp(String.raw`^['\u2019]s\s+(?:[\w-]+\s+){0,2}?(?:${UNFORESEEN})\b`, 'i');

/** 'past' when the weekday ending at `end` owns an event nobody schedules; null otherwise. */
export function possessiveTense(sentence: string, end: number): Tense | null {
  return POSSESSIVE.test(sentence.slice(end)) ? 'past' : null;
}
