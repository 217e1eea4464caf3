// The contract's tables and columns (see CONTRACT.md), as the afternoon pipeline writes them.
// Every row also carries `parser` = "afternoon"; on articles, actors and sentences it is an extra
// column after the contract's.
export const COLUMNS = {
  articles: ['article_id', 'file', 'outlet', 'wire', 'published', 'published_source', 'headline', 'event_id', 'url',
    'words', 'text', 'parser'],
  sentences: ['sentence_id', 'article_id', 'paragraph', 'index', 'start', 'end', 'text', 'parser'],
  actors: ['actor_id', 'name', 'type', 'aliases', 'source', 'parser'],
  mentions: ['mention_id', 'article_id', 'sentence_id', 'start', 'end', 'surface', 'actor_id', 'descriptor',
    'in_headline', 'parser'],
  dates: ['date_id', 'article_id', 'sentence_id', 'start', 'end', 'surface', 'value', 'granularity', 'anchor',
    'parser'],
  casualties: ['casualty_id', 'article_id', 'sentence_id', 'start', 'end', 'surface', 'figure', 'qualifier', 'kind',
    'victims', 'location', 'source', 'parser'],
  proposals: ['proposal_id', 'article_id', 'sentence_id', 'start', 'end', 'surface', 'proposer', 'addressee', 'cue',
    'summary', 'status', 'proposal_key', 'parser'],
  quotes: ['quote_id', 'article_id', 'sentence_id', 'start', 'end', 'speaker', 'text', 'kind', 'verb', 'parser'],
} as const;

export type TableName = keyof typeof COLUMNS;
export type Row = Record<string, string | number | boolean>;
