// The connotation of a descriptor, from the codebook's labels sheet: the label terms found in it
// as whole words (case-insensitive), the longest one winning ("moderate opposition" over
// "moderate"), then the one listed first. Empty when no label term occurs in the descriptor.
import type { LabelTerm } from '../codebook/Codebook.ts';
import { termMatcher, hasMatch } from './termMatcher.ts';

export interface LabelMatch {
  term: string;
  connotation: string;
}

export function labelConnotation(labels: readonly LabelTerm[]): (descriptor: string) => LabelMatch | null {
  const compiled = labels
    .map((l, order) => ({ term: l.term, connotation: l.connotation, order, matcher: termMatcher([l.term]) }))
    .filter((l) => l.matcher !== null)
    .sort((a, b) => b.term.length - a.term.length || a.order - b.order);
  return (descriptor) => {
    for (const l of compiled) {
      if (hasMatch(l.matcher, descriptor)) return { term: l.term, connotation: l.connotation };
    }
    return null;
  };
}
