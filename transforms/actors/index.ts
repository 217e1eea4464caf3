// Who is named, and how they are labelled: the actors, mentions and candidates tables.
//
// The codebook is compiled once into a matcher; then two passes. Pass one (discoveryPass.ts), over
// the corpus: every codebook alias and title in each article, and the people, organisations and
// outlets the codebook lacks, merged into one registry of discovered names. Pass two
// (articleMentions.ts), each article on its own: parsers find mentions, refiners filter, label and
// resolve them. The notebook runs pass two in its worker pool; `actors` here runs both passes in
// this thread. Actors: every codebook actor (so that any id a later table uses resolves), the world
// layer's actors the corpus names, then the discovered ones, in order of first mention.
import type { ColumnTable } from 'arquero';
import type { Codebook } from '../codebook/Codebook.ts';
import { ACTORS, MENTIONS, toTable, type Mention } from '../schema/index.ts';
import { CANDIDATES } from '../schema/candidates.ts';
import type { ArticleText } from '../text/ArticleText.ts';
import { compileActorMatcher } from './compileActorMatcher.ts';
import type { DiscoveredActor } from './discoveredRegistry.ts';
import { candidateRows } from './candidateRows.ts';
import { discoveryPass } from './discoveryPass.ts';
import { mentionFinder } from './articleMentions.ts';

export { discoverers, discoveryPass, type DiscoveryPass } from './discoveryPass.ts';
export { parsers, refiners, mentionFinder, type MentionFinder } from './articleMentions.ts';

export interface ActorTables {
  actors: ColumnTable;
  mentions: ColumnTable;
  candidates: ColumnTable;
}

export function actors(layouts: ArticleText[], codebook: Codebook): ActorTables {
  const matcher = compileActorMatcher(codebook);
  const { discoveries, registry } = discoveryPass(layouts, codebook, matcher);
  const find = mentionFinder(codebook, registry, matcher);
  return actorTables(
    codebook,
    registry,
    layouts.flatMap((layout, i) => find(layout, discoveries[i])),
    layouts,
  );
}

/** The three tables from the mention rows of every article, in article order. */
export function actorTables(
  codebook: Codebook,
  registry: DiscoveredActor[],
  mentionRows: Partial<Mention>[],
  layouts: ArticleText[],
): ActorTables {
  const used = new Set(mentionRows.map((m) => m.actor_id));
  const discovered = registry.filter((a) => used.has(a.actor_id));
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
