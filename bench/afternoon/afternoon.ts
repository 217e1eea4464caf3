// The afternoon pipeline: what a competent data journalist would build in an afternoon with the
// obvious tools (compromise for names, chrono for dates, a regular expression for casualty
// counts, cue words for proposals, quotation marks for quotes), writing the contract's tables so
// that Framebook can be scored against it. Not tuned to any gold.
//
//   tsx bench/afternoon/afternoon.ts --corpus DIR --out DIR      writes OUT/tables/*.csv
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { COLUMNS, type Row, type TableName } from './columns.ts';
import { writeCsv } from './csv.ts';
import { readCorpus, type Article } from './readCorpus.ts';
import { parseText, findEntities, type Entity } from './entities.ts';
import { findSentences, sentenceAt, type Sentence } from './sentences.ts';
import { findDates, datelineDay } from './dates.ts';
import { findCasualties } from './casualties.ts';
import { findProposals } from './proposals.ts';
import { findQuotes } from './quotes.ts';
import { slug } from './slug.ts';

type Tables = Record<TableName, Row[]>;
const PARSER = 'afternoon';

function addActor(actors: Map<string, Row>, name: string, type: string): string {
  const id = slug(name);
  if (id && !actors.has(id)) {
    actors.set(id, { actor_id: id, name, type, aliases: '', source: 'discovered', parser: PARSER });
  }
  return id;
}

/** Rows of one article: every span gets an id, its sentence and the parser. */
function extract(a: Article, tables: Tables, actors: Map<string, Row>): void {
  const doc = parseText(a.text);
  const sentences = findSentences(doc, a.text);
  const entities = findEntities(doc, a.text);
  const sid = (at: number) => {
    const s = sentenceAt(sentences, at);
    return s ? `${a.id}-s${s.index}` : '';
  };
  const push = (table: TableName, idCol: string, rows: (Row & { start: number })[]) =>
    rows.forEach((r, i) => {
      const id = `${a.id}-${table[0]}${i}`;
      tables[table].push({ [idCol]: id, article_id: a.id, sentence_id: sid(r.start), ...r, parser: PARSER });
    });
  const actorOf = (e: Entity | undefined) => (e ? addActor(actors, e.surface, e.type) : '');

  tables.sentences.push(
    ...sentences.map((s: Sentence) => ({
      sentence_id: `${a.id}-s${s.index}`,
      article_id: a.id,
      paragraph: s.paragraph,
      index: s.index,
      start: s.start,
      end: s.end,
      text: s.surface,
      parser: PARSER,
    })),
  );
  push(
    'mentions',
    'mention_id',
    entities.map((e) => ({
      start: e.start,
      end: e.end,
      surface: e.surface,
      actor_id: actorOf(e),
      descriptor: '',
      in_headline: e.start < a.headline.length,
    })),
  );
  push(
    'dates',
    'date_id',
    findDates(a.text, a.published).map((d) => ({ ...d })),
  );
  const casualties = findCasualties(a.text);
  push(
    'casualties',
    'casualty_id',
    casualties.map((c) => ({ ...c, victims: '', location: '', source: '' })),
  );
  push(
    'proposals',
    'proposal_id',
    findProposals(sentences, entities).map((p) => ({
      start: p.start,
      end: p.end,
      surface: p.surface,
      proposer: actorOf(p.proposer),
      addressee: '',
      cue: p.cue,
      summary: p.summary,
      status: '',
      proposal_key: p.key,
    })),
  );
  push(
    'quotes',
    'quote_id',
    findQuotes(a.text, entities).map((q) => ({
      start: q.start,
      end: q.end,
      speaker: q.speaker ? addActor(actors, q.speaker, 'person') : '',
      text: q.surface,
      kind: 'direct',
      verb: q.verb,
    })),
  );
}

export function afternoon(corpus: string, out: string): void {
  const tables = Object.fromEntries(Object.keys(COLUMNS).map((k) => [k, []])) as unknown as Tables;
  const actors = new Map<string, Row>();
  for (const a of readCorpus(corpus)) {
    const fromText = a.published ? '' : datelineDay(a.text);
    const published = a.published || fromText;
    tables.articles.push({
      article_id: a.id,
      file: a.file,
      outlet: a.outlet,
      wire: '',
      published,
      published_source: a.published ? 'manifest' : fromText ? 'text' : 'unknown',
      headline: a.headline,
      event_id: a.event ? slug(a.event) : published ? `day-${published}` : `article-${a.id}`,
      url: a.url,
      words: a.text.split(/\s+/).filter(Boolean).length,
      text: a.text,
      parser: PARSER,
    });
    extract({ ...a, published }, tables, actors);
  }
  tables.actors = [...actors.values()].sort((x, y) => String(x.actor_id).localeCompare(String(y.actor_id)));
  for (const [name, columns] of Object.entries(COLUMNS)) {
    writeCsv(join(out, 'tables', `${name}.csv`), columns, tables[name as TableName]);
  }
}

if (import.meta.filename === process.argv[1]) {
  const { values } = parseArgs({ options: { corpus: { type: 'string' }, out: { type: 'string' } } });
  if (!values.corpus || !values.out) {
    console.error('usage: tsx bench/afternoon/afternoon.ts --corpus DIR --out DIR');
    process.exit(2);
  }
  afternoon(values.corpus, values.out);
}
