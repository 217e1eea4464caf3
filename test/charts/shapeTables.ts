// Hand-made corpora of awkward shapes for the chart builders: an event of one article, an event
// with nothing but mentions, an outlet that names nobody, undated articles, an article with no
// outlet and no event, empty tables. Each shape is a few rows per table, written out in full
// below; every table not given is empty.
import * as aq from 'arquero';
import {
  ARTICLES,
  SENTENCES,
  ACTORS,
  MENTIONS,
  DATES,
  CASUALTIES,
  PROPOSALS,
  QUOTES,
  FRAMING_SALIENCE,
  FRAMING_VOICES,
  FRAMING_LABELS,
  FRAMING_FRAMES,
  DISTINCTIVE_TERMS,
  REUSE,
  ALIGNMENT,
  OMISSIONS,
  toTable,
  type Article,
  type DateRow,
  type Casualty,
  type Proposal,
  type FramingSalience,
  type FramingVoice,
  type FramingLabel,
  type FramingFrame,
  type DistinctiveTerm,
  type Reuse,
  type Alignment,
  type Actor,
} from '../../transforms/schema/index.ts';
import type { Extraction } from '../../transforms/Extraction.ts';
import type { Comparison } from '../../transforms/Comparison.ts';
import { articleOutlets } from '../../transforms/framing/articleOutlets.ts';
import { outletTables } from '../../transforms/framing/outletTables.ts';

export interface ShapeRows {
  articles: Partial<Article>[];
  actors?: Partial<Actor>[];
  dates?: Partial<DateRow>[];
  casualties?: Partial<Casualty>[];
  proposals?: Partial<Proposal>[];
  salience?: Partial<FramingSalience>[];
  voices?: Partial<FramingVoice>[];
  labels?: Partial<FramingLabel>[];
  frames?: Partial<FramingFrame>[];
  terms?: Partial<DistinctiveTerm>[];
  reuse?: Partial<Reuse>[];
  alignment?: Partial<Alignment>[];
}

export function shapeExtraction(rows: ShapeRows): Extraction {
  return {
    articles: toTable(ARTICLES, rows.articles),
    sentences: toTable(SENTENCES, []),
    actors: toTable(ACTORS, rows.actors ?? ACTOR_ROWS),
    mentions: toTable(MENTIONS, []),
    candidates: aq.table({}),
    dates: toTable(DATES, rows.dates ?? []),
    casualties: toTable(CASUALTIES, rows.casualties ?? []),
    proposals: toTable(PROPOSALS, rows.proposals ?? []),
    quotes: toTable(QUOTES, []),
  };
}

export function shapeComparison(rows: ShapeRows): Comparison {
  const measures = {
    framing_salience: toTable(FRAMING_SALIENCE, rows.salience ?? []),
    framing_voices: toTable(FRAMING_VOICES, rows.voices ?? []),
    framing_labels: toTable(FRAMING_LABELS, rows.labels ?? []),
    framing_frames: toTable(FRAMING_FRAMES, rows.frames ?? []),
    distinctive_terms: toTable(DISTINCTIVE_TERMS, rows.terms ?? []),
    reuse: toTable(REUSE, rows.reuse ?? []),
    alignment: toTable(ALIGNMENT, rows.alignment ?? []),
    omissions: toTable(OMISSIONS, []),
    dominant_frames: aq.table({ article_id: [], dominant_frame: [] }),
  };
  const extraction = shapeExtraction(rows);
  return {
    ...measures,
    ...outletTables(extraction, articleOutlets(extraction.articles), measures.reuse, measures.alignment),
  };
}

const ACTOR_ROWS: Partial<Actor>[] = [
  { actor_id: 'john-kerry', name: 'John Kerry', type: 'person', source: 'codebook' },
  { actor_id: 'russia', name: 'Russia', type: 'state', source: 'codebook' },
];

const article = (
  article_id: string,
  outlet: string | null,
  published: string | null,
  event_id: string | null,
): Partial<Article> => ({
  article_id,
  file: `${article_id}.txt`,
  outlet,
  published,
  published_source: published ? 'manifest' : 'unknown',
  event_id,
  headline: `Headline of ${article_id}`,
  words: 300,
  text: '',
});

/** The shapes, by name. */
export const SHAPES: Record<string, ShapeRows> = {
  // A single Reuters report: every measure of one outlet, nothing to compare it with.
  'one event, one article': {
    articles: [article('a1', 'Reuters', '2016-09-09', 'geneva')],
    salience: [
      {
        event_id: 'geneva',
        outlet: 'Reuters',
        actor_id: 'john-kerry',
        mentions: 3,
        share: 0.75,
        in_headline: true,
        in_lead: true,
        first_sentence: 0,
      },
      {
        event_id: 'geneva',
        outlet: 'Reuters',
        actor_id: 'russia',
        mentions: 1,
        share: 0.25,
        in_headline: false,
        in_lead: false,
        first_sentence: 4,
      },
    ],
    voices: [{ event_id: 'geneva', outlet: 'Reuters', speaker: 'john-kerry', direct: 2, indirect: 0, share: 1 }],
    labels: [
      {
        event_id: 'geneva',
        outlet: 'Reuters',
        actor_id: 'john-kerry',
        descriptor: 'US Secretary of State',
        count: 1,
        connotation: 'neutral',
      },
    ],
    frames: [{ event_id: 'geneva', outlet: 'Reuters', frame: 'Diplomacy', cues: 4, share: 1 }],
    dates: [
      {
        date_id: 'a1:d0',
        article_id: 'a1',
        surface: 'on Friday',
        value: '2016-09-09',
        granularity: 'day',
        anchor: 'published',
      },
    ],
    casualties: [
      {
        casualty_id: 'a1:c0',
        article_id: 'a1',
        surface: 'more than 300,000 people',
        figure: 300000,
        qualifier: 'more than',
        kind: 'killed',
      },
    ],
    proposals: [
      {
        proposal_id: 'a1:p0',
        article_id: 'a1',
        surface: 'a seven-day truce',
        status: 'proposed',
        proposal_key: 'seven-day-truce',
        summary: 'a seven-day truce',
      },
    ],
    alignment: [
      {
        sentence_id: 'a1:s0',
        article_id: 'a1',
        event_id: 'geneva',
        best_sentence_id: null,
        best_article_id: null,
        similarity: 0,
        status: 'unique',
      },
      {
        sentence_id: 'a1:s1',
        article_id: 'a1',
        event_id: 'geneva',
        best_sentence_id: null,
        best_article_id: null,
        similarity: 0,
        status: 'unique',
      },
    ],
  },
  // Two outlets that named actors and used frame words, but quoted no one, cited no figure,
  // proposal or date, and attached no descriptor.
  'an event with no quotes, figures, proposals or dates': {
    articles: [article('b1', 'France 24', '2016-09-10', 'deal'), article('b2', 'Al Jazeera', '2016-09-10', 'deal')],
    salience: [
      {
        event_id: 'deal',
        outlet: 'France 24',
        actor_id: 'russia',
        mentions: 2,
        share: 1,
        in_headline: true,
        in_lead: true,
        first_sentence: 0,
      },
      {
        event_id: 'deal',
        outlet: 'Al Jazeera',
        actor_id: 'john-kerry',
        mentions: 1,
        share: 1,
        in_headline: false,
        in_lead: true,
        first_sentence: 1,
      },
    ],
    frames: [
      { event_id: 'deal', outlet: 'France 24', frame: 'Military', cues: 1, share: 1 },
      { event_id: 'deal', outlet: 'Al Jazeera', frame: 'Diplomacy', cues: 2, share: 1 },
    ],
    reuse: [
      { event_id: 'deal', article_a: 'b1', article_b: 'b2', containment: 0, shared_shingles: 0 },
      { event_id: 'deal', article_a: 'b2', article_b: 'b1', containment: 0, shared_shingles: 0 },
    ],
  },
  // Three outlets, one of which (TASS) names no actor, quotes no one and uses no frame word.
  'an outlet with no mentions': {
    articles: [
      article('c1', 'Reuters', '2016-03-24', 'moscow'),
      article('c2', 'ABC News', '2016-03-24', 'moscow'),
      article('c3', 'TASS', '2016-03-25', 'moscow'),
    ],
    salience: [
      {
        event_id: 'moscow',
        outlet: 'ABC News',
        actor_id: 'john-kerry',
        mentions: 2,
        share: 0.5,
        in_headline: true,
        in_lead: true,
        first_sentence: 0,
      },
      {
        event_id: 'moscow',
        outlet: 'ABC News',
        actor_id: 'russia',
        mentions: 2,
        share: 0.5,
        in_headline: true,
        in_lead: true,
        first_sentence: 0,
      },
      {
        event_id: 'moscow',
        outlet: 'Reuters',
        actor_id: 'russia',
        mentions: 1,
        share: 1,
        in_headline: false,
        in_lead: true,
        first_sentence: 1,
      },
    ],
    voices: [{ event_id: 'moscow', outlet: 'Reuters', speaker: null, direct: 0, indirect: 1, share: 1 }],
    frames: [{ event_id: 'moscow', outlet: 'Reuters', frame: 'Diplomacy', cues: 1, share: 1 }],
    terms: [{ event_id: 'moscow', outlet: 'ABC News', term: 'kremlin talks', count: 3, z: 2.2 }],
  },
  // Undated articles: no publication date, dates resolved against nothing.
  'undated articles': {
    articles: [article('d1', 'Yahoo News', null, 'truce'), article('d2', 'Hürriyet Daily News', null, 'truce')],
    dates: [
      { date_id: 'd1:d0', article_id: 'd1', surface: 'on Monday', value: null, granularity: 'day', anchor: 'none' },
      {
        date_id: 'd2:d0',
        article_id: 'd2',
        surface: 'in 2011',
        value: '2011',
        granularity: 'year',
        anchor: 'absolute',
      },
      {
        date_id: 'd2:d1',
        article_id: 'd2',
        surface: 'September 12',
        value: '2016-09-12',
        granularity: 'day',
        anchor: 'absolute',
      },
    ],
    salience: [
      {
        event_id: 'truce',
        outlet: 'Yahoo News',
        actor_id: 'russia',
        mentions: 1,
        share: 1,
        in_headline: false,
        in_lead: false,
        first_sentence: 3,
      },
    ],
  },
  // An article the manifest does not list: no outlet, no event. The comparison tables group it
  // under its own id (transforms/framing/articleOutlets.ts).
  'an article with no outlet and no event': {
    articles: [article('notes', null, null, null)],
    voices: [{ event_id: 'notes', outlet: 'notes', speaker: null, direct: 0, indirect: 1, share: 1 }],
    salience: [
      {
        event_id: 'notes',
        outlet: 'notes',
        actor_id: 'john-kerry',
        mentions: 1,
        share: 1,
        in_headline: false,
        in_lead: false,
        first_sentence: 0,
      },
    ],
    alignment: [
      {
        sentence_id: 'notes:s0',
        article_id: 'notes',
        event_id: 'notes',
        best_sentence_id: null,
        best_article_id: null,
        similarity: 0,
        status: 'unique',
      },
    ],
  },
  // A dated article that refers to a whole year and a month, far from its publication date,
  // beside days of the same week: the timeline gets a close-up panel that the year overhangs.
  'a year referred to far from publication': {
    articles: [article('e1', 'Hürriyet Daily News', '2016-09-12', 'truce')],
    dates: [
      {
        date_id: 'e1:d0',
        article_id: 'e1',
        surface: 'September 12 2016',
        value: '2016-09-12',
        granularity: 'day',
        anchor: 'absolute',
      },
      {
        date_id: 'e1:d1',
        article_id: 'e1',
        surface: 'this year',
        value: '2016',
        granularity: 'year',
        anchor: 'published',
      },
      {
        date_id: 'e1:d2',
        article_id: 'e1',
        surface: 'last month',
        value: '2016-08',
        granularity: 'month',
        anchor: 'published',
      },
      {
        date_id: 'e1:d3',
        article_id: 'e1',
        surface: 'in 2011',
        value: '2011',
        granularity: 'year',
        anchor: 'absolute',
      },
    ],
  },
  // Articles and nothing else: every extraction and comparison table empty.
  'empty tables': {
    articles: [article('f1', 'Reuters', '2016-07-14', 'kerry'), article('f2', 'AP', '2016-07-15', 'kerry')],
  },
};
