// What the mention parsers and refiners read for one article (transforms/Extractor.ts's contract):
// the article's text layer, its codebook matches, the names discovered over the whole corpus, and
// the codebook's sets index.ts builds once.
import type { ArticleText } from '../text/ArticleText.ts';
import type { ActorMatcher } from './compileActorMatcher.ts';
import type { AliasMatch } from './parsers/aliasMatcher.ts';
import type { Discovery } from './discoverActors.ts';
import type { Registry } from './discoveredRegistry.ts';

export interface MentionContext {
  layout: ArticleText;
  text: string;
  /** The codebook, compiled (its actors by id: matcher.actors). */
  matcher: ActorMatcher;
  /** Every codebook alias and title in the article, overlaps included. */
  all: AliasMatch[];
  /** The codebook names kept by dropContained. */
  names: AliasMatch[];
  /** The article's discovered spans, and the corpus's discovered names (registry, registryMatcher). */
  discoveries: Discovery[];
  registry: Registry;
  registryMatcher: ActorMatcher;
  /** What registryMatcher finds in the article: discovered names and their unambiguous short forms ("Okafor"). */
  discoveredMatches: AliasMatch[];
  /** Codebook states, media and persons; the persons it names by their last name alone ("Kerry"). */
  states: Set<string>;
  media: Set<string>;
  codebookPersons: Set<string>;
  bySurname: Set<string>;
  /** Persons, codebook and discovered. */
  persons: Set<string>;
  /** Organisations, armed groups and outlets (codebook and discovered), with their types. */
  groups: Map<string, string>;
  quoted: (start: number, end: number) => boolean;
  sentenceOf: (offset: number) => { start: number; end: number };
}
