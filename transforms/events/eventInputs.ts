// What the grouping knows of each article: its publication day, its three TF-IDF bags (content
// terms, names and figures, lead; weighted with a fixed background as well as the folder) and the
// days its lead reports.
import { ARTICLES, rowsOf } from '../schema/index.ts';
import type { ColumnTable } from 'arquero';
import { tfidf } from './similarity.ts';
import { reportedDays, epochDay } from './reportedDays.ts';
import { leadPlaces } from './leadPlaces.ts';
import { eventKinds } from './eventKinds.ts';
import { renewalMarker } from './renewalMarker.ts';
import { BACKGROUND, type Backgrounds } from './backgroundFrequencies.ts';
import type { PairInput } from './pairFeatures.ts';
import { countedBags, distinctTerms, type DistinctTerms } from './countedBags.ts';

const ISO_DAY = /^\d{4}-\d{2}-\d{2}/;

/** Each article's publication day, what the pair model reads of it, and the distinct terms of its bags. */
export interface EventReading {
  published: string[];
  inputs: PairInput[];
  bags: DistinctTerms;
}

/** `background`: document frequencies counted with the folder's (backgroundFrequencies.ts). */
export function eventInputs(articles: ColumnTable, background: Backgrounds = BACKGROUND): EventReading {
  const rows = rowsOf(ARTICLES, articles);
  const published = rows.map((a) => dayOf(a.published));
  const bags = countedBags(rows.map((a) => a.text ?? ''));
  const { vocabulary } = bags;
  const terms = tfidf(bags.terms, vocabulary, background.terms);
  const names = tfidf(bags.names, vocabulary, background.names);
  const lead = tfidf(bags.lead, vocabulary, background.terms);
  const inputs = rows.map((a, i) => ({
    day: published[i]
      ? epochDay(+published[i].slice(0, 4), +published[i].slice(5, 7), +published[i].slice(8, 10))
      : null,
    terms: terms[i],
    names: names[i],
    lead: lead[i],
    reported: reportedDays(a.text ?? '', published[i]),
    leadNames: bags.leadNames[i],
    places: leadPlaces(a.text ?? ''),
    kinds: eventKinds(headlineOf(a.text ?? '')),
    renews: renewalMarker(a.text ?? ''),
  }));
  return { published, inputs, bags: distinctTerms(bags) };
}

/** The text's first line (split('\n')[0] without splitting the rest). */
const headlineOf = (text: string) => {
  const end = text.indexOf('\n');
  return end < 0 ? text : text.slice(0, end);
};

export function dayOf(value: unknown): string {
  const iso = value instanceof Date ? value.toISOString().slice(0, 10) : String(value ?? '');
  return ISO_DAY.test(iso) ? iso.slice(0, 10) : '';
}
