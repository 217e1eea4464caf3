// People, organisations and places as compromise finds them; a place tagged #Country is a state.
import nlp from 'compromise';
import { nameSpan, type Span, type CompromiseMatch } from './spans.ts';

export type Doc = ReturnType<typeof nlp>;
export type EntityType = 'person' | 'organization' | 'state' | 'other';
export interface Entity extends Span {
  type: EntityType;
}

export const parseText = (text: string): Doc => nlp(text);

export function findEntities(doc: Doc, text: string): Entity[] {
  const countries = new Set(
    (doc.match('#Country+').json({ offset: true }) as CompromiseMatch[])
      .map((m) => nameSpan(text, m))
      .filter((s) => s !== null)
      .map((s) => `${s.start}:${s.end}`),
  );
  const found: Entity[] = [];
  const seen = new Set<string>();
  const add = (matches: CompromiseMatch[], type: (s: Span) => EntityType) => {
    for (const m of matches) {
      const s = nameSpan(text, m);
      if (!s || seen.has(`${s.start}:${s.end}`)) continue;
      seen.add(`${s.start}:${s.end}`);
      found.push({ ...s, type: type(s) });
    }
  };
  add(doc.people().json({ offset: true }), () => 'person');
  add(doc.organizations().json({ offset: true }), () => 'organization');
  add(doc.places().json({ offset: true }), (s) => (countries.has(`${s.start}:${s.end}`) ? 'state' : 'other'));
  return found.sort((a, b) => a.start - b.start || a.end - b.end);
}
