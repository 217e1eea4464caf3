// What every discovery parser returns: a span naming an actor the codebook lacks, its canonical
// name and its guessed type. index.ts turns these into mentions with source = discovered.
import type { ActorType } from '../../schema/index.ts';

export interface DiscoveredSpan {
  start: number;
  end: number;
  name: string;
  type: ActorType;
  parser: string;
  /** The acronym given in brackets after the name ("the Liberal Reform Party (LRP)"), if any. */
  acronym?: string;
}

/** The canonical name of a span: possessive and surrounding punctuation dropped, spaces collapsed. */
export function canonicalName(surface: string): string {
  return surface
    .replace(/['\u2019]s$/, '')
    .replace(/\s+/g, ' ')
    .trim();
}
