// The codebook compiled once into a matcher that finds every alias and title in a text in one
// pass: a character trie walked from each word start, so that every alias starting there is
// seen, longest and shorter ones alike (the refiners decide which overlaps survive).
//
// Case rules, from how news English writes names:
// - an alias with capitals ("Kerry", "US", "the Kremlin") matches only as written, so that "us"
//   and "is" never match "US" and "IS"; an alias starting with a lower-case particle ("al-Assad",
//   "de Mistura") also matches with that first letter capitalised, as at a sentence start, and
//   the other spellings of aliasVariants.ts (particles, Defence/Defense, institutions in lower case);
// - an all-lower-case alias ("regime", "rebels") is a common noun and matches in any case;
// - titles ("top US diplomat", "the secretary") match in any case.
// A leading "the" is dropped from aliases and titles: the matcher finds the name, not the article.
import type { Codebook, CodebookActor } from '../codebook/Codebook.ts';
import { aliasKey } from '../text/textChars.ts';
import { aliasVariants } from './aliasVariants.ts';

export interface MatcherEntry {
  actor_id: string;
  /** The alias or title as written in the codebook. */
  alias: string;
  kind: 'alias' | 'title';
  actorType: CodebookActor['type'];
  /** All lower case in the codebook: a common noun, matched case-insensitively and never across a hyphen. */
  commonNoun: boolean;
}

interface TrieNode {
  next: Map<string, TrieNode>;
  entries: MatcherEntry[];
}
const node = (): TrieNode => ({ next: new Map(), entries: [] });

export interface ActorMatcher {
  /** Matches case as written. */
  exact: TrieNode;
  /** Matches lower-cased text. */
  folded: TrieNode;
  actors: Map<string, CodebookActor>;
  /** Every title, lower-cased, with the actors that hold it. */
  titles: Map<string, string[]>;
}

function insert(root: TrieNode, key: string, entry: MatcherEntry): void {
  let n = root;
  for (const ch of key) {
    let m = n.next.get(ch);
    if (!m) {
      m = node();
      n.next.set(ch, m);
    }
    n = m;
  }
  if (!n.entries.some((e) => e.actor_id === entry.actor_id && e.kind === entry.kind)) n.entries.push(entry);
}

export function compileActorMatcher(codebook: Codebook): ActorMatcher {
  const exact = node(),
    folded = node();
  const titles = new Map<string, string[]>();
  for (const actor of codebook.actors) {
    for (const raw of new Set([actor.name, ...actor.aliases])) {
      const key = aliasKey(raw);
      if (!key) continue;
      const commonNoun = key === key.toLowerCase();
      const entry: MatcherEntry = {
        actor_id: actor.actor_id,
        alias: raw,
        kind: 'alias',
        actorType: actor.type,
        commonNoun,
      };
      if (commonNoun) {
        insert(folded, key, entry);
        continue;
      }
      // "al-Assad"/"Al-Assad", "Defence"/"Defense", "the Russian defence ministry": see aliasVariants.
      for (const variant of aliasVariants(key)) insert(exact, variant, entry);
    }
    for (const raw of actor.titles) {
      const key = aliasKey(raw).toLowerCase();
      if (!key) continue;
      insert(folded, key, {
        actor_id: actor.actor_id,
        alias: raw,
        kind: 'title',
        actorType: actor.type,
        commonNoun: true,
      });
      titles.set(key, [...new Set([...(titles.get(key) ?? []), actor.actor_id])]);
    }
  }
  return { exact, folded, actors: new Map(codebook.actors.map((a) => [a.actor_id, a])), titles };
}

/** A matcher for names an extraction adds (discovered actors, their surnames): matched as written. */
export function matcherFor(entries: MatcherEntry[], base: ActorMatcher): ActorMatcher {
  const exact = node();
  for (const e of entries) insert(exact, aliasKey(e.alias), e);
  return { ...base, exact, folded: node() };
}

export type { TrieNode };
