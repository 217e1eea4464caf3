// The article's discovered spans as mentions, plus every later use of a name discovered anywhere in
// the corpus and of the surname of a person the article names in full ("Bogdanov" after "Mikhail
// Bogdanov"); of nested spans, the longest.
import type { MentionCandidate } from '../MentionCandidate.ts';
import type { MentionContext } from '../MentionContext.ts';
import type { MatcherEntry } from '../compileActorMatcher.ts';
import { matcherFor } from '../compileActorMatcher.ts';
import { aliasMatcher, type AliasMatch } from './aliasMatcher.ts';
import { isNameWord } from '../nameShape.ts';
import { slug } from '../../codebook/slug.ts';

export function discoveredNames({
  text,
  discoveries,
  registry,
  registryMatcher,
  discoveredMatches,
}: MentionContext): MentionCandidate[] {
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
    surface: text.slice(d.span.start, d.span.end),
    actor_id: d.codebookId ?? registry.idOf(d.span.name),
    kind: 'name',
    descriptor: '',
    parser: d.span.parser,
  }));
  const matches = [
    ...discoveredMatches,
    ...(entries.length ? aliasMatcher(text, matcherFor(entries, registryMatcher)) : []),
  ];
  const again = matches
    .filter((m) => !own.some((o) => o.start <= m.start && m.end <= o.end))
    .filter((m) => !otherGivenName(text, m, registry))
    .map((m): MentionCandidate => ({
      start: m.start,
      end: m.end,
      surface: text.slice(m.start, m.end),
      actor_id: m.entry.actor_id,
      kind: 'name',
      descriptor: '',
      parser: 'discoveredName',
    }));
  return dropContainedDiscovered([...own, ...again]);
}

/**
 * "Murli Manohar Joshi" is not "Prahlad Joshi": a person's surname alone, right after a name word
 * that is no part of that person's name, is another person's name.
 */
function otherGivenName(text: string, m: AliasMatch, registry: MentionContext['registry']): boolean {
  if (m.entry.actorType !== 'person' || /\s/.test(m.entry.alias)) return false;
  const before = /(\S+) $/.exec(text.slice(Math.max(0, m.start - 40), m.start))?.[1];
  if (!before || !isNameWord(before)) return false;
  const name = registry.actors.find((a) => a.actor_id === m.entry.actor_id)?.name ?? '';
  return !name.split(' ').includes(before);
}

function dropContainedDiscovered(ms: MentionCandidate[]): MentionCandidate[] {
  return ms.filter(
    (b) => !ms.some((a) => a !== b && a.start <= b.start && b.end <= a.end && a.end - a.start > b.end - b.start),
  );
}
