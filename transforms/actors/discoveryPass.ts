// The corpus-wide part of the actors: pass one, each article on its own, finds every codebook
// alias and title (aliasMatcher) and, outside the headline, the people, organisations and outlets
// the codebook lacks (the `discoverers`); the discovered names of the whole corpus are merged into
// one registry. Runs once, in the main thread; pass two (articleMentions.ts) then reads the
// registry article by article, in any thread.
import type { Codebook } from '../codebook/Codebook.ts';
import type { TextParser } from '../Extractor.ts';
import type { ArticleText } from '../text/ArticleText.ts';
import type { Word } from '../text/words.ts';
import type { DiscoveredSpan } from './parsers/discovered.ts';
import { compileActorMatcher, type ActorMatcher } from './compileActorMatcher.ts';
import { aliasMatcher } from './parsers/aliasMatcher.ts';
import { withoutForeignBodies } from './foreignBodies.ts';
import { titledName } from './parsers/titledName.ts';
import { appositiveName } from './parsers/appositiveName.ts';
import { speakerName } from './parsers/speakerName.ts';
import { roleFirstName } from './parsers/roleFirstName.ts';
import { agedName } from './parsers/agedName.ts';
import { acronymOrganisation } from './parsers/acronymOrganisation.ts';
import { organisationSpan } from './parsers/organisationSpan.ts';
import { theAcronym } from './parsers/theAcronym.ts';
import { citedMedia } from './parsers/citedMedia.ts';
import { stateMedia } from './parsers/stateMedia.ts';
import { memberNounName } from './parsers/memberNounName.ts';
import { subjectName } from './parsers/subjectName.ts';
import { withCorroboratedSubjects } from './corroboratedSubjects.ts';
import { withoutMisreadBareNames } from './misreadBareNames.ts';
import { namesAfterPlacePrepositions } from './namesAfterPlacePrepositions.ts';
import { discoverActors, type Discovery } from './discoverActors.ts';
import { discoveredRegistry, type DiscoveredActor } from './discoveredRegistry.ts';

/** Pass one: names the codebook lacks, in order; the first to claim a span keeps it. */
export const discoverers: TextParser<DiscoveredSpan, Word[]>[] = [
  titledName, // "Foreign Minister Sergei Lavrov": a title is the strongest evidence a span is a person
  appositiveName, // "Staffan de Mistura, the UN envoy": an apposition, nearly as strong
  roleFirstName, // "Another survivor, Amina Haddad,": the apposition first, then the name
  speakerName, // "Mikhail Bogdanov said": a speaker, after the titled forms that would name him better
  agedName, // "Jane Okafor, 41," and "the 72-year-old Tom Reyes": only people have ages
  acronymOrganisation, // "the Liberal Reform Party (LRP)": initials that spell the acronym after it make a name
  organisationSpan, // "the Free Syrian Army": organisations, once people have claimed their spans
  theAcronym, // "the LRP won": a body named by its acronym alone, twice in the article
  memberNounName, // "Hamas official", "Houthi rebels": a bare name before a noun of its members
  citedMedia, // "told Reuters", "the Interfax news agency": cited outlets
  stateMedia, // "Morocco's state TV said", "according to state television": a state's outlet cited without its name
  subjectName, // "Euclid Tsakalotos was sworn in": a full name opening a sentence, kept when the corpus corroborates it
];

export interface DiscoveryPass {
  /** Each article's discovered spans, in the order of the texts given. */
  discoveries: Discovery[][];
  /** The actors discovered across the corpus, in order of first discovery. */
  registry: DiscoveredActor[];
}

export function discoveryPass(
  layouts: ArticleText[],
  codebook: Codebook,
  matcher: ActorMatcher = compileActorMatcher(codebook),
): DiscoveryPass {
  const personAliases = new Map(
    codebook.actors
      .filter((a) => a.type === 'person')
      .flatMap((a) => [a.name, ...a.aliases].map((n) => [n, a.actor_id] as [string, string])),
  );
  const found = layouts.map((layout) =>
    discoverActors(
      layout,
      withoutForeignBodies(layout.text, aliasMatcher(layout.text, matcher), matcher),
      personAliases,
      discoverers,
    ),
  );
  // The corpus's names after a preposition of place: one read of every text, for both checks below.
  let places: Set<string> | undefined;
  const placeNames = () => (places ??= namesAfterPlacePrepositions(layouts));
  const discoveries = withCorroboratedSubjects(
    withoutMisreadBareNames(found, personAliases, placeNames),
    layouts,
    placeNames,
  );
  return { discoveries, registry: discoveredRegistry(discoveries.flat(), codebook).actors };
}
