// Who is named, and how they are labelled: the actors, mentions and candidates tables.
//
// The codebook is compiled once into a matcher; then two passes. Pass one, each article on its
// own: aliasMatcher finds every codebook alias and title, overlaps included; dropContained keeps,
// of nested aliases, only people named inside another actor's alias ("Assad" in "Assad's regime");
// the `discoverers` find people, organisations and outlets the codebook lacks, outside the
// headline. The discovered names of the whole corpus are then compiled into a second matcher.
// Pass two, each article on its own: the `parsers` find mentions, the `refiners` filter, label and
// resolve them, in the order listed below, each entry with why it is there. Every row keeps the
// parser that found it. Actors: every codebook actor (so that any id a later table uses resolves),
// the world layer's actors the corpus names, then the discovered ones, in order of first mention.
import type { ColumnTable } from 'arquero';
import type { Codebook } from '../codebook/Codebook.ts';
import type { Parser, Refiner, TextParser } from '../Extractor.ts';
import { ACTORS, MENTIONS, toTable, type Mention } from '../schema/index.ts';
import { CANDIDATES } from '../schema/candidates.ts';
import { compileActorMatcher, matcherFor, type MatcherEntry } from './compileActorMatcher.ts';
import { sentenceAt, isQuoted, inHeadline, type ArticleText } from '../text/ArticleText.ts';
import type { Word } from '../text/words.ts';
import type { MentionCandidate } from './MentionCandidate.ts';
import type { MentionContext } from './MentionContext.ts';
import type { DiscoveredSpan } from './parsers/discovered.ts';
import { aliasMatcher } from './parsers/aliasMatcher.ts';
import { titledName } from './parsers/titledName.ts';
import { appositiveName } from './parsers/appositiveName.ts';
import { speakerName } from './parsers/speakerName.ts';
import { organisationSpan } from './parsers/organisationSpan.ts';
import { citedMedia } from './parsers/citedMedia.ts';
import { codebookNames } from './parsers/codebookNames.ts';
import { familyNameFirst } from './parsers/familyNameFirst.ts';
import { institutionInPlace } from './parsers/institutionInPlace.ts';
import { seatMetonym } from './parsers/seatMetonym.ts';
import { demonymGroup } from './parsers/demonymGroup.ts';
import { discoveredNames } from './parsers/discoveredNames.ts';
import { titleMentions, roleMentions } from './parsers/titleMention.ts';
import { groupRoleMentions } from './parsers/groupRoleMention.ts';
import { institutionMentions } from './parsers/institutionMention.ts';
import { indefiniteReferent } from './parsers/indefiniteReferent.ts';
import { dropContained } from './refiners/dropContained.ts';
import { dropQuotedRoles } from './refiners/dropQuotedRoles.ts';
import { dropInsidePlaced } from './refiners/dropInsidePlaced.ts';
import { dropLocations } from './refiners/dropLocations.ts';
import { dropCredits } from './refiners/dropCredits.ts';
import { dropFixedPhrases } from './refiners/dropFixedPhrases.ts';
import { dropOutletNames } from './refiners/dropOutletNames.ts';
import { dropDescribingAdjectives } from './refiners/dropDescribingAdjectives.ts';
import { attachDescriptors } from './refiners/attachDescriptors.ts';
import { resolveCoreference } from './refiners/resolveCoreference.ts';
import { dedupeMentions } from './refiners/dedupeMentions.ts';
import { discoverActors } from './discoverActors.ts';
import { discoveredRegistry, type DiscoveredActor } from './discoveredRegistry.ts';
import { candidateRows } from './candidateRows.ts';
import { discoveredShortForms } from './discoveredShortForms.ts';

/** Pass one: names the codebook lacks, in order; the first to claim a span keeps it. */
export const discoverers: TextParser<DiscoveredSpan, Word[]>[] = [
  titledName, // "Foreign Minister Sergei Lavrov": a title is the strongest evidence a span is a person
  appositiveName, // "Staffan de Mistura, the UN envoy": an apposition, nearly as strong
  speakerName, // "Mikhail Bogdanov said": a speaker, after the titled forms that would name him better
  organisationSpan, // "the Free Syrian Army": organisations, once people have claimed their spans
  citedMedia, // "told Reuters", "the Interfax news agency": cited outlets, last
];

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
  roleMentions, // "the minister", "the spokesman": a person's role used alone, resolved by resolveCoreference
  groupRoleMentions, // "the Britain-based monitoring group": a group described alone
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
  namesOnly(dropDescribingAdjectives), // "Saudi Foreign Minister": an adjective of nationality describes the person
  namesOnly(attachDescriptors), // labels the names that survived ("Syrian strongman Assad"), for coreference
  dedupeMentions, // one candidate per span, names before descriptions, once every parser has spoken
  resolveCoreference, // last but the sort: a description gets the actor named before it, using the labels
  inTextOrder, // rows in text order
];

function articleMentions(context: MentionContext): MentionCandidate[] {
  const found = parsers.flatMap((parse) => parse(context));
  return refiners.reduce((mentions, refine) => refine(mentions, context), found);
}

export function actors(
  layouts: ArticleText[],
  codebook: Codebook,
): { actors: ColumnTable; mentions: ColumnTable; candidates: ColumnTable } {
  const matcher = compileActorMatcher(codebook);
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
  const personAliases = new Map(
    codebook.actors
      .filter((a) => a.type === 'person')
      .flatMap((a) => [a.name, ...a.aliases].map((n) => [n, a.actor_id] as [string, string])),
  );

  // Pass one, article by article.
  const first = layouts.map((layout) => {
    const all = aliasMatcher(layout.text, matcher);
    const names = dropContained(all);
    const discoveries = discoverActors(layout, all, personAliases, discoverers);
    return { layout, all, names, discoveries };
  });
  // Discovered names across the corpus, compiled once into a matcher.
  const registry = discoveredRegistry(
    first.flatMap((f) => f.discoveries),
    codebook,
  );
  // With their short forms where unambiguous over the corpus: "Wagstaffe" in any article (discoveredShortForms).
  const registryMatcher = matcherFor(
    [
      ...registry.actors.map((a: DiscoveredActor): MatcherEntry => ({
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
  // Pass two.
  const mentionRows: Partial<Mention>[] = [];
  for (const { layout, all, names, discoveries } of first) {
    const quoted = (s: number, e: number) => isQuoted(layout, s, e);
    const context: MentionContext = {
      layout,
      text: layout.text,
      matcher,
      all,
      names,
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
    articleMentions(context).forEach((m, i) => {
      mentionRows.push({
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
      });
    });
  }
  const used = new Set(mentionRows.map((m) => m.actor_id));
  const discovered = registry.actors.filter((a) => used.has(a.actor_id));
  return {
    actors: toTable(ACTORS, [
      // World-layer actors only when the corpus names them: the world is large.
      ...codebook.actors
        .filter((a) => a.source !== 'world' || used.has(a.actor_id))
        .map((a) => ({
          actor_id: a.actor_id,
          name: a.name,
          type: a.type,
          aliases: a.aliases.join('; '),
          source: a.source ?? 'codebook',
        })),
      ...discovered.map((a) => ({
        actor_id: a.actor_id,
        name: a.name,
        type: a.type,
        aliases: a.aliases.join('; '),
        source: 'discovered',
      })),
    ]),
    mentions: toTable(MENTIONS, mentionRows),
    candidates: toTable(CANDIDATES, candidateRows(discovered, mentionRows, layouts)),
  };
}
