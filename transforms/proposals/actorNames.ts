// The codebook's actor aliases as one pattern, so that proposal keys see "Moscow", "the Kremlin"
// and "Russia" as the same word: the actor's id. An alias that is the actor's adjective before a
// common noun ("American military", "Saudi authorities") is a description, not a name: its noun
// stays a word of the key ("US military cooperation" keeps "military"). The world layer's actors
// stay plain words: the parties a key folds are the ones the user's codebook names.
import type { Codebook } from '../codebook/Codebook.ts';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');

export function actorNames(codebook: Codebook): { pattern: RegExp; idOf(alias: string): string } {
  const id = new Map<string, string>();
  for (const a of codebook.actors.filter((x) => x.source !== 'world')) {
    const described = new RegExp(`^(?:${(a.adjectives ?? []).map(escape).join('|') || '(?!)'})\\s+\\p{Ll}+$`, 'u');
    for (const alias of [a.name, ...a.aliases])
      if (alias.length > 2 && !id.has(alias) && !described.test(alias)) id.set(alias, a.actor_id);
  }
  const aliases = [...id.keys()].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  return {
    pattern: new RegExp(`(?<![\\w-])(?:${aliases.map(escape).join('|') || '(?!)'})(?![\\w-])`, 'g'),
    idOf: (alias) => id.get(alias.replace(/\s+/g, ' ')) ?? alias,
  };
}
