// A casualty term used as an adjective before a noun counts that noun: "five wounded soldiers" are
// people, "18 besieged towns", "seven besieged areas", "15 besieged communities" are places, and
// only people are casualties. numberThenKind asks this of the word after its term when the figure
// names no people before the term.
import { VICTIM_NOUN } from './victims.ts';

const PEOPLE = new RegExp(`^\\s+(${VICTIM_NOUN}|bodies)\\b`, 'i');
/** A plural noun after the term: a lower-case word in -s that is not a function word or a verb of saying. */
const PLURAL = /^\s+([a-z][a-z-]*s)\b/;
const NOT_NOUN =
  /^(?:was|is|has|as|this|its|his|thus|across|besides|towards|afterwards|says|always|perhaps|us|plus|unless|less|whereas|alongside|hers|ours|theirs|yes|nevertheless|sometimes|nowadays|overseas|outdoors|indoors|elsewhere|remains|includes|lives)$/;

export interface AfterTerm {
  /** The people the term describes ("soldiers" of "five wounded soldiers"), empty if none. */
  people: string;
  /** True when the term describes a thing ("towns", "areas"): then the number is no casualty figure. */
  thing: boolean;
}

export function afterTerm(after: string): AfterTerm {
  const people = PEOPLE.exec(after);
  if (people) return { people: people[1], thing: false };
  const plural = PLURAL.exec(after);
  return { people: '', thing: !!plural && !NOT_NOUN.test(plural[1]) };
}
