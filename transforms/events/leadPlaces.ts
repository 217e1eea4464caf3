// The states an article's lead names (headline and first paragraph, where wire style says where it
// happened): by name, by adjective ("Moroccan officials") or by capital ("in Moscow"), from the world
// layer. Two reports of one kind of happening whose leads name different states and no common one
// are two events, however alike their words (a quake in Morocco, floods in Libya the same week).
import { worldStates } from '../world/worldStates.ts';

/** Characters of the text (headline included) read for places. */
export const PLACE_LEAD_CHARS = 500;

let matcher: { pattern: RegExp; stateOf: Map<string, string> } | undefined;

function build(): { pattern: RegExp; stateOf: Map<string, string> } {
  const stateOf = new Map<string, string>();
  for (const s of worldStates())
    for (const form of [...s.aliases, ...s.adjectives, ...s.capitals])
      if (form.length > 2 && !stateOf.has(form)) stateOf.set(form, s.iso3 || s.name);
  const forms = [...stateOf.keys()]
    .sort((a, b) => b.length - a.length)
    .map((f) => f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return { pattern: new RegExp(`(?<![\\p{L}\\p{N}])(?:${forms.join('|')})(?![\\p{L}\\p{N}])`, 'gu'), stateOf };
}

/** The states (ISO codes) the lead of `text` names, case as written. */
export function leadPlaces(text: string): Set<string> {
  matcher ??= build();
  const out = new Set<string>();
  for (const m of text.slice(0, PLACE_LEAD_CHARS).matchAll(matcher.pattern)) out.add(matcher.stateOf.get(m[0])!);
  return out;
}
