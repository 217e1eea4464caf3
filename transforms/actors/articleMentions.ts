// The per-article part of the actors: pass two. The codebook and the corpus's discovered names are
// compiled once (mentionFinder); then, each article on its own, the `parsers` find mentions and the
// `refiners` filter, label and resolve them, in the order listed below, each entry with why it is
// there. Every row keeps the parser that found it. Article by article, so it runs in the worker
// pool as well as in this thread (transforms/pipeline).
import type { Codebook } from '../codebook/Codebook.ts';
import type { Parser, Refiner } from '../Extractor.ts';
import type { Mention } from '../schema/index.ts';
import { compileActorMatcher, matcherFor, type ActorMatcher, type MatcherEntry } from './compileActorMatcher.ts';
import { sentenceAt, isQuoted, inHeadline, type ArticleText } from '../text/ArticleText.ts';
import type { MentionCandidate } from './MentionCandidate.ts';
import type { MentionContext } from './MentionContext.ts';
import type { Discovery } from './discoverActors.ts';
import { registryFrom, type DiscoveredActor } from './discoveredRegistry.ts';
import { discoveredShortForms } from './discoveredShortForms.ts';
import { withoutForeignBodies } from './foreignBodies.ts';
import { aliasMatcher } from './parsers/aliasMatcher.ts';
import { codebookNames } from './parsers/codebookNames.ts';
import { familyNameFirst } from './parsers/familyNameFirst.ts';
import { institutionInPlace } from './parsers/institutionInPlace.ts';
import { seatMetonym } from './parsers/seatMetonym.ts';
import { demonymGroup } from './parsers/demonymGroup.ts';
import { discoveredNames } from './parsers/discoveredNames.ts';
import { titleMentions } from './parsers/titleMention.ts';
import { roleMentions } from './parsers/roleMention.ts';
import { groupRoleMentions } from './parsers/groupRoleMention.ts';
import { stateEpithets } from './parsers/stateEpithet.ts';
import { institutionMentions } from './parsers/institutionMention.ts';
import { indefiniteReferent } from './parsers/indefiniteReferent.ts';
import { dropContained } from './refiners/dropContained.ts';
import { dropQuotedRoles } from './refiners/dropQuotedRoles.ts';
import { dropInsidePlaced } from './refiners/dropInsidePlaced.ts';
import { dropLocations } from './refiners/dropLocations.ts';
import { dropCredits } from './refiners/dropCredits.ts';
import { dropFixedPhrases } from './refiners/dropFixedPhrases.ts';
import { dropStateBoundAliases } from './refiners/dropStateBoundAliases.ts';
import { dropDescribingAdjectives } from './refiners/dropDescribingAdjectives.ts';
import { dropOutletNames } from './refiners/dropOutletNames.ts';
import { attachDescriptors } from './refiners/attachDescriptors.ts';
import { resolveCoreference } from './refiners/resolveCoreference.ts';
import { dedupeMentions } from './refiners/dedupeMentions.ts';

/** Pass two: what names or describes an actor. Names first: the refiners marked namesOnly work on
 *  them alone, and the descriptions that follow keep this order until the refiners sort them. */
export const parsers: Parser<MentionContext, MentionCandidate>[] = [
  codebookNames, // the codebook aliases pass one kept: the names every other step checks against
  familyNameFirst, // "Ban said" after "Ban Ki-moon", "Kim said" after "Kim Jong Un": codebook and discovered names
  institutionInPlace, // "the defense ministry in Moscow": a ministry placed by its seat, the capital no location
  seatMetonym, // "Rabat said", "Beijing's position": a seat of government that acts is its state, never "in Rabat"
  demonymGroup, // "Moroccan officials", "Chinese diplomats": a state's agents named by its adjective
  discoveredNames, // discovered names and the surnames of people named in full ("Bogdanov"), over the corpus
  titleMentions, // "the top US diplomat": codebook titles used alone, resolved among their actors later
  roleMentions, // "the minister", "Putin's defence minister": a person's role used alone, resolved by resolveCoreference
  groupRoleMentions, // "the Britain-based monitoring group": a group described alone
  stateEpithets, // "the reclusive state", "the Himalayan nation": a state described alone, the state named last
  institutionMentions, // "the ministry": an institution described alone
  indefiniteReferent, // "a Western diplomat": unnamed people, markers for resolveCoreference, never rows
];

/** Applies a refiner to the names (kind 'name') alone; the descriptions pass through after them. */
function namesOnly(refine: Refiner<MentionCandidate, MentionContext>): Refiner<MentionCandidate, MentionContext> {
  return (mentions, context) => [
    ...refine(
      mentions.filter((m) => m.kind === 'name'),
      context,
    ),
    ...mentions.filter((m) => m.kind !== 'name'),
  ];
}

/** The mentions, in text order: the rows' order and their ids. */
const inTextOrder: Refiner<MentionCandidate, MentionContext> = (mentions) =>
  mentions.sort((a, b) => a.start - b.start || a.end - b.end || a.actor_id.localeCompare(b.actor_id, 'en'));

export const refiners: Refiner<MentionCandidate, MentionContext>[] = [
  dropQuotedRoles, // a role inside a quotation is the speaker's word, not the article's (titles stay)
  namesOnly(dropInsidePlaced), // "Defence Ministry" inside "the Defence Ministry in Moscow" is part of it
  namesOnly(dropLocations), // "talks in Moscow": a place, not the state; before the other drops, as written
  namesOnly(dropOutletNames), // "France 24": a place inside an outlet's name
  namesOnly(dropCredits), // "(AFP)": a credit line, no mention
  namesOnly(dropFixedPhrases), // "regime change": a common noun in a fixed phrase
  namesOnly(dropStateBoundAliases), // "the opposition", "Red Crescent": a state's body only where the state is named
  namesOnly(dropDescribingAdjectives), // "Saudi Foreign Minister": an adjective of nationality describes the person
  namesOnly(attachDescriptors), // labels the names that survived ("Syrian strongman Assad"), for coreference
  dedupeMentions, // one candidate per span, names before descriptions, once every parser has spoken
  resolveCoreference, // last but the sort: a description gets the actor named before it, using the labels
  inTextOrder, // rows in text order
];

function mentionsIn(context: MentionContext): MentionCandidate[] {
  const found = parsers.flatMap((parse) => parse(context));
  return refiners.reduce((mentions, refine) => refine(mentions, context), found);
}

/** One article's mention rows, from its text and its discovered spans (discoveryPass.ts). */
export type MentionFinder = (layout: ArticleText, discoveries: Discovery[]) => Partial<Mention>[];

/** Compiles the codebook and the corpus's discovered actors once; the finder then reads one article at a time. */
export function mentionFinder(
  codebook: Codebook,
  discovered: DiscoveredActor[],
  matcher: ActorMatcher = compileActorMatcher(codebook),
): MentionFinder {
  const idsOfType = (...types: string[]) =>
    new Set(codebook.actors.filter((a) => types.includes(a.type)).map((a) => a.actor_id));
  const states = idsOfType('state'),
    media = idsOfType('media'),
    codebookPersons = idsOfType('person');
  // People the codebook names by their last name alone ("Kerry"): their first name is no family name.
  const bySurname = new Set(
    codebook.actors
      .filter((a) => a.type === 'person' && a.aliases.includes(a.name.split(' ').pop()!))
      .map((a) => a.actor_id),
  );
  const registry = registryFrom(discovered);
  // With their short forms where unambiguous over the corpus: "Wagstaffe" in any article (discoveredShortForms).
  const registryMatcher = matcherFor(
    [
      ...registry.actors.map((a): MatcherEntry => ({
        actor_id: a.actor_id,
        alias: a.name,
        kind: 'alias',
        actorType: a.type,
        commonNoun: false,
      })),
      ...discoveredShortForms(registry.actors, new Set(codebook.actors.flatMap((a) => [a.name, ...a.aliases]))),
    ],
    matcher,
  );
  // Organisations, armed groups and outlets with their types, for descriptions of groups used alone.
  const groups = new Map(
    [...codebook.actors, ...registry.actors]
      .filter((a) => ['organization', 'armed_group', 'media'].includes(a.type))
      .map((a) => [a.actor_id, a.type] as [string, string]),
  );
  const persons = new Set([...codebookPersons, ...registry.persons]);

  return (layout, discoveries) => {
    const all = withoutForeignBodies(layout.text, aliasMatcher(layout.text, matcher), matcher);
    const quoted = (s: number, e: number) => isQuoted(layout, s, e);
    const context: MentionContext = {
      layout,
      text: layout.text,
      matcher,
      all,
      names: dropContained(all),
      discoveries,
      registry,
      registryMatcher,
      discoveredMatches: aliasMatcher(layout.text, registryMatcher),
      states,
      media,
      codebookPersons,
      bySurname,
      persons,
      groups,
      quoted,
      sentenceOf: (o) => sentenceAt(layout, o) ?? { start: 0, end: layout.text.length },
    };
    return mentionsIn(context).map((m, i) => ({
      mention_id: `${layout.article_id}:m${i}`,
      article_id: layout.article_id,
      sentence_id: sentenceAt(layout, m.start)?.sentence_id ?? '',
      start: m.start,
      end: m.end,
      surface: m.surface,
      actor_id: m.actor_id,
      descriptor: quoted(m.start, m.end) && m.kind === 'name' ? '' : m.descriptor,
      in_headline: inHeadline(layout, m.start),
      parser: m.parser,
    }));
  };
}
