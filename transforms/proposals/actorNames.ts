// The codebook's actor aliases as one pattern, so that proposal keys see "Moscow", "the Kremlin"
// and "Russia" as the same word: the actor's id.
import type { Codebook } from '../codebook/Codebook.ts';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');

export function actorNames(codebook: Codebook): { pattern: RegExp; idOf(alias: string): string } {
  const id = new Map<string, string>();
  for (const a of codebook.actors)
    for (const alias of [a.name, ...a.aliases]) if (alias.length > 2 && !id.has(alias)) id.set(alias, a.actor_id);
  const aliases = [...id.keys()].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  return {
    pattern: new RegExp(`(?<![\\w-])(?:${aliases.map(escape).join('|') || '(?!)'})(?![\\w-])`, 'g'),
    idOf: (alias) => id.get(alias.replace(/\s+/g, ' ')) ?? alias,
  };
}
