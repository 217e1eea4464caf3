// eventTables cuts every table by event in one pass over its rows (an Arquero filter per event
// would read every table once per event: 400 events in the 2,000-article synthetic corpus). The
// same cut with Arquero verbs (a filter per event; for the extraction tables, a join with each
// article's event and outlet first) must give the same rows, on the sample corpus.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import type { ColumnTable } from 'arquero';
import { eventTables, type EventTables } from '../../charts/eventTables.ts';
import { articleOutlets } from '../../transforms/framing/articleOutlets.ts';
import { ARTICLES, CASUALTIES, DATES, PROPOSALS, FRAMING_SALIENCE } from '../../transforms/schema/index.ts';
import { columnsOf } from '../../charts/style/columnsOf.ts';
import { sampleTables } from '../fixtures/sampleTables.ts';

const F = columnsOf(FRAMING_SALIENCE);
const A = columnsOf(ARTICLES);
const { extraction, comparison } = await sampleTables();
const byEvent = eventTables(extraction, comparison);
const outlets = articleOutlets(extraction.articles);

interface EventRow {
  event_id: string | null;
}

/** The rows of `table` whose event is `event`, as objects. */
function rowsOfEvent(table: ColumnTable, event: string): object[] {
  return table
    .params({ event })
    .filter((d: EventRow, $: { event: string }) => d.event_id === $.event)
    .objects();
}

/** An extraction table's rows in `event`, each with the outlet it is compared under. */
function extractionRowsOfEvent(table: ColumnTable, names: readonly string[], event: string): object[] {
  const joined = table.join_left(outlets.select(A.article_id, F.event_id, { outlet: '__outlet' }), A.article_id);
  return rowsOfEvent(joined, event).map((r) => {
    const row = r as Record<string, unknown>;
    return { ...Object.fromEntries(names.map((n) => [n, row[n] ?? null])), outlet: row.__outlet };
  });
}

const COMPARISON: [keyof EventTables, ColumnTable][] = [
  ['salience', comparison.framing_salience],
  ['voices', comparison.framing_voices],
  ['labels', comparison.framing_labels],
  ['frames', comparison.framing_frames],
  ['terms', comparison.distinctive_terms],
  ['reuse', comparison.reuse],
  ['alignment', comparison.alignment],
];
const EXTRACTION: [keyof EventTables, ColumnTable, readonly string[]][] = [
  ['casualties', extraction.casualties, CASUALTIES.names],
  ['dates', extraction.dates, DATES.names],
  ['proposals', extraction.proposals, PROPOSALS.names],
];

test('the sample has two events, and each gets its rows of every table', () => {
  assert.is(byEvent.size, 2);
  for (const tables of byEvent.values()) assert.ok(tables.salience.length > 0 && tables.articles.length > 0);
});

test('comparison tables: the one-pass cut gives the rows a filter per event gives', () => {
  for (const [event, tables] of byEvent) {
    for (const [key, table] of COMPARISON) assert.equal(tables[key], rowsOfEvent(table, event), `${key} of ${event}`);
  }
});

test('extraction tables: the one-pass cut gives the rows a join and a filter per event give', () => {
  for (const [event, tables] of byEvent) {
    for (const [key, table, names] of EXTRACTION)
      assert.equal(tables[key], extractionRowsOfEvent(table, names, event), `${key} of ${event}`);
  }
});

test.run();
