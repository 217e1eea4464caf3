// The short forms by which news English names a discovered actor again, in any article of the
// corpus: a person's surname ("Wagstaffe" for "Stephen Wagstaffe", also inside "Mr Wagstaffe" and
// "Ms Sheinbaum"). A short form is kept only where it is unambiguous across the corpus: two
// discovered people sharing a surname, a surname that is also a codebook name or a word that is
// capitalised for other reasons ("The", "Monday") name nobody. Built once for the corpus and
// compiled with the full names into one matcher. An organisation's acronym, given in brackets after
// its full name somewhere in the corpus ("the Liberal Reform Party (LRP)"), is a short form too, and
// so is a person's nickname given inside the name ("Joaquin "El Chapo" Guzman").
import type { MatcherEntry } from './compileActorMatcher.ts';
import type { DiscoveredActor } from './discoveredRegistry.ts';
import { NON_NAME_WORDS, HONORIFICS } from './lexicon/capitalisedNonNames.ts';

/** A surname worth matching alone: a capitalised word of three letters or more, not a particle. */
const SURNAME = /^\p{Lu}[\p{L}'\u2019-]{2,}$/u;
/** A nickname: one to three capitalised words ("El Chapo", "Bibi", "TK"). */
const NICKNAME = /^\p{Lu}[\p{L}'\u2019.-]+(?: \p{Lu}[\p{L}'\u2019.-]+){0,2}$/u;
/** An acronym: capitals only. */
const ACRONYM = /^\p{Lu}{2,8}$/u;

export function discoveredShortForms(
  actors: DiscoveredActor[],
  /** Every codebook name and alias, as written: a surname equal to one is the codebook's. */
  codebookNames: Set<string>,
): MatcherEntry[] {
  const owners = new Map<string, Set<string>>();
  const fullNameWords = new Set<string>();
  for (const a of actors) {
    for (const acronym of a.type === 'person' ? [] : a.aliases.filter((n) => ACRONYM.test(n) && n !== a.name))
      owners.set(acronym, new Set([...(owners.get(acronym) ?? []), a.actor_id]));
    // A nickname given inside a person's name ("El Chapo") names that person alone.
    for (const nickname of a.type === 'person'
      ? a.aliases.filter((n) => n !== a.name && !a.name.split(' ').includes(n))
      : [])
      if (NICKNAME.test(nickname)) owners.set(nickname, new Set([...(owners.get(nickname) ?? []), a.actor_id]));
    const words = a.name.split(' ');
    // A word of an organisation's name ("Terra" in "California Terra Garden") is no person's surname.
    if (a.type !== 'person') words.forEach((w) => fullNameWords.add(w));
    if (a.type !== 'person' || words.length < 2) continue;
    const surname = words[words.length - 1];
    if (!SURNAME.test(surname)) continue;
    const set = owners.get(surname) ?? new Set<string>();
    set.add(a.actor_id);
    owners.set(surname, set);
  }
  const entries: MatcherEntry[] = [];
  for (const [surname, ids] of owners) {
    // An acronym opens longer names ("LRP Youth League") and still names its own body.
    if (ids.size !== 1 || codebookNames.has(surname) || (fullNameWords.has(surname) && !ACRONYM.test(surname)))
      continue;
    if (NON_NAME_WORDS.has(surname) || HONORIFICS.has(surname)) continue;
    const [id] = ids;
    const actorType = actors.find((a) => a.actor_id === id)!.type;
    entries.push({ actor_id: id, alias: surname, kind: 'alias', actorType, commonNoun: false });
  }
  return entries;
}
