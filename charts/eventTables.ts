// The rows one event's charts draw: every comparison table filtered to the event, and the
// extraction tables a chart needs joined to their article's outlet. Rows keep their table's
// column names (from the schema modules) so that the inlined data can be checked against them.
// Articles are grouped exactly as the comparison tables group them (article_outlets: an article
// with no outlet is its own outlet, one with no event its own event), so that a chart's outlets
// and the outlets of its rows always agree. Every table is read once, whatever the events.
import type { Extraction } from '../transforms/Extraction.ts';
import type { Comparison } from '../transforms/Comparison.ts';
import {
  ARTICLES,
  CASUALTIES,
  DATES,
  PROPOSALS,
  FRAMING_SALIENCE,
  FRAMING_VOICES,
  FRAMING_LABELS,
  FRAMING_FRAMES,
  DISTINCTIVE_TERMS,
  REUSE,
  ALIGNMENT,
  rowsOf,
  type Article,
  type Casualty,
  type DateRow,
  type Proposal,
  type FramingSalience,
  type FramingVoice,
  type FramingLabel,
  type FramingFrame,
  type DistinctiveTerm,
  type Reuse,
  type Alignment,
} from '../transforms/schema/index.ts';

type WithOutlet<T> = T & { outlet: string };

export interface EventTables {
  articles: Article[];
  salience: FramingSalience[];
  voices: FramingVoice[];
  labels: FramingLabel[];
  frames: FramingFrame[];
  terms: DistinctiveTerm[];
  reuse: Reuse[];
  alignment: Alignment[];
  casualties: WithOutlet<Casualty>[];
  dates: WithOutlet<DateRow>[];
  proposals: WithOutlet<Proposal>[];
}

/** The event key of a comparison row. */
export const eventKey = (eventId: string | null | undefined): string => eventId ?? '';

/** One EventTables per event, earliest first; articles carry the outlet they are compared under. */
export function eventTables(extraction: Extraction, comparison: Comparison): Map<string, EventTables> {
  const groups = new Map(
    (comparison.article_outlets.objects() as Record<string, unknown>[]).map((g) => [
      String(g.article_id),
      { event: String(g.event_id), outlet: String(g.outlet) },
    ]),
  );
  const articles = rowsOf(ARTICLES, extraction.articles).map((a) => ({
    ...a,
    outlet: groups.get(a.article_id ?? '')?.outlet ?? a.outlet,
  }));
  const eventOf = (articleId: string | null) => groups.get(articleId ?? '')?.event ?? '';
  const outletOf = (articleId: string | null) => groups.get(articleId ?? '')?.outlet ?? '';
  const withOutlet = <T extends { article_id: string | null }>(rows: T[]) =>
    rows.map((r) => ({ ...r, outlet: outletOf(r.article_id) }));

  // Events in the order they happened (earliest publication date), then by id.
  const first = new Map<string, string>();
  for (const a of articles) {
    const e = eventOf(a.article_id);
    const d = a.published || '9999';
    if (!first.has(e) || d < (first.get(e) ?? '')) first.set(e, d);
  }
  const events = [...first.keys()].sort(
    (a, b) => (first.get(a) ?? '').localeCompare(first.get(b) ?? '', 'en') || a.localeCompare(b, 'en'),
  );
  const byEvent = new Map<string, EventTables>(
    events.map((e) => [
      e,
      {
        articles: [],
        salience: [],
        voices: [],
        labels: [],
        frames: [],
        terms: [],
        reuse: [],
        alignment: [],
        casualties: [],
        dates: [],
        proposals: [],
      },
    ]),
  );
  const put = <K extends keyof EventTables>(key: K, event: string, row: EventTables[K][number]) => {
    (byEvent.get(event)?.[key] as EventTables[K][number][] | undefined)?.push(row);
  };

  for (const a of articles) put('articles', eventOf(a.article_id), a);
  for (const r of rowsOf(FRAMING_SALIENCE, comparison.framing_salience)) put('salience', eventKey(r.event_id), r);
  for (const r of rowsOf(FRAMING_VOICES, comparison.framing_voices)) put('voices', eventKey(r.event_id), r);
  for (const r of rowsOf(FRAMING_LABELS, comparison.framing_labels)) put('labels', eventKey(r.event_id), r);
  for (const r of rowsOf(FRAMING_FRAMES, comparison.framing_frames)) put('frames', eventKey(r.event_id), r);
  for (const r of rowsOf(DISTINCTIVE_TERMS, comparison.distinctive_terms)) put('terms', eventKey(r.event_id), r);
  for (const r of rowsOf(REUSE, comparison.reuse)) put('reuse', eventKey(r.event_id), r);
  for (const r of rowsOf(ALIGNMENT, comparison.alignment)) put('alignment', eventKey(r.event_id), r);
  for (const r of withOutlet(rowsOf(CASUALTIES, extraction.casualties))) put('casualties', eventOf(r.article_id), r);
  for (const r of withOutlet(rowsOf(DATES, extraction.dates))) put('dates', eventOf(r.article_id), r);
  for (const r of withOutlet(rowsOf(PROPOSALS, extraction.proposals))) put('proposals', eventOf(r.article_id), r);
  return byEvent;
}
