// A date used as a modifier of an event noun: "the Feb. 27 truce", "the Jan. 25 talks", "the
// Sept. 11 attacks". The clause's verb then tells the state of the truce or talks ("the Feb. 27
// truce is fraying", "the Jan. 25 talks were postponed"), not when they fall, so the date is the
// nearest one; what nobody schedules (an attack) has happened. A possessive needs no determiner:
// "February's truce".
import { UNFORESEEN } from './possessiveTense.ts';

const SCHEDULABLE = String.raw`truce|ceasefire|cease-fire|cessation|deal|agreement|accord|talks|negotiations|meeting|summit|conference|vote|votes|elections?|referendum|session|round|statement|resolution|announcement|plan|roadmap|timetable|visit|trip|speech|letter|decision|declaration|communiqu[eé]|offensive|campaign|operation|launch`;
const ATTRIBUTIVE = new RegExp(
  String.raw`^(?:[\u2019']s)?\s+(?:[a-z]+(?:-[a-z]+)*\s+)?(?:(${UNFORESEEN})|${SCHEDULABLE})\b`,
  'i',
);

/** A modifier sits between a determiner and its noun: "the Feb. 27 truce", "its Jan. 25 meeting". */
const DETERMINER = /\b(?:the|a|an|its|their|his|her|our|this|that|these|those)\s+$/i;

const POSSESSIVE = /^['\u2019]s\s/;

/** 'past' for an attack so named, 'nearest' for another event, null when the date modifies nothing. */
export function attributiveTense(sentence: string, start: number, end: number): 'past' | 'nearest' | null {
  if (!DETERMINER.test(sentence.slice(0, start)) && !POSSESSIVE.test(sentence.slice(end))) return null;
  const m = ATTRIBUTIVE.exec(sentence.slice(end));
  if (!m) return null;
  return m[1] ? 'past' : 'nearest';
}
