// What every discovery parser returns: a span naming an actor the codebook lacks, its canonical
// name and its guessed type. index.ts turns these into mentions with source = discovered.
import type { ActorType } from '../../schema/index.ts';
import type { Word } from '../../text/words.ts';

export interface DiscoveredSpan {
  start: number;
  end: number;
  name: string;
  type: ActorType;
  parser: string;
  /** The acronym given in brackets after the name ("the Liberal Reform Party (LRP)"), if any. */
  acronym?: string;
  /** A person's nickname given inside the name ("Joaquin "El Chapo" Guzman"), if any. */
  nickname?: string;
}

/** The canonical name of a span: possessive and surrounding punctuation dropped, spaces collapsed. */
export function canonicalName(surface: string): string {
  return surface
    .replace(/['\u2019]s$/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A nickname in quotation marks or brackets between two words of a name (nameShape.ts finds it). */
const NICKNAME = / [\u201c"(\u2018']([^\u201c\u201d"()\u2018\u2019']{1,40})[\u201d")\u2019'] /u;

/**
 * The person named by the words first..last: the span runs over them (a possessive dropped), the
 * name leaves out a nickname inside them ("Kagiso “TK” Pooe" is Kagiso Pooe, alias TK).
 */
export function personSpanOf(text: string, first: Word, last: Word, parser: string): DiscoveredSpan {
  const surface = canonicalName(text.slice(first.start, last.end));
  const nickname = NICKNAME.exec(surface);
  return {
    start: first.start,
    end: first.start + surface.length,
    name: nickname ? surface.replace(nickname[0], ' ') : surface,
    type: 'person',
    parser,
    ...(nickname ? { nickname: nickname[1] } : {}),
  };
}
