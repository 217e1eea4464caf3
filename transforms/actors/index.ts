// Who is named, and how they are labelled: the actors, mentions and candidates tables.
//
// The codebook is compiled once into a matcher; each article is then read on its own:
//  1. aliasMatcher finds every codebook alias and title, overlaps included;
//  2. dropContained keeps, of nested aliases, only people named inside another actor's alias
//     ("Assad" in "Assad's regime"); it runs first because the other steps ask "is this span a
//     codebook name?";
//  3. discoverActors finds people, organisations and outlets the codebook lacks (titled names,
//     appositions, speakers, organisation names, cited media) outside the headline;
//  4. a second pass over the corpus matches every discovered name, and in each article the
//     surnames of the people it names in full ("Bogdanov" after "Mikhail Bogdanov"), and a
//     family name written first ("Ban said" after "Ban Ki-moon", familyNameFirst), and institutions
//     placed by their seat ("the defense ministry in Moscow", institutionInPlace);
//  5. dropLocations, dropOutletNames, dropCredits and dropFixedPhrases remove places ("talks in
//     Moscow"), places inside outlet names ("France 24"), credits ("(AFP)") and common nouns in
//     fixed phrases ("regime change");
//  6. titleMentions, roleMentions, groupRoleMentions and institutionMentions add descriptions used
//     alone ("the top US diplomat", "the minister", "the Britain-based monitoring group", "the
//     ministry"); attachDescriptors labels named mentions; resolveCoreference, last, gives each
//     description the person named before it, using the labels attached so far, unless an
//     unnamed person introduced since ("a Western diplomat", indefiniteReferents) is nearer.
// Actors: every codebook actor (so that any id a later table uses resolves), then the
// discovered ones, in order of first mention.
import type { ColumnTable } from 'arquero';
import type { Codebook } from '../codebook/Codebook.ts';
import { ACTORS, MENTIONS, SENTENCES, ARTICLES, toTable, rowsOf, type Mention } from '../schema/index.ts';
import { CANDIDATES } from '../schema/candidates.ts';
import { compileActorMatcher, matcherFor, type ActorMatcher, type MatcherEntry } from './compileActorMatcher.ts';
import { articleLayout, sentenceAt, isQuoted, inHeadline, type ArticleLayout } from './ArticleLayout.ts';
import { aliasMatcher, type AliasMatch } from './parsers/aliasMatcher.ts';
import { titleMentions, roleMentions } from './parsers/titleMention.ts';
import { groupRoleMentions } from './parsers/groupRoleMention.ts';
import { institutionMentions } from './parsers/institutionMention.ts';
import { familyNameFirst } from './parsers/familyNameFirst.ts';
import { institutionInPlace } from './parsers/institutionInPlace.ts';
import { indefiniteReferents } from './parsers/indefiniteReferent.ts';
import { dropContained } from './refiners/dropContained.ts';
import { dropLocations } from './refiners/dropLocations.ts';
import { dropCredits } from './refiners/dropCredits.ts';
import { dropFixedPhrases } from './refiners/dropFixedPhrases.ts';
import { dropOutletNames } from './refiners/dropOutletNames.ts';
import { attachDescriptors } from './refiners/attachDescriptors.ts';
import { resolveCoreference } from './refiners/resolveCoreference.ts';
import { dedupeMentions } from './refiners/dedupeMentions.ts';
import { discoverActors, type Discovery } from './discoverActors.ts';
import { discoveredRegistry, type DiscoveredActor } from './discoveredRegistry.ts';
import { candidateRows } from './candidateRows.ts';
import type { MentionCandidate } from './MentionCandidate.ts';
import { slug } from '../codebook/slug.ts';

function codebookMentions(matches: AliasMatch[], text: string): MentionCandidate[] {
  return matches.map((m) => ({
    start: m.start,
    end: m.end,
    surface: text.slice(m.start, m.end),
    actor_id: m.entry.actor_id,
    kind: 'name',
    descriptor: '',
    parser: 'aliasMatcher',
  }));
}

export function actors(
  articles: ColumnTable,
  sentences: ColumnTable,
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

  const bySentence = new Map<string, ReturnType<typeof rowsOf<typeof SENTENCES.columns>>>();
  for (const s of rowsOf(SENTENCES, sentences)) {
    const list = bySentence.get(s.article_id!);
    if (list) list.push(s);
    else bySentence.set(s.article_id!, [s]);
  }
  const layouts = rowsOf(ARTICLES, articles).map((a) =>
    articleLayout(
      a.article_id!,
      a.text ?? '',
      (bySentence.get(a.article_id!) ?? []).map((s) => ({
        sentence_id: s.sentence_id!,
        start: s.start!,
        end: s.end!,
        paragraph: s.paragraph ?? 0,
      })),
    ),
  );

  // Steps 1-3, article by article.
  const first = layouts.map((layout) => {
    const all = aliasMatcher(layout.text, matcher);
    const names = dropContained(all);
    const discoveries = discoverActors(layout, all, personAliases);
    // Roles (step 6) need no discovered name: found now, while the article's words are at hand.
    // Unnamed people introduced by "a Western diplomat", "a senior US official": markers for resolveCoreference, never rows.
    const referents = indefiniteReferents(layout.text).map((r): MentionCandidate => ({
      start: r.start,
      end: r.end,
      surface: r.surface,
      actor_id: '',
      kind: 'role',
      descriptor: r.head,
      parser: 'indefiniteReferent',
    }));
    const roles = [
      ...roleMentions(layout.text, 0, layout.text.length),
      ...groupRoleMentions(layout.text),
      ...institutionMentions(layout.text),
      ...referents,
    ].filter((r) => !isQuoted(layout, r.start, r.end));
    return { layout, all, names, discoveries, roles };
  });
  // Step 4: discovered names across the corpus, compiled once into a matcher.
  const registry = discoveredRegistry(
    first.flatMap((f) => f.discoveries),
    codebook,
  );
  const registryMatcher = matcherFor(
    registry.actors.map((a: DiscoveredActor): MatcherEntry => ({
      actor_id: a.actor_id,
      alias: a.name,
      kind: 'alias',
      actorType: a.type,
      commonNoun: false,
    })),
    matcher,
  );
  // Organisations, armed groups and outlets with their types, for descriptions of groups used alone.
  const groups = new Map(
    [...codebook.actors, ...registry.actors]
      .filter((a) => ['organization', 'armed_group', 'media'].includes(a.type))
      .map((a) => [a.actor_id, a.type] as [string, string]),
  );
  const mentionRows: Partial<Mention>[] = [];
  for (const { layout, all, names, discoveries, roles } of first) {
    const placed = institutionInPlace(layout.text, all, matcher.actors);
    // A name inside a placed institution ("Defence Ministry" in "the Defence Ministry in Moscow") is part of it.
    const found = [
      ...codebookMentions(names, layout.text),
      ...familyNameFirst(layout.text, names, codebookPersons, bySurname),
      ...placed,
      ...secondPass(layout, discoveries, registry, registryMatcher),
    ].filter(
      (m) => !placed.some((p) => p !== m && p.start <= m.start && m.end <= p.end && m.parser !== 'aliasMatcher'),
    );
    // Step 5.
    const kept = dropFixedPhrases(
      dropCredits(dropOutletNames(dropLocations(found, layout.text, states), layout.text, states), layout.text, media),
      layout.text,
    );
    // Step 6.
    const quoted = (s: number, e: number) => isQuoted(layout, s, e);
    const sentenceOf = (o: number) => sentenceAt(layout, o) ?? { start: 0, end: layout.text.length };
    const titles = titleMentions(
      layout.text,
      all.filter((m) => m.entry.kind === 'title'),
    );
    const persons = new Set([...codebookPersons, ...registry.persons]);
    const labelled = attachDescriptors(kept, layout.text, sentenceOf, quoted, (id) => persons.has(id));
    const resolved = resolveCoreference(
      dedupeMentions([...labelled, ...titles, ...roles]),
      matcher.actors,
      persons,
      groups,
    );
    resolved
      .sort((a, b) => a.start - b.start || a.end - b.end || a.actor_id.localeCompare(b.actor_id, 'en'))
      .forEach((m, i) => {
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
        });
      });
  }
  const used = new Set(mentionRows.map((m) => m.actor_id));
  const discovered = registry.actors.filter((a) => used.has(a.actor_id));
  return {
    actors: toTable(ACTORS, [
      ...codebook.actors.map((a) => ({
        actor_id: a.actor_id,
        name: a.name,
        type: a.type,
        aliases: a.aliases.join('; '),
        source: 'codebook',
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

/** Discovered spans as mentions, plus every later use of a discovered name or of a named person's surname. */
function secondPass(
  layout: ArticleLayout,
  discoveries: Discovery[],
  registry: ReturnType<typeof discoveredRegistry>,
  registryMatcher: ActorMatcher,
): MentionCandidate[] {
  const entries: MatcherEntry[] = [];
  for (const d of discoveries) {
    const id = d.codebookId ?? slug(d.span.name);
    if (d.span.type === 'person') {
      const surname = d.span.name.split(' ').pop()!;
      if (surname !== d.span.name)
        entries.push({ actor_id: id, alias: surname, kind: 'alias', actorType: 'person', commonNoun: false });
    }
  }
  const own = discoveries.map((d): MentionCandidate => ({
    start: d.span.start,
    end: d.span.end,
    surface: layout.text.slice(d.span.start, d.span.end),
    actor_id: d.codebookId ?? registry.idOf(d.span.name),
    kind: 'name',
    descriptor: '',
    parser: d.span.parser,
  }));
  const matches = [
    ...aliasMatcher(layout.text, registryMatcher),
    ...(entries.length ? aliasMatcher(layout.text, matcherFor(entries, registryMatcher)) : []),
  ];
  const again = matches
    .filter((m) => !own.some((o) => o.start <= m.start && m.end <= o.end))
    .map((m): MentionCandidate => ({
      start: m.start,
      end: m.end,
      surface: layout.text.slice(m.start, m.end),
      actor_id: m.entry.actor_id,
      kind: 'name',
      descriptor: '',
      parser: 'discoveredName',
    }));
  return dropContainedDiscovered([...own, ...again]);
}

function dropContainedDiscovered(ms: MentionCandidate[]): MentionCandidate[] {
  return ms.filter(
    (b) => !ms.some((a) => a !== b && a.start <= b.start && b.end <= a.end && a.end - a.start > b.end - b.start),
  );
}
