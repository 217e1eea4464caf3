// One possible mention of an actor, before the refiners decide what it is. Parsers make them;
// refiners filter, resolve and label them; index.ts turns the survivors into `mentions` rows.

/** How the span names its actor: a name or alias, a title used alone, or a generic role ("the minister"). */
export type MentionKind = 'name' | 'title' | 'role';

export interface MentionCandidate {
  start: number;
  end: number;
  /** text.slice(start, end): the name as written, without titles. */
  surface: string;
  /** Actor id, or '' while a role mention is unresolved. */
  actor_id: string;
  kind: MentionKind;
  /** Label attached at this mention ("Syrian strongman"), '' when none. */
  descriptor: string;
  /** The parser that found it (aliasMatcher, titleMention, titledName...). */
  parser: string;
  /** For a role after a possessive ("Libya's chief prosecutor"): whose role it is ("Libya"). */
  possessor?: string;
  /** For discovered actors: the canonical name and guessed type. */
  discovered?: { name: string; type: string };
}
