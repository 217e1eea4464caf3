// The articles' bags of terms (articleBags.ts), counted and numbered in one vocabulary for the
// corpus: what TF-IDF weighs (similarity.ts) and, as each bag's distinct terms, what names the
// events (eventsTable.ts). An article's bags are read once, and no bag keeps a string per term.
import { articleTermIds } from './articleBags.ts';
import { Vocabulary } from './Vocabulary.ts';
import { TermCounter, type TermCounts } from './TermVector.ts';

export interface CountedBags {
  vocabulary: Vocabulary;
  terms: TermCounts[];
  names: TermCounts[];
  lead: TermCounts[];
  leadNames: Set<string>[];
}

/** Each article's distinct terms in order of first use, by bag. */
export interface DistinctTerms {
  vocabulary: Vocabulary;
  terms: Int32Array[];
  names: Int32Array[];
  lead: Int32Array[];
}

export function countedBags(texts: readonly string[]): CountedBags {
  const vocabulary = new Vocabulary();
  const counter = new TermCounter();
  const out: CountedBags = { vocabulary, terms: [], names: [], lead: [], leadNames: [] };
  for (const text of texts) {
    const ids = articleTermIds(text, vocabulary);
    out.terms.push(counter.count(ids.terms, vocabulary.size));
    out.names.push(counter.count(ids.names, vocabulary.size));
    out.lead.push(counter.count(ids.lead, vocabulary.size));
    out.leadNames.push(ids.leadNames);
  }
  return out;
}

/** The distinct terms of each article's bags (the arrays of the counts, not copies). */
export function distinctTerms({ vocabulary, terms, names, lead }: CountedBags): DistinctTerms {
  const distinct = (list: TermCounts[]) => list.map((b) => b.terms);
  return { vocabulary, terms: distinct(terms), names: distinct(names), lead: distinct(lead) };
}
